"""Page weight stays flat as the site grows: the nav must not carry every page."""

from __future__ import annotations

from pathlib import Path

from generator.build import build


def add_conditions(project: Path, count: int) -> None:
    for index in range(count):
        slug = f"condition-{index:04d}"
        (project / f"content/conditions/{slug}.md").write_text(
            "---\n"
            f"title: Test condition {index:04d}\n"
            f"summary: A generated condition number {index} for the page-weight test.\n"
            "reviewed_by: sample-rivera\nreviewed_on: 2026-01-01\nnext_review: 2027-01-01\n"
            f"---\nGuide text for condition {index}.\n",
            encoding="utf-8",
        )


def test_guide_page_weight_does_not_grow_with_the_site(project: Path, tmp_path: Path) -> None:
    small = build(project, site_dir=tmp_path / "small").site_dir
    add_conditions(project, 300)
    large = build(project, site_dir=tmp_path / "large").site_dir
    for page in ("conditions/asthma/index.html", "conditions/asthma/spacer/index.html",
                 "discussions/sample/t-1001/index.html"):
        before = (small / page).stat().st_size
        after = (large / page).stat().st_size
        assert after - before < 200, (page, before, after)
    # The A–Z page lists them all, as it should.
    assert "Test condition 0299" in (large / "conditions/index.html").read_text(encoding="utf-8")
