"""Corrections: a reviewer's fix of a claim's value, unit or subject, kept as history.

The claims row holds the figure as corrected, so every check and export reads the
corrected value; claim_corrections keeps what it was, who changed it, and why.
"""

from __future__ import annotations

import json

import sqlite_utils

from .claims import get_claim
from .connection import transaction, utc_now

CORRECTABLE = ("value", "unit", "subject")


class CorrectionConflict(Exception):
    """The claim changed since the reviewer loaded it; `current` is the claim as it is now."""

    def __init__(self, claim_id: int, current: dict):
        super().__init__(f"claim {claim_id} was corrected meanwhile")
        self.current = current


def correct_claim(
    db: sqlite_utils.Database, claim_id: int, shown: dict, updates: dict, reason: str, reviewer: str,
) -> dict:
    """Update the claim and log each changed field, unless it no longer reads as `shown`."""
    with transaction(db):
        current = get_claim(db, claim_id)
        if any(current[name] != value for name, value in shown.items()):
            raise CorrectionConflict(claim_id, current)
        db["claims"].update(claim_id, updates)
        at = utc_now()
        db["claim_corrections"].insert_all(
            {"claim_id": claim_id, "field": name, "old": json.dumps(current[name]), "new": json.dumps(updates[name]),
             "reason": reason, "reviewer": reviewer, "at": at}
            for name in CORRECTABLE if name in updates and updates[name] != current[name]
        )
        return current


def article_corrections(db: sqlite_utils.Database, article_id: int) -> dict[int, list[dict]]:
    """Each corrected claim's corrections, oldest first."""
    rows = db.query("""
        SELECT cc.* FROM claim_corrections cc JOIN claims c ON c.id = cc.claim_id
        WHERE c.article_id = ? ORDER BY cc.id""", [article_id])
    corrections: dict[int, list[dict]] = {}
    for row in rows:
        row["old"], row["new"] = json.loads(row["old"]), json.loads(row["new"])
        corrections.setdefault(row["claim_id"], []).append(row)
    return corrections
