"""Differences recomputed: 'up 200 to 1,500 from 1,300', '£35bn - £2.5bn less than the
£37.5bn predicted'. The stated difference must be what the figures it links differ by,
within the precision each is stated to.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .clauses import AMOUNTS, before, by_sentence, one_clause
from .finding import Finding
from .precision import absolute, in_style, interval, subtracted, verdict

THAN_AFTER = re.compile(r"\s+(less|more|lower|higher|fewer|below|above|under|over)\s+(?:than\s+)?(?:the\s+|a\s+)?", re.I)
MARGIN_BEFORE = re.compile(r"\b(?:majority|margin|lead)\s+of\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
CHANGE_NOUN_FROM = re.compile(r"\s+(?:improvement|increase|rise|gain|decline|drop|fall|deterioration|reduction)"
                              r"\s+(?:from|on|over)\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
APPOSED = re.compile(r"\s*(?:[-–,(]|,?\s+or)\s*(?:some\s+|about\s+|nearly\s+)?")
BESIDE = 30  # how far from a change's figures its stated difference may stand
DIFFERENCE_CUE = re.compile(
    r"\b(?:up|down|by|rose|fell|gained|lost|increase\s+of|decrease\s+of)\s+(?:only\s+|just\s+|some\s+|about\s+)?$",
    re.IGNORECASE)


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
            if not APPOSED.fullmatch(d.sentence, claims[stated].span.end - d.sentence_start, d.span.start - d.sentence_start):
                continue  # '£35bn - £2.5bn less than': the difference is set beside the figure it explains
            sign = -1 if comparison.group(1).lower() in ("less", "lower", "below", "fewer", "under") else 1
            implied = subtracted(interval(claims[reference]), interval(d)) if sign < 0 else \
                tuple(a + b for a, b in zip(interval(claims[reference]), interval(d)))
            status = verdict(implied, interval(claims[stated]))
            central = claims[reference].value + sign * d.value
            explanation = (f"{claims[reference].span.text} {'-' if sign < 0 else '+'} {d.span.text} = "
                           f"{in_style(central, claims[stated])}; stated {claims[stated].span.text} - {status}")
            findings.append(Finding("difference", [difference, stated, reference], status, explanation))
    return findings


def margins(claims: list[Claim]) -> list[Finding]:
    """'won with 20,645 votes, compared to 14,738 for the Liberal Democrat, giving a majority of
    5,907': the margin is the first figure less the second; 'a $697m improvement from $153m' after
    '$850m': the change is the new figure less the old."""
    findings = []
    for indices in by_sentence(claims).values():
        seen: dict[tuple, list[int]] = {}  # the sentence's figures so far, by kind and unit
        counts: list[int] = []  # and all its counts
        for at, margin in enumerate(indices):
            claim = claims[margin]
            earlier = counts if claim.kind == "count" and claim.unit in (None, "vote") else seen.get((claim.kind, claim.unit), [])
            alike = earlier[-2:]  # the two nearest are all the rule reads
            seen.setdefault((claim.kind, claim.unit), []).append(margin)
            if claim.kind == "count":
                counts.append(margin)
            if claim.kind not in AMOUNTS:
                continue
            if MARGIN_BEFORE.search(before(claim, 30)) and len(alike) >= 2:
                first, second = alike[-2], alike[-1]
            elif alike and at + 1 < len(indices) and (claims[indices[at + 1]].kind, claims[indices[at + 1]].unit) \
                    == (claim.kind, claim.unit) and CHANGE_NOUN_FROM.fullmatch(
                        claim.sentence, claim.span.end - claim.sentence_start,
                        claims[indices[at + 1]].span.start - claim.sentence_start):
                first, second = alike[-1], indices[at + 1]
            else:
                continue
            findings.append(_difference(claims, margin, first, second))
    return findings


def _difference(claims: list[Claim], stated: int, first: int, second: int) -> Finding:
    """The stated difference against how far apart the two figures are; which way they went
    is the change rule's to judge."""
    implied = absolute(subtracted(interval(claims[first]), interval(claims[second])))
    status = verdict(implied, interval(claims[stated]))
    explanation = (f"{claims[first].span.text} - {claims[second].span.text} = "
                   f"{in_style(abs(claims[first].value - claims[second].value), claims[stated])}; "
                   f"stated {claims[stated].span.text} - {status}")
    return Finding("difference", [stated, first, second], status, explanation)
