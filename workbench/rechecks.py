"""An article's findings evaluated afresh: the rules', and the checks reviewers built.

Import, `workbench check` and the article page all come here, so a reviewer's check
is re-evaluated whenever the rules are, on the claims as they stand.
"""

from __future__ import annotations

import sqlite_utils

from . import store
from .checks import Finding, run_checks
from .checks.manual import ManualCheck, evaluate


def recheck(db: sqlite_utils.Database, article_id: int) -> list[Finding]:
    rows = store.article_claims(db, article_id)
    claims = store.as_claims(rows)
    index_of = {row["id"]: i for i, row in enumerate(rows)}
    findings = run_checks(claims)
    for check in store.reviewer_checks(db, article_id):
        manual = ManualCheck(check["relation"], [index_of[c] for c in check["claims"]], check["percent"])
        findings.append(evaluate(manual, claims))
    store.replace_findings(db, article_id, [[rows[i]["id"] for i in f.claims] for f in findings], findings)
    return findings
