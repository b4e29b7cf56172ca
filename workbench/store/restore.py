"""Writing back the review history an export holds, onto claims just stored from it."""

from __future__ import annotations

import json

import sqlite_utils

from .connection import transaction


def restore_history(db: sqlite_utils.Database, claim_id: int, claim: dict) -> None:
    """The exported claim's verdicts (versions 1..n, oldest first), corrections, state and
    removal, as they were: same reviewers, same times. Inside the caller's transaction."""
    with transaction(db):
        verdicts = [*claim["history"], *([claim["verdict"]] if claim["verdict"] else [])]
        corrections = claim.get("corrections", [])
        db["verdicts"].insert_all(
            {"claim_id": claim_id, "version": n, **v, "sources": json.dumps(v["sources"])}
            for n, v in enumerate(verdicts, 1))
        db["claim_corrections"].insert_all(
            {"claim_id": claim_id, **c, "old": json.dumps(c["old"]), "new": json.dumps(c["new"])}
            for c in corrections)
        # Only the current state is exported: it is restored as moved by whoever, and when,
        # the claim last changed.
        events = sorted([*verdicts, *corrections], key=lambda e: e["at"])
        if claim.get("state", "unreviewed") != "unreviewed" and events:
            db["claim_states"].insert({"claim_id": claim_id, "state": claim["state"],
                                       "reviewer": events[-1]["reviewer"], "at": events[-1]["at"]})
        added = next((c["reviewer"] for c in corrections if c["field"] == "claim" and c["new"] == "added"), None)
        current = verdicts[-1] if verdicts else {"label": None, "reviewer": None}
        db.execute("UPDATE claims SET removed = ?, added_by = ?, state = ?, label = ?, reviewer = ? WHERE id = ?",
                   [int(bool(claim.get("removed"))), added, claim.get("state", "unreviewed") if events else "unreviewed",
                    current["label"], current["reviewer"], claim_id])
