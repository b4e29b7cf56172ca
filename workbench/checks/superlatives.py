"""'Turkey had the largest contingent with 900': is it larger than the other figures?"""

from __future__ import annotations

from ..extract import Claim
from .finding import Finding, fmt, label
from .groups import is_vague, place_total, subject_breakdown

LARGEST = ("largest", "biggest", "highest")
SMALLEST = ("smallest", "lowest", "fewest")


def _peers(claims: list[Claim], index: int, breakdown: list[int]) -> list[int]:
    """Figures it is ranked against: its breakdown, else those of its sentence of the same kind and unit."""
    if index in breakdown:
        return [i for i in breakdown if i != index]
    claim = claims[index]
    return [
        i for i, c in enumerate(claims)
        if i != index and c.sentence_start == claim.sentence_start and c.kind == claim.kind
        and c.unit == claim.unit and not is_vague(c)
    ]


def superlative_ranks(claims: list[Claim]) -> list[Finding]:
    breakdown = subject_breakdown(claims, place_total(claims))
    findings = []
    for index, claim in enumerate(claims):
        if claim.qualifier not in LARGEST + SMALLEST:
            continue
        peers = _peers(claims, index, breakdown)
        if not peers:
            continue
        largest = claim.qualifier in LARGEST
        beaten = [i for i in peers if (claims[i].value > claim.value if largest else claims[i].value < claim.value)]
        relation = ">" if largest else "<"
        if beaten:
            status = "fail"
            others = ", ".join(label(claims[i]) for i in beaten)
            explanation = f"{label(claim)} is called the {claim.qualifier}, but {others} {'is' if len(beaten) == 1 else 'are'} {'larger' if largest else 'smaller'}"
        else:
            ties = [i for i in peers if claims[i].value == claim.value]
            status = "warn" if ties else "pass"
            others = ", ".join(label(claims[i]) for i in peers)
            explanation = f"{label(claim)} is the {claim.qualifier}: {fmt(claim.value)} {relation} {others}"
        findings.append(Finding("superlative", [index, *peers], status, explanation))
    return findings
