"""Writing back what an export holds beyond the claims: the review history of each claim,
the checks reviewers built, and the findings, onto an article just stored from it."""

from __future__ import annotations

import json

import sqlite_utils

from ..checks import Finding
from ..limits import MAX_INTEGER
from .connection import marks, transaction
from .findings import insert_findings
from .states import STATES


def ids_free(db: sqlite_utils.Database, article_id: int, claim_ids: list[int]) -> bool:
    """Whether an article and its claims can keep these ids: SQLite's, and unused."""
    if not all(0 < i <= MAX_INTEGER for i in [article_id, *claim_ids]):
        return False
    if db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
        return False
    return not _present(db, "claims", claim_ids)


def _present(db: sqlite_utils.Database, table: str, ids: list[int]) -> set[int]:
    """Which of these ids `table` (claims or findings) already holds."""
    found: set[int] = set()
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        found |= {row[0] for row in db.execute(
            f"SELECT id FROM {table} WHERE id IN ({marks(chunk)})", chunk)}  # nosec B608
    return found


def claim_articles(db: sqlite_utils.Database, claim_ids: set[int]) -> dict[int, int]:
    """The article of each of these claims that the database holds."""
    ids = sorted(i for i in claim_ids if 0 < i <= MAX_INTEGER)
    owners: dict[int, int] = {}
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        owners |= dict(db.execute(f"SELECT id, article_id FROM claims WHERE id IN ({marks(chunk)})", chunk).fetchall())  # nosec B608
    return owners


def restore_history(db: sqlite_utils.Database, claim_id: int, claim: dict) -> None:
    """The exported claim's verdicts (versions 1..n, oldest first), corrections, workflow
    moves and removal, as they were: same reviewers, same times. Inside the caller's transaction."""
    with transaction(db):
        verdicts = [*claim["history"], *([claim["verdict"]] if claim["verdict"] else [])]
        corrections = claim.get("corrections", [])
        db["verdicts"].insert_all(
            {"claim_id": claim_id, "version": n, **v, "sources": json.dumps(v["sources"])}
            for n, v in enumerate(verdicts, 1))
        db["claim_corrections"].insert_all(
            {"claim_id": claim_id, **c, "old": json.dumps(c["old"]), "new": json.dumps(c["new"])}
            for c in corrections)
        moves = claim.get("moves")
        if moves is None:
            # An export without the moves has the current state only: it is restored as moved
            # by whoever, and when, the claim last changed.
            events = sorted([*verdicts, *corrections], key=lambda e: e["at"])
            moves = [{"state": claim["state"], "reviewer": events[-1]["reviewer"], "at": events[-1]["at"]}
                     ] if claim.get("state", STATES[0]) != STATES[0] and events else []
        db["claim_states"].insert_all({"claim_id": claim_id, **move} for move in moves)
        added = next((c["reviewer"] for c in corrections if c["field"] == "claim" and c["new"] == "added"), None)
        current = verdicts[-1] if verdicts else {"label": None, "reviewer": None}
        db.execute("UPDATE claims SET removed = ?, added_by = ?, state = ?, label = ?, reviewer = ? WHERE id = ?",
                   [int(bool(claim.get("removed"))), added, moves[-1]["state"] if moves else STATES[0],
                    current["label"], current["reviewer"], claim_id])


def restore_checks(db: sqlite_utils.Database, article_id: int, checks: list[dict]) -> None:
    """The checks reviewers built on the article, their claims given by id, oldest first."""
    with transaction(db):
        db["reviewer_checks"].insert_all(
            {"article_id": article_id, **{k: v for k, v in check.items() if k != "ended"},
             "claims": json.dumps(check["claims"]), **_ended(check.get("ended"))} for check in checks)


def _ended(ended: dict | None) -> dict:
    return {"ended_by": ended["reviewer"], "ended_at": ended["at"], "edited": int(ended["edited"])} if ended else {}


def restore_findings(db: sqlite_utils.Database, article_id: int, findings: list[dict]) -> None:
    """Findings as exported, their claims given by id, each keeping its id where it is free."""
    with transaction(db):
        taken = _present(db, "findings", [f["id"] for f in findings if 0 < f["id"] <= MAX_INTEGER])
        insert_findings(
            db, article_id, [f["claims"] for f in findings],
            [Finding(f["rule"], f["claims"], f["status"], f["explanation"], f["origin"]) for f in findings],
            finding_ids=[None if f["id"] in taken or not 0 < f["id"] <= MAX_INTEGER else f["id"] for f in findings])
