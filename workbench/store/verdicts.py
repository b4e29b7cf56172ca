"""Verdicts: every save appends a version; a save based on a stale version is refused."""

from __future__ import annotations

import json

import sqlite_utils

from .connection import marks, transaction, utc_now
from .states import ClaimRemoved, set_state


class VerdictConflict(Exception):
    """Someone saved this claim's verdict since the reviewer loaded it."""

    def __init__(self, claim_id: int, current: dict | None):
        version = current["version"] if current else 0
        super().__init__(f"claim {claim_id} is at version {version}")
        self.current = current


def _decode(row: dict) -> dict:
    row["sources"] = json.loads(row["sources"])
    return row


def save_verdict(
    db: sqlite_utils.Database, claim_id: int, base_version: int,
    label: str, rationale: str, sources: list[str], reviewer: str,
) -> dict:
    """Append version base_version + 1, or raise VerdictConflict with the newer verdict, or
    ClaimRemoved when the figure was removed (checked in the same transaction as the insert,
    so a removal a moment before is never missed).

    The claim moves to 'reviewed' with it; a published claim whose verdict changes
    needs publishing again."""
    row = {
        "claim_id": claim_id, "version": base_version + 1, "label": label, "rationale": rationale,
        "sources": json.dumps(sources), "reviewer": reviewer, "at": utc_now(),
    }
    # BEGIN IMMEDIATE serialises writers, so the version read here is still current
    # at the insert; the UNIQUE (claim_id, version) pair backs this up in the schema.
    with transaction(db):
        latest = current_verdict(db, claim_id)
        if db.execute("SELECT removed FROM claims WHERE id = ?", [claim_id]).fetchone()[0]:
            raise ClaimRemoved(claim_id, latest)
        if (latest["version"] if latest else 0) != base_version:
            raise VerdictConflict(claim_id, latest)
        row["id"] = db["verdicts"].insert(row).last_pk
        db.execute("UPDATE claims SET label = ?, reviewer = ? WHERE id = ?", [label, reviewer, claim_id])
        set_state(db, claim_id, "reviewed", reviewer, row["at"])
    return _decode(row)


def current_verdict(db: sqlite_utils.Database, claim_id: int) -> dict | None:
    rows = list(db.query(
        "SELECT * FROM verdicts WHERE claim_id = ? ORDER BY version DESC LIMIT 1", [claim_id]))
    return _decode(rows[0]) if rows else None


def claim_history(db: sqlite_utils.Database, claim_id: int) -> list[dict]:
    """Every verdict on one claim, oldest first; the last is the current one."""
    return [_decode(row) for row in db.query(
        "SELECT * FROM verdicts WHERE claim_id = ? ORDER BY version", [claim_id])]


def article_verdicts(db: sqlite_utils.Database, *article_ids: int) -> dict[int, list[dict]]:
    """Every verdict of the articles' claims, by claim id, oldest first."""
    history: dict[int, list[dict]] = {}
    for row in db.query(f"""
            SELECT v.* FROM verdicts v JOIN claims c ON c.id = v.claim_id
            WHERE c.article_id IN ({marks(article_ids)}) ORDER BY v.claim_id, v.version""", article_ids):  # nosec B608
        history.setdefault(row["claim_id"], []).append(_decode(row))
    return history
