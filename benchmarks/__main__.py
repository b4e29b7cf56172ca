"""`make bench`: how long a command takes to start (startup.py), extraction, checks and import
throughput, as medians over repeated runs, and the time hostile texts take at 10 KB and 100 KB
(hostile.py).

Machines are noisy, so each figure is the median of several runs, printed with the
machine it ran on. Extraction runs on one core (one Python process). quantulum3,
the quantity extractor the field uses, runs on the same texts in the same run as
the reference. The corpus is read from ../shared/corpus when present.
"""

from __future__ import annotations

import json
import os
import platform
import tempfile
import warnings
from importlib import resources
from pathlib import Path

from workbench import store
from workbench.checks.rules import run_checks
from workbench.extract import extract_claims
from workbench.documents import Document
from workbench.ingest import import_document
from workbench.readers import claims_of

from . import hostile, startup
from .server import measured
from .timing import median_seconds

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def report(name: str, seconds: float, texts: list[str]) -> float:
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{name:44} {len(texts) / seconds:9.1f} articles/s {megabytes / seconds:8.3f} MB/s  (median {seconds:.3f} s)")
    return seconds


def reference_extractor():
    """quantulum3's parser, or None when the bench extra is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    return parser.parse


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    startup.main()
    seed = resources.files("workbench").joinpath("demo/isis-returnees.txt").read_text(encoding="utf-8")
    report("extract: seed x 200", median_seconds(lambda: [extract_claims(seed) for _ in range(200)], 5), [seed] * 200)
    claims = extract_claims(seed)
    report("checks: seed x 2000", median_seconds(lambda: [run_checks(claims) for _ in range(2000)], 5), [seed] * 2000)
    hostile.main()

    bbc = CORPUS / "bbc" / "articles.jsonl"
    if not bbc.exists():
        print(f"skipped the corpus benchmarks: {bbc} is absent")
        return
    texts = [json.loads(line)["text"] for line in bbc.open(encoding="utf-8")]
    ours = report(f"extract: whole BBC corpus ({len(texts)} articles)",
                  median_seconds(lambda: [extract_claims(t) for t in texts], 5), texts)
    report("workbench extract: BBC (with parts of totals)", median_seconds(lambda: [claims_of(t) for t in texts], 5), texts)
    extracted = [extract_claims(t) for t in texts]
    checks = report(f"checks: whole BBC corpus ({len(texts)} articles)",
                    median_seconds(lambda: [run_checks(c) for c in extracted], 5), texts)
    print(f"{'checks take this share of extract + checks':44} {checks / (ours + checks):9.2f}")
    parse = reference_extractor()
    if parse is None:
        print("skipped quantulum3: install the bench extra (make bench does)")
    else:
        parse(texts[0])  # loads its unit tables before the clock starts
        # One run: it takes minutes, and the margin it is compared by is wide.
        theirs = report("quantulum3: whole BBC corpus (one run)", median_seconds(lambda: [parse(t) for t in texts], 1), texts)
        print(f"{'extract is faster than quantulum3 by':44} {theirs / ours:9.1f} x")

    subset = texts[:500]

    def import_all():
        with tempfile.TemporaryDirectory() as folder:
            db = store.open_db(Path(folder) / "bench.db")
            store.migrate(db)
            for n, text in enumerate(subset):
                import_document(db, Document(title=f"bbc {n}", text=text, origin="bench"))
            db.close()

    report("import (extract+check+store): BBC first 500", median_seconds(import_all, 3), subset)
    corpus_import_and_export()


def corpus_import_and_export() -> None:
    """`workbench import` of each whole corpus into an empty database, end to end (read,
    extract, check, store), then `workbench export` of the result, one run each."""
    for name, path in (("BBC", CORPUS / "bbc" / "articles.jsonl"),
                       ("Reuters", CORPUS / "reuters21578" / "articles.jsonl")):
        with tempfile.TemporaryDirectory() as folder:
            database = str(Path(folder) / "bench.db")
            seconds, peak = measured("import", "--db", database, str(path))
            db = store.open_db(database)
            articles, claims = (db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("articles", "claims"))
            db.close()
            print(f"{'import: whole ' + name + ' corpus':44} {articles / seconds:9.1f} articles/s {claims / seconds:8.0f} claims/s"
                  f"  ({seconds:.1f} s, {articles} articles, {claims} claims, peak {peak:.0f} MB)")
            seconds, peak = measured("export", "--db", database, "-o", str(Path(folder) / "export.json"))
            size = (Path(folder) / "export.json").stat().st_size / 1e6
            print(f"{'export: the ' + name + ' import as JSON':44} {claims / seconds:9.0f} claims/s {size / seconds:8.1f} MB/s"
                  f"  ({seconds:.1f} s, {size:.0f} MB, peak {peak:.0f} MB)")


if __name__ == "__main__":
    main()
