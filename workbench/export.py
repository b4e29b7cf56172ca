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

import csv
import io
import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import islice

import sqlite_utils

from . import store, urls
from .verdicts import Label

SCHEMA_ID = "workbench.export/v1"
FORMATS = ("json", "csv", "claimreview")
CLAIM_FIELDS = ("value", "low", "high", "kind", "approx", "qualifier", "unit", "subject", "part_of")
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


def export_article(db: sqlite_utils.Database, article_id: int, reviewed_only: bool = False) -> dict:
    return next(export_articles(db, [article_id], reviewed_only))


def export_articles(db: sqlite_utils.Database, article_ids: list[int], reviewed_only: bool = False) -> Iterator[dict]:
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
        rows = [row for row in claims.get(article_id, []) if not reviewed_only or row["id"] in verdicts]
        shown = {row["id"] for row in rows}
        yield {
            **{name: articles[article_id][name] for name in ARTICLE_FIELDS},
            "claims": [
                _claim(row, verdicts.get(row["id"], []), corrections.get(row["id"], []), moves.get(row["id"], []))
                for row in rows
            ],
            "findings": [{name: f[name] for name in FINDING_FIELDS} for f in findings.get(article_id, [])],
            # Of a part of the article's claims (`reviewed_only`), the checks on those claims alone.
            "checks": [check for check in checks.get(article_id, []) if shown >= set(check["claims"])],
        }


def exported_at(db: sqlite_utils.Database, selection: Selection) -> str:
    return store.newest_change(db, selection.articles) or "1970-01-01T00:00:00.000+00:00"


# Articles read together: few enough to keep memory small, enough to make the queries few.
BATCH = 200


CSV_COLUMNS = (
    "article_id", "article_title", "claim_id", "text", "start", "end", *CLAIM_FIELDS,
    "state", "verdict", "rationale", "sources", "reviewer", "at", "earlier_verdicts",
)


def live_claims(article: dict) -> list[dict]:
    """The claims CSV and ClaimReview carry: a figure a reviewer removed is no claim, and these
    flat shapes have no place to say so. The JSON export keeps it, marked `removed`, with its
    history, so that a restore brings the removal back."""
    return [claim for claim in article["claims"] if not claim.get("removed")]


def csv_rows(article: dict) -> Iterator[dict]:
    """One row per claim with its current verdict; sources separated by spaces."""
    for claim in live_claims(article):
        verdict = claim["verdict"] or {}
        yield {
            "article_id": article["id"], "article_title": article["title"], "claim_id": claim["id"],
            **claim["span"], **{name: claim[name] for name in CLAIM_FIELDS}, "state": claim["state"],
            "verdict": verdict.get("label"), "rationale": verdict.get("rationale"),
            "sources": " ".join(verdict.get("sources", [])), "reviewer": verdict.get("reviewer"),
            "at": verdict.get("at"), "earlier_verdicts": len(claim["history"]),
        }


def organization() -> dict:
    """The publisher named as the author of every ClaimReview: $WORKBENCH_ORGANIZATION and
    $WORKBENCH_ORGANIZATION_URL."""
    author = {"@type": "Organization", "name": os.environ.get("WORKBENCH_ORGANIZATION") or "Fact-check workbench"}
    if url := os.environ.get("WORKBENCH_ORGANIZATION_URL"):
        author["url"] = url
    return author


