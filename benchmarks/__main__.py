"""`make bench`: extraction, checks and import throughput, as medians over repeated runs.

Machines are noisy, so each figure is the median of several runs, printed with the
machine it ran on. The BBC corpus is read from ../shared/corpus when present.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import tempfile
import time
from importlib import resources
from pathlib import Path

from workbench import store
from workbench.checks import run_checks
from workbench.extract import extract_claims
from workbench.ingest import Document, import_document

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
RUNS = 5


def median_seconds(work, runs=RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, seconds: float, items: int, chars: int) -> None:
    print(f"{name:38} {items / seconds:10.1f} articles/s {chars / seconds / 1e6:8.3f} MB/s  (median {seconds:.3f} s)")


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    seed = resources.files("workbench").joinpath("demo/isis-returnees.txt").read_text(encoding="utf-8")
    seed_claims = extract_claims(seed)
    report("extract: seed x 50", median_seconds(lambda: [extract_claims(seed) for _ in range(50)]), 50, 50 * len(seed))
    report("checks: seed x 500", median_seconds(lambda: [run_checks(seed_claims) for _ in range(500)]), 500, 500 * len(seed))

    bbc = CORPUS / "bbc" / "articles.jsonl"
    if not bbc.exists():
        print(f"skipped the corpus benchmarks: {bbc} is absent")
        return
    texts = [json.loads(line)["text"] for line in bbc.open(encoding="utf-8")][:500]
    chars = sum(map(len, texts))
    report("extract: BBC first 500", median_seconds(lambda: [extract_claims(t) for t in texts], runs=3), len(texts), chars)

    def import_all():
        with tempfile.TemporaryDirectory() as folder:
            db = store.open_db(Path(folder) / "bench.db")
            store.migrate(db)
            for n, text in enumerate(texts):
                import_document(db, Document(title=f"bbc {n}", text=text, origin="bench"))
            db.close()

    report("import (extract+check+store): BBC 500", median_seconds(import_all, runs=3), len(texts), chars)


if __name__ == "__main__":
    main()
