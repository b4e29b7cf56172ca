"""Differences recomputed: 'up 200 to 1,500 from 1,300', '£35bn - £2.5bn less than the
£37.5bn predicted'. The stated difference must be what the figures it links differ by,
within the precision each is stated to.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .clauses import AMOUNTS, before, by_sentence, one_clause
from .finding import Finding
from .pairs import FALL, stated_changes
from .precision import in_style, interval, subtracted, verdict

THAN_AFTER = re.compile(r"\s+(less|more|lower|higher|fewer|below|above|under|over)\s+(?:than\s+)?(?:the\s+|a\s+)?", re.I)
DIFFERENCE_CUE = re.compile(r"\b(?:up|down|by|rose|fell|gained|lost|increase\s+of|decrease\s+of)\s+$", re.IGNORECASE)


def differences(claims: list[Claim]) -> list[Finding]:
    """'up 200 to 1,500 from 1,300': new - old must be the stated difference."""
    findings = []
    for indices, old, new in stated_changes(claims):
        for i in indices:
            claim = claims[i]
            same_quantity = (claim.kind, claim.unit) == (claims[new].kind, claims[new].unit) or (
                claim.kind == claims[new].kind == "percent" and claim.unit == "pp")  # points between rates
            if i in (old, new) or not same_quantity or not DIFFERENCE_CUE.search(before(claim, 20)) \
                    or not one_clause(claims, i, old, new):
                continue
            sign = -1 if FALL.search(before(claim, 20)) else 1
            stated = interval(claim)
            implied = subtracted(interval(claims[new]), interval(claims[old]))
            if sign < 0:
                implied = (-implied[1], -implied[0])
            status = verdict(implied, stated)
            explanation = (f"{claims[new].span.text} - {claims[old].span.text} = "
                           f"{in_style(abs(claims[new].value - claims[old].value), claim)}; "
                           f"stated {claim.span.text} - {status}")
            findings.append(Finding("difference", [i, new, old], status, explanation))
            break
    return findings


def compared_differences(claims: list[Claim]) -> list[Finding]:
    """'£35bn - £2.5bn less than the £37.5bn predicted': A = B - D (or + D for 'more than')."""
    findings = []
    for indices in by_sentence(claims).values():
        for at, difference in enumerate(indices):
            d = claims[difference]
            if d.kind not in AMOUNTS or at == 0 or at + 1 >= len(indices):
                continue
            end = d.span.end - d.sentence_start
            comparison = THAN_AFTER.match(d.sentence, end)
            reference, stated = indices[at + 1], indices[at - 1]
            if not comparison or not all((claims[i].kind, claims[i].unit) == (d.kind, d.unit) for i in (reference, stated)):
                continue
            if claims[reference].span.start - d.sentence_start > end + comparison.end() - comparison.start() + 12:
                continue  # the compared figure must follow 'less than' at once
            sign = -1 if comparison.group(1).lower() in ("less", "lower", "below", "fewer", "under") else 1
            implied = subtracted(interval(claims[reference]), interval(d)) if sign < 0 else \
                tuple(a + b for a, b in zip(interval(claims[reference]), interval(d)))
            status = verdict(implied, interval(claims[stated]))
            central = claims[reference].value + sign * d.value
            explanation = (f"{claims[reference].span.text} {'-' if sign < 0 else '+'} {d.span.text} = "
                           f"{in_style(central, claims[stated])}; stated {claims[stated].span.text} - {status}")
            findings.append(Finding("difference", [difference, stated, reference], status, explanation))
    return findings
