"""Articles, stored together with their claims and findings in one transaction."""

from __future__ import annotations

import json

import sqlite_utils

from ..checks import Finding
from ..extract import Claim
from ..limits import MAX_INTEGER
from .claims import insert_claims
from .connection import marks, transaction, utc_now
from .findings import insert_findings
from .queue import REQUIRED

# id, created_at and assignee are given only by a restore, which keeps them as exported.
ARTICLE_FIELDS = ("id", "title", "text", "source", "url", "published", "external_id", "sha256", "assignee")


def find_by_sha256(db: sqlite_utils.Database, sha256: str) -> int | None:
    row = db.execute("SELECT id FROM articles WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else None


def insert_article(
    db: sqlite_utils.Database, article: dict, claims: list[Claim], findings: list[Finding],
    others: list[int] = (), claim_ids: list[int] | None = None,
) -> tuple[int, bool]:
    """Store an article whole (text, claims, findings) or, on any error, not at all.

    A finding's claim indices run over `claims` followed by `others`, the ids of
    other articles' claims it relates them to. `claim_ids`, when given, are the claims' ids.

    Returns the article's id and whether it was stored now; an article with the
    same text hash, even one stored by a concurrent import, is left alone.
    """
    row = {field: article.get(field) for field in ARTICLE_FIELDS}
    row["metadata"] = json.dumps(article.get("metadata") or {}, sort_keys=True)
    row["created_at"] = article.get("created_at") or utc_now()
    with transaction(db):
        existing = find_by_sha256(db, row["sha256"])
        if existing is not None:
            return existing, False
        article_id = db["articles"].insert(row).last_pk
        ids = insert_claims(db, article_id, claims, claim_ids) + list(others)
        insert_findings(db, article_id, [[ids[i] for i in f.claims] for f in findings], findings)
    return article_id, True


def get_article(db: sqlite_utils.Database, article_id: int) -> dict | None:
    return articles_by_id(db, article_id).get(article_id)


def articles_by_id(db: sqlite_utils.Database, *article_ids: int) -> dict[int, dict]:
    articles = {}
    for row in db.query(f"SELECT * FROM articles WHERE id IN ({marks(article_ids)})", article_ids):  # nosec B608
        row["metadata"] = json.loads(row["metadata"])
        articles[row["id"]] = row
    return articles


def article_ids(db: sqlite_utils.Database) -> list[int]:
    return [row["id"] for row in db.query("SELECT id FROM articles ORDER BY id")]


# An article's figures and its failed checks, as the list and an import's report count them.
FIGURES = "(SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.removed = 0)"
FAILING = "(SELECT count(*) FROM findings f WHERE f.article_id = a.id AND f.status = 'fail')"
# Orders the articles list offers; 'newest' pages by id, the others by offset.
ARTICLE_SORTS = {
    "newest": "id DESC",
    "oldest": "id",
    "title": "title COLLATE NOCASE, id",
    "failing": "failing DESC, id DESC",
    "least reviewed": "CAST(reviewed AS REAL) / max(to_review, 1), id DESC",
}
# Filters on the counts, each with the value it takes: 'failing' takes '1'.
PROGRESS = {"none": "reviewed = 0 AND to_review > 0", "partial": "reviewed > 0 AND reviewed < to_review",
            "done": "reviewed = to_review AND to_review > 0"}
ARTICLE_FILTERS = ("source", "assignee", "failing", "progress")


def _listed(filters: dict) -> tuple[str, list]:
    """The articles with the counts the list shows, narrowed by `filters`; the article's own
    fields narrow before any count is read."""
    inner, params = [], []
    for name in ("source", "assignee"):
        if filters.get(name):
            inner.append(f"a.{name} = ? COLLATE NOCASE")
            params.append(filters[name])
    outer = (["failing > 0"] if filters.get("failing") else []) + (
        [PROGRESS[filters["progress"]]] if filters.get("progress") in PROGRESS else [])
    return f"""
        SELECT * FROM (
            SELECT a.id, a.title, a.source, a.url, a.created_at, a.assignee,
                {FIGURES} AS claims,
                (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND {REQUIRED}) AS to_review,
                (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND {REQUIRED}
                   AND c.state IN ('reviewed', 'published')) AS reviewed,
                {FAILING} AS failing
            FROM articles a {'WHERE ' + ' AND '.join(inner) if inner else ''})
        {'WHERE ' + ' AND '.join(outer) if outer else ''}""", params  # nosec B608


def list_articles(db: sqlite_utils.Database, before: int | None = None, limit: int = 50, filters: dict | None = None,
                  sort: str = "newest", offset: int = 0) -> list[dict]:
    """A page of articles with the counts the articles page shows: figures, and of those the
    queue asks for, how many are reviewed (as the article page counts them), and failed
    checks. Newest first pages by id, below `before`, each count reading one article's rows
    by index; another order (ARTICLE_SORTS) pages by `offset`."""
    query, params = _listed(filters or {})
    if sort == "newest":
        return list(db.query(f"SELECT * FROM ({query}) WHERE id < ? ORDER BY id DESC LIMIT ?",  # nosec B608
                             [*params, before or MAX_INTEGER, limit]))
    return list(db.query(f"{query} ORDER BY {ARTICLE_SORTS[sort]} LIMIT ? OFFSET ?", [*params, limit, offset]))  # nosec B608


def count_articles(db: sqlite_utils.Database, filters: dict | None = None) -> int:
    if not filters:
        return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    query, params = _listed(filters)
    return db.execute(f"SELECT count(*) FROM ({query})", params).fetchone()[0]  # nosec B608


def article_sources(db: sqlite_utils.Database) -> list[str]:
    """Every source articles were imported from, for the list's filter."""
    return [row[0] for row in db.execute(
        "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source COLLATE NOCASE")]



def article_totals(db: sqlite_utils.Database, *article_ids: int) -> dict[int, dict]:
    """Each article's figures and failed checks, for an import's report."""
    if not article_ids:
        return {}
    return {article_id: {"claims": claims, "failing": failing} for article_id, claims, failing in db.execute(f"""
        SELECT a.id, {FIGURES}, {FAILING}
        FROM articles a WHERE a.id IN ({marks(article_ids)})""", article_ids)}  # nosec B608
