"""The review queue: which claim to check next, the filtered list of claims, full-text search.

A claim's workflow state and verdict are append-only histories, so "current" always
means the latest row: the highest claim_states id, the highest verdict version.
"""

from __future__ import annotations

import sqlite_utils

from .connection import transaction
from .migrations import QUEUE_SKIPS, TIER
from .presence import since_now

FINDING_STATUSES = ("pass", "warn", "fail")
# snippet() wraps each hit in these control characters, so a page can escape the text
# first and only then turn them into <mark> tags.
MARK_START, MARK_END = "\x02", "\x03"
# The claims the queue asks for, in the words of the claims_queue index's condition.
REQUIRED = f"c.removed = 0 AND c.kind NOT IN {QUEUE_SKIPS}"
# The queue's tiers (TIER): a wrong figure is likeliest where a check failed, then where one warned.
TIERS = (0, 1, 2)

# One condition per filter, each taking its value as :name. The claim carries its current
# state, verdict and worst check status (kept by the store), so each is an indexed column.
QUEUE_FILTERS = {
    "state": "c.state = :state",
    "label": "c.label = :label",
    "reviewer": "c.reviewer = :reviewer COLLATE NOCASE",
    "article": "c.article_id = :article",
    "kind": "c.kind = :kind",
    "finding": "c.worst = :finding",
    "assignee": "a.assignee = :assignee",
    "q": "c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q)",
}


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query that cannot be a syntax error: each word a quoted
    string, all of them required. A word with no letter or digit would be an empty
    phrase, which matches nothing and would empty the whole result, so it is dropped."""
    # SQLite's full-text query parser fails on a NUL character, however it is quoted.
    words = [word for word in text.replace("\x00", " ").split() if any(ch.isalnum() for ch in word)]
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def next_claim(
    db: sqlite_utils.Database, *, after_claim_id: int | None = None, assignee: str | None = None,
    article_id: int | None = None,
) -> dict | None:
    """The first unreviewed claim after `after_claim_id` in the queue's order, wrapping round
    to the start, and never that claim itself.

    The order is: tier (TIERS), the reviewer's assigned articles first, then article and
    place in it. Moving on from where the reviewer is, rather than from the top, keeps two
    claims a reviewer passes over from handing the turn back and forth. Each step is one
    seek on the claims_queue index, so the cost does not grow with the database."""
    groups = [(tier, mine) for tier in TIERS for mine in ((True, False) if assignee else (None,))]
    current = _claim_place(db, after_claim_id, assignee) if after_claim_id else None
    start = groups.index(current["group"]) if current and current["group"] in groups else 0
    place = (current["article_id"], current["position"]) if current else None
    # From the reviewer's place to the end of the queue, then round from its start.
    for n, group in enumerate(groups[start:] + groups[:start + 1]):
        found = _first_in(db, group, assignee, article_id, place if n == 0 else None, after_claim_id)
        if found:
            return found
    return None


def _claim_place(db: sqlite_utils.Database, claim_id: int, assignee: str | None) -> dict | None:
    row = db.execute(f"""
        SELECT c.article_id, c.position, {TIER}, a.assignee FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.id = ?""", [claim_id]).fetchone()  # nosec B608
    if row is None:
        return None
    mine = (row[3] == assignee) if assignee else None
    return {"article_id": row[0], "position": row[1], "group": (row[2], mine)}


def _first_in(db: sqlite_utils.Database, group: tuple, assignee: str | None, article_id: int | None,
              after: tuple[int, int] | None, skip: int | None) -> dict | None:
    tier, mine = group
    conditions = [REQUIRED, "c.state = 'unreviewed'", f"{TIER} = :tier", "c.id IS NOT :skip",
                  # what someone else has open is theirs for now (presence.py)
                  "NOT EXISTS (SELECT 1 FROM presence p WHERE p.claim_id = c.id AND p.reviewer IS NOT :assignee"
                  " AND p.at >= :held_since)"]
    if mine is not None:
        conditions.append("a.assignee = :assignee" if mine else "a.assignee IS NOT :assignee")
    if article_id is not None:
        conditions.append("c.article_id = :article")
    if after is not None:
        conditions.append("(c.article_id, c.position) > (:after_article, :after_position)")
    rows = list(db.query(f"""
        SELECT c.* FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE {' AND '.join(conditions)} ORDER BY c.article_id, c.position LIMIT 1""", {  # nosec B608
        "tier": tier, "skip": skip, "assignee": assignee, "article": article_id, "held_since": since_now(),
        "after_article": after[0] if after else None, "after_position": after[1] if after else None}))
    return rows[0] if rows else None


def list_claims(db: sqlite_utils.Database, filters: dict, limit: int = 50, after: int | None = None) -> list[dict]:
    """One page of claims in id order, narrowed by `filters` (keys of QUEUE_FILTERS; an empty
    value is no filter); `after` is the last id of the previous page.

    Rows carry the current state, the current verdict's label and reviewer, and the
    worst status of the findings the claim is in (`worst`)."""
    unknown = set(filters) - set(QUEUE_FILTERS)
    if unknown:
        raise ValueError(f"unknown filters: {', '.join(sorted(unknown))}")
    params = {name: value for name, value in filters.items() if value not in (None, "")}
    if "q" in params:
        params["q"] = fts_query(str(params["q"]))
        if not params["q"]:
            return []
    conditions = ["c.removed = 0", "c.id > :after"] + [QUEUE_FILTERS[name] for name in params]
    return list(db.query(f"""
        SELECT c.id, c.article_id, a.title, a.assignee, c.text, c.sentence, c.kind, c.unit, c.subject,
            c.state, c.label, c.reviewer, c.worst
        FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE {' AND '.join(conditions)} ORDER BY c.id LIMIT :limit""", params | {"after": after or 0, "limit": limit}))  # nosec B608


def search(db: sqlite_utils.Database, q: str, limit: int = 20) -> dict:
    """Articles and claims matching every word of `q`, newest first; an article's
    `snippet` marks its hits with MARK_START and MARK_END.

    Newest first, as a news archive lists: FTS5 reads its index in id order and stops at
    `limit`, where ranking by relevance scores every match (30 ms for a common word at a
    million claims, growing with the archive)."""
    match = fts_query(q)
    if not match:
        return {"articles": [], "claims": []}
    articles = db.query("""
        SELECT a.id, a.title, snippet(articles_fts, 1, :start, :end, '…', 12) AS snippet
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH :match ORDER BY articles_fts.rowid DESC LIMIT :limit""",
                        {"start": MARK_START, "end": MARK_END, "match": match, "limit": limit})
    claims = db.query("""
        SELECT c.id, c.article_id, a.title, c.text, c.sentence
        FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
        WHERE claims_fts MATCH :match AND c.removed = 0 ORDER BY claims_fts.rowid DESC LIMIT :limit""",
                      {"match": match, "limit": limit})
    return {"articles": list(articles), "claims": list(claims)}


def article_progress(db: sqlite_utils.Database, article_id: int) -> dict:
    """How far review of an article has got, counting only the claims the queue asks for."""
    row = db.execute(f"""
        SELECT coalesce(sum(c.state IN ('reviewed', 'published')), 0), count(*) FROM claims c
        WHERE c.article_id = ? AND {REQUIRED}""", [article_id]).fetchone()  # nosec B608
    return {"reviewed": row[0], "total": row[1]}


def assign_article(db: sqlite_utils.Database, article_id: int, assignee: str | None) -> None:
    """Give an article to a reviewer, whose queue then offers its claims first; None unassigns."""
    with transaction(db):
        db.execute("UPDATE articles SET assignee = ? WHERE id = ?", [assignee, article_id])
