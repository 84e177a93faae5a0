"""Stage "load": read ``content/`` and ``carekb.yml`` into validated records.

Every file is read and checked before anything fails, so one run lists every problem as
``path:line: problem. hint``. Cross-references (reviewer ids, conditions, threads, replies) are
checked after each file passes its own schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from frontmatter.default_handlers import YAMLHandler
from pydantic import BaseModel, ValidationError

from generator.errors import Problems, SourceLocation, display_path
from generator.model import (
    Answer,
    Condition,
    ConsentLedger,
    Content,
    Reviewer,
    SiteConfig,
    Thread,
)
from generator.sourcefile import LineMap, SourceSyntaxError, parse_json, parse_yaml

CONFIG_FILE = "carekb.yml"
CONSENT_FILE = "consent.yml"
#: Page names the docs tree uses itself (index.md); no answer or thread may take them.
RESERVED_SLUGS = frozenset({"index"})
CONTENT_DIR = "content"

R = TypeVar("R", bound=BaseModel)

#: What to tell an editor when a value does not match its pattern, by field name.
_PATTERN_HINTS = {
    "slug": "use lowercase letters, digits and hyphens, e.g. type-2-diabetes",
    "id": "use letters, digits, hyphens and underscores",
    "reviewed_by": "use a reviewer id from content/reviewers.yml",
    "condition": "use a condition slug, the file name of content/conditions/<slug>.md",
    "conditions": "use condition slugs, the file names of content/conditions/<slug>.md",
    "author": 'authors are pseudonyms like "Member 4821"; never a real name',
    "icd10": "write ICD-10 codes like E11 or E11.9",
    "snomed": "write SNOMED CT concept ids as digits, e.g. 44054006",
    "sources": "write thread references as <source>/<thread-id>, e.g. sample/t-1001",
    "url": "write a full http:// or https:// address",
    "profile_url": "write a full https:// address",
    "site_url": "write a full address ending in /, e.g. https://kb.example.org/",
    "language": "use a language code such as en or en-GB",
    "emergency_number": "use the local emergency number, e.g. 911, 999 or 112",
    "contact_url": "use an https:// or mailto: address",
}


def load_content(root: Path) -> Content:
    """Read and validate the whole project under ``root``; raise ContentInvalid listing all problems."""
    problems = Problems()
    config = _load_config(root, problems)
    content_dir = root / CONTENT_DIR
    if not content_dir.is_dir():
        problems.add(
            SourceLocation(display_path(content_dir, root)),
            "content folder not found",
            "run carekb from the project root, or pass --root",
        )
        problems.raise_if_any()
    files = _Files(root, problems)
    reviewers = _load_reviewers(root, content_dir / "reviewers.yml", problems)
    conditions = _load_conditions(files, content_dir / "conditions")
    answers = _load_answers(files, content_dir / "answers")
    threads = _load_threads(files, content_dir / "discussions")
    consent = load_consent(root, problems)
    _cross_check(files, reviewers, conditions, answers, threads)
    problems.raise_if_any()
    assert config is not None  # a missing config is a problem, raised just above
    return Content(
        config=config,
        reviewers=reviewers,
        conditions=dict(sorted(conditions.items())),
        answers=sorted(answers, key=lambda a: (a.condition, a.slug)),
        threads=withdraw(dict(sorted(threads.items())), consent),
        consent=consent,
    )


def load_for_import(root: Path) -> tuple[dict[str, Condition], ConsentLedger]:
    """What an import needs from content/: the conditions (to match threads) and the ledger."""
    problems = Problems()
    files = _Files(root, problems)
    conditions = _load_conditions(files, root / CONTENT_DIR / "conditions")
    consent = load_consent(root, problems)
    problems.raise_if_any()
    return conditions, consent


def load_consent(root: Path, problems: Problems) -> ConsentLedger:
    """``content/consent.yml`` if present; without it the ledger is off."""
    path = root / CONTENT_DIR / CONSENT_FILE
    if not path.is_file():
        return ConsentLedger()
    where = SourceLocation(display_path(path, root))
    text = _read_text(path, root, problems)
    if text is None:
        return ConsentLedger()
    try:
        data, lines = parse_yaml(text)
    except SourceSyntaxError as err:
        problems.add(where.at(err.line), err.message, "check indentation and quoting")
        return ConsentLedger()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        problems.add(where.at(1), "the consent ledger must be a mapping", "see docs/import.md")
        return ConsentLedger()
    ledger = _validate(ConsentLedger, data, where, lines, problems)
    return ledger if ledger is not None else ConsentLedger(enabled=True)


def withdraw(threads: dict[str, Thread], consent: ConsentLedger) -> dict[str, Thread]:
    """Threads without the posts of members who are not (or no longer) in the consent ledger."""
    if not consent.enabled:
        return threads
    kept: dict[str, Thread] = {}
    for ref, thread in threads.items():
        posts = [p for p in thread.posts if consent.allows(p.author)]
        if not posts:
            continue
        ids = {p.id for p in posts}
        posts = [p if p.reply_to is None or p.reply_to in ids else p.model_copy(update={"reply_to": None})
                 for p in posts]
        kept[ref] = thread.model_copy(update={"posts": posts}) if len(posts) != len(thread.posts) else thread
    return kept


# --- files ---------------------------------------------------------------------------------


class _Files:
    """What the loader learned per file: line maps (to point at fields) and which slugs exist.

    A file that fails its own schema still exists; references to it are not reported again as
    "unknown", so one mistake gives one message.
    """

    def __init__(self, root: Path, problems: Problems):
        self.root = root
        self.problems = problems
        self.lines: dict[str, LineMap] = {}
        self.present_conditions: set[str] = set()
        self.present_threads: set[str] = set()

    def where(self, location: SourceLocation, *path: str | int) -> SourceLocation:
        lines = self.lines.get(location.path)
        line = lines.line_of(path) if lines is not None else None
        return location.at(line if line is not None else location.line)



def _read_text(path: Path, root: Path, problems: Problems) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        problems.add(SourceLocation(display_path(path, root)), f"not UTF-8 text ({err.reason})",
                     "save the file as UTF-8")
    except OSError as err:
        problems.add(SourceLocation(display_path(path, root)), f"cannot read file ({err.strerror})")
    return None


def _load_config(root: Path, problems: Problems) -> SiteConfig | None:
    path = root / CONFIG_FILE
    where = SourceLocation(display_path(path, root))
    if not path.is_file():
        problems.add(where, "site settings file not found", f"create {CONFIG_FILE} at the project root")
        return None
    text = _read_text(path, root, problems)
    if text is None:
        return None
    try:
        data, lines = parse_yaml(text)
    except SourceSyntaxError as err:
        problems.add(where.at(err.line), err.message, "check indentation and quoting")
        return None
    if not isinstance(data, dict):
        problems.add(where.at(1), "settings must be a mapping of names to values")
        return None
    return _validate(SiteConfig, data, where, lines, problems)


def _load_reviewers(root: Path, path: Path, problems: Problems) -> dict[str, Reviewer]:
    where = SourceLocation(display_path(path, root))
    if not path.is_file():
        problems.add(where, "reviewers file not found", "list reviewers in content/reviewers.yml")
        return {}
    text = _read_text(path, root, problems)
    if text is None:
        return {}
    try:
        data, lines = parse_yaml(text)
    except SourceSyntaxError as err:
        problems.add(where.at(err.line), err.message, "check indentation and quoting")
        return {}
    if not isinstance(data, list):
        problems.add(where.at(1), "reviewers must be a list", 'start each reviewer with "- id: ..."')
        return {}
    reviewers: dict[str, Reviewer] = {}
    for index, entry in enumerate(data):
        at = where.at(lines.line_of((index,)))
        if not isinstance(entry, dict):
            problems.add(at, "each reviewer must be a mapping with id, name, credentials, specialty")
            continue
        reviewer = _validate(Reviewer, {**entry, "location": at}, where, lines, problems, (index,))
        if reviewer is None:
            continue
        if reviewer.id in reviewers:
            first = reviewers[reviewer.id].location
            problems.add(at, f'duplicate reviewer id "{reviewer.id}" (first at line {first.line})',
                         "give each reviewer a unique id")
            continue
        reviewers[reviewer.id] = reviewer
    return reviewers


def _markdown_files(folder: Path, root: Path, problems: Problems) -> Iterable[Path]:
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_file() and path.suffix == ".md":
            found.append(path)
        else:
            problems.add(SourceLocation(display_path(path, root)), "unexpected file or folder here",
                         f"only <slug>.md files belong in {display_path(folder, root)}/")
    return found


def _read_page(path: Path, root: Path, problems: Problems) -> tuple[dict[str, Any], str, LineMap] | None:
    """Split a Markdown file into (front matter, body, line map), or record why it can't be."""
    where = SourceLocation(display_path(path, root))
    text = _read_text(path, root, problems)
    if text is None:
        return None
    handler = YAMLHandler()
    if not handler.detect(text):
        problems.add(where.at(1), "no front matter found",
                     'start the file with a "---" line, the fields, and another "---" line')
        return None
    try:
        meta_text, body = handler.split(text)
    except ValueError:
        problems.add(where.at(1), "front matter is not closed", 'end the fields with a "---" line')
        return None
    # The front matter starts on the line after the opening "---"; python-frontmatter keeps the
    # newline that ends that line, which already shifts YAML's line count by one.
    offset = 0 if meta_text.startswith("\n") else 1
    try:
        meta, lines = parse_yaml(meta_text, line_offset=offset)
    except SourceSyntaxError as err:
        problems.add(where.at(err.line), err.message, "check indentation, colons and quoting")
        return None
    if not isinstance(meta, dict):
        problems.add(where.at(2), "front matter must be a mapping of field: value")
        return None
    for reserved in ("slug", "body", "location"):
        if reserved in meta:
            problems.add(where.at(lines.line_of((reserved,))), f'unknown field "{reserved}"',
                         "the slug comes from the file name and the body follows the front matter")
            return None
    return meta, body.strip() + "\n", lines


