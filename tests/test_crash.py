"""A bulk import killed (SIGKILL) at random moments, twenty times: each time the database
passes integrity_check and holds no half-stored article, and running the import again
completes it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time

from benchmarks.server import BIN, workbench
from workbench import store
from workbench.extract import extract_claims

from .test_torture import feed

ARTICLES = 3000


def test_an_import_killed_twenty_times_leaves_no_half_article_and_completes(tmp_path):
    live, source = tmp_path / "crash.db", tmp_path / "feed.jsonl"
    feed(source, ARTICLES, 0)
    workbench("init", "--db", live)
    # The kills fall across the time a whole import takes on this machine now: a fixed window
    # can end before the first batch is stored on a slow or busy machine, and then tests nothing.
    workbench("init", "--db", tmp_path / "timing.db")
    started = time.perf_counter()
    workbench("import", "--db", tmp_path / "timing.db", source)
    whole = time.perf_counter() - started
    rng = random.Random(11)
    counts = []
    for _ in range(20):
        process = subprocess.Popen([BIN / "workbench", "import", "--db", live, source],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, 0.7) * whole)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        database = store.open_db(live)
        assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every synthetic article states figures: one stored without its claims was cut in half.
        assert database.execute("""SELECT count(*) FROM articles a WHERE a.id > 1 AND NOT EXISTS (
                                   SELECT 1 FROM claims c WHERE c.article_id = a.id)""").fetchone()[0] == 0
        counts.append(database.execute("SELECT count(*) FROM articles").fetchone()[0])
        database.close()
    assert any(1 < count < ARTICLES + 1 for count in counts), f"no kill landed mid-import: {counts}"
    workbench("import", "--db", live, source)
    database = store.open_db(live)
    rows = database.execute("""SELECT a.text, (SELECT count(*) FROM claims c WHERE c.article_id = a.id)
                               FROM articles a WHERE a.id > 1""").fetchall()
    assert len(rows) == ARTICLES
    assert all(stored == len(extract_claims(text)) for text, stored in rows)
