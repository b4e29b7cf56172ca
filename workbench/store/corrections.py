"""Corrections: a reviewer's fix of a claim's value, unit or subject, kept as history.

The claims row holds the figure as corrected, so every check and export reads the
corrected value; claim_corrections keeps what it was, who changed it, and why.
"""

from __future__ import annotations

import json

import sqlite_utils

from ..extract import Claim
from .claims import get_claim, insert_claim
from .connection import marks, storable, transaction, utc_now

CORRECTABLE = ("value", "kind", "unit", "subject")


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
        db["claims"].update(claim_id, {name: storable(value) for name, value in updates.items()})
        at = utc_now()
        db["claim_corrections"].insert_all(
            {"claim_id": claim_id, "field": name, "old": json.dumps(current[name]), "new": json.dumps(updates[name]),
             "reason": reason, "reviewer": reviewer, "at": at}
            for name in CORRECTABLE if name in updates and updates[name] != current[name]
        )
        return current


class ClaimExists(Exception):
    """The article already has a figure at that place."""


def _log(db: sqlite_utils.Database, claim_id: int, what: str, reason: str, reviewer: str) -> None:
    db["claim_corrections"].insert({"claim_id": claim_id, "field": "claim", "old": json.dumps(None),
                                    "new": json.dumps(what), "reason": reason, "reviewer": reviewer, "at": utc_now()})


def set_removed(db: sqlite_utils.Database, claim_id: int, removed: bool, reason: str, reviewer: str) -> None:
    """Remove a false claim, or restore a removed one. The row stays, with its verdicts and history;
    removed claims are left out of the checks. Raises CorrectionConflict when it already is so."""
    with transaction(db):
        current = get_claim(db, claim_id)
        if bool(current["removed"]) == removed:
            raise CorrectionConflict(claim_id, current)
        db["claims"].update(claim_id, {"removed": int(removed)})
        _log(db, claim_id, "removed" if removed else "restored", reason, reviewer)


def add_claim(db: sqlite_utils.Database, article_id: int, claim: Claim, reason: str, reviewer: str) -> int:
    """A figure extraction missed, added by a reviewer; raises ClaimExists when the article
    already has a figure (not removed) overlapping it."""
    with transaction(db):
        overlapping = db.execute("""
            SELECT count(*) FROM claims WHERE article_id = ? AND removed = 0 AND start < ? AND end > ?""",
                                 [article_id, claim.span.end, claim.span.start]).fetchone()[0]
        if overlapping:
            raise ClaimExists(f"the text at {claim.span.start}-{claim.span.end} is already a figure")
        position = db.execute("SELECT coalesce(max(position), -1) + 1 FROM claims WHERE article_id = ?",
                              [article_id]).fetchone()[0]
        claim_id = insert_claim(db, article_id, position, claim, reviewer)
        _log(db, claim_id, "added", reason, reviewer)
    return claim_id


def article_corrections(db: sqlite_utils.Database, *article_ids: int) -> dict[int, list[dict]]:
    """Each corrected claim's corrections, oldest first, for the claims of these articles."""
    rows = db.query(f"""
        SELECT cc.* FROM claim_corrections cc JOIN claims c ON c.id = cc.claim_id
        WHERE c.article_id IN ({marks(article_ids)}) ORDER BY cc.id""", article_ids)  # nosec B608
    corrections: dict[int, list[dict]] = {}
    for row in rows:
        row["old"], row["new"] = json.loads(row["old"]), json.loads(row["new"])
        corrections.setdefault(row["claim_id"], []).append(row)
    return corrections
