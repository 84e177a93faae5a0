"""Stage "anonymize": pseudonyms, the export's own names, day-level dates, and the privacy gate.

- Authors become stable pseudonyms ("Member 48213377"): a keyed hash (HMAC-SHA256) of the
  export's author id, so the same person keeps the same pseudonym across imports while nobody
  without the key can recompute the mapping from the repository.
- Thread and post ids become keyed hashes too: an export's own ids (a Stack Exchange post
  number, a Slack timestamp) would lead back to the original post and its author, or give the
  exact minute it was written.
- Usernames, display names and e-mail addresses the export itself lists are replaced wherever
  they appear in text (bodies, quotes, mentions, titles).
- Every text then passes the privacy gate (``generator.privacy``), which redacts what it can and
  holds what it cannot vouch for.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import itertools
import os
import re
from collections.abc import Iterable
from pathlib import Path

from generator.errors import CarekbError, SourceLocation
from generator.privacy import PrivacyGate, Screened
from generator.read import RawUser
from generator.read.slack import MENTION

KEY_ENV = "CAREKB_PSEUDONYM_KEY"
MIN_KEY_LENGTH = 16
#: Words too common to treat a name part made of them as identifying on its own.
_COMMON_WORDS = frozenset(["a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "him", "his", "how", "i", "if", "in", "is", "it", "its", "just", "like", "may", "me", "more", "most", "my", "no", "not", "now", "of", "off", "on", "one", "or", "our", "out", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "they", "this", "to", "too", "up", "us", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "would", "yes", "you", "your", "all", "any", "new", "old", "big", "good", "great", "best", "top", "real", "user", "admin", "guest", "team", "help", "info", "support", "data", "test", "mod", "moderator", "community", "member", "staff", "system", "bot", "doctor", "nurse", "mom", "dad", "the"])


class KeyMissing(CarekbError):
    exit_code = 2


def load_key(key_file: Path | None) -> bytes:
    """The pseudonym key, from ``--key-file`` or $CAREKB_PSEUDONYM_KEY; never a default."""
    if key_file is not None:
        try:
            key = key_file.read_text(encoding="utf-8").strip()
        except OSError as err:
            raise KeyMissing(f"cannot read the key file ({err.strerror})", location=SourceLocation(str(key_file)),
                             hint="pass a readable --key-file") from err
        where = SourceLocation(str(key_file))
    else:
        key = os.environ.get(KEY_ENV, "").strip()
        where = None
    if not key:
        raise KeyMissing(f"no pseudonym key: set ${KEY_ENV} or pass --key-file",
                         hint="generate one with: python3 -c 'import secrets; print(secrets.token_hex(32))', "
                              "keep it out of git and use the same key for every import")
    if len(key) < MIN_KEY_LENGTH:
        raise KeyMissing(f"the pseudonym key is too short ({len(key)} characters, need {MIN_KEY_LENGTH})",
                         location=where, hint="use a random key of 32 or more characters")
    return key.encode("utf-8")


class Pseudonyms:
    """Keyed, stable replacements for the export's author, thread and post ids."""

    def __init__(self, key: bytes, source: str):
        self._key = key
        self._source = source

    def _digest(self, kind: str, value: str) -> bytes:
        message = f"{kind}\0{self._source}\0{value}".encode()
        return hmac.new(self._key, message, hashlib.sha256).digest()

    def member(self, author_key: str) -> str:
        number = int.from_bytes(self._digest("member", author_key)[:8], "big") % 90_000_000 + 10_000_000
        return f"Member {number}"

    def thread_id(self, thread_key: str) -> str:
        return "t-" + self._digest("thread", thread_key).hex()[:12]

    def post_id(self, post_id: str) -> str:
        return "p-" + self._digest("post", post_id).hex()[:10]


