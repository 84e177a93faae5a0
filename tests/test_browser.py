"""The built site in a real browser (Debian's Chromium): no third-party requests, WCAG 2.1 AA
by axe-core, search by lay words and misspellings, and a phone-sized screen."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import REPO

CHROMIUM = "/usr/bin/chromium"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["/", "/conditions/", "/conditions/asthma/", "/conditions/asthma/spacer/",
         "/discussions/", "/discussions/sample/", "/discussions/sample/t-1006/", "/about/",
         "/no-such-page/"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _SiteServer(http.server.ThreadingHTTPServer):
    """Serves site/ like a static host would, 404.html included."""


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    class Handler(_Quiet):
        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            if code == 404 and (site / "404.html").is_file():
                body = (site / "404.html").read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().send_error(code, message, explain)

    server = _SiteServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "scripts/setup --test installs Debian's chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


def open_page(browser: Browser, url: str, width: int = 1280) -> tuple[Page, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url, wait_until="networkidle")
    return page, requests


def test_no_request_leaves_the_site(browser: Browser, base_url: str) -> None:
    for path in PAGES:
        page, requests = open_page(browser, base_url + path)
        foreign = [url for url in requests if not url.startswith(base_url) and not url.startswith("data:")]
        assert foreign == [], (path, foreign)
        page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_pages_pass_axe_wcag21_aa(browser: Browser, base_url: str, width: int) -> None:
    axe = AXE.read_text(encoding="utf-8")
    failures = {}
    for path in PAGES:
        page, _ = open_page(browser, base_url + path, width)
        page.evaluate(axe)
        result = page.evaluate(
            "() => axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        )
        violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        if violations:
            failures[path] = violations
        page.close()
    assert failures == {}


def test_search_finds_a_guide_by_a_misspelling(browser: Browser, base_url: str) -> None:
    page, _ = open_page(browser, base_url + "/")
    page.fill("#carekb-q", "diabetis")
    page.click(".carekb-search button")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    titles = page.locator(".md-search-result__item h1").all_inner_texts()
    assert "Type 2 diabetes" in titles
    page.close()


def test_phone_screen_has_no_sideways_scrolling(browser: Browser, base_url: str) -> None:
    for path in ("/", "/conditions/asthma/", "/discussions/sample/t-1006/"):
        page, _ = open_page(browser, base_url + path, width=360)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
        page.close()
