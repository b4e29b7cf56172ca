"""The review queue: which claim to check next, the filtered list of claims, full-text search.

A claim's workflow state and verdict are append-only histories, so "current" always
means the latest row: the highest claim_states id, the highest verdict version.
"""

from __future__ import annotations

import json

import sqlite_utils

from .connection import transaction

# Kinds nobody is asked to check: dates, ages, scores and the like rarely carry a story,
# and a reviewer can still give one a verdict from the article page.
OPTIONAL_KINDS = ("year", "date", "ordinal", "time", "age", "score")
FINDING_STATUSES = ("pass", "warn", "fail")
# snippet() wraps each hit in these control characters, so a page can escape the text
# first and only then turn them into <mark> tags.
MARK_START, MARK_END = "\x02", "\x03"

STATE = """coalesce((SELECT s.state FROM claim_states s WHERE s.claim_id = c.id ORDER BY s.id DESC LIMIT 1),
                      'unreviewed')"""
# Not correlated, so SQLite builds the set of claims once per query, not once per claim.
_IN_FINDING = """{claim} IN (SELECT fc.claim_id FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id
                             WHERE f.status = {status})"""
_WORST = """(SELECT CASE min(CASE f.status WHEN 'fail' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END)
                    WHEN 0 THEN 'fail' WHEN 1 THEN 'warn' WHEN 2 THEN 'pass' END
             FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id WHERE fc.claim_id = c.id)"""
REQUIRED = "c.removed = 0 AND c.kind NOT IN (SELECT value FROM json_each(:optional))"

# Claims with their place in the queue: tier 0 for a failed check, 1 for a warning, 2
# for neither, since a wrong figure is likeliest where a check failed; mine 0 when the
# article is assigned to :assignee.
_RANKED = f"""
    SELECT c.*, {STATE} AS state,
        CASE WHEN {_IN_FINDING.format(claim="c.id", status="'fail'")} THEN 0
             WHEN {_IN_FINDING.format(claim="c.id", status="'warn'")} THEN 1 ELSE 2 END AS tier,
        CASE WHEN a.assignee = :assignee THEN 0 ELSE 1 END AS mine
    FROM claims c JOIN articles a ON a.id = c.article_id"""
_KEY = "tier, mine, article_id, position"

_LISTED = f"""
    SELECT c.id, c.article_id, a.title, a.assignee, c.text, c.sentence, c.kind, c.unit, c.subject,
        {STATE} AS state, v.label, v.reviewer, {_WORST} AS worst
    FROM claims c JOIN articles a ON a.id = c.article_id
    LEFT JOIN verdicts v ON v.claim_id = c.id
        AND v.version = (SELECT max(version) FROM verdicts WHERE claim_id = c.id)
    WHERE c.removed = 0"""
# One condition per filter, on the columns of _LISTED; each takes its value as :name.
QUEUE_FILTERS = {
    "state": "claim.state = :state",
    "label": "claim.label = :label",
    "reviewer": "claim.reviewer = :reviewer",
    "article": "claim.article_id = :article",
    "kind": "claim.kind = :kind",
    "finding": _IN_FINDING.format(claim="claim.id", status=":finding"),
    "assignee": "claim.assignee = :assignee",
    "q": "claim.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q)",
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
    """The first unreviewed claim after `after_claim_id` in the queue order, wrapping
    round to the start, and never that claim itself; the row has its `state`, `tier` and `mine`.

    Moving on from where the reviewer is, rather than from the top, keeps two claims a
    reviewer passes over without a verdict from handing the turn back and forth."""
    # With no claim to start after, the comparison is NULL for every row and orders nothing.
    rows = list(db.query(f"""
        SELECT * FROM ({_RANKED}) c
        WHERE {REQUIRED} AND c.state = 'unreviewed' AND c.id IS NOT :after
            AND (:article IS NULL OR c.article_id = :article)
        ORDER BY ({_KEY}) <= (SELECT {_KEY} FROM ({_RANKED}) WHERE id = :after), {_KEY}
        LIMIT 1""", {"optional": json.dumps(OPTIONAL_KINDS), "assignee": assignee, "article": article_id,
                     "after": after_claim_id}))
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
    conditions = ["claim.id > :after"] + [QUEUE_FILTERS[name] for name in params]
    return list(db.query(f"""
        SELECT * FROM ({_LISTED}) claim WHERE {' AND '.join(conditions)}
        ORDER BY claim.id LIMIT :limit""", params | {"after": after or 0, "limit": limit}))


def search(db: sqlite_utils.Database, q: str, limit: int = 20) -> dict:
    """Articles and claims matching every word of `q`, best first; an article's
    `snippet` marks its hits with MARK_START and MARK_END."""
    match = fts_query(q)
    if not match:
        return {"articles": [], "claims": []}
    articles = db.query("""
        SELECT a.id, a.title, snippet(articles_fts, 1, :start, :end, '…', 12) AS snippet
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH :match ORDER BY articles_fts.rank LIMIT :limit""",
                        {"start": MARK_START, "end": MARK_END, "match": match, "limit": limit})
    claims = db.query("""
        SELECT c.id, c.article_id, a.title, c.text, c.sentence
        FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
        WHERE claims_fts MATCH :match AND c.removed = 0 ORDER BY claims_fts.rank LIMIT :limit""",
                      {"match": match, "limit": limit})
    return {"articles": list(articles), "claims": list(claims)}


def article_progress(db: sqlite_utils.Database, article_id: int) -> dict:
    """How far review of an article has got, counting only the claims the queue asks for."""
    row = db.execute(f"""
        SELECT coalesce(sum(state IN ('reviewed', 'published')), 0), count(*) FROM (
            SELECT {STATE} AS state FROM claims c WHERE c.article_id = :article AND {REQUIRED})""",
                     {"article": article_id, "optional": json.dumps(OPTIONAL_KINDS)}).fetchone()
    return {"reviewed": row[0], "total": row[1]}


def assign_article(db: sqlite_utils.Database, article_id: int, assignee: str | None) -> None:
    """Give an article to a reviewer, whose queue then offers its claims first; None unassigns."""
    with transaction(db):
        db.execute("UPDATE articles SET assignee = ? WHERE id = ?", [assignee, article_id])
