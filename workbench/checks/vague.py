"""'Thousands of fighters' against the exact figure the article gives for them.

A vague word is compared with the article's aggregate figures (a stated total, or
a whole with parts), choosing the one whose sentence shares the most content words
with the vague word's sentence ('returned home' ~ 'have returned to 33 countries').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract import Claim
from ..extract.claim import is_vague
from ..extract.lexicon import NOUN_STOPS
from ..extract.numbers import singular
from .finding import Finding, fmt
from .groups import parts_by_whole, place_total
from .precision import interval


# Said loosely, 'thousands' stretches a little past 9,999; twice the range is beyond any reading.
STRETCH = 2
WORDS_AFTER = re.compile(r"\s+(?:of\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)")


@lru_cache(maxsize=1024)
def content_words(sentence: str) -> frozenset[str]:
    """Lowercased words that carry meaning, crudely stemmed ('returned' -> 'return').

    Cached: rules compare every pair of figures' sentences, and sentences repeat."""
    return frozenset(
        re.sub(r"(?:ing|ed|es|s)$", "", word) or word
        for word in re.findall(r"[A-Za-z]{3,}", sentence.lower()) if word not in NOUN_STOPS
    )


def _aggregates(claims: list[Claim]) -> list[int]:
    """The figures that sum a breakdown: the total across places, and wholes of two or more
    parts ('425 of the 850' makes the 850 no aggregate; '$50m which included the $46m' nor)."""
    total = place_total(claims)
    found = {whole for whole, parts in parts_by_whole(claims).items() if len(parts) > 1}
    if total is not None:
        found.add(total)
    return sorted(found)


def vague_matches_exact(claims: list[Claim]) -> list[Finding]:
    total = place_total(claims)
    stated = _exact_aggregates(claims)
    named_alike = _named_alike(claims)
    findings = []
    for index, claim in enumerate(claims):
        if not is_vague(claim) or claim.unit is None:
            continue
        words = content_words(claim.sentence)
        scored = [(len(words & other), True, -i, i) for other, i in stated.get((claim.kind, claim.unit), ())]
        if total is not None and claims[total].kind == claim.kind and not is_vague(claims[total]) \
                and claims[total].unit != claim.unit and claims[total].sentence_start != claim.sentence_start:
            scored.append((len(words & content_words(claims[total].sentence)), False, -total, total))
        best = max(scored, default=None)
        named = named_alike.get((claim.kind, claim.unit, _noun_phrase(claim)))
        if named is not None:
            best = (1, True, -named, named)
        if best is None or best[0] == 0:
            continue
        findings.append(weighed(claims, index, best[3]))
    return findings


def _exact_aggregates(claims: list[Claim]) -> dict[tuple, list[tuple[frozenset[str], int]]]:
    """The aggregates stated exactly, by kind and unit: for each set of content words their
    sentences have, the first such aggregate. A vague word is weighed against each set once, so
    an article repeating one sentence costs no more than one stating it once."""
    found: dict[tuple, dict[frozenset[str], int]] = {}
    for i in _aggregates(claims):
        if not is_vague(claims[i]):
            found.setdefault((claims[i].kind, claims[i].unit), {}).setdefault(content_words(claims[i].sentence), i)
    return {key: list(firsts.items()) for key, firsts in found.items()}


def _named_alike(claims: list[Claim]) -> dict[tuple, int]:
    """Exact figures named in the same several words, the first of each by kind, unit and
    words: 'dozens of domestic flights' and '96 domestic flights'. One word ('people') is too
    common to say it is the same group."""
    found: dict[tuple, int] = {}
    for i, claim in enumerate(claims):
        phrase = None if is_vague(claim) else _noun_phrase(claim)
        if phrase is not None:
            found.setdefault((claim.kind, claim.unit, phrase), i)
    return found


def _noun_phrase(claim: Claim) -> tuple[str, ...] | None:
    """The words after the figure up to its counted noun, when there are two or more."""
    found = WORDS_AFTER.match(claim.sentence, claim.span.end - claim.sentence_start)
    if claim.unit is None or found is None:
        return None
    words = found.group(1).lower().split()
    for n, word in enumerate(words):
        if word == claim.unit or singular(word) == claim.unit:
            return tuple(words[:n + 1]) if n >= 1 else None
    return None


def weighed(claims: list[Claim], vague: int, exact: int) -> Finding:
    """The exact figure against the vague word's range; up to STRETCH times its top is loose wording."""
    word, figure = claims[vague], claims[exact]
    low, high = interval(word)  # a reviewer's correction may leave a bound open
    if low <= figure.value <= high:
        status, relation = "pass", "agrees with"
    elif high < figure.value <= STRETCH * high:
        status, relation = "warn", "is loose for"  # 'thousands of jobs' said of 12,500
    else:
        status, relation = "fail", "does not agree with"
    explanation = (f"'{word.span.text}' ({fmt(word.low)}..{fmt(word.high)}) {relation} "
                   f"{figure.span.text}{f' ({figure.unit})' if figure.unit else ''}")
    return Finding("vague-matches-exact", [vague, exact], status, explanation)
