"""The hot paths' queries read indexes, never a whole table: checked with EXPLAIN QUERY PLAN
on every statement they run, so a dropped or unusable index fails here, not at a million claims.

SQLite plans from the schema alone (this database has no ANALYZE statistics), so the plans
on this small database are the plans on a large one."""

from __future__ import annotations

import re

import pytest

from workbench import store
from workbench.export import export_articles

# A full pass over a table ("SCAN c", or "SCAN c USING INDEX ..." which reads all of an
# index) costs time in proportion to the database. Virtual (FTS5) tables and a CTE's own
# rows are exempt: their scans are of what matched; so is the schema table sqlite-utils reads.
FULL_SCAN = re.compile(r"\bSCAN (?!.*VIRTUAL TABLE)(?!related\b|sqlite_master\b)(\w+)")


def statements(db, work) -> list[str]:
    ran: list[str] = []
    db.conn.set_trace_callback(ran.append)
    try:
        work()
    finally:
        db.conn.set_trace_callback(None)
    return [sql for sql in ran if sql.lstrip().upper().startswith(("SELECT", "WITH", "UPDATE", "DELETE"))]


def full_scans(db, sql: str) -> list[str]:
    plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql)]
    return [step for step in plan if FULL_SCAN.search(step)]


@pytest.fixture
def reviewed(db, seed_id, reviewer):
    claims = store.article_claims(db, seed_id)
    store.save_verdict(db, claims[5]["id"], 0, "accurate", "ok", [], "Ana")
    store.assign_article(db, seed_id, "Ana")
    return claims


HOT_PATHS = {
    "articles list": lambda db, ids: store.list_articles(db, before=ids["article"] + 1, limit=51),
    "article page": lambda db, ids: (
        store.get_article(db, ids["article"]), store.article_claims(db, ids["article"]),
        store.article_verdicts(db, ids["article"]), store.article_findings(db, ids["article"]),
        store.article_corrections(db, ids["article"]),
        store.article_progress(db, ids["article"])),
    "next": lambda db, ids: store.next_claim(db),
    "next after a claim, assigned first": lambda db, ids: store.next_claim(db, after_claim_id=ids["claim"], assignee="Ana"),
    "next in one article": lambda db, ids: store.next_claim(db, article_id=ids["article"]),
    **{f"claims list by {name}": (lambda name, value: lambda db, ids: store.list_claims(db, {name: value}, after=1))(name, value)
       for name, value in (("state", "reviewed"), ("label", "accurate"), ("reviewer", "Ana"), ("kind", "count"),
                           ("finding", "fail"), ("q", "Turkey"), ("article", 1))},
    "claims list": lambda db, ids: store.list_claims(db, {}, after=1),
    "search": lambda db, ids: store.search(db, "Turkey fighters"),
    "verdict save": lambda db, ids: store.save_verdict(db, ids["claim"], 1, "misleading", "again", [], "Ana"),
    "claim history": lambda db, ids: (store.claim_history(db, ids["claim"]), store.claim_timeline(db, ids["claim"])),
    "sign-in throttle": lambda db, ids: (store.failed_logins_since(db, "Ana", "10.0.0.1", "2026-01-01"),
                                         store.nth_failed_login_from(db, "10.0.0.1", "2026-01-01", 300)),
    "export": lambda db, ids: (list(store.export_ids(db, (ids["article"],))), list(export_articles(db, [ids["article"]]))),
}


@pytest.mark.parametrize("path", HOT_PATHS)
def test_a_hot_path_reads_no_whole_table(db, seed_id, reviewed, path):
    ids = {"article": seed_id, "claim": reviewed[5]["id"]}
    ran = statements(db, lambda: HOT_PATHS[path](db, ids))
    assert ran, "the path ran no query: the trace is not catching it"
    scans = {sql: steps for sql in ran if (steps := full_scans(db, sql))}
    assert scans == {}


@pytest.mark.parametrize("work, index", [
    (lambda db: store.list_claims(db, {"state": "reviewed"}, after=1), "claims_state"),
    (lambda db: store.list_claims(db, {"label": "accurate"}, after=1), "claims_label"),
    (lambda db: store.list_claims(db, {"reviewer": "Ana"}, after=1), "claims_reviewer"),
    (lambda db: store.list_claims(db, {"kind": "count"}, after=1), "claims_kind"),
    (lambda db: store.list_claims(db, {"finding": "fail"}, after=1), "claims_worst"),
    (lambda db: store.list_claims(db, {"article": 1}, after=1), "claims_article"),
    (lambda db: store.failed_logins_since(db, "Ana", "10.0.0.1", "2026-01-01"), "account_events_by_account"),
    (lambda db: store.next_claim(db), "claims_queue"),
    (lambda db: store.next_claim(db, after_claim_id=3, assignee="Ana"), "claims_queue"),
])
def test_a_filter_or_the_next_claim_seeks_its_own_index(db, seed_id, reviewed, work, index):
    """A range over the whole id space ("rowid>?") passes the full-scan test above but reads
    every claim when the filter is rare: the filter's own index must be the one used."""
    plans = [step for sql in statements(db, lambda: work(db)) for step in
             (row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql))]
    assert any(f"INDEX {index} " in step for step in plans), plans
