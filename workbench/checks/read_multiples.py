"""Multiple frames: a figure said to be a multiple of the next one of its kind and unit
('2.6 billion shares, more than double the record of 1.1 billion'; '300 tonnes were three
times the 150 tonnes shipped in 1985'; '4,000 doctors, half the 8,000 it had in 1990').

The words are lexicon.MULTIPLES; what may stand before them (a comma or a verb of being, and
a hedge) and after them (a few words of what the second figure is) is MULTIPLE_BEFORE and
MULTIPLE_AFTER, so that a multiple of something else ('twice a day', 'double-digit') makes no
frame. A factor written as a figure ('three times') is the count of times before the words.
A multiple may also be said first and its figures given after a colon or a dash (`evidenced`).
"""

from __future__ import annotations

import re

from ..extract import Claim
from .clauses import hedge_start
from .lexicon import (DENOMINATOR_BEFORE, FACTOR_HEDGES, FRACTION_SPOKEN, MULTIPLE_AFTER, MULTIPLE_BEFORE, MULTIPLE_COMPARED,
                      MULTIPLE_EVIDENCE, MULTIPLE_SAID_FIRST, MULTIPLES, Multiple)
from .precision import DIGITS
from .statement import Frame, Sentence

_MULTIPLES = [(row, re.compile(rf"(?:{row.words})\b(?!-)", re.IGNORECASE)) for row in MULTIPLES]
# Said first, a multiple in figures ('three times as likely') leaves out what it is compared with.
_SAID_FIRST = [(row, pattern) for row, pattern in _MULTIPLES if row.factor is not None] \
    + [(MULTIPLE_SAID_FIRST, re.compile(rf"{MULTIPLE_SAID_FIRST.words}\b", re.IGNORECASE))]


def multiples(sentence: Sentence) -> list[Frame]:
    claims, frames = sentence.claims, []
    figures = [i for i in sentence.figures if not _spoken(claims[i].span.text)  # 'half' is read as a ratio
               and not DENOMINATOR_BEFORE.search(sentence.lead(i))]
    for n, first in enumerate(figures[:-1]):
        counted = claims[figures[n + 1]].kind == "count" and claims[figures[n + 1]].unit == "time"
        if counted and n + 2 >= len(figures):
            continue
        second = figures[n + 2] if counted else figures[n + 1]
        if not _alike(claims[first], claims[second], counted):
            continue
        times = figures[n + 1] if counted else None
        start = sentence.end(_denominator(sentence, first) or first)
        before = sentence.read[start:sentence.at(times) if counted else len(sentence.read)]
        lead = MULTIPLE_BEFORE.fullmatch(before) if counted else MULTIPLE_BEFORE.match(before)
        if lead is None:
            continue
        words_at = sentence.end(times) if counted else start + lead.end()
        between = sentence.read[words_at:hedge_start(claims[second])]
        for row, pattern in _MULTIPLES:
            words = pattern.match(between.lstrip())
            if words is None or (row.factor is None) != counted \
                    or not MULTIPLE_AFTER.fullmatch(between.lstrip()[words.end():]):
                continue
            frames.append(_frame(row, first, second, times, sentence, lead.group("hedge") or ""))
            break
    return frames


def evidenced(sentence: Sentence) -> list[Frame]:
    """A multiple said first, its figures after a colon or a dash (lexicon.MULTIPLE_EVIDENCE):
    'costs twice as much as under her predecessor: £4.8m, against £4.5m in 2019'; a factor in
    figures is the count of times right before the words ('three times as likely: 4.1% ...')."""
    claims, frames = sentence.claims, []
    for row, pattern in _SAID_FIRST:
        for words in pattern.finditer(sentence.read):
            before = [i for i in sentence.figures if sentence.end(i) <= words.start()]
            times = before[-1] if before and claims[before[-1]].unit == "time" else None
            if (row.factor is None) != (times is not None) or (times is not None and sentence.read[sentence.end(times):words.start()].strip()):
                continue
            after = [i for i in sentence.figures if sentence.at(i) >= words.end()]
            if len(after) < 2 or not MULTIPLE_EVIDENCE.fullmatch(sentence.read[words.end():hedge_start(claims[after[0]])]) \
                    or not MULTIPLE_COMPARED.fullmatch(sentence.read[sentence.end(after[0]):hedge_start(claims[after[1]])]) \
                    or not _alike(claims[after[0]], claims[after[1]], False):
                continue
            lead = sentence.read[:sentence.at(times) if times is not None else words.start()]
            hedge = next((match.group() for hedging, _, _ in FACTOR_HEDGES if (match := hedging.search(lead))), "")
            frames.append(_frame(row, after[0], after[1], times, sentence, hedge))
    return frames


def _denominator(sentence: Sentence, i: int) -> int | None:
    n = sentence.number[i] + 1
    following = sentence.figures[n] if n < len(sentence.figures) else None
    return following if following is not None and DENOMINATOR_BEFORE.search(sentence.lead(following)) else None


def _frame(row: Multiple, first: int, second: int, times: int | None, sentence: Sentence, hedge: str) -> Frame:
    """A factor in words ('double', 'three times') holds, with no hedge, to FRACTION_SPOKEN of itself."""
    factor = row.factor if times is None else sentence.claims[times].value
    spoken = times is None or not DIGITS.search(sentence.claims[times].span.text)
    unhedged = (1 - FRACTION_SPOKEN, 1 + FRACTION_SPOKEN) if spoken else (1.0, 1.0)
    reach = next(((low, high) for pattern, low, high in FACTOR_HEDGES if pattern.search(hedge)), unhedged)
    if row.over:
        reach = (reach[0], reach[1] * (factor + 1) / factor)
    roles = {"multiple": first, "base": second} | ({} if times is None else {"times": times})
    return Frame("multiple", roles=roles, cue=row.words, factor=factor, reach=reach, hedge=hedge.strip())


def _spoken(text: str) -> bool:
    return any(row.factor is not None and pattern.fullmatch(text) for row, pattern in _MULTIPLES)


def _alike(first: Claim, second: Claim, counted: bool) -> bool:
    """Of one kind and unit; after 'three times the', a bare '400' is read as counting times too,
    which is the factor's unit, not its own."""
    unit = None if counted and second.unit == "time" else second.unit
    return first.kind == second.kind and (first.unit == unit or None in (first.unit, unit))
