"""An analysis on disk: DIR/articles/ and DIR/links/ hold part files, one a piece of the
archive, as Parquet (through pyarrow) or JSONL; DIR/rejected.jsonl the records that could
not be read; DIR/analysis.json says what the rest holds. It is written first, marked
incomplete, and again at the end: an analysis that never finished is known as one, and
not read (nor walked as a folder of plain records).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from ..parsing import loads
from .records import SCHEMA_ID

MANIFEST = "analysis.json"
FORMATS = ("parquet", "jsonl")
BATCH = 512  # rows a Parquet row group is written in, and read in
PART = re.compile(r"part-(\d+)\.(parquet|jsonl)$")


def is_analysis(path: Path) -> bool:
    return path.is_dir() and (path / MANIFEST).is_file()


def part_path(out: Path, dataset: str, number: int, fmt: str) -> Path:
    return out / dataset / f"part-{number:06d}.{fmt}"


def parts(out: Path, dataset: str) -> list[Path]:
    """The part files of a dataset, in the archive's order."""
    found = [(int(m.group(1)), p) for p in (out / dataset).glob("part-*") if (m := PART.search(p.name))]
    return [p for _, p in sorted(found)]


class PartWriter:
    """A part file written a batch of records at a time, in the format its name ends with,
    so a piece of any size holds one batch in memory; with no records, no file."""

    def __init__(self, path: Path, dataset: str) -> None:
        self.path, self.dataset = path, dataset
        self.batch: list[dict] = []
        self.count = 0
        self.file = None

    def __enter__(self) -> PartWriter:
        return self

    def __exit__(self, *exc) -> None:
        self._flush()
        if self.file is not None:
            self.file.close()

    def write(self, record: dict) -> None:
        self.batch.append(record)
        self.count += 1
        if len(self.batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.batch:
            return
        if self.file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.file = self._open()
        if self.path.suffix == ".jsonl":
            self.file.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in self.batch)
        else:
            import pyarrow as pa

            rows = [{**r, "metadata": json.dumps(r["metadata"], ensure_ascii=False)} if "metadata" in r else r
                    for r in self.batch]
            self.file.write_table(pa.Table.from_pylist(rows, arrow_schema(self.dataset)))
        self.batch = []

    def _open(self):
        if self.path.suffix == ".jsonl":
            return self.path.open("w", encoding="utf-8")
        import pyarrow.parquet as pq

        return pq.ParquetWriter(self.path, arrow_schema(self.dataset))


def read_part(path: Path) -> Iterator[tuple[str, dict | Exception]]:
    """Each record of a part file, named by its line or row; a record that is no JSON comes
    as the error, so one bad line costs only itself."""
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as file:
            for n, line in enumerate(file, 1):
                try:
                    yield f"{path} line {n}", loads(line)
                except ValueError as error:
                    yield f"{path} line {n}", error
        return
    import pyarrow.parquet as pq

    n = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH):
        for row in batch.to_pylist():
            n += 1
            if "metadata" in row:
                row["metadata"] = json.loads(row["metadata"])
            yield f"{path} row {n}", row


def write_manifest(out: Path, manifest: dict) -> None:
    (out / MANIFEST).write_text(json.dumps({"schema": SCHEMA_ID, **manifest}, indent=2) + "\n", encoding="utf-8")


def read_manifest(out: Path) -> dict | str:
    """The manifest, or why the folder cannot be read as an analysis."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return f"{MANIFEST}: {error}"
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA_ID:
        return f"{MANIFEST}: field 'schema' is not {SCHEMA_ID!r}"
    if manifest.get("format") not in FORMATS:
        return f"{MANIFEST}: field 'format' must be one of {', '.join(FORMATS)}"
    if manifest.get("complete") is not True:
        return "the analysis did not finish (its analysis.json says so): run `workbench analyse` again into a new folder"
    return manifest


@cache
def arrow_schema(dataset: str):
    """The Parquet columns of a dataset, in the JSON Schema's fields and order: nested lists
    of structs for claims and findings, so a query engine reads them as they are."""
    import pyarrow as pa

    text, whole, real, flag = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    if dataset == "links":
        return pa.schema([(name, text) for name in ("rule", "status", "explanation", "origin", "article")]
                         + [(name, whole) for name in ("order", "claim", "rank")] + [("other_article", text)]
                         + [(name, whole) for name in ("other_order", "other_claim", "other_start", "other_end")])
    claim = pa.struct([
        ("span", pa.struct([("start", whole), ("end", whole), ("text", text)])), ("sentence", text),
        ("sentence_start", whole), ("value", real), ("low", real), ("high", real), ("kind", text),
        ("approx", flag), ("qualifier", text), ("unit", text), ("subject", text), ("part_of", whole),
    ])
    finding = pa.struct([("rule", text), ("claims", pa.list_(whole)), ("status", text), ("explanation", text),
                         ("origin", text)])
    return pa.schema([("order", whole), ("origin", text), ("sha256", text)]
                     + [(name, text) for name in ("title", "source", "url", "published", "external_id", "metadata", "text")]
                     + [("claims", pa.list_(claim)), ("findings", pa.list_(finding))])
