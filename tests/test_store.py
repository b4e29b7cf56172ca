"""The database: pragmas, schema, atomic article storage, append-only verdicts, backup."""

import sqlite3

import pytest

from workbench import store
from workbench.checks import Finding
from workbench.extract import extract_claims

from .write_discipline import Tracer


def test_every_connection_has_wal_busy_timeout_and_foreign_keys(db):
    pragma = lambda name: db.execute(f"PRAGMA {name}").fetchone()[0]
    assert pragma("journal_mode") == "wal"
    assert pragma("busy_timeout") == 5000
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL: a commit the app acknowledged survives power loss
    assert pragma("journal_size_limit") == 64 * 1024 * 1024


def test_migrations_create_the_tables_once(db):
    assert {"articles", "claims", "findings", "finding_claims", "verdicts", "reviewer_checks",
            "claim_corrections"} <= set(db.table_names())
    store.migrate(db)  # a second run changes nothing
    applied = [row["name"] for row in db.query("SELECT name FROM _sqlite_migrations")]
    assert applied == ["m001_articles_claims_findings_verdicts", "m002_reviewer_checks", "m003_claim_corrections",
                       "m004_claims_by_quantity", "m005_review_workflow", "m006_disabled_accounts",
                       "m007_api_tokens", "m008_claims_search_follows_its_columns", "m009_claims_carry_their_review", "m010_failed_logins",
                       "m011_account_events", "m012_sessions_after", "m013_sign_ins_by_account",
                       "m014_reviewer_filter_ignores_case", "m015_kind_is_corrected", "m016_reviewer_checks_end",
                       "m017_article_changes", "m018_presence"]
    assert db["claims"].foreign_keys[0].other_table in ("articles", "claims")


def test_seed_is_stored_with_claims_findings_and_part_of_ids(db, seed_id):
    claims = store.article_claims(db, seed_id)
    assert len(claims) == 14
    by_text = {c["text"]: c for c in claims}
    assert by_text["425"]["part_of"] == by_text["850"]["id"]
    assert by_text["5,600"]["value"] == 5600 and isinstance(by_text["5,600"]["value"], int)
    assert by_text["100"]["approx"] is True and by_text["100"]["high"] == 110
    findings = store.article_findings(db, seed_id)
    assert [f["rule"] for f in findings].count("parts-within-whole") == 2
    total = next(f for f in findings if f["rule"] == "parts-within-total")
    assert [by_text[t]["id"] for t in ("900", "800", "760", "425", "5,600")] == total["claims"]


def test_stored_claims_round_trip_to_the_same_records(db, seed_id, seed_text):
    assert store.as_claims(store.article_claims(db, seed_id)) == extract_claims(seed_text)


def test_the_same_text_twice_is_stored_once(db, seed_text):
    article = {"title": "t", "text": seed_text, "sha256": "y" * 64}
    first = store.insert_article(db, article, extract_claims(seed_text), [])
    assert store.insert_article(db, article, [], []) == (first[0], False)
    assert first[1] is True and store.count_articles(db) == 1


def test_an_article_is_stored_whole_or_not_at_all(db):
    claims = extract_claims("Around 100 people came.")
    broken = Finding("rule", [0], "not-a-status", "violates the CHECK constraint")
    with pytest.raises(sqlite3.IntegrityError):
        store.insert_article(db, {"title": "t", "text": "Around 100 people came.", "sha256": "x" * 64}, claims, [broken])
    assert store.count_articles(db) == 0
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_verdicts_append_versions_and_refuse_stale_saves(db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    first = store.save_verdict(db, claim_id, 0, "accurate", "Matches the report.", ["https://example.org/r"], "ana")
    assert first["version"] == 1
    second = store.save_verdict(db, claim_id, 1, "misleading", "Counts differ by source.", [], "ben")
    assert second["version"] == 2
    with pytest.raises(store.VerdictConflict) as conflict:
        store.save_verdict(db, claim_id, 1, "inaccurate", "Based on an old page.", [], "cy")
    assert conflict.value.current["reviewer"] == "ben"
    history = store.claim_history(db, claim_id)
    assert [(v["version"], v["label"]) for v in history] == [(1, "accurate"), (2, "misleading")]
    assert history[0]["sources"] == ["https://example.org/r"]


def test_verdict_rows_cannot_be_edited_or_deleted(db, seed_id):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "ok", [], "ana")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.transaction(db):
        db.execute("UPDATE verdicts SET label = 'incorrect'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.transaction(db):
        db.execute("DELETE FROM verdicts")


def test_backup_is_a_complete_database(db, seed_id, tmp_path):
    target = tmp_path / "copy.db"
    store.backup(db, target)
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM claims").fetchone()[0] == 14
    copy.close()


@pytest.mark.parametrize("opening", ["", "BEGIN", "BEGIN DEFERRED", "SAVEPOINT s"])
def test_the_write_rule_catches_a_write_outside_begin_immediate(tmp_path, opening):
    """The tracer every test runs under (tests/write_discipline.py) is not blind: a write
    after any other opening is reported, and the same write inside BEGIN IMMEDIATE is not."""
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    tracer = Tracer()
    tracer.watch(conn)
    conn.execute("CREATE TABLE t (x)")
    for statement in filter(None, [opening, "INSERT INTO t VALUES (1)", "COMMIT" if opening else ""]):
        conn.execute(statement)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("SAVEPOINT inner")
    conn.execute("INSERT INTO t VALUES (2)")
    conn.execute("RELEASE inner")
    conn.execute("COMMIT")
    assert tracer.violations == ["'CREATE TABLE t (x)' outside BEGIN IMMEDIATE",
                                 "'INSERT INTO t VALUES (1)' outside BEGIN IMMEDIATE"]
