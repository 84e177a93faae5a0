"""``carekb redact``: run the privacy gate over any JSON Lines file, to measure it on your data.

Input lines: ``{"id": ..., "text": ...}``. Output lines: ``{"id", "text" (redacted), "held",
"findings": [{"start", "end", "type"}]}``, offsets into the input text. A held text is output
unchanged with ``held: true`` (and the reason): it must not be published as it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from generator.errors import CarekbError, SourceLocation
from generator.privacy import PrivacyGate


class RedactInputError(CarekbError):
    exit_code = 2


def redact_lines(lines: IO[str], where: str, gate: PrivacyGate) -> Iterator[dict[str, Any]]:
    """Screen each input line. Every line is read and checked first: a malformed one stops the run
    with its line number before anything is written, even to standard output."""
    for record in list(_records(lines, where)):
        screened = gate.screen(record["text"])
        out: dict[str, Any] = {
            "id": record["id"],
            "text": screened.text,
            "held": screened.held,
            "findings": [{"start": f.start, "end": f.end, "type": f.type} for f in screened.findings],
        }
        if screened.reasons:
            out["reasons"] = list(screened.reasons)
        yield out


def _records(lines: IO[str], where: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        location = SourceLocation(where, number)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise RedactInputError(f"invalid JSON: {err.msg}", location=location,
                                   hint='each line must be {"id": ..., "text": ...}') from err
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
            raise RedactInputError('a line needs "id" and a string "text"', location=location,
                                   hint='each line must be {"id": ..., "text": ...}')
        yield record