def _load_page(files: _Files, path: Path, model: type[R]) -> tuple[R, LineMap] | None:
    """A Markdown page validated as ``model`` (slug from its name, body after the front matter)."""
    page = _read_page(path, files.root, files.problems)
    if page is None:
        return None
    meta, body, lines = page
    where = SourceLocation(display_path(path, files.root))
    files.lines[where.path] = lines
    record = {**meta, "slug": path.stem, "body": body, "location": where.at(1)}
    validated = _validate(model, record, where, lines, files.problems)
    return (validated, lines) if validated is not None else None


def _load_conditions(files: _Files, folder: Path) -> dict[str, Condition]:
    conditions: dict[str, Condition] = {}
    for path in _markdown_files(folder, files.root, files.problems):
        files.present_conditions.add(path.stem)
        loaded = _load_page(files, path, Condition)
        if loaded is not None:
            conditions[loaded[0].slug] = loaded[0]
    return conditions


def _subfolders(folder: Path, root: Path, problems: Problems, hint: str) -> Iterable[Path]:
    """The folders inside ``folder`` (hidden ones skipped); a stray file is a problem."""
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield entry
        else:
            problems.add(SourceLocation(display_path(entry, root)), "unexpected file here", hint)


def _load_answers(files: _Files, folder: Path) -> list[Answer]:
    root, problems = files.root, files.problems
    answers: list[Answer] = []
    for condition_dir in _subfolders(folder, root, problems,
                                     "answers live in content/answers/<condition-slug>/<slug>.md"):
        for path in _markdown_files(condition_dir, root, problems):
            loaded = _load_page(files, path, Answer)
            if loaded is None:
                continue
            answer, lines = loaded
            if answer.condition != condition_dir.name:
                problems.add(answer.location.at(lines.line_of(("condition",))),
                             f'condition "{answer.condition}" does not match its folder '
                             f'"{condition_dir.name}"',
                             f"move the file to content/answers/{answer.condition}/ or fix the field")
                continue
            answers.append(answer)
    return answers


