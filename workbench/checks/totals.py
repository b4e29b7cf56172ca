"""A stated total and the parts the text then lists: 'a total of $515m ... made up of $375m
and $140m'. The parts may follow in the next sentences; they must not add up to more.
"""

from __future__ import annotations

import re

from ..extract import Claim
from ..extract.clauses import first_between, words_back
from .clauses import hedge_start
from .finding import FIT, Finding, compare_sum, sum_line
from .precision import interval, overlap

AMOUNTS = ("count", "money", "measure")
TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|totall?ing|totall?ed|in\s+all,?|altogether,?|the\s+total\s+\w+(?:\s+\w+)?\s+(?:to|of|was|is))\s+$", re.I)
TOTAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,3}(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.I)  # '5,600 people in all'
PARTS_CUE = re.compile(
    r"\b(?:made\s+up\s+of|includ(?:es|ing|ed)|of\s+(?:this|that|the)\s+total|of\s+which|of\s+whom|compris\w+|"
    r"consist\w*\s+of|split\s+between|broken\s+down|among\s+them)\b", re.I)
SENTENCES_AFTER = 2
# Right before a figure that is no part: 'from', 'than', 'total' and up to two words, or a bracket.
NOT_A_PART = re.compile(r"(?:\b(?:from|than|total|vs|against)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}|\(\s*)$", re.I)
NOT_A_PART_WORDS = 4  # the most words NOT_A_PART spans
# Anywhere between the cue and a figure: the figure belongs to another period.
OTHER_PERIOD = re.compile(r"\b(?:year-earlier|year-ago|a\s+year\s+earlier|previous\s+year|prior\s+year)\b", re.I)
COMPLETE = re.compile(r"made\s+up|compris|consist|split|broken", re.I)


def totals_and_parts(claims: list[Claim]) -> list[Finding]:
    findings = []
    sentence_starts = sorted({c.sentence_start for c in claims})
    numbered = {start: n for n, start in enumerate(sentence_starts)}
    for index, total in enumerate(claims):
        offset = total.span.start - total.sentence_start
        if total.kind not in AMOUNTS or not (TOTAL_BEFORE.search(total.sentence, max(0, offset - 40), offset)
                                             or TOTAL_AFTER.match(total.sentence, total.span.end - total.sentence_start)):
            continue
        first = numbered[total.sentence_start]
        reach = sentence_starts[first:first + SENTENCES_AFTER + 1]
        parts, complete = _listed_parts(claims, index, set(reach))
        if len(parts) < 2:
            continue
        listed = [claims[i] for i in parts]
        status, summed = compare_sum(listed, total)
        if complete:  # 'made up of': the parts are all of it, so they must add up to it
            low, high = sum(interval(c)[0] for c in listed), sum(interval(c)[1] for c in listed)
            status = "pass" if overlap((low, high), interval(total)) else "fail"
        fit = ("make up" if status == "pass" else "do not make up") if complete else FIT[status]
        explanation = f"{sum_line(listed, total, summed)}: the parts listed {fit} the total - {status}"
        findings.append(Finding("sum", [*parts, index], status, explanation))
    return findings


def _listed_parts(claims: list[Claim], total_index: int, sentences: set[int]) -> tuple[list[int], bool]:
    """Figures of the total's kind and unit after a cue word ('made up of', 'includes'), in
    the first sentence that has one, and whether the cue says they are all of it. Figures
    after 'from', 'than', 'total' or in brackets are old values, thresholds, other totals or
    conversions, not parts; a year-earlier figure belongs to another period."""
    total = claims[total_index]
    parts, complete, listed_in = [], False, None
    for i in range(total_index + 1, len(claims)):
        claim = claims[i]
        if claim.sentence_start not in sentences or (listed_in is not None and claim.sentence_start != listed_in):
            break
        if (claim.kind, claim.unit) != (total.kind, total.unit) or claim.part_of is not None:
            continue
        offset = claim.span.start - claim.sentence_start
        start = total.span.end - claim.sentence_start if claim.sentence_start == total.sentence_start else 0
        cue = first_between(PARTS_CUE, claim.sentence, max(0, start), offset)
        if cue and not _not_a_part(claim, cue.end()):
            parts.append(i)
            listed_in = claim.sentence_start
            complete = complete or bool(COMPLETE.match(cue.group()))
    return parts, complete


def _not_a_part(claim: Claim, cue_end: int) -> bool:
    """NOT_A_PART right before the figure and its hedge, or OTHER_PERIOD after the cue: each
    looked up where it can stand, not searched for from the cue for every figure after it."""
    end = max(cue_end, hedge_start(claim))
    return bool(NOT_A_PART.search(claim.sentence, max(cue_end, words_back(claim.sentence, end, NOT_A_PART_WORDS)), end)
                or first_between(OTHER_PERIOD, claim.sentence, cue_end, end))
