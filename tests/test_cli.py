"""The `workbench` command, run through click's runner on a real database file."""

import io
import json
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from workbench import store
from workbench.cli import cli
from workbench.export import json_schema
from workbench.progress import Progress
from workbench.rechecks import recheck

from benchmarks.server import BIN


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def test_init_imports_the_demo_article_once(db_path):
    first = run("init", "--db", db_path)
    assert "Imported the demo article as #1 (14 figures)" in first.output
    assert run("init", "--db", db_path).output == ""


def test_import_reports_stored_present_and_rejected(tmp_path, db_path, seed_text):
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"title": "Jobs", "text": "About 120,000 jobs were added."}) + "\n{broken\n", encoding="utf-8")
    result = run("import", "--db", db_path, tmp_path / "seed.txt", tmp_path / "feed.jsonl")
    assert result.exit_code == 1
    assert "stored 2, already present 0, rejected 1" in result.output
    assert "feed.jsonl line 2: invalid JSON" in result.output
    again = run("import", "--db", db_path, tmp_path / "seed.txt")
    assert again.exit_code == 0 and "stored 0, already present 1, rejected 0" in again.output


def test_import_from_stdin_as_jsonl(db_path):
    lines = json.dumps({"title": "A", "text": "Some 5 people."}) + "\n"
    result = run("import", "--db", db_path, "--format", "jsonl", "-", input=lines)
    assert result.exit_code == 0 and "stored 1," in result.output


def test_extract_prints_claims_without_a_database(tmp_path, seed_text):
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    claims = json.loads(run("extract", tmp_path / "seed.txt").output)
    texts = [c["span"]["text"] for c in claims]
    assert claims[texts.index("425")]["part_of"] == texts.index("850")
    assert "id" not in claims[0] and "verdict" not in claims[0]
    assert json.loads(run("extract", "-", input="Around 100 came.").output)[0]["qualifier"] == "around"


def test_check_stores_and_prints_findings(db_path):
    run("init", "--db", db_path)
    result = run("check", "--db", db_path, "1")
    assert "pass  parts-within-total  900 + 800 + 760 + 425 = 2,885 <= 5,600" in result.output
    db = store.open_db(db_path)
    assert len(store.article_findings(db, 1)) == 6  # replaced, not added to
    db.close()
    assert run("check", "--db", db_path, "99").exit_code == 1
    findings = json.loads(run("check", "--db", db_path, "1", "--json").output)
    assert [f["status"] for f in findings] == ["pass"] * 6
    assert findings[0]["rule"] == "parts-within-total" and len(findings[0]["claims"]) == 5


def test_export_is_valid_against_the_schema_and_carries_verdicts(db_path, tmp_path):
    run("init", "--db", db_path)
    db = store.open_db(db_path)
    claim_id = store.article_claims(db, 1)[5]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "Matches the table.", ["https://example.org/t"], "ana")
    store.save_verdict(db, claim_id, 1, "mostly-accurate", "Rounded.", [], "ben")
    db.close()
    out = tmp_path / "export.json"
    run("export", "--db", db_path, "--article", 1, "-o", out)
    document = json.loads(out.read_text())
    jsonschema.validate(document, json_schema())
    claim = next(c for c in document["articles"][0]["claims"] if c["id"] == claim_id)
    assert claim["verdict"]["label"] == "mostly-accurate"
    assert [v["label"] for v in claim["history"]] == ["accurate"]


def test_backup_writes_a_copy(db_path, tmp_path):
    run("init", "--db", db_path)
    target = tmp_path / "copy.db"
    assert run("backup", "--db", db_path, target).exit_code == 0
    copy = store.open_db(target)
    assert store.count_articles(copy) == 1
    copy.close()


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for name in cli.commands:
        assert f"`workbench {name}" in readme, name


def test_export_formats_from_the_command_line(db_path, monkeypatch):
    run("init", "--db", db_path)
    header = run("export", "--db", db_path, "--format", "csv").output.splitlines()[0]
    assert header.startswith("article_id,article_title,claim_id,text,start,end,sentence,value")
    excel = run("export", "--db", db_path, "--format", "csv", "--excel").output
    assert excel.startswith("\ufeffarticle_id,") and excel[1:] == run("export", "--db", db_path, "--format", "csv").output
    assert run("export", "--db", db_path, "--excel").exit_code == 2  # JSON has no byte-order mark
    monkeypatch.setenv("WORKBENCH_PUBLIC_URL", "https://factcheck.example.org")
    assert json.loads(run("export", "--db", db_path, "--format", "claimreview").output) == []  # nothing published


def test_import_exit_codes_and_a_quiet_summary_when_piped(tmp_path, db_path):
    (tmp_path / "a.txt").write_text("A headline\n\nSome 5 people.", encoding="utf-8")
    ok = run("import", "--db", db_path, tmp_path)
    assert ok.exit_code == 0 and ok.output == "stored 1, already present 0, rejected 0\n"
    assert run("import", "--db", db_path).exit_code == 2  # no path: a usage error
    assert run("import", "--db", db_path, "--format", "docx", "-").exit_code == 2
    assert run("import", "--db", db_path, "--jobs", "-1", tmp_path).exit_code == 2
    (tmp_path / "b.bin").write_bytes(b"\x00\x01")
    bad = run("import", "--db", db_path, tmp_path / "b.bin", tmp_path / "missing.txt")
    assert bad.exit_code == 1 and "stored 0, already present 0, rejected 2" in bad.output


def test_import_streams_csv_from_stdin(db_path):
    lines = "title,text\nA,Some 5 people.\nB,Some 6 people.\nC\n"
    result = run("import", "--db", db_path, "--format", "csv", "-", input=lines)
    assert result.exit_code == 1 and "stored 2, already present 0, rejected 1" in result.output
    assert "<stdin> line 4: field 'text' is missing or empty" in result.output