def claimreviews(article: dict, labels: dict[str, Label], author: dict) -> Iterator[dict]:
    """A schema.org ClaimReview for every claim of the article with a verdict, rated on the
    vocabulary's 1 to 5 scale (a label the vocabulary has since dropped is published by its
    key, unrated), explained by the rationale and the arithmetic of the claim's checks."""
    appearance = {"@type": "NewsArticle", "headline": article["title"]}
    if urls.is_web_url(article["url"]):  # one stored before urls.py may be any text
        appearance["url"] = article["url"]
    if article["published"]:
        appearance["datePublished"] = article["published"]
    for claim in live_claims(article):
        verdict = claim["verdict"]
        if verdict is None:
            continue
        label = labels.get(verdict["label"])
        checks = [f"{f['explanation']}" for f in article["findings"] if claim["id"] in f["claims"]]
        rating = {
            "@type": "Rating", "alternateName": label.name if label else verdict["label"],
            "ratingExplanation": " ".join([verdict["rationale"], *(f"Check: {c}." for c in checks)]),
            "bestRating": 5, "worstRating": 1,
        }
        if label:
            rating["ratingValue"] = label.rating
        yield {
            "@context": "https://schema.org", "@type": "ClaimReview",
            "claimReviewed": claim["sentence"],
            "itemReviewed": {"@type": "Claim", "appearance": [appearance]},
            "reviewRating": rating,
            "author": author,
            "datePublished": verdict["at"][:10],
            "citation": verdict["sources"],
        }


def stream(db: sqlite_utils.Database, selection: Selection, fmt: str, labels: dict[str, Label],
           jobs: int = 0) -> Iterator[str]:
    """The export as text in one of FORMATS, a batch of articles at a time. With jobs > 0,
    that many worker processes read and encode batches while this one writes them out, in
    order, so the bytes are the same either way."""
    items = (item for batch in _encoded(db, selection, fmt, labels, jobs) for item in batch)
    if fmt == "csv":
        yield _csv_text([], header=True)
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


# A spreadsheet runs a cell that starts with one of these, even after spaces, as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A cell a spreadsheet shows as written: text that could start a formula gets a leading
    quote, as OWASP advises against CSV injection. Numbers (the ids, offsets, figures and
    counts) are written as numbers, so -15 stays a figure a spreadsheet can sum."""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS)):
        return "'" + value
    return value


def _csv_text(rows: list[dict], header: bool = False) -> str:
    """Lines end as RFC 4180 says, CR LF: the writer quotes a cell holding either character,
    so a lone CR in a title or rationale stays inside its cell instead of ending the row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    if header:
        writer.writeheader()
    writer.writerows({name: _cell(value) for name, value in row.items()} for row in rows)
    return out.getvalue()


def _encode(articles: Iterator[dict], fmt: str, labels: dict[str, Label], author: dict) -> list[str]:
    """A batch of articles as the format's items: JSON texts of articles or of reviews, or CSV lines."""
    if fmt == "csv":
        return [_csv_text([row for article in articles for row in csv_rows(article)])]
    if fmt == "claimreview":
        articles = (review for article in articles for review in claimreviews(article, labels, author))
    return [json.dumps(item, ensure_ascii=False) for item in articles]


def _encoded(db: sqlite_utils.Database, selection: Selection, fmt: str, labels: dict[str, Label],
             jobs: int) -> Iterator[list[str]]:
    author = organization()
    if not jobs:
        for ids in _batches(db, selection):
            yield _encode(export_articles(db, ids, selection.reviewed_only), fmt, labels, author)
        return
    database = store.database_path(db)
    # Forked workers start with everything loaded and open a connection of their own.
    with multiprocessing.get_context("fork").Pool(jobs, _open_worker_db, (database,)) as pool:
        pending: deque = deque()
        for ids in _batches(db, selection):
            pending.append(pool.apply_async(_encode_batch, (ids, selection.reviewed_only, fmt, labels, author)))
            if len(pending) > 2 * jobs:  # a few batches ahead: enough to keep the workers busy, memory small
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _batches(db: sqlite_utils.Database, selection: Selection) -> Iterator[list[int]]:
    ids = store.export_ids(db, selection.articles, selection.since, selection.reviewed_only)
    while batch := list(islice(ids, BATCH)):
        yield batch


_worker_db: sqlite_utils.Database | None = None


def _open_worker_db(database: str) -> None:
    global _worker_db
    _worker_db = store.open_db(database)


def _encode_batch(ids: list[int], reviewed_only: bool, fmt: str, labels: dict[str, Label], author: dict) -> list[str]:
    return _encode(export_articles(_worker_db, ids, reviewed_only), fmt, labels, author)
