"""``carekb check``: content/ rescanned with the import's privacy gate, problems named by file and line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.check import check_content
from generator.cli import main
from generator.errors import ContentInvalid
from generator.load import load_content
from generator.privacy import PrivacyGate, condition_vocabulary
from tests.conftest import REPO, tree_digest

HINT = "Remove or reword it; if it identifies no one, add the words to privacy_allow in carekb.yml."


@pytest.fixture(scope="module")
def gate() -> PrivacyGate:
    return PrivacyGate(medical_terms=condition_vocabulary(load_content(REPO).conditions.values()))


def _problems(project: Path, gate: PrivacyGate) -> list[str]:
    with pytest.raises(ContentInvalid) as caught:
        check_content(project, gate)
    return [str(problem) for problem in caught.value.problems]


def _append(path: Path, text: str) -> int:
    """Add ``text`` to the end of a file; the line it starts on."""
    before = path.read_text(encoding="utf-8")
    path.write_text(before.rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")
    return before.rstrip("\n").count("\n") + 3


def test_the_sample_content_passes(gate: PrivacyGate) -> None:
    result = check_content(REPO, gate)
    assert result.files == 23 and result.texts > 80


def test_a_name_typed_into_a_guide_is_named_by_file_and_line(project: Path, gate: PrivacyGate) -> None:
    line = _append(project / "content/conditions/asthma.md", "Ask for Dr. Okafor at the clinic.")
    assert _problems(project, gate) == [f'content/conditions/asthma.md:{line}: possible name "Okafor" in the body. {HINT}']


def test_front_matter_and_posts_are_screened(project: Path, gate: PrivacyGate) -> None:
    answer = project / "content/answers/asthma/spacer.md"
    text = answer.read_text(encoding="utf-8")
    question_line = next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith("question:"))
    answer.write_text(text.replace("question:", "question: Can I ring 020 7946 0321 about", 1), encoding="utf-8")
    thread = project / "content/discussions/sample/t-1001.json"
    data = json.loads(thread.read_text(encoding="utf-8"))
    data["posts"][1]["body"] = "<p>Mail me at jane.doe@gmail.com</p>"
    data["posts"][1]["format"] = "html"
    thread.write_text(json.dumps(data, indent=2), encoding="utf-8")
    post_line = next(i for i, line in enumerate(thread.read_text().splitlines(), 1) if "jane.doe" in line)
    problems = _problems(project, gate)
    assert len(problems) == 2
    assert problems[0].startswith(f'content/answers/asthma/spacer.md:{question_line}: possible phone "020 7946 0321" '
                                  "in the question.")
    assert problems[1].startswith(f"content/discussions/sample/t-1001.json:{post_line}: possible email "
                                  f'"jane.doe@gmail.com" in post {data["posts"][1]["id"]}.')


def test_a_text_the_import_would_hold_is_a_problem(project: Path, gate: PrivacyGate) -> None:
    line = _append(project / "content/answers/asthma/exercise.md", "My aunt says 谢谢 to the nurses.")
    problems = _problems(project, gate)
    assert problems == [(f"content/answers/asthma/exercise.md:{line}: the body would be held at import: "
                         f'text in a script the gate can\'t check ("谢谢"). {HINT}')]


def test_a_title_may_carry_a_date_its_posts_show(project: Path, gate: PrivacyGate) -> None:
    thread = project / "content/discussions/sample/t-1002.json"
    data = json.loads(thread.read_text(encoding="utf-8"))
    day = dt.date.fromisoformat(data["posts"][0]["date"])
    data["title"] = f"#general on {day.day} {day:%B %Y}"  # as the Slack reader names a day's thread
    thread.write_text(json.dumps(data, indent=2), encoding="utf-8")
    check_content(project, gate)  # the page shows that day beside the post anyway
    data["title"] = "Born on 3 March 1950"
    thread.write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert [p.split(": ", 1)[1] for p in _problems(project, gate)] == [f'possible date "3 March 1950" in the title. {HINT}']


def test_the_command_lists_problems_exits_2_and_changes_nothing(project: Path) -> None:
    _append(project / "content/conditions/migraine.md", "Ask for Dr. Okafor at the clinic.")
    before = tree_digest(project)
    result = CliRunner().invoke(main, ["check", "--root", str(project)])
    assert result.exit_code == 2
    assert 'content/conditions/migraine.md:' in result.stderr and '"Okafor"' in result.stderr
    assert "1 problem(s); nothing was changed." in result.stderr
    assert tree_digest(project) == before
    # An editor who finds a word is no one's detail allows it in carekb.yml, reviewed like content.
    with (project / "carekb.yml").open("a", encoding="utf-8") as settings:
        settings.write("privacy_allow:\n  - Okaf\n")
    assert CliRunner().invoke(main, ["check", "--root", str(project)]).exit_code == 2  # whole words only
    settings_text = (project / "carekb.yml").read_text(encoding="utf-8")
    (project / "carekb.yml").write_text(settings_text.replace("- Okaf\n", "- OKAFOR\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--root", str(project)])
    assert result.exit_code == 0, result.output
    assert "found nothing to redact or hold" in result.output


def test_invalid_content_fails_the_check_as_it_fails_a_build(project: Path) -> None:
    (project / "content/answers/asthma/spacer.md").write_text("no front matter\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--root", str(project)])
    assert result.exit_code == 2
    assert "content/answers/asthma/spacer.md:1: no front matter found" in result.stderr
