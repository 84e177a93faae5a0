"""Read a Stack Exchange data dump folder: ``Posts.xml``, optional ``Users.xml`` and ``Comments.xml``.

Questions (PostTypeId 1) become threads with their answers (PostTypeId 2, by ParentId) and
comments (by PostId). Dumps are gigabytes, so the XML is streamed through a SAX parser in
chunks and each row is yielded as soon as it is read. The parser is defusedxml's: the dump's
``<!DOCTYPE ... SYSTEM 'posts.dtd'>`` is never fetched and any entity declaration is refused.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.sax
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.expatreader import DefusedExpatParser

from generator.errors import SourceLocation, display_path
from generator.read import ExportError, RawPost, RawThread, RawUser, Record, day_of, instant_of

#: Post types that are not conversation: tag wikis, moderator nominations, wiki placeholders...
QUESTION, ANSWER = "1", "2"
#: Sentinel thread key: "find the thread through reply_to" (comments name a post, not a thread).
VIA_REPLY = "?"
_CHUNK = 1 << 16


class _Rows(xml.sax.handler.ContentHandler):
    """Collects <row> attributes with their line numbers, drained after each fed chunk."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[int, dict[str, str]]] = []
        self._locator: Any = None

    def setDocumentLocator(self, locator: Any) -> None:
        self._locator = locator

    def startElement(self, name: str, attrs: Any) -> None:
        if name == "row":
            line = self._locator.getLineNumber() if self._locator is not None else 0
            self.rows.append((line, dict(attrs.items())))


def iter_rows(path: Path, root: Path) -> Iterator[tuple[SourceLocation, dict[str, str]]]:
    """Stream the <row> elements of one dump file, with locations; memory stays flat."""
    where = display_path(path, root)
    # The dump names an external DTD ('posts.dtd'). Expat only reads it when asked to (the
    # external-entity features are off), so the reference itself may stay; every entity
    # declaration, internal or external, is still refused.
    parser = DefusedExpatParser(forbid_dtd=False, forbid_entities=True, forbid_external=False)
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setFeature(xml.sax.handler.feature_external_pes, False)
    handler = _Rows()
    parser.setContentHandler(handler)
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                parser.feed(chunk)
                rows, handler.rows = handler.rows, []
                for line, attrs in rows:
                    yield SourceLocation(where, line, attrs.get("Id")), attrs
            parser.close()
            for line, attrs in handler.rows:
                yield SourceLocation(where, line, attrs.get("Id")), attrs
    except xml.sax.SAXParseException as err:
        raise ExportError(f"not well-formed XML: {err.getMessage()}",
                          location=SourceLocation(where, err.getLineNumber()),
                          hint="the file may be truncated; export or download it again") from err
    except DefusedXmlException as err:
        raise ExportError(f"the XML declares entities ({err}); refusing to expand them",
                          location=SourceLocation(where),
                          hint="a Stack Exchange dump never needs entities: this file was altered") from err


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags in either dump form: ``<a><b>`` or ``|a|b|``."""
    if "<" in text:
        return tuple(re.findall(r"<([^<>]+)>", text))
    return tuple(tag for tag in text.split("|") if tag)


def read(path: Path, root: Path) -> Iterator[Record]:
    where = display_path(path, root)
    if not path.is_dir() or not (path / "Posts.xml").is_file():
        raise ExportError(f"{where} is not a Stack Exchange dump folder",
                          hint="pass the folder that holds Posts.xml (and Users.xml, Comments.xml)")
    if (path / "Users.xml").is_file():
        for location, row in iter_rows(path / "Users.xml", root):
            if row.get("Id") and row.get("DisplayName"):
                yield RawUser(author_key=row["Id"], names=(row["DisplayName"],))
    for location, row in iter_rows(path / "Posts.xml", root):
        yield from _post(location, row)
    if (path / "Comments.xml").is_file():
        for location, row in iter_rows(path / "Comments.xml", root):
            yield from _comment(location, row)


def _author(row: dict[str, str], id_field: str, name_field: str) -> tuple[str | None, RawUser | None]:
    if row.get(id_field):
        return row[id_field], None
    name = row.get(name_field, "").strip()
    if name:
        # A deleted account keeps only its display name; that name is still a person's.
        return f"name:{name}", RawUser(author_key=f"name:{name}", names=(name,))
    return None, None


def _created(row: dict[str, str], post_id: str, location: SourceLocation) -> dt.date | RawPost:
    """The row's day, or the malformed record to hold instead."""
    try:
        return day_of(row["CreationDate"])
    except ValueError:
        return RawPost(post_id=post_id, thread_key="", location=location,
                       problem=f'CreationDate "{row["CreationDate"]}" is not a date')


def _post(location: SourceLocation, row: dict[str, str]) -> Iterator[Record]:
    post_id, kind = row.get("Id", ""), row.get("PostTypeId", "")
    if not post_id or not row.get("CreationDate"):
        yield RawPost(post_id=post_id or f"line-{location.line}", thread_key="", location=location,
                      problem="row without Id or CreationDate")
        return
    created = _created(row, post_id, location)
    if isinstance(created, RawPost):
        yield created
        return
    if kind not in (QUESTION, ANSWER):
        yield RawPost(post_id=post_id, thread_key="", location=location, created=created,
                      kind="not_a_discussion")
        return
    if kind == ANSWER and not row.get("ParentId"):
        yield RawPost(post_id=post_id, thread_key="", location=location, problem="answer without ParentId")
        return
    author, user = _author(row, "OwnerUserId", "OwnerDisplayName")
    if user is not None:
        yield user
    thread = post_id if kind == QUESTION else row["ParentId"]
    if kind == QUESTION:
        yield RawThread(thread_key=post_id, title=row.get("Title") or None,
                        tags=parse_tags(row.get("Tags", "")),
                        accepted_post_id=row.get("AcceptedAnswerId") or None)
    yield RawPost(
        post_id=post_id,
        thread_key=thread,
        location=location,
        author_key=author,
        created=created,
        body=row.get("Body", ""),
        format="html",
        reply_to=None if kind == QUESTION else row["ParentId"],
        position=f"{instant_of(row['CreationDate'])}|a{int(post_id):012d}" if post_id.isdigit()
        else f"{instant_of(row['CreationDate'])}|{post_id}",
    )


def _comment(location: SourceLocation, row: dict[str, str]) -> Iterator[Record]:
    comment_id = row.get("Id", "")
    post_id = f"c{comment_id}"
    if not comment_id or not row.get("PostId") or not row.get("CreationDate"):
        yield RawPost(post_id=post_id if comment_id else f"comment-line-{location.line}", thread_key="",
                      location=location, problem="comment without Id, PostId or CreationDate")
        return
    created = _created(row, post_id, location)
    if isinstance(created, RawPost):
        yield created
        return
    author, user = _author(row, "UserId", "UserDisplayName")
    if user is not None:
        yield user
    yield RawPost(
        post_id=post_id,
        thread_key=VIA_REPLY,
        location=location,
        author_key=author,
        created=created,
        body=row.get("Text", ""),
        format="markdown",
        reply_to=row["PostId"],
        position=f"{instant_of(row['CreationDate'])}|c{comment_id}",
    )
