"""Match imported threads to conditions by their tags and title.

A thread is filed under every condition whose slug, title or ``also_called`` name equals one of
its tags or appears as a phrase in its title. Threads that match nothing are written with no
conditions ("unassigned"), listed in the report and on the discussions page for editors to
sort; they are never lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.model import Condition


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[-_/]+", " ", text.casefold()).split())


class ConditionMatcher:
    def __init__(self, conditions: Iterable[Condition]):
        self._terms: dict[str, set[str]] = {}
        for condition in conditions:
            for term in (condition.slug, condition.title, *condition.also_called):
                self._terms.setdefault(_normal(term), set()).add(condition.slug)
        ordered = sorted(self._terms, key=len, reverse=True)
        self._phrase = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in ordered) + r")(?!\w)") \
            if ordered else None

    def match(self, tags: Iterable[str], title: str | None) -> list[str]:
        found: set[str] = set()
        for tag in tags:
            found |= self._terms.get(_normal(tag), set())
        if title and self._phrase is not None:
            for hit in self._phrase.finditer(_normal(title)):
                found |= self._terms[hit.group(1)]
        return sorted(found)
