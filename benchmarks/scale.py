"""`make bench-scale`: the pages reviewers use, at a million claims, timed from outside on a
warm production server on loopback, against Datasette's table page on the same file.

The database (db/scale.db, built once and reused while it holds enough claims) is the real
BBC and Reuters corpora imported again and again, each copy made distinct by a line at its
end, with verdicts on every third claim. Each page is requested REQUESTS times in a row by
one signed-in client on a keep-alive connection; the report gives p50, p95 and p99.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import tempfile
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from workbench import store
from workbench.documents import Document, Rejection
from workbench.ingest import import_documents
from workbench.readers import read_paths

from .server import BIN, Client, free_port, measured, percentiles, serve, workbench

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CORPORA = [CORPUS / "bbc" / "articles.jsonl", CORPUS / "reuters21578" / "articles.jsonl"]
TARGET_CLAIMS = 1_000_000
REQUESTS = 200
# Datasette's table page counts the whole table and suggests facets on every request, which
# takes seconds at this size, so it gets fewer requests.
DATASETTE_REQUESTS = 30
PASSWORD = "scale bench password"
LABELS = ("accurate", "mostly-accurate", "misleading", "inaccurate", "unverifiable")
TARGET_MS = {"verdict save": 30}


def marker(copy: int) -> str:
    """A closing line that makes a copy's texts distinct without adding a figure to them."""
    return "\n\nArchive copy " + "".join(chr(ord("a") + int(digit)) for digit in str(copy))


def count(db, table: str) -> int:
    return db.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0


def build(path: Path) -> None:
    db = store.open_db(path)
    store.migrate(db)
    copy = 0
    while count(db, "claims") < TARGET_CLAIMS:
        started = time.perf_counter()
        for _ in import_documents(db, _copies(copy), jobs=1):
            pass
        print(f"  copy {copy}: {count(db, 'claims'):,} claims ({time.perf_counter() - started:.0f} s)", flush=True)
        copy += 1
    started = time.perf_counter()
    rows = db.execute("SELECT id FROM claims WHERE id % 3 = 0 AND label IS NULL").fetchall()
    for first in range(0, len(rows), 5000):
        with store.transaction(db):
            for (claim_id,) in rows[first:first + 5000]:
                store.save_verdict(db, claim_id, 0, LABELS[claim_id % 5], "Checked against the source.", [], "bench")
    print(f"  verdicts on {len(rows):,} claims ({time.perf_counter() - started:.0f} s)", flush=True)
    db.close()


def _copies(copy: int) -> Iterator[Document | Rejection]:
    """The corpora's documents, the first time as they are, later with the copy's marker."""
    for document in read_paths([str(p) for p in CORPORA]):
        if copy and isinstance(document, Document):
            document.text += marker(copy)
        yield document


def timed(client: Client, requests: list[tuple[str, str, dict | None, dict | None]], expect: set[int]) -> list[float]:
    times = []
    for method, target, form, headers in requests:
        start = time.perf_counter()
        status, body = client.request(method, target, form, headers)
        times.append((time.perf_counter() - start) * 1000)
        if status not in expect:
            raise RuntimeError(f"{method} {target} gave {status}: {body[:200]!r}")
    return times


def pages(db, rng: random.Random) -> dict[str, tuple[list, set[int]]]:
    """Each page's REQUESTS requests, made up front from the database's own ids."""
    articles, claims = count(db, "articles"), count(db, "claims")
    unreviewed = [row[0] for row in db.execute(
        "SELECT id FROM claims WHERE label IS NULL AND removed = 0 ORDER BY random() LIMIT ?", [REQUESTS])]
    words = ("profit", "dollars", "oil", "shares", "government", "election", "prices", "jobs")

    def get(path):
        return ("GET", path, None, None)

    return {
        "articles list": ([get("/")] * REQUESTS, {200}),
        "articles list, deep page": ([get(f"/?before={rng.randrange(50, articles)}") for _ in range(REQUESTS)], {200}),
        "article page": ([get(f"/articles/{rng.randrange(1, articles)}") for _ in range(REQUESTS)], {200}),
        "queue: next": ([get(f"/queue/next?after={rng.randrange(1, claims)}") for _ in range(REQUESTS)], {303}),
        "queue: filtered": ([get(f"/queue?state=unreviewed&finding={rng.choice(['fail', 'warn'])}")
                             for _ in range(REQUESTS)], {200}),
        "claims list (queue page)": ([get("/queue")] * REQUESTS, {200}),
        "claim search": ([get(f"/search?q={rng.choice(words)}") for _ in range(REQUESTS)], {200}),
        "verdict save": ([("POST", f"/claims/{claim_id}/verdict",
                           {"label": rng.choice(LABELS), "rationale": "Bench.", "sources": "", "base_version": "0"},
                           {"HX-Request": "true"}) for claim_id in unreviewed], {200}),
    }


