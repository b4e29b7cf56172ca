"""`workbench analyse` on Dask: each piece of the archive is read, extracted, checked and
written where a worker runs; the figures that could state the same quantity are shuffled
together by their key (a dask.bag groupby) to find the findings that link articles.

The same program runs on a laptop's local cluster and on a real one (`--scheduler`); the
output folder must then be one every worker can write, such as a shared file system.
"""

from __future__ import annotations

import json
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path

import dask
import dask.bag
from dask.distributed import Client, LocalCluster, progress

from ..documents import Document, Rejection
from ..ingest import analyse as analyse_text
from .links import links
from .parts import PartWriter, part_path, write_manifest
from ..readers import expand
from .pieces import BLOCK_BYTES, Block, Piece, newlines, order, plan, read_piece, with_line_numbers
from .records import article_record, statements

MIN_BLOCK_BYTES = 1_000_000
PIECES_PER_WORKER = 4  # enough pieces that a worker which finishes early takes another


@dataclass
class PieceResult:
    """What a piece leaves for the client, beside its part file: small enough to gather."""
    articles: int = 0
    rejected: list[dict] = field(default_factory=list)
    statements: list[tuple] = field(default_factory=list)


def analyse_piece(piece: Piece, out: Path, fmt: str) -> PieceResult:
    result = PieceResult()
    with PartWriter(part_path(out, "articles", piece.number, fmt), "articles") as articles:
        for n, (path, item) in enumerate(read_piece(piece)):
            if isinstance(item, Rejection):
                result.rejected.append(_rejected(path, item))
            elif not isinstance(item, Document):  # an export's article, which keeps its own history
                result.rejected.append(_rejected(path, Rejection(item.origin, "an export of the workbench: load it "
                                                                              "with `workbench import`, which keeps its verdicts")))
            else:
                try:
                    claims, findings = analyse_text(item.text)
                except Exception as error:  # noqa: BLE001 - one article the extractor cannot read never stops the archive
                    result.rejected.append(_rejected(path, Rejection(item.origin, f"analysis failed: {error!r}")))
                    continue
                record = article_record(item, order(piece, n), claims, findings)
                articles.write(record)
                result.statements += statements(record, claims)
    result.articles = articles.count
    return result


def _summary(piece: PieceResult) -> tuple[int, list[dict]]:
    return piece.articles, piece.rejected


def _rejected(path: str, rejection: Rejection) -> dict:
    return {"file": path, "origin": rejection.origin, "reason": rejection.reason, "field": rejection.field}


def write_links(statements_by_key: list, out: Path, number: int, fmt: str) -> int:
    with PartWriter(part_path(out, "links", number, fmt), "links") as found:
        for _, group in statements_by_key:
            for link in links(group):
                found.write(link)
    return found.count


def _linked(analysed: list, out: Path, fmt: str) -> list:
    """The shuffle: every piece's statements grouped by quantity, each group weighed by
    `links`, and a part file of links written for each partition of the groups."""
    shuffled = dask.bag.from_delayed([dask.delayed(getattr)(piece, "statements") for piece in analysed]) \
        .groupby(lambda statement: statement[0], shuffle="tasks")
    return [dask.delayed(write_links)(part, out, n, fmt) for n, part in enumerate(shuffled.to_delayed())]


def peak_memory() -> int:
    """The most memory this process has held, in bytes (Linux counts kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def block_size(total_bytes: int, workers: int) -> int:
    """Blocks small enough that every worker has several, and no larger than BLOCK_BYTES,
    which bounds what a worker holds at once."""
    return max(MIN_BLOCK_BYTES, min(BLOCK_BYTES, total_bytes // (workers * PIECES_PER_WORKER) + 1))


def local_cluster(workers: int) -> LocalCluster:
    """Worker processes of one thread each (extraction is Python, and holds the GIL), on
    loopback only: the scheduler's own web server too, on a free port."""
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address="127.0.0.1:0")


def analyse(client: Client, inputs: list[str], out: Path, fmt: str, blocksize: int | None = None,
            show_progress: bool = False) -> dict:
    """Analyse the archive into `out` in pieces of `blocksize` bytes (by default, several for
    each worker), and return the manifest, which is written complete only at the end."""
    started = time.monotonic()
    workers = max(1, len(client.scheduler_info()["workers"]))
    total = sum(path.stat().st_size for path in expand(inputs) if isinstance(path, Path))
    pieces, missing = plan(inputs, blocksize or block_size(total, workers))
    blocks = [piece for piece in pieces if isinstance(piece, Block)]
    counts = dict(zip((b.number for b in blocks), client.gather(client.map(newlines, blocks))))
    pieces = with_line_numbers(pieces, counts)

    out.mkdir(parents=True, exist_ok=True)
    write_manifest(out, {"format": fmt, "inputs": list(inputs), "complete": False})
    # Each piece is analysed once, as a future the shuffle and the summaries both read.
    analysed = client.map(analyse_piece, pieces, out=out, fmt=fmt, pure=False)
    written = client.compute(_linked(analysed, out, fmt)) if analysed else []
    # Only the counts and rejections come back here; the statements stay on the workers.
    summaries = client.map(_summary, analysed)
    if show_progress:
        progress([*analysed, *written])
    done, linked = client.gather(summaries), client.gather(written)

    rejected = [_rejected(r.origin, r) for r in missing] + [r for _, piece in done for r in piece]
    with (out / "rejected.jsonl").open("w", encoding="utf-8") as file:
        file.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rejected)
    manifest = {
        "format": fmt, "inputs": list(inputs), "complete": True, "pieces": len(pieces), "workers": workers,
        "articles": sum(articles for articles, _ in done), "rejected": len(rejected), "links": sum(linked),
        "seconds": round(time.monotonic() - started, 2),
        "worker_peak_memory_mb": sorted(round(m / 1e6) for m in client.run(peak_memory).values()),
    }
    write_manifest(out, manifest)
    return manifest

