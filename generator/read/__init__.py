"""Stage "read": one reader per export format, all yielding the same small records.

A reader only reports what the export says (who wrote what, when, in reply to what, and the
platform's own flags); it decides nothing. Moderation, anonymization and matching come later.
Readers stream: they yield records one at a time and never hold a whole dump in memory.

A whole-file problem (truncated XML, a file that is not JSON, a wrong folder) raises
``ExportError`` naming the file and line; nothing is written then. A single malformed record
is yielded as a ``RawPost`` with ``problem`` set, so it is held and reported while the rest
imports.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import CarekbError, SourceLocation, display_path


class ExportError(CarekbError):
    """The export cannot be read at all; nothing is imported."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class RawPost:
    """One post as the export has it. ``kind`` is the platform's post type, normalised:
    ``post``, or ``whisper``, ``moderator_action``, ``small_action``, ``system_message``,
    ``bot_message``, ``not_a_discussion`` (all dropped by moderation)."""

    post_id: str
    thread_key: str
    location: SourceLocation
    author_key: str | None = None
    created: dt.date | None = None
    body: str = ""
    format: str = "markdown"
    reply_to: str | None = None
    accepted: bool = False
    kind: str = "post"
    deleted: bool = False
    hidden: bool = False
    position: str = ""
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class RawThread:
    """What the export says about a conversation as a whole."""

    thread_key: str
    title: str | None = None
    tags: tuple[str, ...] = ()
    condition: str | None = None
    #: All post ids the platform says the thread has (Discourse's post_stream.stream), if known.
    expected_post_ids: tuple[str, ...] | None = None
    #: The post that was accepted as the answer, if the export names it on the thread.
    accepted_post_id: str | None = None
    #: The title is carekb's own words ("#general on 5 June 2015"), not a member's.
    generated_title: bool = False


@dataclass(frozen=True, slots=True)
class RawUser:
    """A member's names as the export has them: every one is searched for in post bodies."""

    author_key: str
    names: tuple[str, ...] = field(default_factory=tuple)
    emails: tuple[str, ...] = field(default_factory=tuple)


Record = RawPost | RawThread | RawUser


def day_of(timestamp: str) -> dt.date:
    """The calendar day (UTC) of an ISO 8601 timestamp, or a bare date."""
    text = timestamp.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    parsed = dt.datetime.fromisoformat(text)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC)
    return parsed.date()


def load_json(path: Path, root: Path, hint: str) -> Any:
    """A whole export file as JSON; a broken one stops the import with its line."""
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as err:
        raise ExportError(f"invalid JSON: {err.msg}", location=SourceLocation(display_path(path, root), err.lineno),
                          hint=hint) from err
    except UnicodeDecodeError as err:
        raise ExportError("not UTF-8 text", location=SourceLocation(display_path(path, root)), hint=hint) from err


def instant_of(timestamp: str) -> str:
    """A sortable UTC form of a timestamp: orders posts within a day, never written out."""
    text = timestamp.strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed.isoformat(timespec="microseconds")


def read_export(format_name: str, path: Path, root: Path) -> Iterator[Record]:
    """Stream the records of an export in the named format."""
    from generator.read import discourse, slack, stackexchange, tabular

    readers = {
        "discourse": discourse.read,
        "stackexchange": stackexchange.read,
        "slack": slack.read,
        "jsonl": tabular.read_jsonl,
        "csv": tabular.read_csv,
    }
    if format_name not in readers:
        raise ExportError(f'unknown format "{format_name}"', hint=f"use one of {', '.join(readers)}")
    if not path.exists():
        raise ExportError(f"{path} does not exist", hint="check the path to the export")
    return readers[format_name](path, root)


FORMATS = ("discourse", "stackexchange", "slack", "jsonl", "csv")
