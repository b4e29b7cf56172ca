"""Checks a reviewer builds by hand: picked claims, a relation, and for some a percentage.

They are evaluated with the same intervals as the automatic rules (precision.py), and
re-evaluated whenever the article's findings are, so they follow corrected figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..extract import Claim
from .finding import Finding, compare_sum, fmt, sum_line
from .precision import interval, in_style, overlap, scaled

RELATIONS = {
    "sum-equals": "the first figures add up to the last",
    "sum-at-most": "the first figures add up to at most the last",
    "at-most": "the first is at most the second",
    "percent-of": "the first is p% of the second",
    "change": "the first changed by p% to the second",
    "same": "the figures state one quantity",
}
NEEDS_PERCENT = ("percent-of", "change")


@dataclass
class ManualCheck:
    relation: str
    claims: list[int]  # indices into the article's claim list, in the order the reviewer gave
    percent: float | None = None  # finite: the form's number parser (parsing.decimal) refuses nan and inf


def problems(check: ManualCheck) -> list[str]:
    """What is wrong with a check as submitted, in words for the reviewer."""
    found = []
    if check.relation not in RELATIONS:
        found.append("Choose a relation.")
    if len(check.claims) < 2:
        found.append("Pick at least two figures.")
    if check.relation in ("at-most", "percent-of", "change") and len(check.claims) != 2:
        found.append("This relation takes exactly two figures.")
    if check.relation in NEEDS_PERCENT and check.percent is None:
        found.append("Give the percentage.")
    return found


def evaluate(check: ManualCheck, claims: list[Claim]) -> Finding:
    """The finding the check gives on the article's current claims."""
    picked = [claims[i] for i in check.claims]
    if check.relation == "same":
        bounds = [interval(c) for c in picked]
        status = "pass" if max(low for low, _ in bounds) <= min(high for _, high in bounds) else "fail"
        stated = (" = " if status == "pass" else " against ").join(c.span.text for c in picked)
        return Finding(check.relation, check.claims, status, f"{stated} - {status}", origin="reviewer")
    if check.relation in ("sum-equals", "sum-at-most"):
        parts, whole = picked[:-1], picked[-1]
        status, total = compare_sum(parts, whole)
        explanation = sum_line(parts, whole, total)
        if check.relation == "sum-equals":
            low, high = sum(interval(c)[0] for c in parts), sum(interval(c)[1] for c in parts)
            status = "pass" if overlap((low, high), interval(whole)) else "fail"
            explanation = f"{' + '.join(c.span.text for c in parts)} = {in_style(total, whole)}; stated {whole.span.text}"
        return Finding(check.relation, check.claims, status, f"{explanation} - {status}", origin="reviewer")
    first, second = picked
    if check.relation == "at-most":
        (a_low, a_high), (b_low, b_high) = interval(first), interval(second)
        status = "pass" if a_high <= b_low else ("fail" if a_low > b_high else "warn")
        relation = "<=" if first.value <= second.value else ">"
        explanation = f"{first.span.text} {relation} {second.span.text} - {status}"
        return Finding(check.relation, check.claims, status, explanation, origin="reviewer")
    rate = check.percent / 100
    half = _half_unit(check.percent) / 100
    if check.relation == "percent-of":
        implied = scaled(interval(second), (rate - half, rate + half))
        central, stated, said = second.value * rate, first, f"{fmt(check.percent)}% of {second.span.text}"
    else:
        implied = scaled(interval(first), (1 + rate - half, 1 + rate + half))
        central, stated, said = first.value * (1 + rate), second, f"{fmt(check.percent)}% change from {first.span.text}"
    status = "pass" if overlap(implied, interval(stated)) else "fail"
    explanation = f"{said} gives {in_style(central, stated)}; stated {stated.span.text} - {status}"
    return Finding(check.relation, check.claims, status, explanation, origin="reviewer")


def _half_unit(percent: float) -> float:
    """The percentage's own rounding, as the article wrote it and the reviewer copied it:
    24 is 23.5 to 24.5, 2.5 is 2.45 to 2.55."""
    exponent = Decimal(repr(percent)).normalize().as_tuple().exponent
    return 0.5 * 10 ** min(int(exponent), 0)
