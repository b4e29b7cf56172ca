"""The `workbench` command, run through click's runner on a real database file."""

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from workbench import store
from workbench.cli import cli
from workbench.export import json_schema


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


def test_export_formats_from_the_command_line(db_path):
    run("init", "--db", db_path)
    header = run("export", "--db", db_path, "--format", "csv").output.splitlines()[0]
    assert header.startswith("article_id,article_title,claim_id,text,start,end,value")
    assert json.loads(run("export", "--db", db_path, "--format", "claimreview").output) == []
