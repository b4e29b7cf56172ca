"""Verdicts out: the JSON document of DESIGN.md (schema workbench.export/v1).

The shape is a contract for the CMS and other tools, described by
schemas/export-v1.schema.json; change it only with a new schema version.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from importlib import resources

import sqlite_utils

from . import store

SCHEMA_ID = "workbench.export/v1"
CLAIM_FIELDS = ("value", "low", "high", "kind", "approx", "qualifier", "unit", "subject", "part_of")
VERDICT_FIELDS = ("label", "rationale", "sources", "reviewer", "at")


def json_schema() -> dict:
    return json.loads(resources.files("workbench").joinpath("schemas/export-v1.schema.json").read_text())


def _verdict(row: dict) -> dict:
    return {name: row[name] for name in VERDICT_FIELDS}


def _claim(row: dict, history: list[dict]) -> dict:
    return {
        "id": row["id"],
        "span": {"start": row["start"], "end": row["end"], "text": row["text"]},
        "sentence": row["sentence"],
        **{name: row[name] for name in CLAIM_FIELDS},
        "verdict": _verdict(history[-1]) if history else None,
        "history": [_verdict(v) for v in history[:-1]],
    }


def export_article(db: sqlite_utils.Database, article_id: int) -> dict:
    article = store.get_article(db, article_id)
    verdicts = store.article_verdicts(db, article_id)
    return {
        "id": article["id"], "title": article["title"], "source": article["source"],
        "url": article["url"], "sha256": article["sha256"],
        "claims": [_claim(row, verdicts.get(row["id"], [])) for row in store.article_claims(db, article_id)],
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
