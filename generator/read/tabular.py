"""Read the generic formats: JSON Lines and CSV, one post per line or row.

For communities on platforms without a reader of their own. Fields (docs/import.md):
``thread_id``, ``post_id``, ``author_id``, ``created`` (ISO 8601), ``body`` required;
``reply_to``, ``title``, ``condition``, ``author_name``, ``deleted``, ``hidden``, ``format``
(``markdown`` or ``html``; guessed from the body when absent) optional.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from generator.errors import SourceLocation, display_path
from generator.read import ExportError, RawPost, RawThread, RawUser, Record, day_of, instant_of

REQUIRED = ("thread_id", "post_id", "author_id", "created", "body")
OPTIONAL = ("reply_to", "title", "condition", "author_name", "deleted", "hidden", "format")
_HTML_HINT = re.compile(r"</?(p|br|div|a|strong|em|b|i|ul|ol|li|blockquote|span|h[1-6])\b", re.IGNORECASE)


def read_jsonl(path: Path, root: Path) -> Iterator[Record]:
    where = display_path(path, root)
    if path.is_dir():
        raise ExportError(f"{where} is a folder", hint="jsonl takes one .jsonl file")
    seen_valid = False
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            location = SourceLocation(where, number)
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                if not seen_valid:
                    raise ExportError(f"not JSON Lines: {err.msg}", location=location,
                                      hint="each line must be one JSON object") from err
                yield _malformed(location, f"invalid JSON: {err.msg}")
                continue
            seen_valid = True
            if not isinstance(data, dict):
                yield _malformed(location, "a line must be a JSON object")
                continue
            yield from _record(data, location)


def read_csv(path: Path, root: Path) -> Iterator[Record]:
    where = display_path(path, root)
    if path.is_dir():
        raise ExportError(f"{where} is a folder", hint="csv takes one .csv file")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except csv.Error as err:
            raise ExportError(f"not CSV: {err}", location=SourceLocation(where, 1)) from err
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise ExportError(f"missing column(s) {', '.join(missing)}",
                              location=SourceLocation(where, 1),
                              hint=f"the header must name {', '.join(REQUIRED)}")
        line = reader.line_num
        while True:
            start = line + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                raise ExportError(f"not CSV: {err}", location=SourceLocation(where, reader.line_num)) from err
            line = reader.line_num
            location = SourceLocation(where, start)
            if None in row:
                yield _malformed(location, "more values than columns")
                continue
            yield from _record(row, location)


def _malformed(location: SourceLocation, problem: str, post_id: str = "", thread: str = "") -> RawPost:
    return RawPost(post_id=post_id or f"line-{location.line}", thread_key=thread,
                   location=location, problem=problem)


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "yes", "y")


def _record(data: Mapping[str, Any], location: SourceLocation) -> Iterator[Record]:
    values = {k: ("" if data.get(k) is None else str(data.get(k))).strip() for k in REQUIRED + OPTIONAL}
    post_id, thread = values["post_id"], values["thread_id"]
    location = SourceLocation(location.path, location.line, post_id or None)
    missing = [name for name in REQUIRED if name != "body" and not values[name]]
    if missing:
        yield _malformed(location, f"missing {', '.join(missing)}", post_id, thread)
        return
    try:
        created = day_of(values["created"])
    except ValueError:
        yield _malformed(location, f'created "{values["created"]}" is not an ISO 8601 date', post_id, thread)
        return
    body = "" if data.get("body") is None else str(data.get("body"))
    body_format = values["format"] or ("html" if _HTML_HINT.search(body) else "markdown")
    if body_format not in ("markdown", "html"):
        yield _malformed(location, f'format "{body_format}" is not markdown or html', post_id, thread)
        return
    if values["title"] or values["condition"]:
        yield RawThread(thread_key=thread, title=values["title"] or None,
                        condition=values["condition"] or None)
    if values["author_name"]:
        yield RawUser(author_key=values["author_id"], names=(values["author_name"],))
    yield RawPost(
        post_id=post_id,
        thread_key=thread,
        location=location,
        author_key=values["author_id"],
        created=created,
        body=body,
        format=body_format,
        reply_to=values["reply_to"] or None,
        deleted=_flag(data.get("deleted")),
        hidden=_flag(data.get("hidden")),
        position=f"{instant_of(values['created'])}|{location.line or 0:012d}",
    )
