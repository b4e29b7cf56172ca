"""`make bench-cluster`: the BBC and Reuters corpora analysed by `workbench analyse` on a
local Dask cluster of 1 and of 2 workers, loaded by `workbench import DIR`, and imported
plainly by `workbench import --jobs N`, each a real command run end to end in its own
process (cluster start-up included), as medians of several runs.

Then the figures a larger archive is worked out from: the analysis's cost per article on
one core, the statements the shuffle moves per article and their size, the findings that
link articles, and each worker's peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench.archive.parts import parts, read_part
from workbench.archive.records import claim_of, statements

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
INPUTS = [str(CORPUS / "bbc" / "articles.jsonl"), str(CORPUS / "reuters21578" / "articles.jsonl")]
WORKBENCH = str(Path(sys.executable).with_name("workbench"))


def timed(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([WORKBENCH, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median(runs: list[float]) -> str:
    return f"median {statistics.median(runs):6.1f} s  (runs: {', '.join(f'{r:.1f}' for r in runs)})"


def shuffle_size(out: Path) -> tuple[int, int, int]:
    """Articles, statements the shuffle carries, and their pickled bytes (as Dask sends them)."""
    articles = count = size = 0
    for part in parts(out, "articles"):
        for _, record in read_part(part):
            articles += 1
            for statement in statements(record, [claim_of(c) for c in record["claims"]]):
                count += 1
                size += len(pickle.dumps(statement, protocol=5))
    return articles, count, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    megabytes = sum(Path(p).stat().st_size for p in INPUTS) / 1e6
    print(f"corpus: BBC + Reuters, {megabytes:.1f} MB of JSONL")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        analysed = {}
        for workers in (1, 2):
            runs = []
            for run in range(args.runs):
                out = tmp / f"analysis-{workers}-{run}"
                runs.append(timed("analyse", *INPUTS, "--out", str(out), "--workers", str(workers)))
            analysed[workers] = statistics.median(runs)
            manifest = json.loads((out / "analysis.json").read_text())
            print(f"analyse, {workers} worker{'s' if workers > 1 else ' '}              {median(runs)}; "
                  f"{manifest['pieces']} pieces, worker peak memory {manifest['worker_peak_memory_mb']} MB")
        speedup = analysed[1] / analysed[2]
        print(f"speed-up 1 -> 2 workers {speedup:.2f}x, efficiency of the added worker {speedup / 2:.0%}")
        loads = [timed("import", "--db", str(tmp / f"load-{run}.db"), str(out)) for run in range(args.runs)]
        print(f"import of the analysis          {median(loads)}")
        for jobs in (1, 2):
            plain = [timed("import", "--jobs", str(jobs), "--db", str(tmp / f"plain-{jobs}-{run}.db"), *INPUTS)
                     for run in range(args.runs)]
            print(f"import --jobs {jobs} (extracting)     {median(plain)}")
        one_core = json.loads((tmp / "analysis-1-0" / "analysis.json").read_text())
        articles, count, size = shuffle_size(out)
        print(f"per article: {one_core['seconds'] / articles * 1000:.2f} ms of one worker (1-worker run, whole job), "
              f"{count / articles:.2f} statements shuffled, {size / articles:.0f} bytes of them; "
              f"{manifest['links'] / articles:.3f} findings linking articles")


if __name__ == "__main__":
    main()