def _load_threads(files: _Files, folder: Path) -> dict[str, Thread]:
    root, problems = files.root, files.problems
    threads: dict[str, Thread] = {}
    for source_dir in _subfolders(folder, root, problems,
                                  "threads live in content/discussions/<source>/<thread-id>.json"):
        for path in sorted(source_dir.iterdir()):
            where = SourceLocation(display_path(path, root))
            if path.name.startswith("."):
                continue
            if path.suffix != ".json" or not path.is_file():
                problems.add(where, "unexpected file here", "only <thread-id>.json files belong here")
                continue
            files.present_threads.add(f"{source_dir.name}/{path.stem}")
            text = _read_text(path, root, problems)
            if text is None:
                continue
            try:
                data, lines = parse_json(text)
            except SourceSyntaxError as err:
                problems.add(where.at(err.line), err.message, "check commas, quotes and brackets")
                continue
            if not isinstance(data, dict):
                problems.add(where.at(1), "a thread must be a JSON object")
                continue
            files.lines[where.path] = lines
            data = {"source": source_dir.name, "id": path.stem, **data, "location": where.at(1)}
            thread = _validate(Thread, data, where, lines, problems)
            if thread is None:
                continue
            if (thread.source, thread.id) != (source_dir.name, path.stem):
                problems.add(where.at(lines.line_of(("id",))),
                             f'thread says it is "{thread.ref}" but its path says '
                             f'"{source_dir.name}/{path.stem}"',
                             "make the source and id fields match the file's location, or remove them")
                continue
            threads[thread.ref] = thread
    return threads


