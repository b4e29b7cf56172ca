"""The queries behind an export: which articles it holds, how new its data is, and the
history it carries besides verdicts and corrections."""

from __future__ import annotations

import json
from collections.abc import Iterator

import sqlite_utils

from .connection import marks

# Every table whose rows carry the time a reviewer or an import changed something.
_CHANGES = """
    SELECT created_at AS at, id AS article_id FROM articles
    UNION ALL SELECT v.at, c.article_id FROM verdicts v JOIN claims c ON c.id = v.claim_id
    UNION ALL SELECT k.at, c.article_id FROM claim_corrections k JOIN claims c ON c.id = k.claim_id
    UNION ALL SELECT s.at, c.article_id FROM claim_states s JOIN claims c ON c.id = s.claim_id"""


def _where(articles: tuple[int, ...], since: str | None, reviewed_only: bool, published_only: bool) -> tuple[str, list]:
    conditions, params = [], []
    if articles:
        conditions.append(f"a.id IN ({marks(articles)})")
        params += articles
    if since:
        conditions.append(f"a.id IN (SELECT article_id FROM ({_CHANGES}) WHERE at >= ?)")  # nosec B608
        params.append(since)
    if reviewed_only:
        conditions.append("EXISTS (SELECT 1 FROM verdicts v JOIN claims c ON c.id = v.claim_id WHERE c.article_id = a.id)")
    if published_only:
        conditions.append("EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND c.state = 'published' "
                          "AND c.removed = 0)")
    return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), params


def export_ids(db: sqlite_utils.Database, articles: tuple[int, ...] = (), since: str | None = None,
               reviewed_only: bool = False, published_only: bool = False) -> Iterator[int]:
    """Article ids in id order: of `articles` (all when empty), changed on or after `since`
    (an ISO date or time), with at least one verdict when `reviewed_only`, and one published
    figure when `published_only`. Read lazily."""
    where, params = _where(articles, since, reviewed_only, published_only)
    for row in db.execute(f"SELECT a.id FROM articles a {where} ORDER BY a.id", params):  # nosec B608
        yield row[0]


def export_counts(db: sqlite_utils.Database, articles: tuple[int, ...] = (), since: str | None = None,
                  reviewed_only: bool = False, published_only: bool = False) -> tuple[int, int]:
    """How many articles and claims export_ids' selection exports (removed claims are exported too)."""
    where, params = _where(articles, since, reviewed_only, published_only)
    claim_filter = "".join([
        " AND EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id)" if reviewed_only else "",
        " AND c.state = 'published' AND c.removed = 0" if published_only else ""])
    return db.execute(f"""
        SELECT count(DISTINCT a.id), count(c.id) FROM articles a
        LEFT JOIN claims c ON c.article_id = a.id{claim_filter} {where}""", params).fetchone()  # nosec B608


def newest_change(db: sqlite_utils.Database, articles: tuple[int, ...] = ()) -> str | None:
    """The time of the newest change to these articles (all when empty), or None for none."""
    where = f"WHERE article_id IN ({marks(articles)})" if articles else ""
    return db.execute(f"SELECT max(at) FROM ({_CHANGES}) {where}", list(articles)).fetchone()[0]  # nosec B608


def article_moves(db: sqlite_utils.Database, *article_ids: int) -> dict[int, list[dict]]:
    """Every workflow move of the articles' claims, by claim id, oldest first."""
    moves: dict[int, list[dict]] = {}
    for claim_id, state, reviewer, at in db.execute(f"""
            SELECT s.claim_id, s.state, s.reviewer, s.at FROM claim_states s JOIN claims c ON c.id = s.claim_id
            WHERE c.article_id IN ({marks(article_ids)}) ORDER BY s.claim_id, s.id""", article_ids):  # nosec B608
        moves.setdefault(claim_id, []).append({"state": state, "reviewer": reviewer, "at": at})
    return moves


def article_checks(db: sqlite_utils.Database, *article_ids: int) -> dict[int, list[dict]]:
    """The checks reviewers built on each of these articles, oldest first, their claims by id;
    one deleted or edited since says so in `ended`."""
    checks: dict[int, list[dict]] = {}
    for article_id, relation, claims, percent, reviewer, at, ended_by, ended_at, edited in db.execute(f"""
            SELECT article_id, relation, claims, percent, reviewer, at, ended_by, ended_at, edited FROM reviewer_checks
            WHERE article_id IN ({marks(article_ids)}) ORDER BY id""", article_ids):  # nosec B608
        check = {"relation": relation, "claims": json.loads(claims), "percent": percent, "reviewer": reviewer, "at": at}
        if ended_at:
            check["ended"] = {"reviewer": ended_by, "at": ended_at, "edited": bool(edited)}
        checks.setdefault(article_id, []).append(check)
    return checks
