"""Findings: a rule's verdict on a set of claims, with the claims it relates."""

from __future__ import annotations

import json

import sqlite_utils

from ..checks import Finding
from .connection import transaction, utc_now


def insert_findings(
    db: sqlite_utils.Database, article_id: int, claim_ids: list[list[int]], findings: list[Finding]
) -> None:
    """Insert findings whose claims are given as ids (inside the caller's transaction)."""
    for ids, finding in zip(claim_ids, findings):
        finding_id = db["findings"].insert({
            "article_id": article_id, "rule": finding.rule, "status": finding.status,
            "explanation": finding.explanation, "origin": finding.origin,
        }).last_pk
        db["finding_claims"].insert_all(
            {"finding_id": finding_id, "claim_id": claim_id, "position": n} for n, claim_id in enumerate(ids)
        )


def replace_findings(
    db: sqlite_utils.Database, article_id: int, claim_ids: list[list[int]], findings: list[Finding]
) -> None:
    """Swap an article's findings for freshly evaluated ones, the rules' and the reviewers'."""
    with transaction(db):
        db.execute("DELETE FROM findings WHERE article_id = ?", [article_id])
        insert_findings(db, article_id, claim_ids, findings)


def add_reviewer_check(
    db: sqlite_utils.Database, article_id: int, relation: str, claim_ids: list[int],
    percent: float | None, reviewer: str, finding: Finding,
) -> None:
    """Keep a reviewer's check and the finding it gives now, together."""
    with transaction(db):
        db["reviewer_checks"].insert({
            "article_id": article_id, "relation": relation, "claims": json.dumps(claim_ids),
            "percent": percent, "reviewer": reviewer, "at": utc_now(),
        })
        insert_findings(db, article_id, [claim_ids], [finding])


def reviewer_checks(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    rows = list(db.query("SELECT * FROM reviewer_checks WHERE article_id = ? ORDER BY id", [article_id]))
    for row in rows:
        row["claims"] = json.loads(row["claims"])
    return rows


def article_findings(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    findings = list(db.query("SELECT * FROM findings WHERE article_id = ? ORDER BY id", [article_id]))
    links = db.query("""
        SELECT fc.finding_id, fc.claim_id FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id
        WHERE f.article_id = ? ORDER BY fc.finding_id, fc.position""", [article_id])
    claims: dict[int, list[int]] = {}
    for link in links:
        claims.setdefault(link["finding_id"], []).append(link["claim_id"])
    for finding in findings:
        finding["claims"] = claims.get(finding["id"], [])
    return findings
