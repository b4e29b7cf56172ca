"""Reading articles in: files, folders and globs of txt, md, html, json, jsonl and csv.

Readers yield a Document or a Rejection for every record, so one bad record is
reported by file and line and never stops the rest. `import_document` runs
extraction and checks and stores the article whole, unless its text is already
present.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import sqlite_utils

from . import store
from .checks import run_checks
from .extract import extract_claims
from .rechecks import across_articles

FORMATS = ("txt", "md", "html", "json", "jsonl", "csv")
RECORD_FIELDS = ("title", "text", "url", "source", "published", "external_id")


@dataclass
class Document:
    title: str
    text: str
    origin: str  # where it came from, for messages: "feed.jsonl line 3"
    url: str | None = None
    source: str | None = None
    published: str | None = None
    external_id: str | None = None
    metadata: dict = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Rejection:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class Outcome:
    document: Document
    article_id: int
    stored: bool  # False: the same text was already present
    claims: int = 0


def title_and_text(raw: str, origin: str, markdown: bool = False) -> Document | Rejection:
    """A plain-text article: the first non-blank line is its title, the text is kept as given."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    if not lines:
        return Rejection(origin, "the file is empty")
    title = lines[0].lstrip("#").strip() if markdown else lines[0]
    return Document(title=title, text=raw, origin=origin)


def from_html(raw: str, origin: str) -> Document | Rejection:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if not extracted or not extracted.text:
        return Rejection(origin, "no article text found in the HTML")
    return Document(
        title=extracted.title or extracted.text.splitlines()[0], text=extracted.text, origin=origin,
        url=extracted.url, source=extracted.sitename, published=extracted.date,
    )


def from_record(record: object, origin: str) -> Document | Rejection:
    """A json, jsonl or csv record: `title` and `text` required, the rest optional or metadata."""
    if not isinstance(record, dict):
        return Rejection(origin, f"expected an object with 'title' and 'text', got {type(record).__name__}")
    for name in ("title", "text"):
        if not isinstance(record.get(name), str) or not record[name].strip():
            return Rejection(origin, f"field '{name}' is missing or empty")
    for name in RECORD_FIELDS[2:]:
        if record.get(name) not in (None, "") and not isinstance(record[name], str):
            return Rejection(origin, f"field '{name}' must be a string")
    published = record.get("published") or None
    if published and not _is_iso_date(published):
        return Rejection(origin, f"field 'published' is not an ISO date: {published!r}")
    return Document(
        title=record["title"].strip(), text=record["text"], origin=origin,
        url=record.get("url") or None, source=record.get("source") or None, published=published,
        external_id=record.get("external_id") or None,
        metadata={k: v for k, v in record.items() if k not in RECORD_FIELDS},
    )


def _is_iso_date(value: str) -> bool:
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
            return True
        except ValueError:
            pass
    return False


def read_text(raw: str, name: str, fmt: str) -> Iterator[Document | Rejection]:
    """Every document in the contents of one file called `name`, read as format `fmt`."""
    if fmt in ("txt", "md"):
        yield title_and_text(raw, name, markdown=fmt == "md")
    elif fmt == "html":
        yield from_html(raw, name)
    elif fmt == "json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as error:
            yield Rejection(f"{name} line {error.lineno}", f"invalid JSON: {error.msg}")
            return
        records = data if isinstance(data, list) else [data]
        for n, record in enumerate(records, 1):
            yield from_record(record, f"{name} record {n}" if isinstance(data, list) else name)
    elif fmt == "jsonl":
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Rejection(f"{name} line {n}", f"invalid JSON: {error.msg}")
                continue
            yield from_record(record, f"{name} line {n}")
    elif fmt == "csv":
        reader = csv.DictReader(io.StringIO(raw, newline=""))
        for record in reader:
            yield from_record(record, f"{name} line {reader.line_num}")
    else:
        yield Rejection(name, f"unsupported format {fmt!r} (expected one of {', '.join(FORMATS)})")


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return "html" if suffix == "htm" else suffix


def expand(paths: Iterable[str]) -> Iterator[Path | Rejection]:
    """Files as given, folders walked for supported files, globs expanded."""
    for given in paths:
        matches = [Path(p) for p in sorted(glob.glob(given, recursive=True))] or [Path(given)]
        for path in matches:
            if path.is_dir():
                yield from sorted(p for p in path.rglob("*") if p.is_file() and format_of(p) in FORMATS)
            elif path.is_file():
                yield path
            else:
                yield Rejection(given, "no such file or folder")


def read_paths(paths: Iterable[str]) -> Iterator[Document | Rejection]:
    for path in expand(paths):
        if isinstance(path, Rejection):
            yield path
            continue
        try:
            raw = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            yield Rejection(str(path), f"not UTF-8 text (byte {error.start})")
            continue
        yield from read_text(raw, str(path), format_of(path))


def import_document(db: sqlite_utils.Database, document: Document) -> Outcome:
    """Extract, check and store one document, unless the same text is already present."""
    existing = store.find_by_sha256(db, document.sha256)
    if existing is not None:
        return Outcome(document, existing, stored=False)
    claims = extract_claims(document.text)
    across, others = across_articles(db, None, claims)
    article = {**vars(document), "sha256": document.sha256}
    article_id, stored = store.insert_article(db, article, claims, run_checks(claims) + across, others)
    return Outcome(document, article_id, stored=stored, claims=len(claims) if stored else 0)
