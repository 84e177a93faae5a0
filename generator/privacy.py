"""The privacy gate: find identifiers in text, redact them with typed placeholders, and hold
what cannot be vouched for. (Minimal first version; see issue 4 for the full gate.)"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    type: str


@dataclass(frozen=True, slots=True)
class Screened:
    """A text after the gate: redacted text, what was found (offsets into the input), held or not."""

    text: str
    findings: tuple[Finding, ...]
    held: bool
    reasons: tuple[str, ...] = ()


_PATTERNS = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("url", re.compile(r"https?://\S+")),
    ("phone", re.compile(r"(?<!\w)(?:\+?\d[\d\s().-]{7,}\d)(?!\w)")),
    ("handle", re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,}")),
]


class PrivacyGate:
    def screen(self, text: str) -> Screened:
        findings: list[Finding] = []
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(text):
                if not any(f.start < match.end() and match.start() < f.end for f in findings):
                    findings.append(Finding(match.start(), match.end(), kind))
        findings.sort(key=lambda f: f.start)
        out, last = [], 0
        for finding in findings:
            out.append(text[last:finding.start])
            out.append(f"[{finding.type}]")
            last = finding.end
        out.append(text[last:])
        return Screened("".join(out), tuple(findings), held=False)
