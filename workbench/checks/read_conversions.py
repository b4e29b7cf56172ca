"""Conversion frames: a figure restated right after it in another currency, unit or period
('$546m (£290m)', '14bn euros ($18.34bn; £9.6bn)', '10,000ft (3,048m)', '£23,000, or around
£442 a week').

The reader works on the sentence as written, since a bracket of conversions is an aside to
every other frame. A bracket is read only when it holds nothing but the restatements: '(£290m
at today's rates)' or '(up from £290m)' says something else. Two figures are a conversion when
they differ in currency, in unit of measure, or in the period an amount is paid over, and in
nothing the evaluator cannot weigh: the same currency with no period on either side is a
restatement of another kind ('10.2 mln dlrs or 1.10 dlrs a share').
"""

from __future__ import annotations

import re

from ..extract import Claim
from .clauses import hedge_start
from .lexicon import ALTERNATIVES_BEFORE, CONVERSIONS, NOT_CONVERTED_AFTER
from .statement import Frame, Sentence
from .units import convertible, currencies, period

_OPENING = [(row, re.compile(rf"\s*(?:{row.words})", re.IGNORECASE)) for row in CONVERSIONS if not row.listed]
_LISTED = [(row, re.compile(rf"\s*(?:{row.words})", re.IGNORECASE)) for row in CONVERSIONS if row.listed]
_CLOSED = re.compile(r"\s*\)")


def conversions(sentence: Sentence) -> list[Frame]:
    """Each figure of the sentence restated by the one after it, or by each figure of the
    bracket after it."""
    claims = sentence.claims
    ordered = sorted(sentence.indices, key=lambda i: claims[i].span.start)
    frames: list[Frame] = []
    bracket: list[Frame] = []  # the open bracket's restatements of one figure
    for previous, i in zip(ordered, ordered[1:]):
        between = claims[i].sentence[_end(claims[previous]):hedge_start(claims[i])]
        listed = bracket and _matching(_LISTED, between)
        if not listed:
            frames += _closed(claims, bracket)
            bracket = []
        stated = bracket[0].roles["stated"] if listed else previous
        cue = listed or _matching(_OPENING, between)
        if not cue or not _restates(claims[stated], claims[i]) or _other_than_conversion(claims[stated], claims[i]):
            frames += _closed(claims, bracket)
            bracket = []
            continue
        frame = Frame("conversion", roles={"stated": stated, "converted": i}, cue=between.strip())
        if listed or between.lstrip().startswith("("):
            bracket.append(frame)
        else:
            frames.append(frame)
    return frames + _closed(claims, bracket)


def _matching(rows: list, between: str) -> str | None:
    return next((between for _, pattern in rows if pattern.fullmatch(between)), None)


def _closed(claims: list[Claim], bracket: list[Frame]) -> list[Frame]:
    """The bracket's frames if it closes right after its last restatement."""
    if not bracket:
        return []
    last = claims[bracket[-1].roles["converted"]]
    return bracket if _CLOSED.match(last.sentence, _end(last)) else []


def _end(claim: Claim) -> int:
    """Where the figure's words end in its sentence, with the period it is paid over ('£126 a
    week') or the unit a count is of ('a 102-inch (2.6 metre) screen')."""
    end = claim.span.end - claim.sentence_start
    paid = period(claim)
    if paid:
        return end + paid[0].end()
    counted = claim.kind == "count" and claim.unit and re.match(rf"[\s-]*{re.escape(claim.unit)}s?\b", claim.sentence[end:])
    return end + counted.end() if counted else end


def _restates(stated: Claim, restated: Claim) -> bool:
    """Whether the second figure can be the first in another currency, unit or period."""
    if stated.kind == "money" and restated.kind == "money":
        periods = [paid[1] if (paid := period(claim)) else None for claim in (stated, restated)]
        if stated.unit == restated.unit:
            return None not in periods and periods[0] != periods[1]
        return periods[0] == periods[1] and bool(currencies(stated)) and bool(currencies(restated))
    amounts = {stated.kind, restated.kind} <= {"measure", "count"}
    return amounts and convertible(stated.unit, restated.unit) and not any(map(_below_zero, (stated, restated)))


def _other_than_conversion(stated: Claim, restated: Claim) -> bool:
    """A price per item after either figure, or 'either' before the first."""
    priced = any(NOT_CONVERTED_AFTER.match(claim.sentence, _end(claim)) for claim in (stated, restated))
    return priced or bool(ALTERNATIVES_BEFORE.search(stated.sentence[:hedge_start(stated)]))


def _below_zero(claim: Claim) -> bool:
    """'-18C (0F)': extraction reads a figure without its minus sign, so a conversion of one is not weighed."""
    before = claim.sentence[:hedge_start(claim)]
    return bool(re.search(r"(?:^|[\s(])(?:-|−|minus\s+)$", before, re.IGNORECASE))
