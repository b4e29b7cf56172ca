"""A claim's whole audit trail: verdicts, workflow moves and corrections, in the order they happened."""

from __future__ import annotations

import json

import sqlite_utils


def claim_timeline(db: sqlite_utils.Database, claim_id: int) -> list[dict]:
    """Every event on one claim, oldest first, each with `what` naming its table."""
    events = [dict(row, what="verdict", sources=json.loads(row["sources"])) for row in db.query(
        "SELECT * FROM verdicts WHERE claim_id = ?", [claim_id])]
    events += [dict(row, what="state") for row in db.query(
        "SELECT * FROM claim_states WHERE claim_id = ?", [claim_id])]
    events += [dict(row, what="correction", old=json.loads(row["old"]), new=json.loads(row["new"])) for row in db.query(
        "SELECT * FROM claim_corrections WHERE claim_id = ?", [claim_id])]
    # Times are to the millisecond; rows written in one transaction share one, and then a
    # verdict comes before the move it causes.
    order = {"correction": 0, "verdict": 1, "state": 2}
    return sorted(events, key=lambda e: (e["at"], order[e["what"]], e["id"]))
