"""Eight reviewers saving verdicts through the real server while `workbench import` writes a
feed into the same database: 2,000 acknowledged saves, no error, never "database is locked",
every acknowledged save present afterwards, and the file passes integrity_check."""

from __future__ import annotations

import json
import subprocess
import threading

from benchmarks.load import add_reviewers
from benchmarks.server import BIN, LOCKED, Client, serve, workbench
from workbench import store

WRITERS, SAVES_EACH = 8, 250


def feed(path, articles: int, offset: int) -> None:
    lines = (json.dumps({"title": f"Budget {n}", "text": f"The council spent {n + 3}m on roads, up 12% from {n + 2}m. "
                         f"Some {n + 40} people were hired, of whom {n + 5} were engineers."})
             for n in range(offset, offset + articles))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_eight_writers_and_an_import_lose_nothing_and_never_lock(tmp_path):
    live = tmp_path / "torture.db"
    feed(tmp_path / "first.jsonl", 200, 0)
    workbench("import", "--db", live, tmp_path / "first.jsonl")
    users = add_reviewers(live, WRITERS)
    database = store.open_db(live)
    claims = [row[0] for row in database.execute("SELECT id FROM claims ORDER BY id")]
    feed(tmp_path / "second.jsonl", 600, 1000)
    acknowledged: list[tuple[int, int, str]] = []
    failures: list[str] = []

    def writer(n: int, url: str) -> None:
        client = Client(url)
        client.sign_in(*users[n])
        mine = claims[n::WRITERS]  # each writer its own claims, so every save is based on the version it saw
        versions = dict.fromkeys(mine, 0)
        for k in range(SAVES_EACH):
            claim_id = mine[k % len(mine)]
            rationale = f"writer {n} save {k}"
            status, body = client.request("POST", f"/claims/{claim_id}/verdict", {
                "label": "accurate", "rationale": rationale, "base_version": str(versions[claim_id])},
                {"HX-Request": "true"})
            if status != 200 or LOCKED.encode() in body:
                failures.append(f"{status} {body[:200]!r}")
                continue
            versions[claim_id] += 1
            acknowledged.append((claim_id, versions[claim_id], rationale))

    with serve(live, tmp_path) as server:
        importing = subprocess.Popen([BIN / "workbench", "import", "--db", live, tmp_path / "second.jsonl"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        threads = [threading.Thread(target=writer, args=(n, server.url)) for n in range(WRITERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        out, err = importing.communicate(timeout=300)
        locked_in_log = server.locked_in_log()

    assert failures == [] and locked_in_log == 0 and LOCKED not in err
    assert importing.returncode == 0 and "stored 600, already present 0, rejected 0" in out
    assert len(acknowledged) == WRITERS * SAVES_EACH == database.execute("SELECT count(*) FROM verdicts").fetchone()[0]
    stored = {tuple(row) for row in database.execute("SELECT claim_id, version, rationale FROM verdicts")}
    assert stored == set(acknowledged)
    assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert database.execute("SELECT count(*) FROM articles").fetchone()[0] == 800