# --- schema errors -------------------------------------------------------------------------


def _validate(model: type[R], data: Mapping[str, Any], where: SourceLocation, lines: LineMap,
              problems: Problems, prefix: tuple[str | int, ...] = ()) -> R | None:
    try:
        return model.model_validate(dict(data))
    except ValidationError as err:
        for error in err.errors():
            loc = tuple(error["loc"])
            line = lines.line_of(prefix + loc)
            message, hint = _explain(model, error, data)
            problems.add(where.at(line), message, hint)
        return None


def _field_name(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "value"


def _explain(model: type[BaseModel], error: Mapping[str, Any], data: Mapping[str, Any]) -> tuple[str, str]:
    loc = tuple(error["loc"])
    kind = error["type"]
    name = _field_name(loc)
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    value = error.get("input")
    if kind == "missing":
        return f'missing required field "{name}"', f'add "{last}:" to the file'
    if kind == "extra_forbidden":
        allowed = ", ".join(n for n in model.model_fields if n not in ("slug", "body", "location"))
        return f'unknown field "{name}"', f"check the spelling; known fields: {allowed}"
    if kind == "value_error":
        code = str(error.get("ctx", {}).get("error", ""))
        if code == "not_a_day" or "not_a_day" in error["msg"]:
            return f'{name} "{value}" is not a date', "use YYYY-MM-DD"
        if "next_review_not_after" in error["msg"]:
            problem = (f"next_review ({data.get('next_review')}) is not after reviewed_on "
                       f"({data.get('reviewed_on')})")
            return problem, "set the next review date after the review date"
        if "reviewed_needs:" in error["msg"]:
            missing = error["msg"].split("reviewed_needs:", 1)[1]
            return (f'status is "reviewed" but "{missing}" is missing',
                    f'add {missing}, or set status: draft until a physician signs it off')
    if kind.startswith("date_"):
        return f'{name} "{value}" is not a date', "use YYYY-MM-DD"
    if kind == "string_pattern_mismatch":
        return f'{name} "{value}" is not valid', _PATTERN_HINTS.get(last, "see docs/content-model.md")
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f'{name} "{value}" is not allowed', f"use one of {expected}"
    if kind in ("string_too_short",):
        return f'{name} is empty', "write a value or remove the field"
    if kind == "too_short":
        return f"{name} is empty", "a thread needs at least one post"
    if kind in ("list_type", "dict_type", "model_type", "string_type", "bool_type", "model_attributes_type"):
        expected = kind.split("_", 1)[0].replace("model", "mapping").replace("dict", "mapping")
        return f"{name} should be a {expected}", "see docs/content-model.md for the field's form"
    return f"{name}: {error['msg']}", "see docs/content-model.md"


# --- cross-references ----------------------------------------------------------------------


def _cross_check(files: _Files, reviewers: dict[str, Reviewer], conditions: dict[str, Condition],
                 answers: list[Answer], threads: dict[str, Thread]) -> None:
    problems, where = files.problems, files.where
    reviewer_hint = "use an id listed in content/reviewers.yml, or add the reviewer there"
    names: dict[str, str] = {}
    for condition in conditions.values():
        if condition.reviewed_by not in reviewers:
            problems.add(where(condition.location, "reviewed_by"),
                         f'unknown reviewer "{condition.reviewed_by}"', reviewer_hint)
        for index, name in enumerate([condition.title, *condition.also_called]):
            owner = names.setdefault(name.casefold(), condition.slug)
            if owner != condition.slug:
                field = ("title",) if index == 0 else ("also_called", index - 1)
                problems.add(where(condition.location, *field),
                             f'"{name}" is also a name of condition "{owner}"',
                             "each title or also_called name must lead to one condition")
    for answer in answers:
        if answer.slug in RESERVED_SLUGS:
            problems.add(answer.location, f'"{answer.slug}" cannot be an answer slug',
                         "rename the file; index.md is the condition's own page")
        if answer.condition not in files.present_conditions:
            problems.add(where(answer.location, "condition"), f'unknown condition "{answer.condition}"',
                         f"create content/conditions/{answer.condition}.md or fix the condition field")
        if answer.reviewed_by is not None and answer.reviewed_by not in reviewers:
            problems.add(where(answer.location, "reviewed_by"),
                         f'unknown reviewer "{answer.reviewed_by}"', reviewer_hint)
        for index, ref in enumerate(answer.sources):
            if ref not in files.present_threads:
                problems.add(where(answer.location, "sources", index), f'unknown thread "{ref}" in sources',
                             f"expected a file content/discussions/{ref}.json")
    for thread in threads.values():
        if thread.id in RESERVED_SLUGS:
            problems.add(thread.location, f'"{thread.id}" cannot be a thread id',
                         "rename the file; index is the source's own page")
        for index, slug in enumerate(thread.conditions):
            if slug not in files.present_conditions:
                problems.add(where(thread.location, "conditions", index), f'unknown condition "{slug}"',
                             "use a slug from content/conditions/, or leave conditions empty to file "
                             "the thread as unassigned")
        post_ids: set[str] = set()
        for index, post in enumerate(thread.posts):
            if post.id in post_ids:
                problems.add(where(thread.location, "posts", index, "id"),
                             f'duplicate post id "{post.id}"', "give each post in a thread a unique id")
            if post.reply_to is not None and post.reply_to not in post_ids:
                problems.add(where(thread.location, "posts", index, "reply_to"),
                             f'post "{post.id}" replies to "{post.reply_to}", which is not an earlier post',
                             "a reply_to must name a post that comes before it in the thread")
            post_ids.add(post.id)
