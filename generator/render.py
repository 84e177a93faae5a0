"""Stage "render": validated records to a plain MkDocs docs tree (Markdown files).

Everything a page shows is decided here, in Python: ordering, which answers publish, links
between pages, the review byline. Templates in ``generator/templates`` only lay it out. The
result is a mapping ``{docs-relative path: text}``; writing it is the caller's job, so this
stage is a pure function of the content.

URLs are part of the contract with clinics and must never change:
``/conditions/<slug>/``, ``/conditions/<slug>/<answer>/``, ``/discussions/<source>/<id>/``.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import jinja2

from generator.model import Answer, Condition, Content, Reviewer, Thread
from generator.sanitize import escape_html, escape_markdown, post_html

# --- paths ---------------------------------------------------------------------------------

def condition_path(slug: str) -> str:
    return f"conditions/{slug}/index.md"


def answer_path(answer: Answer) -> str:
    return f"conditions/{answer.condition}/{answer.slug}.md"


def thread_path(ref: str) -> str:
    return f"discussions/{ref}.md"


def link(from_page: str, to_page: str) -> str:
    """A relative link between two docs-tree pages, as MkDocs wants it (to the .md file)."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


# --- views: what templates receive ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Byline:
    reviewer: Reviewer
    reviewer_href: str
    reviewed_on: dt.date
    next_review: dt.date


@dataclass(frozen=True, slots=True)
class AnswerLink:
    question: str
    href: str
    thread_count: int


@dataclass(frozen=True, slots=True)
class ThreadLink:
    title: str
    href: str
    post_count: int
    started: dt.date


@dataclass(frozen=True, slots=True)
class ConditionLink:
    title: str
    href: str
    summary: str
    also_called: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Letter:
    letter: str
    conditions: tuple[ConditionLink, ...]


@dataclass(frozen=True, slots=True)
class PostView:
    anchor: str
    author: str
    date: dt.date
    html: str
    accepted: bool
    reply_to_anchor: str | None
    reply_to_author: str | None


# --- the renderer --------------------------------------------------------------------------

def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        autoescape=False,  # the output is Markdown; untrusted text goes through |md or |html
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # attr_list's heading ids ("## A {#letter-a}") would open Jinja's default {# comment #}.
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters["md"] = escape_markdown
    env.filters["html"] = escape_html
    env.filters["yaml"] = lambda text: json.dumps(" ".join(str(text).split()), ensure_ascii=False)
    env.filters["day"] = lambda d: f"{d.day} {d:%B %Y}"
    env.filters["month"] = lambda d: f"{d:%B %Y}"
    return env


