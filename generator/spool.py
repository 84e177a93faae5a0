"""A disk-backed spool that groups streamed posts into threads.

Exports list posts in whatever order the platform wrote them (Stack Exchange interleaves
questions and answers across gigabytes). Holding them all in memory would make peak memory grow
with the dump; instead each record goes into a temporary SQLite file as it is read, and threads
come back out one at a time, posts in order.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from generator.errors import SourceLocation
from generator.read import RawPost, RawThread, RawUser, Record
from generator.read.stackexchange import VIA_REPLY

_SCHEMA = """
CREATE TABLE posts (seq INTEGER PRIMARY KEY, thread_key TEXT, position TEXT, post_id TEXT,
                    reply_to TEXT, data TEXT);
CREATE TABLE threads (thread_key TEXT PRIMARY KEY, data TEXT);
CREATE TABLE users (author_key TEXT PRIMARY KEY, names TEXT, emails TEXT);
CREATE TABLE user_names (name TEXT, author_key TEXT);
"""
_POST_FIELDS = RawPost.__slots__


def _encode(post: RawPost) -> str:
    values = [getattr(post, name) for name in _POST_FIELDS]
    values[_POST_FIELDS.index("location")] = [post.location.path, post.location.line, post.location.record_id]
    values[_POST_FIELDS.index("created")] = post.created.isoformat() if post.created else None
    return json.dumps(values, ensure_ascii=False)


def _decode(text: str) -> RawPost:
    values = dict(zip(_POST_FIELDS, json.loads(text), strict=True))
    path, line, record = values["location"]
    values["location"] = SourceLocation(path, line, record)
    values["created"] = dt.date.fromisoformat(values["created"]) if values["created"] else None
    return RawPost(**values)


class Spool:
    """Collects records; ``threads()`` then yields each thread's info and posts in order."""

    def __init__(self, path: Path):
        self._db = sqlite3.connect(path)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self._pending = 0
        self.post_count = 0

    def add(self, record: Record) -> None:
        if isinstance(record, RawPost):
            self.post_count += 1
            self._db.execute(
                "INSERT INTO posts (thread_key, position, post_id, reply_to, data) VALUES (?, ?, ?, ?, ?)",
                (record.thread_key, record.position, record.post_id, record.reply_to, _encode(record)),
            )
        elif isinstance(record, RawThread):
            self._db.execute(
                "INSERT INTO threads VALUES (?, ?) ON CONFLICT(thread_key) DO UPDATE SET data = "
                "CASE WHEN json_extract(excluded.data, '$.title') IS NOT NULL THEN excluded.data ELSE data END",
                (record.thread_key, json.dumps({
                    "title": record.title, "tags": list(record.tags), "condition": record.condition,
                    "expected": list(record.expected_post_ids) if record.expected_post_ids is not None else None,
                    "accepted": record.accepted_post_id, "generated": record.generated_title,
                })),
            )
        elif isinstance(record, RawUser):
            self._db.execute(
                "INSERT INTO users VALUES (?, ?, ?) ON CONFLICT(author_key) DO UPDATE SET "
                "names = excluded.names, emails = excluded.emails",
                (record.author_key, json.dumps(list(record.names)), json.dumps(list(record.emails))),
            )
            # "@GPierce" mentions "G Pierce": index each name as written and without spaces.
            self._db.executemany("INSERT INTO user_names VALUES (?, ?)", [
                (form, record.author_key) for name in record.names
                for form in {name.casefold(), "".join(name.casefold().split())}])
        self._pending += 1
        if self._pending >= 5000:
            self._db.commit()
            self._pending = 0

    def finish(self) -> None:
        """Index, and resolve posts that name their thread through the post they reply to."""
        self._db.execute("CREATE INDEX posts_by_id ON posts (post_id)")
        self._db.execute("CREATE INDEX user_names_by_name ON user_names (name)")
        self._db.execute(
            "UPDATE posts SET thread_key = COALESCE((SELECT p.thread_key FROM posts p "
            "WHERE p.post_id = posts.reply_to AND p.thread_key NOT IN ('', ?) LIMIT 1), '') "
            "WHERE thread_key = ?", (VIA_REPLY, VIA_REPLY))
        self._db.execute("CREATE INDEX posts_by_thread ON posts (thread_key, position, seq)")
        self._db.commit()

    def threads(self) -> Iterator[tuple[str, RawThread | None, list[RawPost]]]:
        """Each thread key with its info (if the export gave any) and its posts, in order."""
        keys = self._db.execute(
            "SELECT thread_key FROM posts WHERE thread_key != '' UNION SELECT thread_key FROM threads "
            "ORDER BY thread_key").fetchall()
        for (key,) in keys:
            row = self._db.execute("SELECT data FROM threads WHERE thread_key = ?", (key,)).fetchone()
            info = None
            if row is not None:
                data = json.loads(row[0])
                expected = data["expected"]
                info = RawThread(key, data["title"], tuple(data["tags"]), data["condition"],
                                 tuple(expected) if expected is not None else None, data["accepted"],
                                 data["generated"])
            posts = [_decode(text) for (text,) in self._db.execute(
                "SELECT data FROM posts WHERE thread_key = ? ORDER BY position, seq", (key,))]
            yield key, info, posts

    def loose_posts(self) -> Iterator[RawPost]:
        """Posts that belong to no thread: malformed, not conversation, or replies to nothing."""
        for (text,) in self._db.execute("SELECT data FROM posts WHERE thread_key = '' ORDER BY seq"):
            yield _decode(text)

    def users(self) -> Iterator[RawUser]:
        for key, names, emails in self._db.execute("SELECT author_key, names, emails FROM users ORDER BY author_key"):
            yield RawUser(key, tuple(json.loads(names)), tuple(json.loads(emails)))

    def user(self, key: str) -> RawUser | None:
        row = self._db.execute("SELECT names, emails FROM users WHERE author_key = ?", (key,)).fetchone()
        return RawUser(key, tuple(json.loads(row[0])), tuple(json.loads(row[1]))) if row else None

    def users_named(self, names: Iterable[str]) -> list[RawUser]:
        """The members any of these names (compared without case) belongs to."""
        keys: set[str] = set()
        for name in names:
            keys.update(key for (key,) in self._db.execute(
                "SELECT author_key FROM user_names WHERE name = ?", (name.casefold(),)))
        return [user for user in (self.user(key) for key in sorted(keys)) if user is not None]

    def user_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM users").fetchone()[0])

    def close(self) -> None:
        self._db.close()
