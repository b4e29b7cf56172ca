"""Who has which figure open: each reviewer's page says which figure is current every few
seconds, so others see the name before they type a verdict that would conflict, and the
queue's next figure passes over what someone else holds.

A row per figure and reviewer, overwritten: this is the present, not a history.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import sqlite_utils

from .connection import transaction, utc_now

HELD_FOR = timedelta(minutes=1)  # a figure counts as open this long after the page last said so


def since_now() -> str:
    return (datetime.now(timezone.utc) - HELD_FOR).isoformat(timespec="milliseconds")


def hold(db: sqlite_utils.Database, claim_id: int, reviewer: str) -> None:
    """The reviewer has the figure open now, and no other figure."""
    with transaction(db):
        db.execute("DELETE FROM presence WHERE reviewer = ? AND claim_id != ?", [reviewer, claim_id])
        db.execute("""INSERT INTO presence (claim_id, reviewer, at) VALUES (?, ?, ?)
                      ON CONFLICT (claim_id, reviewer) DO UPDATE SET at = excluded.at""",
                   [claim_id, reviewer, utc_now()])



def present(db: sqlite_utils.Database, article_id: int, reviewer: str) -> dict[int, list[str]]:
    """The article's figures others have open, with their names."""
    held: dict[int, list[str]] = {}
    for claim_id, name in db.execute("""
            SELECT p.claim_id, p.reviewer FROM presence p JOIN claims c ON c.id = p.claim_id
            WHERE c.article_id = ? AND p.reviewer != ? AND p.at >= ? ORDER BY p.reviewer""",
                                     [article_id, reviewer, since_now()]):
        held.setdefault(claim_id, []).append(name)
    return held
