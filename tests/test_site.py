"""The sample site, as patients and clinics see it: pages, URLs, review bylines, drafts."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import read_page


def text_of(html: str) -> str:
    """Visible text of the article, whitespace folded, for reading like a person would."""
    match = re.search(r'<article class="md-content__inner[^>]*>(.*)</article>', html, re.DOTALL)
    article = match.group(1) if match else html
    return " ".join(re.sub(r"<[^>]+>", " ", article).split())


def test_stable_urls_exist(site: Path) -> None:
    for url in ("/", "/conditions/", "/conditions/asthma/", "/conditions/asthma/spacer/",
                "/conditions/type-2-diabetes/hba1c/", "/discussions/", "/discussions/sample/",
                "/discussions/sample/t-1001/", "/about/"):
        assert (site / url.strip("/") / "index.html").is_file(), url
    assert (site / "404.html").is_file()


def test_home_has_search_and_a_to_z(site: Path) -> None:
    html = read_page(site, "/")
    assert 'role="search"' in html and 'name="q"' in html
    assert '<label for="carekb-q">' in html
    text = text_of(html)
    for title in ("Asthma", "High blood pressure", "Migraine", "Type 2 diabetes"):
        assert title in text
    # A–Z order: letters and titles sorted
    assert text.index("Asthma") < text.index("High blood pressure") < text.index("Migraine") \
        < text.index("Type 2 diabetes")
    assert 'href="conditions/asthma/"' in html


def test_condition_guide_shows_everything_a_patient_needs(site: Path) -> None:
    text = text_of(read_page(site, "/conditions/asthma/"))
    assert "Asthma is a long-term condition" in text  # summary
    assert "Also called: bronchial asthma, wheezing, tight chest, athsma" in text
    assert ("Medically reviewed by Dr. Ada Okoye (sample reviewer) , MD, FRCP (fictional, for "
            "demonstration) (Internal medicine (sample)), on 14 September 2026") in text
    assert "Next review due by 14 September 2027" in text
    assert "When to get emergency help" in text and "Call 911 if you are too breathless" in text
    assert "What is asthma?" in text  # the guide body
    assert "Not a substitute for your own doctor" in text
    assert "ICD-10: J45, J45.909" in text and "SNOMED CT: 195967001" in text
    assert "Spacer or no spacer?" in text  # what members said


def test_answers_ordered_by_how_many_threads_asked(site: Path) -> None:
    html = read_page(site, "/conditions/type-2-diabetes/")
    section = html.split('id="questions-members-asked"', 1)[1].split("</ul>", 1)[0]
    questions = re.findall(r'<a href="([^"]+)">', section)
    # metformin-stomach came from two threads, night-lows from one, hba1c from none
    assert questions == ["metformin-stomach/", "night-lows/", "hba1c/"]
    assert "Asked in 2 community threads" in section


def test_answer_page_shows_review_references_and_sources(site: Path) -> None:
    html = read_page(site, "/conditions/hypertension/home-readings/")
    text = text_of(html)
    assert text.startswith("Conditions A–Z › High blood pressure › Question")
    assert "How do I take an accurate blood pressure reading at home?" in text
    assert "Medically reviewed by Dr. Sam Rivera (sample reviewer)" in text
    assert "Next review due by 20 July 2027" in text
    assert 'href="https://example.org/home-bp"' in html
    assert "Home blood pressure readings all over the place" in text
    assert 'href="../../../discussions/sample/t-1006/"' in html


def test_draft_answer_never_publishes(site: Path) -> None:
    assert not (site / "conditions/hypertension/white-coat").exists()
    everything = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "white-coat" not in everything
    assert "Why is my blood pressure higher at the clinic" not in everything
    index = (site / "search/search_index.json").read_text(encoding="utf-8")
    assert "white coat" not in index.lower()


def test_thread_archive_shows_whole_conversation(site: Path) -> None:
    html = read_page(site, "/discussions/sample/t-1006/")
    text = text_of(html)
    assert "Home blood pressure readings all over the place" in text
    for author in ("Member 9204", "Member 8012", "Member 5589", "Member 3377"):
        assert author in text
    assert "4 posts" in text
    assert "In reply to Member 8012" in text
    assert "Marked most helpful by the member who asked" in text
    assert '<time datetime="2026-08-15">15 August 2026</time>' in html
    assert "How do I take an accurate blood pressure reading at home?" in text  # derived answers


def test_reviewers_page_lists_reviewers_with_anchors(site: Path) -> None:
    html = read_page(site, "/about/")
    assert 'id="reviewer-sample-rivera"' in html and 'id="reviewer-sample-okoye"' in html
    assert "sample reviewer" in html


def test_search_index_covers_lay_names_and_misspellings(site: Path) -> None:
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    guide = " ".join(d["text"] for d in index["docs"]
                     if d["location"].startswith("conditions/type-2-diabetes/#"))
    for word in ("sugar diabetes", "diabetis", "T2D"):
        assert word in guide
    # breadcrumbs are navigation, not content: kept out of the index
    assert not any(d["text"].startswith("<p>Home ›") for d in index["docs"])


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio") and values.get("src"):
            self.loads.append(values["src"] or "")
        if tag == "link" and values.get("href") and values.get("rel") not in ("canonical",):
            self.loads.append(values["href"] or "")


def test_no_page_loads_anything_from_another_site(site: Path) -> None:
    for page in site.rglob("*.html"):
        parser = _Refs()
        parser.feed(page.read_text(encoding="utf-8"))
        external = [u for u in parser.loads if re.match(r"^(https?:)?//", u)]
        assert external == [], f"{page}: {external}"
    css = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css
    html = read_page(site, "/")
    assert "Content-Security-Policy" in html and "default-src 'self'" in html


def test_navigation_does_not_list_every_page(site: Path) -> None:
    html = read_page(site, "/conditions/asthma/")
    nav = html.split('<nav class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert "Conditions A–Z" in nav
    assert "migraine" not in nav.lower()
