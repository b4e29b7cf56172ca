"""Verdicts out: the JSON document of DESIGN.md (schema workbench.export/v1), and
the same data flattened to CSV or published as schema.org ClaimReview.

The JSON shape is a contract for the CMS and other tools, described by
schemas/export-v1.schema.json; change it only with a new schema version. CSV and
ClaimReview are derived from the same article records, so the three never disagree.

Exports are streamed an article at a time, so memory stays flat however large the
database, and are deterministic: `exported_at` is the time of the newest change in the
exported data, not the clock, so the same data always gives the same bytes.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import islice

import sqlite_utils

from . import store
from .claimreview import Publisher
from .export_formats import CLAIM_FIELDS, csv_text, encode
from .publication import reviews
from .verdicts import Label

SCHEMA_ID = "workbench.export/v1"
VERDICT_FIELDS = ("label", "rationale", "sources", "reviewer", "at")
CORRECTION_FIELDS = ("field", "old", "new", "reason", "reviewer", "at")
FINDING_FIELDS = ("id", "rule", "claims", "status", "explanation", "origin")
ARTICLE_FIELDS = ("id", "title", "source", "url", "published", "external_id", "metadata", "created_at", "assignee",
                  "sha256", "text")


@dataclass(frozen=True)
class Selection:
    """Which articles and claims an export holds."""
    articles: tuple[int, ...] = ()  # empty: every article
    since: str | None = None  # ISO date: only articles created or changed on or after it
    reviewed_only: bool = False  # only claims with a verdict, and articles that have one
    published_only: bool = False  # only published claims, and articles that have one


def json_schema() -> dict:
    return json.loads(resources.files("workbench").joinpath("schemas/export-v1.schema.json").read_text())


def _verdict(row: dict) -> dict:
    return {name: row[name] for name in VERDICT_FIELDS}


def _claim(row: dict, history: list[dict], corrections: list[dict], moves: list[dict]) -> dict:
    removed = {"removed": True} if row["removed"] else {}
    return {
        "id": row["id"],
        "span": {"start": row["start"], "end": row["end"], "text": row["text"]},
        "sentence": row["sentence"],
        **{name: row[name] for name in CLAIM_FIELDS},
        "verdict": _verdict(history[-1]) if history else None,
        "history": [_verdict(v) for v in history[:-1]],
        "corrections": [{name: c[name] for name in CORRECTION_FIELDS} for c in corrections],
        "state": row["state"],
        "moves": moves,
        **removed,
    }


def export_article(db: sqlite_utils.Database, article_id: int) -> dict:
    return next(export_articles(db, [article_id]))


def export_articles(db: sqlite_utils.Database, article_ids: list[int], reviewed_only: bool = False,
                    published_only: bool = False) -> Iterator[dict]:
    """The export records of these articles, read a few queries for all of them, not per article."""
    articles = store.articles_by_id(db, *article_ids)
    claims = store.claims_by_article(db, *article_ids)
    findings = store.findings_by_article(db, *article_ids, elsewhere=False)
    # A claim carries its current label, so verdicts are read only for claims that have one.
    reviewed = [a for a in article_ids if any(row["label"] for row in claims.get(a, []))]
    verdicts = store.article_verdicts(db, *reviewed) if reviewed else {}
    corrections = store.article_corrections(db, *article_ids)
    moves = store.article_moves(db, *article_ids)
    checks = store.article_checks(db, *article_ids)
    for article_id in article_ids:
        rows = [row for row in claims.get(article_id, []) if (not reviewed_only or row["id"] in verdicts)
                and (not published_only or (row["state"] == "published" and not row["removed"]))]
        shown = {row["id"] for row in rows}
        yield {
            **{name: articles[article_id][name] for name in ARTICLE_FIELDS},
            "claims": [
                _claim(row, verdicts.get(row["id"], []), corrections.get(row["id"], []), moves.get(row["id"], []))
                for row in rows
            ],
            "findings": [{name: f[name] for name in FINDING_FIELDS} for f in findings.get(article_id, [])],
            # Of a part of the article's claims (reviewed or published only), the checks on those claims alone.
            "checks": [check for check in checks.get(article_id, []) if shown >= set(check["claims"])],
        }


@dataclass(frozen=True)
class Count:
    articles: int
    items: int
    noun: str  # what an item is: a claim, a row, a review


def count(db: sqlite_utils.Database, selection: Selection, fmt: str, labels: dict[str, Label]) -> Count:
    """What an export of `selection` in `fmt` holds. ClaimReview holds a review per published
    claim, which only reading the clauses of the articles with one tells."""
    filters = (selection.articles, selection.since, selection.reviewed_only, selection.published_only)
    if fmt != "claimreview":
        articles, claims = store.export_counts(db, *filters)
        return Count(articles, claims, "row" if fmt == "csv" else "claim")
    ids = list(store.export_ids(db, selection.articles, selection.since, selection.reviewed_only, True))
    found = [len(reviews(article, labels)) for start in range(0, len(ids), BATCH)
             for article in export_articles(db, ids[start:start + BATCH], selection.reviewed_only, True)]
    return Count(sum(1 for n in found if n), sum(found), "review")


def exported_at(db: sqlite_utils.Database, selection: Selection) -> str:
    return store.newest_change(db, selection.articles) or "1970-01-01T00:00:00.000+00:00"


# Articles read together: few enough to keep memory small, enough to make the queries few.
BATCH = 200


def stream(db: sqlite_utils.Database, selection: Selection, fmt: str, labels: dict[str, Label],
           jobs: int = 0, publisher: Publisher | None = None, bom: bool = False) -> Iterator[str]:
    """The export as text in one of export_formats.FORMATS, a batch of articles at a time.
    With jobs > 0, that many worker processes read and encode batches while this one writes
    them out, in order, so the bytes are the same either way. ClaimReview needs the
    `publisher` its reviews name; `bom` starts a CSV with the mark Excel needs to read UTF-8."""
    items = (item for batch in _encoded(db, selection, fmt, labels, jobs, publisher) for item in batch)
    if fmt == "csv":
        yield ("\ufeff" if bom else "") + csv_text([], header=True)
        yield from items
        return
    if fmt == "claimreview":
        opening, closing = "[", "]\n"
    else:
        head = json.dumps({"schema": SCHEMA_ID, "exported_at": exported_at(db, selection)}, ensure_ascii=False)
        opening, closing = head[:-1] + ', "articles": [', "]}\n"
    # A JSON list written an item a line, so a reader can follow it.
    yield opening
    for n, item in enumerate(items):
        yield ("," if n else "") + "\n" + item
    yield "\n" + closing


def _encoded(db: sqlite_utils.Database, selection: Selection, fmt: str, labels: dict[str, Label],
             jobs: int, publisher: Publisher | None) -> Iterator[list[str]]:
    if not jobs:
        for ids in _batches(db, selection):
            yield encode(export_articles(db, ids, selection.reviewed_only, selection.published_only), fmt, labels,
                         publisher)
        return
    database = store.database_path(db)
    # Forked workers start with everything loaded and open a connection of their own.
    with multiprocessing.get_context("fork").Pool(jobs, _open_worker_db, (database,)) as pool:
        pending: deque = deque()
        for ids in _batches(db, selection):
            pending.append(pool.apply_async(_encode_batch, (ids, selection, fmt, labels, publisher)))
            if len(pending) > 2 * jobs:  # a few batches ahead: enough to keep the workers busy, memory small
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _batches(db: sqlite_utils.Database, selection: Selection) -> Iterator[list[int]]:
    ids = store.export_ids(db, selection.articles, selection.since, selection.reviewed_only, selection.published_only)
    while batch := list(islice(ids, BATCH)):
        yield batch


_worker_db: sqlite_utils.Database | None = None


def _open_worker_db(database: str) -> None:
    global _worker_db
    _worker_db = store.open_db(database)


def _encode_batch(ids: list[int], selection: Selection, fmt: str, labels: dict[str, Label],
                  publisher: Publisher | None) -> list[str]:
    return encode(export_articles(_worker_db, ids, selection.reviewed_only, selection.published_only), fmt, labels,
                  publisher)
