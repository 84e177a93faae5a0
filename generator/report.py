"""The import report: every item read ends up published, held or dropped, with a reason.

``read == published + held + dropped`` always holds; ``check()`` asserts it before a report is
shown or written. The JSON form is what ``carekb import --report FILE`` writes.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from generator.errors import SourceLocation
from generator.moderate import DROPPED, HELD


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """What happened to one post that was not published."""

    export_id: str
    outcome: str  # "held" | "dropped"
    reason: str
    location: SourceLocation
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"export_id": self.export_id, "outcome": self.outcome, "reason": self.reason,
                                "location": str(self.location)}
        if self.detail:
            data["detail"] = self.detail
        return data


@dataclass
class ThreadReport:
    export_key: str
    thread_id: str
    file: str = ""
    status: str = "not_written"  # added | updated | unchanged | not_written
    conditions: list[str] = field(default_factory=list)
    published: int = 0
    held: int = 0
    dropped: int = 0
    not_published: list[ItemOutcome] = field(default_factory=list)
    missing_posts: list[str] = field(default_factory=list)
    changes: dict[str, list[str]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "export_key": self.export_key, "id": self.thread_id, "file": self.file, "status": self.status,
            "conditions": self.conditions, "published": self.published, "held": self.held,
            "dropped": self.dropped, "not_published": [o.as_json() for o in self.not_published],
        }
        if self.missing_posts:
            data["missing_posts"] = self.missing_posts
        if self.changes:
            data["changes"] = self.changes
        return data


@dataclass
class ImportReport:
    """Totals in memory; the per-thread entries on disk, so a million-post import stays small."""

    format: str
    source: str
    folder: str
    unthreaded: list[ItemOutcome] = field(default_factory=list)
    removed_threads: list[str] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    read: int = 0
    published: int = 0
    held: int = 0
    dropped: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    unassigned: int = 0
    # Closed (and deleted) with the report; a context manager can't span the report's life.
    _entries: IO[str] = field(default_factory=lambda: tempfile.TemporaryFile("w+", encoding="utf-8"))  # noqa: SIM115

    def add_thread(self, thread: ThreadReport) -> None:
        self.statuses[thread.status] += 1
        if thread.status != "not_written" and not thread.conditions:
            self.unassigned += 1
        self._entries.write(json.dumps(thread.as_json(), ensure_ascii=False) + "\n")

    def threads(self) -> Iterator[dict[str, Any]]:
        """The per-thread entries, in the order the threads were imported."""
        self._entries.flush()
        self._entries.seek(0)
        for line in self._entries:
            yield json.loads(line)
        self._entries.seek(0, 2)

    def count(self, outcome: str, reason: str | None = None) -> None:
        self.read += 1
        if outcome == "published":
            self.published += 1
            return
        assert reason is not None and (reason in HELD if outcome == "held" else reason in DROPPED)
        self.reasons[reason] += 1
        if outcome == "held":
            self.held += 1
        else:
            self.dropped += 1

    def check(self) -> None:
        """The books balance: a bug here must never pass silently."""
        if self.read != self.published + self.held + self.dropped:
            raise AssertionError(f"import report does not reconcile: {self.as_json()['totals']}")
        if sum(self.reasons.values()) != self.held + self.dropped:
            raise AssertionError("import report reasons do not add up")

    @property
    def changes(self) -> dict[str, int]:
        return {"added": self.statuses["added"], "updated": self.statuses["updated"],
                "unchanged": self.statuses["unchanged"], "removed": len(self.removed_threads)}

    def as_json(self) -> dict[str, Any]:
        """The whole report as one object (reads every thread entry into memory)."""
        return {**self._head(), "threads": list(self.threads()),
                "unthreaded": [o.as_json() for o in self.unthreaded]}

    def write_json(self, handle: IO[str]) -> None:
        """The same JSON as ``as_json``, streamed thread by thread."""
        head = json.dumps(self._head(), indent=2, ensure_ascii=False)
        handle.write(head[:-2] + ',\n  "threads": [')
        for index, entry in enumerate(self.threads()):
            handle.write(("," if index else "") + "\n    " + json.dumps(entry, ensure_ascii=False))
        handle.write('\n  ],\n  "unthreaded": ')
        handle.write(json.dumps([o.as_json() for o in self.unthreaded], ensure_ascii=False))
        handle.write("\n}\n")

    def _head(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "source": self.source,
            "folder": self.folder,
            "read": self.read,
            "published": self.published,
            "held": self.held,
            "dropped": self.dropped,
            "totals": f"{self.read} read = {self.published} published + {self.held} held + {self.dropped} dropped",
            "reasons": dict(sorted(self.reasons.items())),
            "threads_written": sum(n for status, n in self.statuses.items() if status != "not_written"),
            "unassigned_threads": self.unassigned,
            "changes": self.changes,
            "removed_threads": self.removed_threads,
        }

    def summary(self) -> list[str]:
        lines = [(f"carekb import ({self.format} → {self.folder}): {self.read} read = {self.published} published "
                  f"+ {self.held} held + {self.dropped} dropped")]
        for reason, number in sorted(self.reasons.items(), key=lambda item: (-item[1], item[0])):
            kind = "held" if reason in HELD else "dropped"
            lines.append(f"  {kind:8} {number:7}  {reason}: {HELD.get(reason) or DROPPED.get(reason)}")
        data = self._head()
        changes = data["changes"]
        lines.append(f"threads: {data['threads_written']} written ({changes['added']} added, {changes['updated']} "
                     f"updated, {changes['unchanged']} unchanged), {changes['removed']} removed, "
                     f"{data['unassigned_threads']} not matched to a condition")
        return lines
