"""Bad content: every problem listed as path:line: problem. hint, exit 2, site untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from tests.conftest import tree_digest


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run_build(project: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["build", "--root", str(project)])
    return result.exit_code, result.output.splitlines()


@pytest.fixture
def built(project: Path) -> Path:
    build(project)
    return project


BREAKAGES = [
    pytest.param(
        lambda p: edit(p / "content/conditions/asthma.md", "codes:", "codes: [unclosed\nx:"),
        "content/conditions/asthma.md:5: invalid YAML: expected ',' or ']', but got ':'. "
        "Check indentation, colons and quoting.", id="invalid-yaml"),
    pytest.param(
        lambda p: edit(p / "content/conditions/migraine.md", "summary:", "sumary:"),
        'content/conditions/migraine.md:2: missing required field "summary". Add "summary:" to the file.',
        id="missing-field"),
    pytest.param(
        lambda p: edit(p / "content/conditions/migraine.md", "reviewed_by: sample-okoye",
                       "reviewed_by: dr-nobody"),
        'content/conditions/migraine.md:11: unknown reviewer "dr-nobody". Use an id listed in '
        "content/reviewers.yml, or add the reviewer there.", id="unknown-reviewer"),
    pytest.param(
        lambda p: (p / "content/answers/eczema").mkdir() or (p / "content/answers/eczema/itch.md")
        .write_text("---\nquestion: Why do I itch?\ncondition: eczema\nstatus: draft\n---\nSoon.\n"),
        'content/answers/eczema/itch.md:3: unknown condition "eczema". Create '
        "content/conditions/eczema.md or fix the condition field.", id="answer-unknown-condition"),
    pytest.param(
        lambda p: edit(p / "content/answers/asthma/exercise.md", "sources: []",
                       "sources: [sample/t-9999]"),
        'content/answers/asthma/exercise.md:8: unknown thread "sample/t-9999" in sources. '
        "Expected a file content/discussions/sample/t-9999.json.", id="answer-unknown-thread"),
    pytest.param(
        lambda p: edit(p / "content/answers/asthma/spacer.md", "reviewed_on: 2026-09-14",
                       "reviewed_on: 2026-13-01"),
        'content/answers/asthma/spacer.md:6: reviewed_on "2026-13-01" is not a date. Use YYYY-MM-DD.',
        id="bad-date"),
    pytest.param(
        lambda p: edit(p / "content/conditions/hypertension.md", "also_called: [",
                       "also_called: [Migraine, "),
        'content/conditions/migraine.md:2: "Migraine" is also a name of condition "hypertension". '
        "Each title or also_called name must lead to one condition.", id="duplicate-name"),
    pytest.param(
        lambda p: edit(p / "content/reviewers.yml", "- id: sample-okoye", "- id: sample-rivera"),
        'content/reviewers.yml:7: duplicate reviewer id "sample-rivera" (first at line 3). '
        "Give each reviewer a unique id.", id="duplicate-reviewer"),
    pytest.param(
        lambda p: edit(p / "content/discussions/sample/t-1002.json", '"id": "p2"', '"id": "p1"'),
        'content/discussions/sample/t-1002.json:16: duplicate post id "p1". '
        "Give each post in a thread a unique id.", id="duplicate-post-id"),
    pytest.param(
        lambda p: edit(p / "content/discussions/sample/t-1002.json", '"author": "Member 6630"',
                       '"author": "Jane Doe"'),
        'content/discussions/sample/t-1002.json:25: posts[2].author "Jane Doe" is not valid. '
        'Authors are pseudonyms like "Member 4821"; never a real name.', id="real-name-author"),
    pytest.param(
        lambda p: edit(p / "content/discussions/sample/t-1003.json", '"posts": [', '"posts": [}'),
        "content/discussions/sample/t-1003.json:6: invalid JSON: Expecting value. "
        "Check commas, quotes and brackets.", id="invalid-json"),
    pytest.param(
        lambda p: edit(p / "content/answers/hypertension/salt.md", "status: reviewed\nreviewed_by: "
                       "sample-rivera\nreviewed_on: 2026-07-20\n", "status: reviewed\n"),
        'content/answers/hypertension/salt.md:2: status is "reviewed" but "reviewed_by" is missing. '
        "Add reviewed_by, or set status: draft until a physician signs it off.", id="unreviewed"),
    pytest.param(
        lambda p: edit(p / "content/conditions/asthma.md", "next_review: 2027-09-14",
                       "next_review: 2025-09-14"),
        "content/conditions/asthma.md:2: next_review (2025-09-14) is not after reviewed_on "
        "(2026-09-14). Set the next review date after the review date.", id="review-order"),
]


@pytest.mark.parametrize(("breakage", "expected"), BREAKAGES)
def test_bad_input_is_named_and_site_is_kept(built: Path, breakage, expected: str) -> None:
    before = tree_digest(built / "site")
    breakage(built)
    code, lines = run_build(built)
    assert code == 2
    assert expected in lines, "\n".join(lines)
    assert lines[-1].endswith("problem(s); nothing was changed.")
    assert tree_digest(built / "site") == before


def test_all_problems_reported_in_one_run(project: Path) -> None:
    edit(project / "content/conditions/migraine.md", "reviewed_by: sample-okoye", "reviewed_by: x")
    edit(project / "content/answers/asthma/spacer.md", "reviewed_on: 2026-09-14", "reviewed_on: soon")
    edit(project / "content/discussions/sample/t-1001.json", '"date": "2026-03-02"', '"date": "March"')
    code, lines = run_build(project)
    assert code == 2
    assert [line.split(":", 1)[0] for line in lines[:-1]] == [
        "content/answers/asthma/spacer.md",
        "content/conditions/migraine.md",
        "content/discussions/sample/t-1001.json",
    ]
    assert lines[-1] == "carekb: 3 problem(s); nothing was changed."
    assert not (project / "site").exists()


def test_second_build_is_byte_identical(project: Path) -> None:
    build(project)
    first = tree_digest(project / "site")
    build(project)
    assert tree_digest(project / "site") == first
    assert "<lastmod>2026-10-01</lastmod>" in (project / "site/sitemap.xml").read_text()


def test_failed_mkdocs_build_leaves_the_old_site(built: Path) -> None:
    before = tree_digest(built / "site")
    # Valid content, but a link MkDocs cannot resolve: strict mode stops the build.
    edit(built / "content/conditions/asthma.md", "## Common signs", "[broken](nowhere.md)\n\n## Common signs")
    code, lines = run_build(built)
    assert code == 1
    assert any("MkDocs could not build the site" in line for line in lines)
    assert tree_digest(built / "site") == before
    leftovers = [p.name for p in built.iterdir() if p.name.startswith("site.")]
    assert leftovers == []


def test_cli_help_and_exit_codes(project: Path) -> None:
    runner = CliRunner()
    for args in (["--help"], ["build", "--help"], ["serve", "--help"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0 and "Usage:" in result.output
    result = runner.invoke(main, ["build", "--root", str(project)])
    assert result.exit_code == 0
    assert result.output.startswith("carekb: built 27 pages into")
    assert "12 reviewed answers (1 drafts not published), 6 discussions" in result.output
    result = runner.invoke(main, ["build", "--root", str(project / "nowhere")])
    assert result.exit_code == 1 and "mkdocs.yml not found" in result.output
