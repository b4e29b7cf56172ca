"""'Thousands of fighters' against the exact figure the article gives for them.

A vague word is compared with the article's aggregate figures (a stated total, or
a whole with parts), choosing the one whose sentence shares the most content words
with the vague word's sentence ('returned home' ~ 'have returned to 33 countries').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract import Claim
from ..extract.lexicon import NOUN_STOPS
from .finding import Finding, fmt
from .groups import is_vague, parts_by_whole, place_total


@lru_cache(maxsize=1024)
def content_words(sentence: str) -> frozenset[str]:
    """Lowercased words that carry meaning, crudely stemmed ('returned' -> 'return').

    Cached: rules compare every pair of figures' sentences, and sentences repeat."""
    return frozenset(
        re.sub(r"(?:ing|ed|es|s)$", "", word) or word
        for word in re.findall(r"[A-Za-z]{3,}", sentence.lower()) if word not in NOUN_STOPS
    )


def _aggregates(claims: list[Claim]) -> list[int]:
    total = place_total(claims)
    found = set(parts_by_whole(claims))
    if total is not None:
        found.add(total)
    return sorted(found)


def vague_matches_exact(claims: list[Claim]) -> list[Finding]:
    aggregates = _aggregates(claims)
    total = place_total(claims)
    findings = []
    for index, claim in enumerate(claims):
        if not is_vague(claim):
            continue
        words = content_words(claim.sentence)
        scored = [
            (len(words & content_words(claims[i].sentence)), claims[i].unit == claim.unit, -i, i)
            for i in aggregates
            if claims[i].kind == claim.kind and not is_vague(claims[i])
            and (i == total or (claim.unit is not None and claims[i].unit == claim.unit))
        ]
        best = max(scored, default=None)
        if best is None or best[0] == 0:
            continue
        exact = claims[best[3]]
        fits = claim.low <= exact.value <= claim.high
        relation = "agrees with" if fits else "does not agree with"
        explanation = (
            f"'{claim.span.text}' ({fmt(claim.low)}..{fmt(claim.high)}) {relation} "
            f"{exact.span.text}{f' ({exact.unit})' if exact.unit else ''}"
        )
        findings.append(Finding("vague-matches-exact", [index, best[3]], "pass" if fits else "fail", explanation))
    return findings
