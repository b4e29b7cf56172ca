"""Reading articles in: files, folders and globs of txt, md, html, json, jsonl and csv, an
upload or stdin, as documents; and the text of one as the figures the workbench stores.

Readers yield a Document or a Rejection for every record, so one bad record is reported by
file and line and never stops the rest; an export (restore.py) yields its articles to
restore. Nothing here touches the database: ingest.py stores what is read.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path, PureWindowsPath

from . import urls
from .checks.reader import with_wholes
from .documents import Document, Rejection, admit, headline
from .extract import Claim, extract_claims
from .parsing import loads

FORMATS = ("txt", "md", "html", "json", "jsonl", "csv")
RECORD_FIELDS = ("title", "text", "url", "source", "published", "external_id")
# Other names exports and datasets give these fields, read as ours when ours is absent: a
# Kaggle or CMS dump's {"id": 4012, ...} is the article's external_id. A number is read as
# its digits; anything else under such a name stays in the metadata.
RECORD_ALIASES = {"id": "external_id"}
# jsonl and csv are read a line at a time, so a feed of any size keeps memory flat; the
# other formats are read whole, and are articles, so they are kept to article size.
STREAMED = ("jsonl", "csv")
MAX_WHOLE_FILE_BYTES = 20_000_000
MAX_TEXT_CHARS = 1_000_000
# A csv field may hold a whole article (Python's reader stops at 131,072 characters). The
# limit is the whole process's, so it is only ever raised, and only as far as an article.
csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT_CHARS))
SNIFF_BYTES = 8192
BOM = "\ufeff"
# trafilatura logs an ERROR for each page without text; that is a rejection here, reported
# with the file's name, not a fault for the server's log.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def title_and_text(raw: str, origin: str, markdown: bool = False) -> Document | Rejection:
    """A plain-text article: the first line with words is its title (without a Markdown
    heading's #), the text is kept as given."""
    lines = [title for line in raw.splitlines() if (title := (line.lstrip("#") if markdown else line).strip())]
    if not lines:
        return Rejection(origin, "the file is empty")
    if len(raw) > MAX_TEXT_CHARS:
        return Rejection(origin, f"{len(raw):,} characters; an article may have at most {MAX_TEXT_CHARS:,}")
    return admit(Document(title=headline(lines[0]), text=raw, origin=origin))


def from_html(raw: str, origin: str) -> Document | Rejection:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if not extracted or not (extracted.text or "").strip():  # a page of nothing but spaces has no text either
        return Rejection(origin, "no article text found in the HTML")
    title = (extracted.title or "").strip() or next(line.strip() for line in extracted.text.splitlines() if line.strip())
    # The page's own address, from its metadata, is kept only when it is a web address the
    # workbench would take from a record: nobody typed it, so it is no reason to refuse the page.
    return admit(Document(
        title=headline(title), text=extracted.text, origin=origin,
        url=extracted.url if urls.is_web_url(extracted.url) else None, source=extracted.sitename,
        published=extracted.date,
    ))


def from_record(record: object, origin: str) -> Document | Rejection:
    """A json, jsonl or csv record: `title` and `text` required, the rest optional or metadata."""
    if not isinstance(record, dict):
        return Rejection(origin, f"expected an object with 'title' and 'text', got {type(record).__name__}")
    record = _aliased(record)
    for name in ("title", "text"):
        if not isinstance(record.get(name), str) or not record[name].strip():
            return Rejection(origin, f"field '{name}' is missing or empty", name)
    if len(record["text"]) > MAX_TEXT_CHARS:
        return Rejection(origin, f"field 'text' has {len(record['text']):,} characters; an article may have at most {MAX_TEXT_CHARS:,}",
                         "text")
    for name in RECORD_FIELDS[2:]:
        if record.get(name) not in (None, "") and not isinstance(record[name], str):
            return Rejection(origin, f"field '{name}' must be a string", name)
    published = record.get("published") or None
    if published and not _is_iso_date(published):
        return Rejection(origin, f"field 'published' is not an ISO date: {published[:40]!r}", "published")
    url = (record.get("url") or "").strip() or None
    if url and (why := urls.problem(url)):
        return Rejection(origin, f"field 'url' is not a web address: {why}", "url")
    return admit(Document(
        title=record["title"].strip(), text=record["text"], origin=origin,
        url=url, source=record.get("source") or None, published=published,
        external_id=record.get("external_id") or None,
        metadata={k: v for k, v in record.items() if k not in RECORD_FIELDS},
    ))


def _aliased(record: dict) -> dict:
    record = dict(record)
    for alias, name in RECORD_ALIASES.items():
        value = record.get(alias)
        if record.get(name) in (None, "") and (isinstance(value, str) or type(value) is int):
            record[name] = str(value)
            del record[alias]
    return record


def _is_iso_date(value: str) -> bool:
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
            return True
        except ValueError:
            pass
    return False


def _json(text: str, origin: str) -> object | Rejection:
    try:
        return loads(text)
    except json.JSONDecodeError as error:
        return Rejection(f"{origin} line {error.lineno}" if "line" not in origin else origin, f"invalid JSON: {error.msg}")
    except ValueError as error:  # a number JSON cannot carry
        return Rejection(origin, f"invalid JSON: {error}")
    except RecursionError:
        return Rejection(origin, "JSON nested too deeply")


def read_lines(lines: Iterable[str], name: str, fmt: str, first: int = 1) -> Iterator[Document | Rejection]:
    """The records of a jsonl or csv file, a line at a time; bytes that are not UTF-8
    end the file with a rejection naming the line, after the good lines before it. JSONL
    lines are numbered from `first`, for a block that starts further into its file."""
    n = first - 1
    try:
        if fmt == "jsonl":
            for n, line in enumerate(lines, first):
                if line.strip():
                    record = _json(line, f"{name} line {n}")
                    yield record if isinstance(record, Rejection) else from_record(record, f"{name} line {n}")
        else:
            reader = csv.DictReader(lines)
            for record in reader:
                n = reader.line_num
                if None in record:
                    yield Rejection(f"{name} line {n}", f"{len(record[None]) + len(reader.fieldnames)} fields where the header has {len(reader.fieldnames)}")
                else:
                    yield from_record(record, f"{name} line {n}")
    except UnicodeDecodeError:
        yield Rejection(f"{name} line {n + 1}", "not UTF-8 text")
    except csv.Error as error:
        yield Rejection(f"{name} line {n + 1}", f"malformed CSV: {error}")


def read_text(raw: str, name: str, fmt: str) -> Iterator[Document | Rejection]:
    """Every document in the contents of one file called `name`, read as format `fmt`."""
    if fmt in ("txt", "md"):
        yield title_and_text(raw, name, markdown=fmt == "md")
    elif fmt == "html":
        yield from_html(raw, name)
    elif fmt == "json":
        from . import restore  # see read_bytes

        data = _json(raw, name)
        if isinstance(data, Rejection):
            yield data
            return
        if restore.is_export(data):
            yield from restore.articles_of(data, name)
            return
        records = data if isinstance(data, list) else [data]
        for n, record in enumerate(records, 1):
            yield from_record(record, f"{name} record {n}" if isinstance(data, list) else name)
    elif fmt in STREAMED:
        yield from read_lines(io.StringIO(raw, newline=""), name, fmt)
    else:
        yield Rejection(name, f"unsupported format {fmt!r} (expected one of {', '.join(FORMATS)})")


def _unreadable(head: bytes, size: int, fmt: str) -> str | None:
    """Why a file cannot be an article feed, judged from its size and first bytes, or None."""
    if fmt not in FORMATS:
        return f"unsupported format {fmt or 'without an extension'!r} (expected one of {', '.join(FORMATS)})"
    if b"\0" in head:
        return "a binary file, not text"
    if fmt not in STREAMED and size > MAX_WHOLE_FILE_BYTES:
        return (f"{size / 1e6:.1f} MB; a {fmt} file may be at most {MAX_WHOLE_FILE_BYTES / 1e6:.0f} MB "
                "(split it, or use jsonl or csv, which are read a line at a time)")
    return None


def upload_name(filename: str) -> str:
    """The client's file name without folders, by either separator (clients send both)."""
    return PureWindowsPath(filename).name or "upload"


def read_upload(name: str, data: bytes) -> Iterator[Document | Rejection]:
    """The documents of a file sent through the page, by the same rules as a file on disk.
    `name` is the client's file name, used in messages only, never as a path."""
    name = upload_name(name)
    yield from read_bytes(data, name, format_of(Path(name)))


def read_bytes(data: bytes, name: str, fmt: str) -> Iterator[Document | Rejection]:
    """The documents in the bytes of one file (or of stdin) called `name`, read as format `fmt`."""
    # restore.py, which reads an export, brings the store and the export schema with it: it is
    # imported when a file is read, so `workbench extract` starts without them.
    from . import restore

    if fmt == "json" and restore.opens_export(data[:SNIFF_BYTES]):  # an export, an article at a time
        yield from restore.read_export(ByteCounter().lines(io.BytesIO(data)), name)
        return
    if problem := _unreadable(data[:SNIFF_BYTES], len(data), fmt):
        yield Rejection(name, problem)
        return
    if fmt in STREAMED:
        yield from read_lines(ByteCounter().lines(io.BytesIO(data)), name, fmt)
        return
    raw = decode(data, name)
    yield from [raw] if isinstance(raw, Rejection) else read_text(raw, name, fmt)


def decode(data: bytes, name: str) -> str | Rejection:
    """The text of a whole file: UTF-8, less the byte-order mark that Excel and Notepad
    begin a file with (it is no part of the text), or a rejection naming the first bad byte."""
    try:
        return data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError as error:
        return Rejection(name, f"not UTF-8 text (byte {error.start})")


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return "html" if suffix == "htm" else suffix


def expand(paths: Iterable[str]) -> Iterator[Path | Rejection]:
    """Files as given, folders walked for supported files, globs expanded. A folder that
    `workbench analyse` wrote is given whole, to be read as the analysis it is."""
    from .archive.parts import is_analysis

    for given in paths:
        matches = [Path(p) for p in sorted(glob.glob(given, recursive=True))] or [Path(given)]
        for path in matches:
            if is_analysis(path):
                yield path
            elif path.is_dir():
                yield from sorted(p for p in path.rglob("*") if p.is_file() and format_of(p) in FORMATS)
            elif path.is_file():
                yield path
            else:
                yield Rejection(given, "no such file or folder")


class ByteCounter:
    """How many bytes of the input the readers have consumed, for a progress display."""

    def __init__(self) -> None:
        self.read = 0

    def lines(self, binary: Iterable[bytes]) -> Iterator[str]:
        # A newline byte is never inside a multi-byte UTF-8 sequence, so lines decode alone;
        # the first may begin with a byte-order mark, as a whole file may.
        for n, line in enumerate(binary):
            self.read += len(line)
            yield line.decode("utf-8").removeprefix(BOM) if n == 0 else line.decode("utf-8")


def read_file(path: Path, counter: ByteCounter | None = None) -> Iterator[Document | Rejection]:
    from . import restore  # see read_bytes

    if path.is_dir():  # an analysis, as expand gives one
        from .archive.load import read_analysis

        yield from read_analysis(path)
        return
    counter = counter or ByteCounter()
    fmt = format_of(path)
    try:
        with path.open("rb") as file:
            head = file.read(SNIFF_BYTES)
    except OSError as error:
        yield Rejection(str(path), error.strerror or str(error))
        return
    if fmt == "json" and restore.opens_export(head):
        with path.open("rb") as binary:  # an export of any size, an article at a time
            yield from restore.read_export(counter.lines(binary), str(path))
        return
    if problem := _unreadable(head, path.stat().st_size, fmt):
        yield Rejection(str(path), problem)
        return
    if fmt in STREAMED:
        with path.open("rb") as binary:
            yield from read_lines(counter.lines(binary), str(path), fmt)
        return
    data = path.read_bytes()
    counter.read += len(data)
    yield from read_bytes(data, str(path), fmt)


def read_files(files: Iterable[Path | Rejection], counter: ByteCounter | None = None) -> Iterator[Document | Rejection]:
    """The documents of files `expand` found, passing its rejections through."""
    for path in files:
        if isinstance(path, Rejection):
            yield path
        else:
            yield from read_file(path, counter)


def read_paths(paths: Iterable[str]) -> Iterator[Document | Rejection]:
    yield from read_files(expand(paths))


def claims_of(text: str) -> list[Claim]:
    """The figures of a text as they are stored: extraction's, with each part of a total the
    checks read linked to it (`part_of`), so the field and the checks agree."""
    return with_wholes(extract_claims(text))
