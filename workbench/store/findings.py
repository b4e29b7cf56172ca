"""Findings: a rule's verdict on a set of claims, with the claims it relates."""

from __future__ import annotations

import json

import sqlite_utils

from ..checks import Finding
from .connection import marks, transaction, utc_now
from .migrations import WORST


def insert_findings(
    db: sqlite_utils.Database, article_id: int, claim_ids: list[list[int]], findings: list[Finding],
    also: set[int] = frozenset(), finding_ids: list[int | None] | None = None,
) -> None:
    """Insert findings whose claims are given as ids (inside the caller's transaction), with
    `finding_ids` or new ones, and refresh `worst` on their claims and on `also` (claims
    that lost findings)."""
    for n, (ids, finding) in enumerate(zip(claim_ids, findings)):
        finding_id = db.execute(
            "INSERT INTO findings (id, article_id, rule, status, explanation, origin) VALUES (?, ?, ?, ?, ?, ?)",
            [finding_ids[n] if finding_ids else None, article_id, finding.rule, finding.status, finding.explanation,
             finding.origin]).lastrowid
        db.conn.executemany("INSERT INTO finding_claims (finding_id, claim_id, position) VALUES (?, ?, ?)",
                            [(finding_id, claim_id, n) for n, claim_id in enumerate(ids)])
    refresh_worst(db, {claim_id for ids in claim_ids for claim_id in ids} | also)


def refresh_worst(db: sqlite_utils.Database, claim_ids: set[int]) -> None:
    """Set each claim's `worst` (the worst status of its findings) after findings changed."""
    ids = sorted(claim_ids)
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        db.execute(f"UPDATE claims SET worst = {WORST} WHERE id IN ({marks(chunk)})", chunk)  # nosec B608


def replace_findings(
    db: sqlite_utils.Database, article_id: int, claim_ids: list[list[int]], findings: list[Finding]
) -> None:
    """Swap an article's findings for freshly evaluated ones, the rules' and the reviewers'."""
    with transaction(db):
        # Findings linking this article with another may belong to either: go with both.
        doomed = """SELECT id FROM findings WHERE article_id = :article UNION
                    SELECT fc.finding_id FROM finding_claims fc JOIN claims c ON c.id = fc.claim_id
                    WHERE c.article_id = :article"""
        touched = {row[0] for row in db.execute(
            f"SELECT claim_id FROM finding_claims WHERE finding_id IN ({doomed})", {"article": article_id})}  # nosec B608
        db.execute(f"DELETE FROM findings WHERE id IN ({doomed})", {"article": article_id})  # nosec B608
        insert_findings(db, article_id, claim_ids, findings, also=touched)


class CheckEnded(Exception):
    """The reviewer's check was deleted or edited since the page showed it."""


def add_reviewer_check(
    db: sqlite_utils.Database, article_id: int, relation: str, claim_ids: list[int],
    percent: float | None, reviewer: str, finding: Finding, replaces: int | None = None,
) -> int:
    """Keep a reviewer's check and the finding it gives now, together; an edit (`replaces`)
    ends the check it replaces in the same transaction. The caller re-runs the article's
    checks after an edit, which drops the replaced check's finding."""
    with transaction(db):
        at = utc_now()
        if replaces is not None:
            _end(db, article_id, replaces, reviewer, at, edited=True)
        check_id = db["reviewer_checks"].insert({
            "article_id": article_id, "relation": relation, "claims": json.dumps(claim_ids),
            "percent": percent, "reviewer": reviewer, "at": at,
        }).last_pk
        insert_findings(db, article_id, [claim_ids], [finding])
    return check_id


def end_reviewer_check(db: sqlite_utils.Database, article_id: int, check_id: int, reviewer: str) -> None:
    """Delete a reviewer's check: it stops counting, and stays in the history."""
    with transaction(db):
        _end(db, article_id, check_id, reviewer, utc_now(), edited=False)


