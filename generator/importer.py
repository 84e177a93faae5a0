"""``carekb import``: an export in, moderated and anonymized thread files out, nothing lost.

The steps, top to bottom: read the export into a disk spool (memory stays flat) → for each
thread: moderate every post, anonymize what may publish (pseudonyms, the export's own names,
the privacy gate), match conditions → write all thread files of the source at once, atomically
→ report what was published, held and dropped, and what changed since the last import.
Nothing is written when the export cannot be read.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.anonymize import NameScrubber, Pseudonyms, resolve_mentions, screen_html
from generator.assign import ConditionMatcher
from generator.errors import CarekbError, display_path
from generator.load import CONTENT_DIR, load_for_import
from generator.model import SLUG_PATTERN, ConsentLedger, Thread
from generator.moderate import is_empty, moderate
from generator.privacy import PrivacyGate, condition_vocabulary
from generator.read import RawPost, RawThread, RawUser, read_export
from generator.report import ImportReport, ItemOutcome, ThreadReport
from generator.sanitize import post_html
from generator.spool import Spool
from generator.write import staging_dir, swap_in

#: Up to this many members, every member's names are searched for in every post (a name can
#: appear in a thread its owner never posted in); beyond it, each thread's participants'.
GLOBAL_NAMES_LIMIT = 20_000
TITLE_LENGTH = 90


class ImportFailed(CarekbError):
    exit_code = 2


@dataclass(frozen=True, slots=True)
class ImportOptions:
    format: str
    export: Path
    source: str
    condition: str | None = None


def default_source(export: Path) -> str:
    """A source name from the export's file or folder name: ``history-meta``, ``houstondatavis``."""
    name = export.resolve().name
    name = name.rsplit(".", 1)[0] if export.is_file() else name
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "import"


def import_export(root: Path, options: ImportOptions, key: bytes, gate: PrivacyGate | None = None,
                  progress: Callable[[str, int], None] | None = None) -> ImportReport:
    """Import one export into ``content/discussions/<source>/``; return the balanced report.

    ``progress(stage, count)`` is called now and then (records read, threads written).
    """
    if not re.fullmatch(SLUG_PATTERN, options.source):
        raise ImportFailed(f'source "{options.source}" is not a valid name',
                           hint="use lowercase letters, digits and hyphens, e.g. --source forum")
    conditions, consent = load_for_import(root)
    if options.condition is not None and options.condition not in conditions:
        raise ImportFailed(f'unknown condition "{options.condition}"',
                           hint=f"use a slug from content/conditions/: {', '.join(sorted(conditions))}")
    folder = root / CONTENT_DIR / "discussions" / options.source
    pseudonyms = Pseudonyms(key, options.source)
    report = ImportReport(options.format, options.source, display_path(folder, root))
    gate = gate or PrivacyGate(medical_terms=condition_vocabulary(conditions.values()))
    context = _Context(pseudonyms, gate, ConditionMatcher(conditions.values()),
                       consent, options.condition, set(conditions), folder)
    # Thread files go straight to a staging folder (memory stays flat however big the export),
    # which replaces the source's folder only once everything has been read and reconciled.
    staged = staging_dir(folder)
    written = 0

    with tempfile.TemporaryDirectory(prefix="carekb-import-") as tmp:
        spool = Spool(Path(tmp) / "spool.sqlite")
        try:
            for count, record in enumerate(read_export(options.format, options.export, root), start=1):
                spool.add(record)
                if progress is not None and count % 10_000 == 0:
                    progress("read", count)
            spool.finish()
            everyone = NameScrubber(spool.users(), pseudonyms) if spool.user_count() <= GLOBAL_NAMES_LIMIT else None
            for thread_key, info, posts in spool.threads():
                scrubber = everyone or NameScrubber(_participants(spool, posts), pseudonyms)
                thread_report, document = _import_thread(context, scrubber, thread_key, info, posts, report)
                if document is not None:
                    name = f"{thread_report.thread_id}.json"
                    (staged / name).write_text(document, encoding="utf-8", newline="\n")
                    written += 1
                    thread_report.file = display_path(folder / name, root)
                    thread_report.status, thread_report.changes = _change(context.previous(name), document)
                report.add_thread(thread_report)
                if progress is not None and report.read % 1_000 < len(posts):
                    progress("imported", report.read)
            for post in spool.loose_posts():
                reason = moderate(post) or "orphan"
                outcome = "held" if reason == "malformed" else "dropped"
                report.count(outcome, reason)
                report.unthreaded.append(ItemOutcome(post.post_id, outcome, reason, post.location, post.problem or ""))
            report.removed_threads = sorted(
                p.stem for p in folder.glob("*.json") if not (staged / p.name).exists()) if folder.is_dir() else []
            report.check()
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
        finally:
            spool.close()
    if written:
        swap_in(staged, folder)
    else:
        shutil.rmtree(staged, ignore_errors=True)
        if folder.exists():
            shutil.rmtree(folder)
    return report


@dataclass
class _Context:
    pseudonyms: Pseudonyms
    gate: PrivacyGate
    matcher: ConditionMatcher
    consent: ConsentLedger
    condition: str | None
    known_conditions: set[str]
    folder: Path

    def previous(self, name: str) -> str | None:
        """The thread file the last import wrote under this name, if any."""
        path = self.folder / name
        return path.read_text(encoding="utf-8") if path.is_file() else None


