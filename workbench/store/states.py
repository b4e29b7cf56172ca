"""Where each claim is in the review workflow, apart from what its verdict says.

Every change appends a row, so the claim page can show who moved it and when; a claim
with no row is unreviewed.
"""

from __future__ import annotations

import sqlite_utils

from .connection import transaction, utc_now

STATES = ("unreviewed", "in review", "reviewed", "published")


def set_state(db: sqlite_utils.Database, claim_id: int, state: str, reviewer: str, at: str | None = None) -> dict:
    """`at` is given when the move is part of another change, so both carry one time."""
    if state not in STATES:
        raise ValueError(f"unknown state {state!r}")
    row = {"claim_id": claim_id, "state": state, "reviewer": reviewer, "at": at or utc_now()}
    with transaction(db):
        row["id"] = db["claim_states"].insert(row).last_pk
        db.execute("UPDATE claims SET state = ? WHERE id = ?", [state, claim_id])
    return row


def claim_state(db: sqlite_utils.Database, claim_id: int) -> str:
    row = db.execute("SELECT state FROM claim_states WHERE claim_id = ? ORDER BY id DESC LIMIT 1",
                     [claim_id]).fetchone()
    return row[0] if row else STATES[0]


def article_states(db: sqlite_utils.Database, article_id: int) -> dict[int, str]:
    """Each claim's current state; claims never moved are left out (they are unreviewed)."""
    return dict(db.execute("""
        SELECT s.claim_id, s.state FROM claim_states s JOIN claims c ON c.id = s.claim_id
        WHERE c.article_id = ? AND s.id = (SELECT max(id) FROM claim_states WHERE claim_id = s.claim_id)""",
                           [article_id]).fetchall())


def state_history(db: sqlite_utils.Database, claim_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM claim_states WHERE claim_id = ? ORDER BY id", [claim_id]))
