"""`workbench backup` while the server is serving and reviewers are saving: the copy is a
consistent database holding every verdict acknowledged before it began, and, once writes
stop, it exports to the very bytes the live database does."""

from __future__ import annotations

import threading
import time

from benchmarks.load import add_reviewers, init_db, run_load, serve
from benchmarks.server import workbench
from workbench import store


def test_a_backup_taken_while_reviewers_save_is_whole_and_restores(tmp_path):
    live = tmp_path / "live.db"
    init_db(live)
    users = add_reviewers(db=live, count=3)
    with serve(live, tmp_path) as server:
        result = {}
        load = threading.Thread(target=lambda: result.update(load=run_load(server.url, users, seconds=4, seed=3)))
        load.start()
        database = store.open_db(live)
        # Saves are under way once the first is in the file: the reviewers sign in first, which
        # takes scrypt time, longer on a busy machine, so no fixed wait would do.
        while not (before := {tuple(row) for row in database.execute("SELECT claim_id, version FROM verdicts")}) \
                and load.is_alive():
            time.sleep(0.02)
        workbench("backup", "--db", live, tmp_path / "during.db")
        load.join()
    assert result["load"].errors == [] and before, "no verdict was saved before the backup began"
    during = store.open_db(tmp_path / "during.db")
    assert during.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert before <= {tuple(row) for row in during.execute("SELECT claim_id, version FROM verdicts")}

    workbench("backup", "--db", live, tmp_path / "after.db")
    restored = tmp_path / "restored.db"
    (tmp_path / "after.db").rename(restored)
    assert workbench("export", "--db", restored) == workbench("export", "--db", live)
    assert "exists" in str(_refused(live, restored))


def _refused(live, target):
    try:
        workbench("backup", "--db", live, target)
    except RuntimeError as error:
        return error
    return None