def render_site(content: Content) -> dict[str, str]:
    """Render every page of the docs tree; keys are paths relative to the docs folder."""
    env = _environment()
    pages: dict[str, str] = {}
    published = content.published_answers
    answers_by_condition: dict[str, list[Answer]] = defaultdict(list)
    answers_by_thread: dict[str, list[Answer]] = defaultdict(list)
    for answer in published:
        answers_by_condition[answer.condition].append(answer)
        for ref in answer.sources:
            answers_by_thread[ref].append(answer)
    threads_by_condition: dict[str, list[Thread]] = defaultdict(list)
    for thread in content.threads.values():
        for slug in thread.conditions:
            threads_by_condition[slug].append(thread)

    letters = _a_to_z(content.conditions.values())
    common = {"config": content.config}
    pages["index.md"] = env.get_template("home.md.j2").render(
        letters=_linked(letters, "index.md"), **common)
    pages["conditions/index.md"] = env.get_template("conditions.md.j2").render(
        letters=_linked(letters, "conditions/index.md"), **common)
    pages["about.md"] = env.get_template("about.md.j2").render(
        reviewers=sorted(content.reviewers.values(), key=lambda r: r.name), **common)

    for condition in content.conditions.values():
        here = condition_path(condition.slug)
        pages[here] = env.get_template("condition.md.j2").render(
            condition=condition,
            urgent=_urgent_text(condition, content.config.emergency_number),
            byline=_byline(condition, content.reviewers, here),
            answers=_answer_links(answers_by_condition[condition.slug], here),
            threads=_thread_links(threads_by_condition[condition.slug], here),
            home=link(here, "index.md"), az=link(here, "conditions/index.md"),
            **common,
        )
    for answer in published:
        here = answer_path(answer)
        condition = content.conditions[answer.condition]
        pages[here] = env.get_template("answer.md.j2").render(
            answer=answer,
            condition=condition,
            condition_href=link(here, condition_path(condition.slug)),
            az=link(here, "conditions/index.md"),
            byline=_byline(answer, content.reviewers, here),
            threads=_thread_links([content.threads[ref] for ref in answer.sources
                                   if ref in content.threads], here),
            **common,
        )

    by_source: dict[str, list[Thread]] = defaultdict(list)
    for thread in content.threads.values():
        by_source[thread.source].append(thread)
        here = thread_path(thread.ref)
        pages[here] = env.get_template("thread.md.j2").render(
            thread=thread,
            posts=_post_views(thread),
            conditions=[(content.conditions[s].title, link(here, condition_path(s)))
                        for s in thread.conditions],
            answers=_answer_links(answers_by_thread[thread.ref], here),
            source_href=link(here, f"discussions/{thread.source}/index.md"),
            all_href=link(here, "discussions/index.md"),
            **common,
        )
    for source, threads in sorted(by_source.items()):
        here = f"discussions/{source}/index.md"
        pages[here] = env.get_template("source.md.j2").render(
            source=source,
            threads=_thread_links(threads, here),
            unassigned=_thread_links([t for t in threads if not t.conditions], here),
            all_href=link(here, "discussions/index.md"),
            **common,
        )
    pages["discussions/index.md"] = env.get_template("discussions.md.j2").render(
        sources=[(source, link("discussions/index.md", f"discussions/{source}/index.md"), len(threads))
                 for source, threads in sorted(by_source.items())],
        **common,
    )
    return dict(sorted(pages.items()))


def _a_to_z(conditions: Iterable[Condition]) -> list[tuple[str, list[Condition]]]:
    groups: dict[str, list[Condition]] = defaultdict(list)
    for condition in conditions:
        first = condition.title[:1].upper()
        groups[first if first.isalpha() else "#"].append(condition)
    return [(letter, sorted(items, key=lambda c: c.title.casefold()))
            for letter, items in sorted(groups.items())]


def _linked(letters: list[tuple[str, list[Condition]]], here: str) -> list[Letter]:
    return [
        Letter(letter, tuple(
            ConditionLink(c.title, link(here, condition_path(c.slug)), c.summary, tuple(c.also_called))
            for c in items))
        for letter, items in letters
    ]


def _byline(item: Condition | Answer, reviewers: dict[str, Reviewer], here: str) -> Byline:
    assert item.reviewed_by and item.reviewed_on and item.next_review
    reviewer = reviewers[item.reviewed_by]
    return Byline(reviewer, link(here, "about.md") + f"#reviewer-{reviewer.id}",
                  item.reviewed_on, item.next_review)


def _urgent_text(condition: Condition, emergency_number: str) -> str | None:
    if condition.urgent is None:
        return None
    return condition.urgent.replace("{emergency}", emergency_number)


def _answer_links(answers: list[Answer], here: str) -> list[AnswerLink]:
    """Answers most asked about first: the number of community threads each came from."""
    ordered = sorted(answers, key=lambda a: (-len(a.sources), a.question.casefold(), a.slug))
    return [AnswerLink(a.question, link(here, answer_path(a)), len(a.sources)) for a in ordered]


def _thread_links(threads: list[Thread], here: str) -> list[ThreadLink]:
    ordered = sorted(threads, key=lambda t: (t.started, t.ref), reverse=True)
    return [ThreadLink(t.title, link(here, thread_path(t.ref)), len(t.posts), t.started)
            for t in ordered]


def _post_views(thread: Thread) -> list[PostView]:
    authors = {post.id: post.author for post in thread.posts}
    return [
        PostView(
            anchor=f"post-{post.id}",
            author=post.author,
            date=post.date,
            html=post_html(post.body, post.format),
            accepted=post.accepted,
            reply_to_anchor=f"post-{post.reply_to}" if post.reply_to else None,
            reply_to_author=authors.get(post.reply_to) if post.reply_to else None,
        )
        for post in thread.posts
    ]