def _reviewed_content(document):
    """What a round trip must keep: every claim's figure, reading, verdicts, corrections and state."""
    return [(a["title"], a["sha256"], [
        ({k: v for k, v in c.items() if k not in ("id", "part_of")}, c["part_of"] is not None) for c in a["claims"]])
        for a in document["articles"]]


def test_export_then_import_into_an_empty_database_gives_the_same_verdicts(tmp_path, db_path):
    run("init", "--db", db_path)
    db = store.open_db(db_path)
    claims = store.article_claims(db, 1)
    store.save_verdict(db, claims[5]["id"], 0, "accurate", "Soufan *table*.", ["https://example.org/t"], "Ana")
    store.save_verdict(db, claims[5]["id"], 1, "mostly-accurate", "Rounded.", [], "Ben")
    store.set_state(db, claims[5]["id"], "published", "Bo")
    store.correct_claim(db, claims[6]["id"], {"value": 800}, {"value": 810, "low": 810, "high": 810}, "typo", "Ana")
    store.set_removed(db, claims[0]["id"], True, "a headline", "Ana")
    recheck(db, 1)
    exported = tmp_path / "export.json"
    assert run("export", "--db", db_path, "-o", exported).exit_code == 0
    restored = tmp_path / "restored.db"
    result = run("import", "--db", restored, exported)
    assert result.exit_code == 0 and "stored 1, already present 0, rejected 0" in result.output
    again = tmp_path / "again.json"
    run("export", "--db", restored, "-o", again)
    before, after = json.loads(exported.read_text()), json.loads(again.read_text())
    assert _reviewed_content(after) == _reviewed_content(before)
    assert [f["explanation"] for f in after["articles"][0]["findings"]] == [
        f["explanation"] for f in before["articles"][0]["findings"]]
    assert run("import", "--db", restored, exported).output.startswith("stored 0, already present 1")
    twice = tmp_path / "twice.json"
    run("export", "--db", restored, "-o", twice)
    assert twice.read_bytes() == again.read_bytes()


def test_a_damaged_export_names_the_article_and_field_and_stores_nothing_of_it(tmp_path, db_path):
    run("init", "--db", db_path)
    exported = tmp_path / "export.json"
    run("export", "--db", db_path, "-o", exported)
    document = json.loads(exported.read_text())
    document["articles"][0]["claims"][2]["span"]["start"] += 1
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps(document, indent=1))  # reshaped by another tool: read whole
    result = run("import", "--db", tmp_path / "empty.db", damaged)
    assert result.exit_code == 1 and "damaged.json article 1: claims[2]: field 'span' does not point at its text" in result.output
    assert store.count_articles(store.open_db(tmp_path / "empty.db")) == 0


def test_the_progress_line_counts_rate_share_and_time_left():
    out = io.StringIO()
    progress = Progress(out, total=1000)
    progress.update(120, 250, force=True)
    progress.close()
    line = out.getvalue()
    assert line.startswith("\rImporting: 120 articles, ") and "/s, 25%, about " in line and line.endswith(" left\n")
    unknown = io.StringIO()
    Progress(unknown, total=None).update(7, 0, force=True)  # stdin: no size, so no share or time left
    assert "%" not in unknown.getvalue() and "7 articles" in unknown.getvalue()


@pytest.mark.parametrize("damage", ["index", "header"])
def test_serve_refuses_a_damaged_database_and_says_so(db_path, damage):
    """A page only a full read finds (an index of claims no start-up query touches), or a
    file that is no database at all."""
    run("init", "--db", db_path)
    with closing(sqlite3.connect(db_path)) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'claims_queue'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(db_path, "r+b") as file:  # closed and checkpointed: the WAL is folded in
        if damage == "index":
            file.seek((page - 1) * size)
            file.write(bytes(range(256)) * (size // 256))
        else:
            file.write(b"not a database at all".ljust(100, b"!"))
    # A real process with a deadline: were the check gone, it would go on to serve.
    served = subprocess.run([BIN / "workbench", "serve", "--db", db_path, "--port", "0"],
                            capture_output=True, text=True, timeout=120)
    assert served.returncode == 1
    assert served.stderr.startswith(f"Error: not serving: {db_path}")
    assert any(word in served.stderr for word in ("damaged", "malformed", "not a database")), served.stderr


@pytest.mark.parametrize("text", [
    "Of the 40 victims, 25 were men, 12 women and 9 children.",
    "The port employs 1,450 people, including 300 night workers and 1,300 day workers.",
    "The council will spend a total of £45m, made up of £20m for schools, £15m for roads and £12m for care.",
])
def test_the_parts_the_checks_read_are_the_parts_extract_prints_and_import_stores(tmp_path, text):
    """part_of says what the checks weigh: each part of a total the reader finds points to it,
    in `workbench extract` and in the database, where a finding names the same figures."""
    printed = json.loads(run("extract", "-", input=text).output)
    assert [c["part_of"] for c in printed] == [None] + [0] * (len(printed) - 1)
    db_path = tmp_path / "parts.db"
    (tmp_path / "parts.txt").write_text("Parts\n\n" + text, encoding="utf-8")
    run("import", "--jobs", "0", "--db", db_path, tmp_path / "parts.txt")
    db = store.open_db(db_path)
    article = store.list_articles(db)[0]["id"]
    rows = store.article_claims(db, article)
    assert [r["part_of"] for r in rows] == [None] + [rows[0]["id"]] * (len(rows) - 1)
    assert sorted(r["id"] for r in rows) in [sorted(f["claims"]) for f in store.article_findings(db, article)]
