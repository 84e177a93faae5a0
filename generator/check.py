"""Stage "check": rescan ``content/`` with the import's privacy gate, so hand-edited text is covered.

An import screens every post before it is written; an editor can still type a name into a guide,
an answer or a thread file afterwards. ``carekb check`` validates the content (as a build does)
and screens what people wrote: condition guides (title, other names, summary, urgent text, body),
answers (question and body) and threads (title and posts). Reviewers' names, credentials,
references and codes are meant to be published and are not screened.

Every finding, and every text the gate would hold at import, is a problem
``path:line: ...`` naming the words; nothing is changed. Phrases listed under ``privacy_allow`` in
``carekb.yml`` are never findings: names of organisations or products the gate mistakes for a
person's details, each approved in review like any other content.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.errors import Problems, SourceLocation
from generator.load import load_content
from generator.model import Content
from generator.privacy import PrivacyGate, Screened, condition_vocabulary

_HINT = "remove or reword it; if it identifies no one, add the words to privacy_allow in carekb.yml"
_TAG = re.compile(r"<[^>]*>")
_HELD_AT = re.compile(r"^(?P<reason>.*) at (?P<start>\d+)-(?P<end>\d+)$")


@dataclass(frozen=True, slots=True)
class Passage:
    """One text to screen: where it is, what it is, and how to find it in its file."""

    path: str
    what: str
    text: str
    anchor: str = ""  # a string of the file just before the text ("question:", '"id": "p-1"')
    body: bool = False  # a Markdown page's body, found verbatim in the file
    post_dates: frozenset[dt.date] = frozenset()  # a thread's dates, shown on its page anyway


@dataclass(frozen=True, slots=True)
class CheckResult:
    files: int
    texts: int


def check_content(root: Path, gate: PrivacyGate | None = None) -> CheckResult:
    """Validate ``content/`` and screen it; raise ContentInvalid listing every finding and hold."""
    content = load_content(root)
    gate = gate or PrivacyGate(medical_terms=condition_vocabulary(content.conditions.values()))
    allowed = _allowed(content.config.privacy_allow)
    texts = list(texts_to_screen(content))
    problems = Problems()
    files: dict[str, str] = {}
    for item in texts:
        screened = gate.screen(item.text)
        issues = [issue for issue in _issues(item, screened) if not _is_allowed(item.text, issue, allowed)]
        if not issues:
            continue
        if item.path not in files:
            files[item.path] = (root / item.path).read_text(encoding="utf-8-sig")
        for start, end, message in issues:
            line = _line_of(files[item.path], item, start, end)
            problems.add(SourceLocation(item.path, line), message, _HINT)
    problems.raise_if_any()
    return CheckResult(files=len({t.path for t in texts}), texts=len(texts))


def texts_to_screen(content: Content) -> Iterator[Passage]:
    """What people wrote, in file order: guides, answers, then threads."""
    for condition in content.conditions.values():
        path = condition.location.path
        yield Passage(path, "the title", condition.title, "title:")
        for name in condition.also_called:
            yield Passage(path, "also_called", name, "also_called:")
        yield Passage(path, "the summary", condition.summary, "summary:")
        if condition.urgent:
            yield Passage(path, "the urgent text", condition.urgent, "urgent:")
        yield Passage(path, "the body", condition.body, body=True)
    for answer in content.answers:
        path = answer.location.path
        yield Passage(path, "the question", answer.question, "question:")
        yield Passage(path, "the body", answer.body, body=True)
    for thread in content.threads.values():
        path = thread.location.path
        dates = frozenset(post.date for post in thread.posts)
        yield Passage(path, "the title", thread.title, '"title"', post_dates=dates)
        for post in thread.posts:
            text = html.unescape(_TAG.sub("", post.body)) if post.format == "html" else post.body
            yield Passage(path, f"post {post.id}", text, f'"id": "{post.id}"')


def _issues(item: Passage, screened: Screened) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) for each finding and each reason to hold, in the text's order."""
    found = []
    for finding in screened.findings:
        words = item.text[finding.start:finding.end]
        if finding.type == "date" and _shown_date(words, item.post_dates):
            continue  # "#general on 3 July 2015": a day its page shows beside each post anyway
        found.append((finding.start, finding.end, f'possible {finding.type} "{words}" in {item.what}'))
    if screened.held:
        for reason in screened.reasons:
            at = _HELD_AT.match(reason)
            if at is None:
                found.append((0, 0, f"{item.what} can't be checked: {reason}"))
                continue
            start, end = int(at["start"]), int(at["end"])
            found.append((start, end, f'{item.what} would be held at import: {at["reason"]} ("{item.text[start:end]}")'))
    return iter(sorted(found))


def _allowed(phrases: list[str]) -> re.Pattern[str] | None:
    """Where an allowed phrase stands in a text: whole words, any case, any spacing."""
    if not phrases:
        return None
    words = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


def _is_allowed(text: str, issue: tuple[int, int, str], allowed: re.Pattern[str] | None) -> bool:
    start, end, _ = issue
    return allowed is not None and start < end and any(
        m.start() <= start and end <= m.end() for m in allowed.finditer(text))


def _shown_date(words: str, dates: frozenset[dt.date]) -> bool:
    for form in ("%d %B %Y", "%B %d, %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(words, form).date() in dates
        except ValueError:
            continue
    return False


def _line_of(raw: str, item: Passage, start: int, end: int) -> int | None:
    """The line of the file where the flagged words are (or the field that holds them)."""
    if item.body:
        at = raw.find(item.text.strip())
        if at >= 0:
            return raw.count("\n", 0, at + start) + 1
    anchor = raw.find(item.anchor) if item.anchor else -1
    words = item.text[start:end]
    if words:
        spellings = (words, json.dumps(words)[1:-1], json.dumps(words, ensure_ascii=False)[1:-1],
                     html.escape(words, quote=False))
        for spelled in spellings:
            at = raw.find(spelled, max(anchor, 0))
            if at >= 0:
                return raw.count("\n", 0, at) + 1
    return raw.count("\n", 0, anchor) + 1 if anchor >= 0 else None
