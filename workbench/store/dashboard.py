"""The team at a glance: what the dashboard counts, each a query over the whole database.

These read whole tables by design (a day's work across every article), so they belong to
a page opened now and then, not to the review loop, whose queries each seek one index.
"""

from __future__ import annotations

import sqlite_utils

from .queue import REQUIRED


def reviewed_per_day(db: sqlite_utils.Database, since: str) -> list[dict]:
    """Figures each reviewer gave a verdict to, per day (UTC) from `since`, a figure counted
    once a day however often its verdict changed."""
    return list(db.query("""
        SELECT substr(at, 1, 10) AS day, reviewer, count(DISTINCT claim_id) AS figures
        FROM verdicts WHERE at >= ? GROUP BY day, reviewer ORDER BY day, reviewer""", [since]))


def open_failing(db: sqlite_utils.Database) -> int:
    """Figures a failed check touches that nobody has reviewed yet."""
    return db.execute(f"""
        SELECT count(*) FROM claims c WHERE c.worst = 'fail' AND c.state IN ('unreviewed', 'in review')
        AND {REQUIRED}""").fetchone()[0]  # nosec B608


def findings_by_rule(db: sqlite_utils.Database) -> list[dict]:
    """Each rule's findings, by status, most findings first."""
    return list(db.query("""
        SELECT rule, sum(status = 'fail') AS fail, sum(status = 'warn') AS warn, sum(status = 'pass') AS pass,
            count(*) AS total
        FROM findings GROUP BY rule ORDER BY total DESC, rule"""))


def oldest_unreviewed_assigned(db: sqlite_utils.Database, limit: int = 5) -> list[dict]:
    """The assigned articles with figures still to review, the longest waiting first."""
    return list(db.query(f"""
        SELECT a.id, a.title, a.assignee, a.created_at, count(*) AS left_to_review FROM articles a
        JOIN claims c ON c.article_id = a.id AND {REQUIRED} AND c.state NOT IN ('reviewed', 'published')
        WHERE a.assignee IS NOT NULL GROUP BY a.id ORDER BY a.created_at, a.id LIMIT ?""", [limit]))  # nosec B608
