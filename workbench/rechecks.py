"""An article's findings evaluated afresh: the rules', across articles too, and the checks
reviewers built.

Import, `workbench check`, a correction and the article page all come here, so a
reviewer's check is re-evaluated whenever the rules are, on the claims as they stand.
"""

from __future__ import annotations

import sqlite_utils

from . import store
from .checks import Finding
from .checks.manual import ManualCheck, evaluate
from .checks.proposals import Proposal, propose
from .checks.repeated import ACROSS, eligible, quantity_key, repeated_across
from .checks.rules import run_checks
from .extract import Claim


def across_articles(db: sqlite_utils.Database, article_id: int | None, claims: list[Claim],
                    up_to: int | None = None) -> tuple[list[Finding], list[int]]:
    """Findings relating these claims to other articles' figures of the same quantity (those
    with ids up to `up_to`, when given), and the ids of those figures (the findings index
    into claims followed by them)."""
    keys = {quantity_key(c) for c in claims if eligible(c)}
    rows = store.claims_of_quantities(db, keys, article_id, ACROSS, up_to) if keys else []
    return repeated_across(claims, store.as_claims(rows)), [row["id"] for row in rows]


def recheck(db: sqlite_utils.Database, article_id: int) -> list[Finding]:
    with store.transaction(db):
        rows = store.article_claims(db, article_id, removed=False)
        claims = store.as_claims(rows)
        index_of = {row["id"]: i for i, row in enumerate(rows)}
        findings = run_checks(claims)
        for check in store.reviewer_checks(db, article_id):
            if not set(check["claims"]) <= index_of.keys():
                continue  # a figure of it was removed; it counts again if restored
            manual = ManualCheck(check["relation"], [index_of[c] for c in check["claims"]], check["percent"])
            findings.append(evaluate(manual, claims))
        across, others = across_articles(db, article_id, claims)
        ids = [row["id"] for row in rows] + others
        findings += across
        store.replace_findings(db, article_id, [[ids[i] for i in f.claims] for f in findings], findings)
    return findings


def proposals(article: dict, rows: list[dict], findings: list[dict]) -> list[dict]:
    """The checks to offer a reviewer for the article's live figures (rows), none its findings
    already make: each with the ids of its figures, the first ones then the last, as the form
    that builds a check takes them."""
    index_of = {row["id"]: i for i, row in enumerate(rows)}
    checked = [[index_of[c] for c in f["claims"] if c in index_of] for f in findings]
    found = propose(store.as_claims(rows), article["text"], checked)
    return [_offered(number, proposal, rows) for number, proposal in enumerate(found, 1)]


def _offered(number: int, proposal: Proposal, rows: list[dict]) -> dict:
    ids = [rows[i]["id"] for i in proposal.check.claims]
    return {"number": number, "reading": proposal.reading, "relation": proposal.check.relation,
            "first": ids[:-1], "second": ids[-1], "percent": proposal.check.percent, "claims": ids,
            # what the check would weigh; a proposal is no pass until a reviewer accepts it
            "explanation": proposal.finding.explanation.removesuffix(f" - {proposal.finding.status}")}
