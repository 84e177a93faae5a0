"""Community text is untrusted: no script, handler, style, frame or javascript: URL gets through."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.build import build
from generator.sanitize import clean_html, escape_markdown, post_html
from tests.conftest import SHARED_DATA, read_page

PAYLOADS = SHARED_DATA / "xss" / "xss-payload-list.txt"
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "style", "form", "input", "base", "meta",
                  "link", "svg", "math", "frame", "frameset", "img", "video", "audio", "textarea",
                  "button", "select", "template", "applet", "isindex"}


class Audit(HTMLParser):
    """Everything in a fragment that could run code or load something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.findings.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "srcdoc", "formaction", "background"):
                self.findings.append(f"{tag}[{name}]")
            if name in ("href", "src", "action", "xlink:href", "data") and value is not None:
                # The URL parser's view: tabs/newlines vanish, C0 and spaces are trimmed.
                url = re.sub(r"^[\x00-\x20]+|[\x00-\x20]+$", "", re.sub(r"[\t\n\r]", "", value))
                scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", url)
                if scheme and scheme.group(1).lower() not in ("http", "https"):
                    self.findings.append(f"{tag}[{name}]={value[:40]}")


def audit(fragment: str) -> list[str]:
    parser = Audit()
    parser.feed(fragment)
    parser.close()
    return parser.findings


def payloads() -> list[str]:
    return [line for line in PAYLOADS.read_text(encoding="utf-8", errors="replace").splitlines() if line]


def test_every_shared_payload_is_neutralised_in_both_formats() -> None:
    lines = payloads()
    assert len(lines) > 6000
    for payload in lines:
        for body_format in ("html", "markdown"):
            assert audit(post_html(payload, body_format)) == [], (body_format, payload)


def test_sanitizer_keeps_ordinary_formatting() -> None:
    html = post_html("I take **10 mg** daily. See [the leaflet](https://example.org/x).\n\n- one\n- two",
                     "markdown")
    assert "<strong>10 mg</strong>" in html
    assert '<a href="https://example.org/x" rel="nofollow ugc noopener noreferrer">the leaflet</a>' in html
    assert "<li>one</li>" in html
    assert clean_html('<p onclick="x()" style="color:red">Hi <img src="https://t.example/p.gif"></p>') \
        == "<p>Hi </p>"


@given(st.text(max_size=200))
def test_escaped_text_renders_as_the_same_text_and_no_markup(text: str) -> None:
    rendered = markdown.markdown(escape_markdown(text), extensions=["attr_list", "tables", "md_in_html"])
    tags = set(re.findall(r"</?([a-zA-Z0-9]+)", rendered))
    assert tags <= {"p"}, rendered
    plain = re.sub(r"</?p>", "", rendered)
    import html as html_lib

    visible = " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text).split())
    assert html_lib.unescape(plain).strip() == visible


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample project plus a thread made of every payload, as title, body and both formats."""
    from tests.conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("xss") / "project")
    lines = payloads()
    posts = []
    for index in range(0, len(lines), 60):
        chunk = "\n\n".join(lines[index:index + 60])
        posts.append({"id": f"p{index}", "author": "Member 1234", "date": "2026-01-01", "body": chunk,
                      "format": "html" if (index // 60) % 2 else "markdown"})
    thread = {"title": lines[0] + " [x](javascript:alert(1)) {: onclick=alert(1)}",
              "conditions": ["asthma"], "posts": posts}
    (project / "content/discussions/hostile").mkdir()
    (project / "content/discussions/hostile/t-1.json").write_text(json.dumps(thread), encoding="utf-8")
    return build(project).site_dir


def test_hostile_thread_page_has_nothing_executable(hostile_site: Path) -> None:
    html = read_page(hostile_site, "/discussions/hostile/t-1/")
    article = re.search(r'<article class="md-content__inner[^>]*>(.*)</article>', html, re.DOTALL)
    assert article is not None
    assert audit(article.group(1)) == []
    assert html.count("<script") == read_page(hostile_site, "/about/").count("<script")


def test_hostile_title_is_text_everywhere_it_appears(hostile_site: Path) -> None:
    for url in ("/discussions/hostile/", "/conditions/asthma/", "/discussions/hostile/t-1/"):
        html = read_page(hostile_site, url)
        article = re.search(r'<article class="md-content__inner[^>]*>(.*)</article>', html, re.DOTALL)
        assert article is not None
        assert audit(article.group(1)) == [], url
        assert "javascript:alert(1)" in article.group(1)  # shown as text, not as a link
