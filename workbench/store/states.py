"""Where each claim is in the review workflow, apart from what its verdict says.

Every change appends a row, so the claim page can show who moved it and when; a claim
with no row is unreviewed.
"""

from __future__ import annotations

import sqlite_utils

from .connection import transaction, utc_now

STATES = ("unreviewed", "in review", "reviewed", "published")


class ClaimRemoved(Exception):
    """A reviewer removed the figure as no claim to check: it takes no verdict, and moves on
    to review or publication, until restored. `current` is its last verdict, or None."""

    def __init__(self, claim_id: int, current: dict | None = None):
        super().__init__(f"claim {claim_id} was removed")
        self.current = current


def set_state(db: sqlite_utils.Database, claim_id: int, state: str, reviewer: str, at: str | None = None) -> dict:
    """`at` is given when the move is part of another change, so both carry one time.

    A removed figure only moves back (put back, unpublish), so nothing removed as no claim
    reaches review or publication; checked in the move's own transaction, after any removal."""
    if state not in STATES:
        raise ValueError(f"unknown state {state!r}")
    row = {"claim_id": claim_id, "state": state, "reviewer": reviewer, "at": at or utc_now()}
    with transaction(db):
        removed, current = db.execute("SELECT removed, state FROM claims WHERE id = ?", [claim_id]).fetchone()
        if removed and STATES.index(state) > STATES.index(current):
            raise ClaimRemoved(claim_id)
        row["id"] = db["claim_states"].insert(row).last_pk
        db.execute("UPDATE claims SET state = ? WHERE id = ?", [state, claim_id])
    return row


def claim_state(db: sqlite_utils.Database, claim_id: int) -> str:
    row = db.execute("SELECT state FROM claims WHERE id = ?", [claim_id]).fetchone()
    return row[0] if row else STATES[0]


def state_history(db: sqlite_utils.Database, claim_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM claim_states WHERE claim_id = ? ORDER BY id", [claim_id]))