def _participants(spool: Spool, posts: list[RawPost]) -> Iterable[RawUser]:
    """The thread's authors and the members its posts @mention, looked up by name in the spool."""
    keys = {p.author_key for p in posts if p.author_key}
    mentioned = {m for p in posts for m in re.findall(r"@(\w[\w.-]*)", p.body)}
    users = [u for u in (spool.user(k) for k in sorted(keys)) if u is not None]
    return users + spool.users_named(mentioned)


def _import_thread(ctx: _Context, scrubber: NameScrubber, thread_key: str, info: RawThread | None,
                   posts: list[RawPost], report: ImportReport) -> tuple[ThreadReport, str | None]:
    tr = ThreadReport(export_key=thread_key, thread_id=ctx.pseudonyms.thread_id(thread_key))
    present = {p.post_id for p in posts}
    expected = info.expected_post_ids if info is not None else None
    tr.missing_posts = [i for i in expected if i not in present] if expected else []
    accepted_id = info.accepted_post_id if info is not None else None

    title_text: str | None = None
    title_held = False
    if info is not None and info.title and info.generated_title:
        title_text = info.title
    elif info is not None and info.title:
        screened = ctx.gate.screen(scrubber.scrub(" ".join(info.title.split())))
        title_held, title_text = screened.held, screened.text

    kept: list[tuple[RawPost, dict[str, Any]]] = []
    for post in posts:
        reason, detail = moderate(post), post.problem or ""
        if reason is None and post.reply_to is not None and post.reply_to == thread_key and post.reply_to not in present:
            reason = "orphan"
        author = ctx.pseudonyms.member(post.author_key or f"anonymous:{post.post_id}")
        if reason is None and not ctx.consent.allows(author):
            reason = "no_consent"
        if reason is None and tr.missing_posts:
            reason, detail = "missing_posts", f"{len(tr.missing_posts)} post(s) not in the export"
        if reason is None and title_held:
            reason = "privacy_title"
        body = ""
        if reason is None:
            # Everything becomes sanitized HTML first, so the gate reads text, not markup.
            cleaned = post_html(resolve_mentions(post.body, ctx.pseudonyms), post.format).strip()
            screened = screen_html(cleaned, scrubber, ctx.gate)
            if screened.held:
                reason, detail = "privacy", ", ".join(screened.reasons)
            else:
                body = screened.text
                if is_empty(body):
                    reason = "empty"
        if reason is not None:
            outcome = "held" if reason in ("malformed", "missing_posts", "privacy", "privacy_title") else "dropped"
            report.count(outcome, reason)
            tr.not_published.append(ItemOutcome(post.post_id, outcome, reason, post.location, detail))
            setattr(tr, outcome, getattr(tr, outcome) + 1)
            continue
        report.count("published")
        tr.published += 1
        kept.append((post, {
            "id": ctx.pseudonyms.post_id(post.post_id),
            "author": author,
            "date": post.created.isoformat() if post.created else None,
            "body": body,
            "format": "html",
            "reply_to": None,
            "accepted": post.accepted or (accepted_id is not None and post.post_id == accepted_id),
        }))

    if not kept:
        return tr, None
    _link_replies(kept, posts)
    title = title_text or _title_from(kept[0][1]["body"])
    tags = info.tags if info is not None else ()
    tr.conditions = _conditions(ctx, tr.thread_id, info, tags, title)
    document = {"title": title, "conditions": tr.conditions, "posts": [data for _, data in kept]}
    Thread.model_validate({**document, "source": "check", "id": tr.thread_id,
                           "location": {"path": "import"}})  # what we write must load
    return tr, json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _link_replies(kept: list[tuple[RawPost, dict[str, Any]]], posts: list[RawPost]) -> None:
    """Point each reply at its nearest published ancestor (a dropped parent is skipped)."""
    parent = {p.post_id: p.reply_to for p in posts}
    published = {post.post_id: data["id"] for post, data in kept}
    seen_before: set[str] = set()
    for post, data in kept:
        target, hops = post.reply_to, 0
        while target is not None and target not in published and hops < 1000:
            target, hops = parent.get(target), hops + 1
        data["reply_to"] = published[target] if target in seen_before and target is not None else None
        seen_before.add(post.post_id)


def _title_from(body_html: str) -> str:
    text = " ".join(re.sub(r"<[^>]+>", " ", body_html).split())
    import html as html_lib

    text = html_lib.unescape(text)
    if len(text) <= TITLE_LENGTH:
        return text or "Untitled conversation"
    return text[:TITLE_LENGTH].rsplit(" ", 1)[0] + "…"


def _conditions(ctx: _Context, thread_id: str, info: RawThread | None, tags: tuple[str, ...], title: str) -> list[str]:
    if ctx.condition is not None:
        return [ctx.condition]
    previous = ctx.previous(f"{thread_id}.json")
    if previous is not None:
        # An editor's filing of a thread survives re-imports.
        earlier = [c for c in json.loads(previous).get("conditions") or [] if c in ctx.known_conditions]
        if earlier:
            return earlier
    if info is not None and info.condition is not None and info.condition in ctx.known_conditions:
        return [info.condition]
    return ctx.matcher.match(tags, title)


def _change(before: str | None, after: str) -> tuple[str, dict[str, list[str]]]:
    if before is None:
        return "added", {}
    if before == after:
        return "unchanged", {}
    old = {p["id"]: p for p in json.loads(before).get("posts", [])}
    new = {p["id"]: p for p in json.loads(after)["posts"]}
    changes = {
        "posts_added": sorted(set(new) - set(old)),
        "posts_removed": sorted(set(old) - set(new)),
        "posts_edited": sorted(i for i in set(old) & set(new) if old[i] != new[i]),
    }
    return "updated", {k: v for k, v in changes.items() if v}