def _end(db: sqlite_utils.Database, article_id: int, check_id: int, reviewer: str, at: str, edited: bool) -> None:
    ended = db.execute("""
        UPDATE reviewer_checks SET ended_by = ?, ended_at = ?, edited = ?
        WHERE id = ? AND article_id = ? AND ended_at IS NULL""", [reviewer, at, int(edited), check_id, article_id])
    if ended.rowcount != 1:
        raise CheckEnded(check_id)


def reviewer_checks(db: sqlite_utils.Database, article_id: int, ended: bool = False) -> list[dict]:
    """The article's reviewer-built checks, oldest first: those that count, or with `ended`
    the deleted and edited ones too, for the history."""
    rows = list(db.query(f"""
        SELECT * FROM reviewer_checks WHERE article_id = ? {'' if ended else 'AND ended_at IS NULL'}
        ORDER BY id""", [article_id]))  # nosec B608
    for row in rows:
        row["claims"] = json.loads(row["claims"])
    return rows


def article_findings(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    """The article's findings, with those of other articles that involve its claims.

    Each finding's `elsewhere` maps the ids of its claims from other articles to
    their text, article id and article title."""
    return findings_by_article(db, article_id).get(article_id, [])


FINDING_COLUMNS = ("id", "article_id", "rule", "status", "explanation", "origin")


def findings_by_article(db: sqlite_utils.Database, *article_ids: int, elsewhere: bool = True) -> dict[int, list[dict]]:
    """article_findings for each of these articles, all at one reading; without `elsewhere`
    (the export has no use for it) the other articles' claims are not looked up.

    One query, read as tuples: an export reads hundreds of thousands of these links."""
    in_articles = marks(article_ids)
    links = db.execute(f"""
        WITH related AS (
            SELECT id FROM findings WHERE article_id IN ({in_articles})
            UNION SELECT fc.finding_id FROM finding_claims fc JOIN claims c ON c.id = fc.claim_id
            WHERE c.article_id IN ({in_articles}))
        SELECT {', '.join('f.' + column for column in FINDING_COLUMNS)}, fc.claim_id, c.article_id
        FROM findings f JOIN finding_claims fc ON fc.finding_id = f.id JOIN claims c ON c.id = fc.claim_id
        WHERE f.id IN related ORDER BY f.id, fc.position""", article_ids * 2).fetchall()  # nosec B608
    wanted = set(article_ids)
    findings: dict[int, tuple[dict, list[tuple[int, int]]]] = {}
    for *columns, claim_id, claim_article in links:
        finding = findings.get(columns[0])
        if finding is None:
            finding = findings[columns[0]] = (dict(zip(FINDING_COLUMNS, columns)), [])
        finding[1].append((claim_id, claim_article))
    named = {c for _, pairs in findings.values() for c, a in pairs if len(wanted) > 1 or a not in wanted}
    others = _claims_elsewhere(db, named) if elsewhere else {}
    found: dict[int, list[dict]] = {}
    for row, pairs in findings.values():
        row["claims"] = [claim_id for claim_id, _ in pairs]
        owners = {a for _, a in pairs if a in wanted} | ({row["article_id"]} & wanted)
        for article_id in sorted(owners):
            found.setdefault(article_id, []).append(row | {"elsewhere": {
                claim_id: others[claim_id] for claim_id, a in pairs if a != article_id and claim_id in others}})
    return found


def _claims_elsewhere(db: sqlite_utils.Database, claim_ids: set[int]) -> dict[int, dict]:
    """Text, article and article title of other articles' claims a finding names."""
    if not claim_ids:
        return {}
    return {claim_id: {"text": text, "article_id": article_id, "title": title} for claim_id, text, article_id, title in db.execute(f"""
        SELECT c.id, c.text, c.article_id, a.title FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.id IN ({marks(claim_ids)})""", sorted(claim_ids))}  # nosec B608