def datasette_table(path: Path) -> list[float]:
    """Datasette's own page for the claims table, served from the same file."""
    port = free_port()
    process = subprocess.Popen([str(BIN / "datasette"), "serve", str(path), "--port", str(port),
                                "--setting", "sql_time_limit_ms", "60000"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        client = Client(f"http://127.0.0.1:{port}")
        for _ in range(300):
            try:
                client.request("GET", "/-/versions.json")
                break
            except OSError:
                time.sleep(0.2)
                client = Client(f"http://127.0.0.1:{port}")
        table = f"/{path.stem}/claims"
        timed(client, [("GET", table, None, None)] * 3, {200})  # warm
        return timed(client, [("GET", table, None, None)] * DATASETTE_REQUESTS, {200})
    finally:
        process.terminate()
        process.wait(timeout=30)


def export(path: Path, folder: Path) -> tuple[float, float]:
    target = folder / "scale-export.json"
    try:
        return measured("export", "--db", path, "-o", target)
    finally:
        target.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=str(ROOT / "db" / "scale.db"))
    path = Path(parser.parse_args().db)
    if not all(p.exists() for p in CORPORA):
        print(f"skipped: the corpora are read from {CORPUS}, which is absent")
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    db = store.open_db(path)
    store.migrate(db)
    if count(db, "claims") < TARGET_CLAIMS:
        db.close()
        print(f"building {path} (once; later runs reuse it)")
        build(path)
        db = store.open_db(path)
    reviewed = db.execute("SELECT count(*) FROM claims WHERE label IS NOT NULL").fetchone()[0]
    print(f"database: {count(db, 'articles'):,} articles, {count(db, 'claims'):,} claims, {reviewed:,} with a verdict, "
          f"{path.stat().st_size / 1e9:.2f} GB")
    if store.user_by_name(db, "bench") is None:
        workbench("user", "add", "bench", "--db", str(path), stdin=PASSWORD + "\n")
    rng = random.Random(7)
    planned = pages(db, rng)
    db.close()
    results = {}
    with tempfile.TemporaryDirectory() as folder, serve(path, Path(folder)) as server:
        client = Client(server.url)
        client.sign_in("bench", PASSWORD)
        for name, (requests, expect) in planned.items():
            timed(client, requests[:10], expect | {409})  # warm the page (a warm-up save may meet its own verdict)
            results[name] = timed(client, requests[10:] if name == "verdict save" else requests, expect)
    results["Datasette: claims table page"] = datasette_table(path)
    print(f"\n{'page':34} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  target p95")
    for name, times in results.items():
        p50, p95, p99 = percentiles(times)
        target = TARGET_MS.get(name, 50)
        verdict = "" if name.startswith("Datasette") else ("ok" if p95 <= target else "MISSED") + f" (<= {target})"
        print(f"{name:34} {p50:8.1f} {p95:8.1f} {p99:8.1f}  {verdict}")
    ours, theirs = percentiles(results["claims list (queue page)"]), percentiles(results["Datasette: claims table page"])
    print(f"claims list against Datasette's table page: ours takes {ours[0] / theirs[0]:.4f} of its time at p50, "
          f"{ours[1] / theirs[1]:.4f} at p95 ({theirs[1] / ours[1]:.0f} times faster)")
    seconds, peak = export(path, path.parent)
    print(f"full JSON export: {seconds:.1f} s, peak {peak:.0f} MB (targets 30 s, 300 MB)")


if __name__ == "__main__":
    main()
