"""The short load test: four reviewers against the real server (gunicorn, 2 workers x 4
threads) for a few seconds, on the demo article, where they collide on the same 14 figures.

No latency is asserted here (`make bench-load` measures that); what must hold under
concurrency is that nothing fails, SQLite never reports a lock, and every save the server
acknowledged is in the database, as that reviewer's, with nothing else beside it.
"""

from __future__ import annotations

from benchmarks.load import add_reviewers, init_db, run_load, serve
from workbench import store


def test_concurrent_reviewers_lose_nothing_and_never_see_a_lock(tmp_path):
    db = tmp_path / "load.db"
    init_db(db)
    users = add_reviewers(db, 4)
    with serve(db, tmp_path) as server:
        result = run_load(server.url, users, seconds=5, seed=7)

    assert result.errors == []
    assert result.locked == 0
    assert server.locked_in_log() == 0
    assert result.saved, "the reviewers saved no verdict: the load test did not exercise writes"
    assert {"browse", "article", "widget", "save", "search", "queue", "next"} <= set(result.counts)

    database = store.open_db(db)
    try:
        assert database.execute("SELECT count(*) FROM verdicts").fetchone()[0] == len(result.saved)
        for saved in result.saved:
            row = database.execute("SELECT reviewer, rationale FROM verdicts WHERE claim_id = ? AND version = ?",
                                   [saved.claim_id, saved.version]).fetchone()
            assert row == (saved.reviewer, saved.rationale), saved
    finally:
        database.close()