_WORD = re.compile(r"[^\W_]+(?:[._'-][^\W_]+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(text))


class NameScrubber:
    """Replaces the export's own usernames, display names and e-mails wherever they appear.

    Matching is by words, not one giant regular expression: a text is split into words once
    and each run of up to the longest name's length is looked up in a dict, so the cost does
    not grow with the number of members.
    """

    def __init__(self, users: Iterable[RawUser], pseudonyms: Pseudonyms):
        self._names: dict[tuple[str, ...], str] = {}
        self._parts: dict[str, str] = {}
        self._emails: set[str] = set()
        for user in users:
            member = pseudonyms.member(user.author_key)
            for name in user.names:
                words = _words(name)
                if words and (len(words) > 1 or (len(words[0]) >= 2 and words[0] not in _COMMON_WORDS)):
                    self._names.setdefault(words, member)
                for part in re.split(r"[\s._-]+", name):
                    # "Jane Doe" also leaks as "Jane": parts count when they look like names.
                    if len(part) >= 3 and part[:1].isupper() and part.casefold() not in _COMMON_WORDS:
                        self._parts.setdefault(part, member)
            self._emails.update(e.strip().casefold() for e in user.emails if e.strip())
        self._first = {words[0] for words in self._names}
        self._longest = max((len(words) for words in self._names), default=0)
        self.names = frozenset(" ".join(words) for words in self._names) | frozenset(
            p.casefold() for p in self._parts)

    def scrub(self, text: str) -> str:
        if self._emails:
            text = _EMAIL.sub(lambda m: "[email]" if m.group().casefold() in self._emails else m.group(), text)
        if not self._names and not self._parts:
            return text
        tokens = list(_WORD.finditer(text))
        out: list[str] = []
        last = index = 0
        while index < len(tokens):
            found = self._match(text, tokens, index)
            if found is None:
                index += 1
                continue
            count, member = found
            start = tokens[index].start()
            if start > 0 and text[start - 1] == "@":
                start -= 1
            out.append(text[last:start])
            out.append(member)
            last = tokens[index + count - 1].end()
            index += count
        out.append(text[last:])
        return "".join(out)

    def _match(self, text: str, tokens: list[re.Match[str]], index: int) -> tuple[int, str] | None:
        word = tokens[index].group()
        if word.casefold() in self._first:
            for count in range(min(self._longest, len(tokens) - index), 0, -1):
                window = tokens[index:index + count]
                if any(text[a.end():b.start()].strip() for a, b in itertools.pairwise(window)):
                    continue  # a name's words are separated by spaces only
                member = self._names.get(tuple(t.group().casefold() for t in window))
                if member is not None:
                    return count, member
        if word in self._parts:
            return 1, self._parts[word]
        return None


_MENTION_RE = re.compile(re.escape(MENTION).replace(r"\{\}", r"([^⟧]+)"))


def resolve_mentions(text: str, pseudonyms: Pseudonyms) -> str:
    """Mention markers left by readers become the mentioned member's pseudonym."""
    return _MENTION_RE.sub(lambda m: pseudonyms.member(m.group(1)), text)


_TAG = re.compile(r"(<[^>]*>)")
_HREF = re.compile(r'(\shref=")([^"]*)(")')


def screen_html(fragment: str, scrubber: NameScrubber, gate: PrivacyGate) -> Screened:
    """Scrub names and run the gate over the *text* of sanitized HTML, leaving markup intact.

    The gate reads the text as a person would (all text nodes joined), so an identifier split
    across tags (``Dr. <b>Okafor</b>``) is still found; each finding is then redacted in the
    text nodes it spans. A link whose address carries an identifier loses its address.
    """
    parts = _TAG.split(fragment)
    texts = [html.unescape(part) if index % 2 == 0 else "" for index, part in enumerate(parts)]
    texts = [scrubber.scrub(text) for text in texts]
    joined = "".join(texts)
    screened = gate.screen(joined)
    if screened.held:
        return Screened(fragment, screened.findings, True, screened.reasons)
    starts, position = [], 0
    for text in texts:
        starts.append(position)
        position += len(text)
    edited = list(texts)
    for finding in sorted(screened.findings, key=lambda f: f.start, reverse=True):
        for index, text in enumerate(texts):
            if index % 2 or not text:
                continue
            lo, hi = max(finding.start, starts[index]), min(finding.end, starts[index] + len(text))
            if lo >= hi:
                continue
            first = starts[index] <= finding.start
            a, b = lo - starts[index], hi - starts[index]
            edited[index] = edited[index][:a] + (f"[{finding.type}]" if first else "") + edited[index][b:]
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(html.escape(edited[index], quote=False))
        else:
            out.append(_HREF.sub(lambda m: _screen_href(m, scrubber, gate), part))
    return Screened("".join(out), screened.findings, False)


def _screen_href(match: re.Match[str], scrubber: NameScrubber, gate: PrivacyGate) -> str:
    url = html.unescape(match.group(2))
    if scrubber.scrub(url) != url or gate.screen(url).findings:
        return ""  # the link text stays; the address that names someone goes
    return match.group(0)
