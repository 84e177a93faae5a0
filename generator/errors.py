"""Where things came from, and the errors that point there.

Every message carekb prints about content reads ``path:line: problem. hint`` so that an editor
can jump straight to the line. A run collects every problem before failing (``Problems``);
the CLI turns a ``CarekbError`` into that message and an exit code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """A place in an input file: path (as shown to the user), 1-based line, optional record id."""

    path: str
    line: int | None = None
    record_id: str | None = None

    def __str__(self) -> str:
        text = self.path
        if self.line is not None:
            text += f":{self.line}"
        if self.record_id is not None:
            text += f": [{self.record_id}]"
        return text

    def at(self, line: int | None) -> SourceLocation:
        return SourceLocation(self.path, line, self.record_id)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input, with where it is and what to do about it."""

    location: SourceLocation
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.location}: {self.message.rstrip('.')}."
        if self.hint:
            text += f" {_sentence(self.hint)}"
        return text


class CarekbError(Exception):
    """Base of every error carekb reports to a user; ``exit_code`` is what the CLI exits with."""

    exit_code = 1

    def __init__(self, message: str, *, location: SourceLocation | None = None, hint: str = ""):
        self.location = location
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.location is not None:
            return str(Problem(self.location, self.message, self.hint))
        return f"{self.message.rstrip('.')}." + (f" {_sentence(self.hint)}" if self.hint else "")


class ContentInvalid(CarekbError):
    """The input has one or more problems; all of them are listed."""

    exit_code = 2

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=_problem_order)
        super().__init__(f"{len(self.problems)} problem(s) found")

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class BuildFailed(CarekbError):
    """MkDocs (or the swap into site/) failed after the content was valid."""

    exit_code = 1


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] + "."


def _problem_order(problem: Problem) -> tuple[str, int, str]:
    return (problem.location.path, problem.location.line or 0, problem.message)


@dataclass
class Problems:
    """Collects problems across a whole run so the user sees all of them at once."""

    items: list[Problem] = field(default_factory=list)

    def add(self, location: SourceLocation, message: str, hint: str = "") -> None:
        self.items.append(Problem(location, message, hint))

    def extend(self, problems: list[Problem]) -> None:
        self.items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ContentInvalid(self.items)


def display_path(path: Path, root: Path) -> str:
    """The path as an editor would type it: relative to the project root when it is inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
