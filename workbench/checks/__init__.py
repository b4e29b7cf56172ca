"""Claims -> findings. Pure: no Flask, no database.

Each rule takes the claims of one article (part_of as an index into that list)
and returns findings whose `claims` are indices into the same list.
"""

from __future__ import annotations

from ..extract import Claim
from .evaluate import frame_findings
from .finding import STATUSES, Finding
from .records import records_beaten
from .repeated import repeated_figures
from .sums import parts_within_total, parts_within_whole
from .superlatives import superlative_ranks
from .vague import vague_matches_exact

RULES = (parts_within_total, parts_within_whole, superlative_ranks, records_beaten, vague_matches_exact, frame_findings,
         repeated_figures)


def run_checks(claims: list[Claim]) -> list[Finding]:
    """Every rule over one article's claims, in rule order; a relation two rules read alike
    ('thousands' against 5,600, by the words they share and as a restatement) is reported once."""
    findings: dict[tuple, Finding] = {}
    for rule in RULES:
        for finding in rule(claims):
            findings.setdefault((finding.rule, frozenset(finding.claims)), finding)
    return list(findings.values())


__all__ = ["RULES", "STATUSES", "Finding", "run_checks"]
