"""`carekb import`: every format from the shared real exports, every reason code, bad input,
idempotence, updates and withdrawal. Counts always reconcile."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.build import build
from generator.cli import main
from generator.moderate import REASONS
from tests.conftest import SHARED_DATA, read_page, tree_digest

KEY = "test-pseudonym-key-0123456789abcdef"


def run_import(project: Path, *args: str, key: str | None = KEY) -> tuple[Result, dict]:
    report = project.parent / "report.json"
    report.unlink(missing_ok=True)
    env = {"CAREKB_PSEUDONYM_KEY": key} if key else {"CAREKB_PSEUDONYM_KEY": ""}
    result = CliRunner().invoke(main, ["import", *args, "--root", str(project), "--report", str(report)], env=env)
    data = json.loads(report.read_text()) if report.exists() else {}
    if data:
        assert data["read"] == data["published"] + data["held"] + data["dropped"]
        assert sum(data["reasons"].values()) == data["held"] + data["dropped"]
        assert set(data["reasons"]) <= set(REASONS)
    return result, data


def threads_in(project: Path, source: str) -> dict[str, dict]:
    folder = project / "content/discussions" / source
    return {p.stem: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def post(thread: str, post_id: str, author: str, body: str, **extra: object) -> dict:
    return {"thread_id": thread, "post_id": post_id, "author_id": author, "created": "2026-05-04T10:11:12Z",
            "body": body, **extra}


# --- the five formats on real exports ------------------------------------------------------

def test_stackexchange_dump_imports_and_reconciles(project: Path) -> None:
    dump = SHARED_DATA / "stackexchange/history-meta"
    result, report = run_import(project, "stackexchange", str(dump))
    # History Meta is full of historical figures' names: the gate holds what it can't vouch for.
    assert result.exit_code == 3, result.output
    assert report["reasons"]["privacy"] > 0
    posts_xml = (dump / "Posts.xml").read_text(encoding="utf-8-sig")
    comments_xml = (dump / "Comments.xml").read_text(encoding="utf-8-sig")
    assert report["read"] == posts_xml.count("<row ") + comments_xml.count("<row ")
    other_types = sum(posts_xml.count(f'PostTypeId="{n}"') for n in (3, 4, 5, 6, 7, 8))
    assert report["reasons"].get("not_a_discussion", 0) == other_types
    questions = posts_xml.count('PostTypeId="1"')
    threads = threads_in(project, "history-meta")
    assert len(threads) == report["threads_written"]
    assert len(report["threads"]) == questions  # every question is accounted for, written or not
    held_threads = [t for t in report["threads"] if t["status"] == "not_written"]
    assert all(t["held"] + t["dropped"] > 0 for t in held_threads)
    sample = next(t for t in threads.values() if t["title"] == "Should we include sources in answers?")
    assert len(sample["posts"]) > 5  # question, answers and comments
    accepted = sum(p["accepted"] for t in threads.values() for p in t["posts"])
    assert 0 < accepted <= posts_xml.count("AcceptedAnswerId=")
    assert result.output.startswith("carekb import (stackexchange → content/discussions/history-meta): ")


def test_slack_export_imports_and_reconciles(project: Path) -> None:
    export = SHARED_DATA / "slack/houstondatavis"
    result, report = run_import(project, "slack", str(export))
    assert result.exit_code in (0, 3), result.output
    messages = [m for f in export.glob("*/*.json") for m in json.loads(f.read_text())]
    subtypes = Counter(m.get("subtype") for m in messages)
    assert report["read"] == len(messages)
    assert report["reasons"]["system_message"] == sum(n for s, n in subtypes.items()
                                                      if s not in (None, "file_share", "file_comment"))
    assert report["reasons"]["attachment_only"] == sum(
        1 for m in messages if m.get("subtype") == "file_share" and "and commented:" not in m["text"])
    text = "".join(p.read_text() for p in (project / "content/discussions/houstondatavis").glob("*.json"))
    assert "<@U" not in text and "slack.com/files" not in text


def test_slack_emails_and_names_never_reach_content(project: Path) -> None:
    export = SHARED_DATA / "slack/houstondatavis"
    run_import(project, "slack", str(export))
    content = "".join(p.read_text() for p in (project / "content").rglob("*.json")).casefold()
    users = json.loads((export / "users.json").read_text())
    emails = [u["profile"]["email"] for u in users if u.get("profile", {}).get("email")]
    assert len(emails) > 20
    leaked = [e for e in emails if e.casefold() in content]
    assert leaked == []
    handles = [u["name"] for u in users if len(u["name"]) >= 5]
    assert [h for h in handles if f"@{h.casefold()}" in content or f'"{h.casefold()}"' in content] == []


def test_discourse_responses_import_and_reconcile(project: Path) -> None:
    result, report = run_import(project, "discourse", str(SHARED_DATA / "discourse"))
    assert result.exit_code == 0, result.output
    topic = json.loads((SHARED_DATA / "discourse/topic.json").read_text())
    moderator = sum(1 for p in topic["post_stream"]["posts"] if p["post_type"] == 2)
    assert report["reasons"]["moderator_action"] == moderator
    sandbox = next(t for t in threads_in(project, "discourse").values() if t["title"].startswith("THIS SITE"))
    assert "samsaffron" not in json.dumps(sandbox).casefold()
    assert "Sam Saffron" not in json.dumps(sandbox)
    replies = [p for p in sandbox["posts"] if p["reply_to"]]
    assert replies and all(r["reply_to"] == sandbox["posts"][0]["id"] for r in replies)


def test_jsonl_and_csv_import_the_same_posts(project: Path, tmp_path: Path) -> None:
    rows = [post("a1", "1", "u1", "My inhaler ran out, what now?", title="Asthma inhaler ran out"),
            post("a1", "2", "u2", "Call your pharmacy, they can often do an emergency supply.", reply_to="1"),
            post("b2", "3", "u3", "<p>Anyone else <strong>tired</strong> all the time?</p>", title="Tired")]
    jsonl = write_jsonl(tmp_path / "posts.jsonl", rows)
    result, report = run_import(project, "jsonl", str(jsonl), "--source", "forum")
    assert result.exit_code == 0, result.output
    first = threads_in(project, "forum")
    csv_path = tmp_path / "posts.csv"
    import csv

    with csv_path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["thread_id", "post_id", "author_id", "created", "body",
                                                    "reply_to", "title"])
        writer.writeheader()
        writer.writerows(rows)
    result, report = run_import(project, "csv", str(csv_path), "--source", "forum")
    assert result.exit_code == 0, result.output
    assert threads_in(project, "forum") == first
    assert report["changes"] == {"added": 0, "updated": 0, "unchanged": 2, "removed": 0}
    asthma = next(t for t in first.values() if t["title"] == "Asthma inhaler ran out")
    assert asthma["conditions"] == ["asthma"]  # matched by keyword
    assert asthma["posts"][1]["reply_to"] == asthma["posts"][0]["id"]
    tired = next(t for t in first.values() if t["title"] == "Tired")
    assert tired["conditions"] == []  # unassigned, still written
    assert "<strong>tired</strong>" in tired["posts"][0]["body"]


# --- every reason code ---------------------------------------------------------------------

def test_generic_reason_codes(project: Path, tmp_path: Path) -> None:
    rows = [post("t", "1", "u1", "Opening post"),
            post("t", "2", "u2", "gone", deleted=True),
            post("t", "3", "u2", "flagged", hidden="true"),
            post("t", "4", "u3", "   "),
            post("t", "5", "u1", "fine", created="not a date"),
            post("t", "6", "", "no author")]
    path = write_jsonl(tmp_path / "p.jsonl", rows)
    with path.open("a") as handle:
        handle.write("{broken json\n")
    result, report = run_import(project, "jsonl", str(path), "--source", "forum")
    assert result.exit_code == 3  # written, but something is held for an editor
    assert report["reasons"] == {"deleted": 1, "hidden": 1, "empty": 1, "malformed": 3}
    assert report["published"] == 1 and report["read"] == 7
    held = [o for t in report["threads"] for o in t["not_published"] if o["reason"] == "malformed"]
    held += report["unthreaded"]
    assert sorted(o["location"].split(":")[1] for o in held) == ["5", "6", "7"]
    assert "1 item(s) held" not in result.output and "3 item(s) held for review" in result.output


def test_discourse_reason_codes_and_missing_posts(project: Path, tmp_path: Path) -> None:
    base = {"username": "jane", "name": "Jane Roe", "user_id": 7, "created_at": "2026-01-02T03:04:05Z"}
    posts = [
        {**base, "id": 1, "post_number": 1, "post_type": 1, "raw": "First"},
        {**base, "id": 2, "post_number": 2, "post_type": 4, "raw": "whisper"},
        {**base, "id": 3, "post_number": 3, "post_type": 2, "raw": ""},
        {**base, "id": 4, "post_number": 4, "post_type": 3, "raw": "closed"},
        {**base, "id": 5, "post_number": 5, "post_type": 1, "raw": "gone", "deleted_at": "2026-01-03"},
        {**base, "id": 6, "post_number": 6, "post_type": 1, "raw": "mine", "user_deleted": True},
        {**base, "id": 7, "post_number": 7, "post_type": 1, "raw": "flagged", "hidden": True},
    ]
    folder = tmp_path / "discourse"
    folder.mkdir()
    (folder / "t1.json").write_text(json.dumps({"id": 1, "title": "Complete", "post_stream": {
        "posts": posts, "stream": [p["id"] for p in posts]}}))
    (folder / "t2.json").write_text(json.dumps({"id": 2, "title": "Partial", "post_stream": {
        "posts": [{**base, "id": 20, "post_number": 1, "post_type": 1, "topic_id": 2, "raw": "Only the first"}],
        "stream": [20, 21, 22]}}))
    result, report = run_import(project, "discourse", str(folder))
    assert result.exit_code == 3
    assert report["reasons"] == {"whisper": 1, "moderator_action": 1, "small_action": 1, "deleted": 2,
                                 "hidden": 1, "missing_posts": 1}
    partial = next(t for t in report["threads"] if t["export_key"] == "2")
    assert partial["missing_posts"] == ["21", "22"] and partial["status"] == "not_written"


def test_slack_reason_codes(project: Path, tmp_path: Path) -> None:
    export = tmp_path / "slack"
    (export / "general").mkdir(parents=True)
    (export / "users.json").write_text(json.dumps([{"id": "U1", "name": "jdoe", "profile": {"email": "j@x.org"}},
                                                   {"id": "B1", "name": "helper", "is_bot": True}]))
    (export / "channels.json").write_text(json.dumps([{"id": "C1", "name": "general"}]))
    (export / "general/2026-01-02.json").write_text(json.dumps([
        {"type": "message", "user": "U1", "text": "Hello <@U1>, mail j@x.org", "ts": "1767312000.000100"},
        {"type": "message", "subtype": "channel_join", "user": "U1", "text": "joined", "ts": "1767312001.000100"},
        {"type": "message", "subtype": "bot_message", "bot_id": "B1", "text": "beep", "ts": "1767312002.000100"},
        {"type": "message", "subtype": "file_share", "user": "U1", "ts": "1767312003.000100",
         "text": "<@U1|jdoe> uploaded a file: <https://x.slack.com/files/jdoe/F1/a.png|a.png>"},
        {"type": "message", "user": "U1", "text": "", "ts": "1767312004.000100"},
    ]))
    result, report = run_import(project, "slack", str(export))
    assert result.exit_code == 0, result.output
    assert report["reasons"] == {"system_message": 1, "bot_message": 1, "attachment_only": 1, "empty": 1}
    (thread,) = threads_in(project, "slack").values()
    body = thread["posts"][0]["body"]
    assert "jdoe" not in body and "j@x.org" not in body and "Member " in body and "[email]" in body
    assert thread["title"] == "#general on 2 January 2026"


def test_stackexchange_orphans_and_not_a_discussion(project: Path, tmp_path: Path) -> None:
    dump = tmp_path / "se"
    dump.mkdir()
    (dump / "Posts.xml").write_text(
        '\ufeff<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE posts SYSTEM \'posts.dtd\'>\n<posts>\n'
        '<row Id="1" PostTypeId="1" CreationDate="2026-01-01T10:00:00.000" Body="&lt;p&gt;Q&lt;/p&gt;" '
        'Title="Migraine and screens" Tags="|migraine|screens|" OwnerUserId="5" AcceptedAnswerId="2" />\n'
        '<row Id="2" PostTypeId="2" ParentId="1" CreationDate="2026-01-01T11:00:00.000" '
        'Body="&lt;p&gt;A&lt;/p&gt;" OwnerDisplayName="Old Account" />\n'
        '<row Id="3" PostTypeId="2" ParentId="99" CreationDate="2026-01-01T11:00:00.000" Body="x" />\n'
        '<row Id="4" PostTypeId="5" CreationDate="2026-01-01T11:00:00.000" Body="wiki" />\n</posts>\n',
        encoding="utf-8")
    (dump / "Comments.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<comments>\n'
        '<row Id="1" PostId="2" Text="thanks Old Account" CreationDate="2026-01-02T00:00:00.000" UserId="5" />\n'
        '<row Id="2" PostId="77" Text="lost" CreationDate="2026-01-02T00:00:00.000" UserId="5" />\n</comments>\n')
    result, report = run_import(project, "stackexchange", str(dump), "--source", "se")
    assert result.exit_code == 0, result.output
    assert report["reasons"] == {"orphan": 2, "not_a_discussion": 1}
    (thread,) = threads_in(project, "se").values()
    assert thread["conditions"] == ["migraine"]  # by tag, |a|b| form
    assert [p["accepted"] for p in thread["posts"]] == [False, True, False]
    assert "Old Account" not in json.dumps(thread)


# --- bad input -----------------------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "make", "expected"), [
    ("stackexchange", lambda d: (d / "Posts.xml").write_text(
        '<?xml version="1.0"?>\n<posts>\n<row Id="1" PostTypeId="1" CreationDate="2026-01-01" Body="x" />\n<row Id="2" Po'),
     "Posts.xml:4: not well-formed XML"),
    ("stackexchange", lambda d: (d / "Posts.xml").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n'
        '<posts><row Id="1" Body="&lol2;"/></posts>'), "the XML declares entities"),
    ("stackexchange", lambda d: (d / "Posts.xml").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE posts [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<posts><row Id="1" Body="&xxe;"/></posts>'), "the XML declares entities"),
    ("stackexchange", lambda d: (d / "notes.txt").write_text("x"), "is not a Stack Exchange dump folder"),
    ("slack", lambda d: (d / "Posts.xml").write_text("<posts/>"), "is not a Slack export folder"),
    ("discourse", lambda d: (d / "t.json").write_text('{"post_stream": {"posts": [\n{"id": 1,}\n]}}'),
     "t.json:2: invalid JSON"),
    ("discourse", lambda d: (d / "t.json").write_text('{"users": []}'), "not a Discourse topic, post or posts page"),
])
def test_bad_export_is_named_and_content_untouched(project: Path, tmp_path: Path, fmt: str, make, expected: str) -> None:
    export = tmp_path / "export"
    export.mkdir()
    make(export)
    before = tree_digest(project / "content")
    result, report = run_import(project, fmt, str(export), "--source", "x")
    assert result.exit_code == 2
    assert expected in result.output
    assert result.output.rstrip().endswith("nothing was changed.")
    assert report == {}
    assert tree_digest(project / "content") == before


def test_csv_missing_column_and_missing_key(project: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("thread_id,post_id,created,body\nt,1,2026-01-01,hi\n")
    result, _ = run_import(project, "csv", str(path))
    assert result.exit_code == 2 and "p.csv:1: missing column(s) author_id" in result.output
    result, _ = run_import(project, "jsonl", str(write_jsonl(tmp_path / "p.jsonl", [post("t", "1", "u", "hi")])),
                           key=None)
    assert result.exit_code == 2 and "no pseudonym key: set $CAREKB_PSEUDONYM_KEY or pass --key-file" in result.output
    assert not (project / "content/discussions/p").exists()


def test_dtd_reference_is_never_fetched(project: Path, tmp_path: Path) -> None:
    import http.server
    import threading

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY x "pwned">')

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    dump = tmp_path / "se"
    dump.mkdir()
    (dump / "Posts.xml").write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE posts SYSTEM "http://127.0.0.1:{server.server_address[1]}/posts.dtd">\n'
        '<posts><row Id="1" PostTypeId="1" CreationDate="2026-01-01" Title="Hi" Body="ok" /></posts>')
    result, report = run_import(project, "stackexchange", str(dump), "--source", "se")
    server.shutdown()
    assert result.exit_code == 0, result.output
    assert hits == [] and report["published"] == 1


# --- idempotence, updates, withdrawal ------------------------------------------------------

def test_reimport_is_byte_identical(project: Path) -> None:
    export = str(SHARED_DATA / "slack/houstondatavis")
    run_import(project, "slack", export)
    first = tree_digest(project / "content")
    _, report = run_import(project, "slack", export)
    assert tree_digest(project / "content") == first
    assert report["changes"]["added"] == report["changes"]["updated"] == report["changes"]["removed"] == 0


def test_newer_export_updates_and_removes(project: Path, tmp_path: Path) -> None:
    rows = [post("t", "1", "u1", "Question", title="About sleep"), post("t", "2", "u2", "Answer one"),
            post("t", "3", "u3", "Answer two"), post("gone", "9", "u9", "Whole thread", title="Old")]
    run_import(project, "jsonl", str(write_jsonl(tmp_path / "a.jsonl", rows)), "--source", "forum")
    rows[1]["body"] = "Answer one, edited"
    rows[2]["deleted"] = True
    _, report = run_import(project, "jsonl", str(write_jsonl(tmp_path / "a.jsonl", rows[:3])), "--source", "forum")
    (thread,) = [t for t in report["threads"] if t["status"] == "updated"]
    assert len(thread["changes"]["posts_edited"]) == 1 and len(thread["changes"]["posts_removed"]) == 1
    assert len(report["removed_threads"]) == 1
    assert len(threads_in(project, "forum")) == 1


def test_editor_filing_survives_reimport(project: Path, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [post("t", "1", "u1", "Hello there", title="A worry about sleep")])
    run_import(project, "jsonl", str(path), "--source", "forum")
    (name,) = threads_in(project, "forum")
    file = project / f"content/discussions/forum/{name}.json"
    file.write_text(file.read_text().replace('"conditions": []', '"conditions": ["migraine"]'))
    run_import(project, "jsonl", str(path), "--source", "forum")
    assert json.loads(file.read_text())["conditions"] == ["migraine"]


def test_consent_withdrawal_removes_words_from_site_and_next_import(project: Path, tmp_path: Path) -> None:
    rows = [post("t", "1", "alice", "The first question", title="Asthma at night"),
            post("t", "2", "bob", "The second, helpful reply")]
    path = write_jsonl(tmp_path / "a.jsonl", rows)
    run_import(project, "jsonl", str(path), "--source", "forum")
    (thread,) = threads_in(project, "forum").values()
    alice, bob = (p["author"] for p in thread["posts"])
    ledger = project / "content/consent.yml"
    ledger.write_text(f"enabled: true\nmembers:\n  - {alice}\n  - {bob}\n")
    site = build(project).site_dir
    assert "The second, helpful reply" in (site / "discussions/forum").joinpath(
        next((site / "discussions/forum").glob("t-*")).name, "index.html").read_text()
    ledger.write_text(f"enabled: true\nmembers:\n  - {alice}\n")  # Bob withdraws
    site = build(project).site_dir
    everything = "".join(p.read_text() for p in site.rglob("*.html")) + (site / "search/search_index.json").read_text()
    assert "helpful reply" not in everything and "The first question" in everything
    _, report = run_import(project, "jsonl", str(path), "--source", "forum")
    assert report["reasons"] == {"no_consent": 1}
    assert "helpful reply" not in json.dumps(threads_in(project, "forum"))


def test_imported_threads_appear_in_the_site(project: Path, tmp_path: Path) -> None:
    run_import(project, "discourse", str(SHARED_DATA / "discourse"), "--source", "forum")
    rows = [post("t", "1", "u1", "Is it <script>alert(1)</script> ok?", title="Asthma and <b>cold</b> air")]
    run_import(project, "jsonl", str(write_jsonl(tmp_path / "a.jsonl", rows)), "--source", "chat")
    site = build(project).site_dir
    (thread_id,) = threads_in(project, "chat")
    page = read_page(site, f"/discussions/chat/{thread_id}/")
    assert "Asthma and &lt;b&gt;cold&lt;/b&gt; air" in page and "<script>alert" not in page
    assert f'href="../../discussions/chat/{thread_id}/"' in read_page(site, "/conditions/asthma/")
    assert (site / "discussions/forum/index.html").is_file()


def test_import_condition_option(project: Path, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [post("t", "1", "u1", "Hello", title="Something")])
    result, _ = run_import(project, "jsonl", str(path), "--condition", "eczema")
    assert result.exit_code == 2 and 'unknown condition "eczema"' in result.output
    run_import(project, "jsonl", str(path), "--condition", "migraine", "--source", "m")
    assert [t["conditions"] for t in threads_in(project, "m").values()] == [["migraine"]]


def test_pseudonyms_are_stable_and_keyed(project: Path, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [post("t", "1", "u1", "Hello", title="Hi")])
    run_import(project, "jsonl", str(path), "--source", "f")
    first = threads_in(project, "f")
    shutil.rmtree(project / "content/discussions/f")
    run_import(project, "jsonl", str(path), "--source", "f")
    assert threads_in(project, "f") == first
    run_import(project, "jsonl", str(path), "--source", "f", key="another-key-0123456789abcdef")
    second = threads_in(project, "f")
    assert list(second) != list(first)
    assert [p["author"] for t in second.values() for p in t["posts"]] != \
        [p["author"] for t in first.values() for p in t["posts"]]


def test_privacy_holds_are_reported_per_post_and_per_title(project: Path, tmp_path: Path) -> None:
    from generator.importer import ImportOptions, import_export
    from generator.privacy import PrivacyGate, Screened

    class Strict(PrivacyGate):
        """A stand-in gate that cannot vouch for anything containing "Zed"."""

        def __init__(self) -> None:
            pass

        def screen(self, text: str) -> Screened:
            return Screened(text, (), "Zed" in text, ("possible name",) if "Zed" in text else ())

    rows = [post("a", "1", "u1", "Plain question", title="A title"), post("a", "2", "u2", "Zed says hi"),
            post("b", "3", "u3", "Fine words", title="Zed's thread"), post("b", "4", "u4", "More words")]
    report = import_export(project, ImportOptions("jsonl", write_jsonl(tmp_path / "a.jsonl", rows), "f"),
                           KEY.encode(), gate=Strict())
    data = report.as_json()
    assert data["reasons"] == {"privacy": 1, "privacy_title": 2}
    assert (data["published"], data["held"]) == (1, 3)
    held = {o["export_id"]: o for t in data["threads"] for o in t["not_published"]}
    assert held["2"]["detail"] == "possible name" and held["2"]["location"].endswith("a.jsonl:2: [2]")


def test_key_file_is_used_and_checked(project: Path, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [post("t", "1", "u1", "Hello there", title="Hi")])
    key_file = tmp_path / "key"
    key_file.write_text(KEY + "\n")
    result, _ = run_import(project, "jsonl", str(path), "--source", "k", "--key-file", str(key_file), key=None)
    assert result.exit_code == 0, result.output
    by_file = threads_in(project, "k")
    run_import(project, "jsonl", str(path), "--source", "k")  # the same key from the environment
    assert threads_in(project, "k") == by_file
    key_file.write_text("short")
    result, _ = run_import(project, "jsonl", str(path), "--source", "k", "--key-file", str(key_file), key=None)
    assert result.exit_code == 2 and "the pseudonym key is too short" in result.output


def test_large_communities_scrub_participants_and_mentioned_members(project: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.importer

    monkeypatch.setattr(generator.importer, "GLOBAL_NAMES_LIMIT", 0)  # as if the export were huge
    dump = tmp_path / "se"
    dump.mkdir()
    (dump / "Users.xml").write_text('<?xml version="1.0"?>\n<users>\n<row Id="5" DisplayName="Quinta Vardaman" />\n'
                                    '<row Id="6" DisplayName="Grizelda Pierce" />\n</users>\n')
    (dump / "Posts.xml").write_text(
        '<?xml version="1.0"?>\n<posts>\n<row Id="1" PostTypeId="1" CreationDate="2026-01-01T10:00:00" '
        'Body="&lt;p&gt;Quinta Vardaman here, how do you sleep?&lt;/p&gt;" Title="Sleep" OwnerUserId="5" />\n</posts>\n')
    (dump / "Comments.xml").write_text(
        '<?xml version="1.0"?>\n<comments>\n<row Id="1" PostId="1" Text="@GrizeldaPierce knows, ask her" '
        'CreationDate="2026-01-02T00:00:00" UserId="5" />\n</comments>\n')
    run_import(project, "stackexchange", str(dump), "--source", "se")
    text = json.dumps(threads_in(project, "se"))
    assert "Vardaman" not in text and "Grizelda" not in text and "Pierce" not in text, text


def test_slack_thread_replies_join_their_parent(project: Path, tmp_path: Path) -> None:
    export = tmp_path / "slack"
    (export / "support").mkdir(parents=True)
    (export / "users.json").write_text(json.dumps([{"id": "U1", "name": "ann"}, {"id": "U2", "name": "bo"}]))
    (export / "channels.json").write_text(json.dumps([{"id": "C1", "name": "support"}]))
    parent, reply = "1767312000.000100", "1767398400.000200"  # the reply comes a day later
    (export / "support/2026-01-02.json").write_text(json.dumps([
        {"type": "message", "user": "U1", "text": "How do you cope with night sweats?", "ts": parent,
         "thread_ts": parent, "reply_count": 1},
        {"type": "message", "user": "U2", "text": "Just chatting here", "ts": "1767312100.000100"}]))
    (export / "support/2026-01-03.json").write_text(json.dumps([
        {"type": "message", "user": "U2", "text": "A fan and cotton sheets", "ts": reply, "thread_ts": parent}]))
    result, _ = run_import(project, "slack", str(export))
    assert result.exit_code == 0, result.output
    threads = list(threads_in(project, "slack").values())
    threaded = next(t for t in threads if t["title"] == "How do you cope with night sweats?")
    assert [p["body"] for p in threaded["posts"]] == ["<p>How do you cope with night sweats?</p>",
                                                      "<p>A fan and cotton sheets</p>"]
    assert threaded["posts"][1]["reply_to"] == threaded["posts"][0]["id"]
    assert any(t["title"] == "#support on 2 January 2026" for t in threads)


def test_hostile_export_html_never_reaches_content(project: Path, tmp_path: Path) -> None:
    payloads = (SHARED_DATA / "xss/xss-payload-list.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    rows = [post("x", str(i), "u1", "\n\n".join(payloads[i:i + 200]), format="html" if i % 400 else "markdown")
            for i in range(0, len(payloads), 200)]
    rows[0]["title"] = "Hostile"
    run_import(project, "jsonl", str(write_jsonl(tmp_path / "x.jsonl", rows)), "--source", "x")
    written = "".join(p.read_text() for p in (project / "content/discussions/x").glob("*.json"))
    bodies = "".join(p["body"] for t in threads_in(project, "x").values() for p in t["posts"])
    assert written and bodies
    from tests.test_sanitize import audit

    assert audit(bodies) == []
