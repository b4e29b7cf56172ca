"""Articles sent through the page: any number of files at once, or pasted text, each file
read by the rules `workbench import` applies and reported as it reports: stored, already
present, or rejected with file, line or record, and reason.

As on the command line, every good record is stored (whole, by `import_document`) even
when others in its file are rejected: the reviewer fixes the bad lines and sends the file
again, and the rest is then found already present.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import sqlite_utils
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge

from .documents import Document, Outcome, Rejection
from .ingest import import_document
from .readers import read_upload, title_and_text, upload_name
from .restore import Exported, restore

# Without script the form sends every file in one request; the page's script sends one a
# request, so this bounds only the plain form post.
MAX_FILES = 200
PASTED = "pasted text"


class TooManyFiles(RequestEntityTooLarge):
    """More files than one request may carry: answered like any other request too large."""


@dataclass
class FileReport:
    """What became of one file sent, or of the pasted text."""

    name: str
    outcomes: list[Outcome] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def stored(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.stored]

    @property
    def present(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.stored]

    def as_json(self, link: Callable[[int], str]) -> dict:
        def article(outcome: Outcome) -> dict:
            return {"id": outcome.article_id, "url": link(outcome.article_id),
                    "title": outcome.document.title, "origin": outcome.document.origin}

        return {
            "name": self.name,
            "stored": [article(o) for o in self.stored],
            "present": [article(o) for o in self.present],
            "rejected": [{"origin": r.origin, "reason": r.reason} for r in self.rejections],
        }


@dataclass
class ImportReport:
    """The report for one request: per file, with the CLI's totals."""

    files: list[FileReport]

    @property
    def stored(self) -> list[Outcome]:
        return [o for f in self.files for o in f.stored]

    @property
    def present(self) -> list[Outcome]:
        return [o for f in self.files for o in f.present]

    @property
    def rejected(self) -> list[Rejection]:
        return [r for f in self.files for r in f.rejections]

    @property
    def only_article(self) -> int | None:
        """The one article the request stored or found, when that is all it did: the page
        then opens that article, as adding a single article always has."""
        outcomes = [o for f in self.files for o in f.outcomes]
        return outcomes[0].article_id if len(outcomes) == 1 and not self.rejected else None

    @property
    def pasted_only(self) -> bool:
        return [f.name for f in self.files] == [PASTED]

    def as_json(self, link: Callable[[int], str]) -> dict:
        """`ok` as in every JSON answer: the request was carried out. What it stored and
        rejected is in the counts, as in the CLI's summary line."""
        return {
            "ok": True,
            "stored": len(self.stored), "present": len(self.present), "rejected": len(self.rejected),
            "files": [f.as_json(link) for f in self.files],
        }


def import_items(db: sqlite_utils.Database, name: str, items: Iterable[Document | Exported | Rejection]) -> FileReport:
    """Each document analysed and stored, and each article of an export restored as exported."""
    report = FileReport(name)
    for item in items:
        if isinstance(item, Rejection):
            report.rejections.append(item)
        else:
            report.outcomes.append(restore(db, item) if isinstance(item, Exported) else import_document(db, item))
    if not report.outcomes and not report.rejections:
        # An empty jsonl or a csv with only its header yields no record at all.
        report.rejections.append(Rejection(name, "no articles in the file"))
    return report


def import_file(db: sqlite_utils.Database, filename: str, data: bytes) -> FileReport:
    name = upload_name(filename)
    if not data:
        return FileReport(name, rejections=[Rejection(name, "the file is empty")])
    return import_items(db, name, read_upload(name, data))


def import_sent(db: sqlite_utils.Database, files: list[FileStorage], text: str) -> ImportReport:
    """Every file chosen, then the pasted text when there is some or nothing else was sent
    (so an empty form says what is missing)."""
    chosen = [f for f in files if f.filename]  # a file input left empty sends a part without a name
    if len(chosen) > MAX_FILES:
        raise TooManyFiles()
    reports = [import_file(db, f.filename, f.read()) for f in chosen]
    if text.strip() or not chosen:
        reports.append(import_items(db, PASTED, [title_and_text(text, PASTED)]))
    return ImportReport(reports)


def too_large_message(max_request_bytes: int, max_text_bytes: int) -> str:
    return (f"Too much to send at once: one request may carry at most {MAX_FILES} files and "
            f"{megabytes(max_request_bytes)}, and a pasted text at most {max_text_bytes / 1e3:.0f} KB. "
            "Send fewer files at a time, split a large file, or upload a long text as a .txt file.")


def megabytes(size: int) -> str:
    return f"{size / 1e6:.0f} MB"
