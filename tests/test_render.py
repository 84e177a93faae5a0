"""The render stage against golden output, and property tests for the small pure functions."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.anonymize import Pseudonyms
from generator.load import load_content
from generator.model import PSEUDONYM_PATTERN
from generator.render import link, render_site
from tests.conftest import REPO

GOLDEN = REPO / "tests" / "golden" / "docs"


def test_sample_content_renders_to_the_golden_docs_tree() -> None:
    pages = render_site(load_content(REPO))
    golden = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
              for p in sorted(GOLDEN.rglob("*.md"))}
    assert sorted(pages) == sorted(golden), "pages added or removed: run scripts/regenerate_golden.py"
    changed = [path for path in pages if pages[path] != golden[path]]
    assert changed == [], f"{changed} differ from tests/golden/docs (scripts/regenerate_golden.py to accept)"


def test_render_is_pure() -> None:
    content = load_content(REPO)
    assert render_site(content) == render_site(content)


@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_pseudonyms_are_well_formed_stable_and_keyed(author: str, source: str) -> None:
    first = Pseudonyms(b"k" * 32, source)
    again = Pseudonyms(b"k" * 32, source)
    other = Pseudonyms(b"x" * 32, source)
    member = first.member(author)
    assert re.fullmatch(PSEUDONYM_PATTERN, member)
    assert member == again.member(author)
    assert re.fullmatch(r"t-[0-9a-f]{12}", first.thread_id(author))
    assert re.fullmatch(r"p-[0-9a-f]{10}", first.post_id(author))
    assert first.thread_id(author) != other.thread_id(author)


@given(st.lists(st.from_regex(r"[a-z0-9-]{1,8}", fullmatch=True), min_size=1, max_size=4),
       st.lists(st.from_regex(r"[a-z0-9-]{1,8}", fullmatch=True), min_size=1, max_size=4))
def test_links_resolve_back_to_their_target(here: list[str], there: list[str]) -> None:
    import posixpath

    source, target = "/".join(here) + ".md", "/".join(there) + ".md"
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source), link(source, target)))
    assert resolved == target


def test_golden_tree_is_committed() -> None:
    assert (GOLDEN / "conditions/asthma/index.md").is_file()
    assert not Path(GOLDEN / "conditions/hypertension/white-coat.md").exists()  # drafts never render
