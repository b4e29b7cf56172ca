"""Where figures sit in their sentence: grouped by sentence, the words before them, and
whether they belong to one clause. Rules that read a relation within a sentence share these."""

from __future__ import annotations

import re

from ..extract import Claim
from ..extract.clauses import words_back
from .lexicon import CLAUSE_BREAK

AMOUNTS = ("count", "money", "measure")
ASIDE = re.compile(r"\([^()]*\)")  # '537m euros ($701m; £371m)': a semicolon in brackets ends nothing


COMPARED_BEFORE = re.compile(r"\b(?:from|than)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


def compared(claim: Claim) -> bool:
    """An old or compared value ('up from 440,000', 'higher than the 2m'), not a level."""
    return bool(COMPARED_BEFORE.search(before_hedge(claim)))


def before_hedge(claim: Claim, length: int = 40) -> str:
    """The text before the figure and its own hedge."""
    end = hedge_start(claim)
    return claim.sentence[max(0, end - length):end]


def hedge_start(claim: Claim) -> int:
    """Where the figure's own hedge begins in its sentence: in 'more than 450 mln' the 'than'
    belongs to the figure, which extraction has read, and says nothing of what came before."""
    offset = claim.span.start - claim.sentence_start
    if not claim.qualifier:
        return offset
    hedge = re.compile(rf"\b{re.escape(claim.qualifier)}\s*$", re.IGNORECASE).search(
        claim.sentence, words_back(claim.sentence, offset, len(claim.qualifier.split())), offset)
    return hedge.start() if hedge else offset


def by_sentence(claims: list[Claim]) -> dict[int, list[int]]:
    sentences: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        sentences.setdefault(claim.sentence_start, []).append(i)
    return sentences


def before(claim: Claim, length: int = 40) -> str:
    offset = claim.span.start - claim.sentence_start
    return claim.sentence[max(0, offset - length):offset]


def one_clause(claims: list[Claim], *indices: int) -> bool:
    """No 'while', 'but' or semicolon between the figures: they belong to one statement."""
    first = min(claims[i].span.start for i in indices) - claims[indices[0]].sentence_start
    last = max(claims[i].span.end for i in indices) - claims[indices[0]].sentence_start
    between = ASIDE.sub(lambda m: " " * len(m.group()), claims[indices[0]].sentence[first:last])
    return not CLAUSE_BREAK.search(between)
