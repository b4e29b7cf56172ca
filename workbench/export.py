"""Verdicts out: the JSON document of DESIGN.md (schema workbench.export/v1), and
the same data flattened to CSV or published as schema.org ClaimReview.

The JSON shape is a contract for the CMS and other tools, described by
schemas/export-v1.schema.json; change it only with a new schema version. CSV and
ClaimReview are derived from that document, so the three never disagree.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from importlib import resources

import sqlite_utils

from . import store
from .verdicts import Label, load_labels

SCHEMA_ID = "workbench.export/v1"
CLAIM_FIELDS = ("value", "low", "high", "kind", "approx", "qualifier", "unit", "subject", "part_of")
VERDICT_FIELDS = ("label", "rationale", "sources", "reviewer", "at")


def json_schema() -> dict:
    return json.loads(resources.files("workbench").joinpath("schemas/export-v1.schema.json").read_text())


def _verdict(row: dict) -> dict:
    return {name: row[name] for name in VERDICT_FIELDS}


CORRECTION_FIELDS = ("field", "old", "new", "reason", "reviewer", "at")


def _claim(row: dict, history: list[dict], corrections: list[dict], state: str) -> dict:
    removed = {"removed": True} if row["removed"] else {}
    return {
        "id": row["id"],
        "span": {"start": row["start"], "end": row["end"], "text": row["text"]},
        "sentence": row["sentence"],
        **{name: row[name] for name in CLAIM_FIELDS},
        "verdict": _verdict(history[-1]) if history else None,
        "history": [_verdict(v) for v in history[:-1]],
        "corrections": [{name: c[name] for name in CORRECTION_FIELDS} for c in corrections],
        "state": state,
        **removed,
    }


def export_article(db: sqlite_utils.Database, article_id: int) -> dict:
    article = store.get_article(db, article_id)
    verdicts = store.article_verdicts(db, article_id)
    corrections = store.article_corrections(db, article_id)
    states = store.article_states(db, article_id)
    return {
        "id": article["id"], "title": article["title"], "source": article["source"],
        "url": article["url"], "sha256": article["sha256"],
        "claims": [
            _claim(row, verdicts.get(row["id"], []), corrections.get(row["id"], []), states.get(row["id"], store.STATES[0]))
            for row in store.article_claims(db, article_id)
        ],
        "findings": [
            {name: f[name] for name in ("id", "rule", "claims", "status", "explanation", "origin")}
            for f in store.article_findings(db, article_id)
        ],
    }


def export_document(db: sqlite_utils.Database, article_ids: list[int] | None = None) -> dict:
    """The whole export: the given articles, or every article, oldest first."""
    ids = store.article_ids(db) if article_ids is None else article_ids
    return {
        "schema": SCHEMA_ID,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "articles": [export_article(db, article_id) for article_id in ids],
    }


CSV_COLUMNS = (
    "article_id", "article_title", "claim_id", "text", "start", "end", *CLAIM_FIELDS,
    "verdict", "rationale", "sources", "reviewer", "at", "earlier_verdicts",
)


def to_csv(document: dict) -> str:
    """One row per claim with its current verdict; sources separated by spaces."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for article in document["articles"]:
        for claim in article["claims"]:
            verdict = claim["verdict"] or {}
            writer.writerow({
                "article_id": article["id"], "article_title": article["title"], "claim_id": claim["id"],
                **claim["span"], **{name: claim[name] for name in CLAIM_FIELDS},
                "verdict": verdict.get("label"), "rationale": verdict.get("rationale"),
                "sources": " ".join(verdict.get("sources", [])), "reviewer": verdict.get("reviewer"),
                "at": verdict.get("at"), "earlier_verdicts": len(claim["history"]),
            })
    return out.getvalue()


def to_claimreview(document: dict, labels: dict[str, Label] | None = None) -> list[dict]:
    """A schema.org ClaimReview for every claim that has a verdict, rated by the vocabulary's
    1 to 5 scale; a label the vocabulary no longer has is published by its key, unrated."""
    labels = labels or load_labels()
    reviews = []
    for article in document["articles"]:
        appearance = {"@type": "CreativeWork", "headline": article["title"]}
        if article["url"]:
            appearance["url"] = article["url"]
        for claim in article["claims"]:
            verdict = claim["verdict"]
            if verdict is None:
                continue
            label = labels.get(verdict["label"])
            rating = {
                "@type": "Rating", "alternateName": label.name if label else verdict["label"],
                "ratingExplanation": verdict["rationale"], "bestRating": 5, "worstRating": 1,
            }
            if label:
                rating["ratingValue"] = label.rating
            reviews.append({
                "@context": "https://schema.org", "@type": "ClaimReview",
                "claimReviewed": claim["sentence"],
                "itemReviewed": {"@type": "Claim", "appearance": [appearance]},
                "reviewRating": rating,
                "author": {"@type": "Person", "name": verdict["reviewer"]},
                "datePublished": verdict["at"][:10],
                "citation": verdict["sources"],
            })
    return reviews


def render(document: dict, fmt: str, labels: dict[str, Label] | None = None) -> str:
    """The export as text in one of FORMATS."""
    if fmt == "csv":
        return to_csv(document)
    data = to_claimreview(document, labels) if fmt == "claimreview" else document
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


FORMATS = ("json", "csv", "claimreview")
