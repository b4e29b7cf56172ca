"""A stated total and the parts the text then lists: 'a total of $515m ... made up of $375m
and $140m'. The parts may follow in the next sentences; they must not add up to more.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .finding import FIT, Finding, compare_sum, sum_line
from .precision import interval, overlap

AMOUNTS = ("count", "money", "measure")
TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|totall?ing|totall?ed|the\s+total\s+\w+(?:\s+\w+)?\s+(?:to|of|was|is))\s+$", re.I)
PARTS_CUE = re.compile(
    r"\b(?:made\s+up\s+of|includ(?:es|ing|ed)|of\s+(?:this|that|the)\s+total|of\s+which|of\s+whom|compris\w+|"
    r"consist\w*\s+of|split\s+between|broken\s+down|among\s+them)\b", re.I)
SENTENCES_AFTER = 2
COMPLETE = re.compile(r"made\s+up|compris|consist|split|broken", re.I)


def totals_and_parts(claims: list[Claim]) -> list[Finding]:
    findings = []
    sentence_starts = sorted({c.sentence_start for c in claims})
    for index, total in enumerate(claims):
        offset = total.span.start - total.sentence_start
        if total.kind not in AMOUNTS or not TOTAL_BEFORE.search(total.sentence, max(0, offset - 40), offset):
            continue
        reach = sentence_starts[sentence_starts.index(total.sentence_start):][:SENTENCES_AFTER + 1]
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
    """Figures of the total's kind and unit after a cue word ('made up of', 'includes'), and
    whether the cue says they are all of it."""
    total = claims[total_index]
    parts, complete = [], False
    for i in range(total_index + 1, len(claims)):
        claim = claims[i]
        if claim.sentence_start not in sentences:
            break
        if (claim.kind, claim.unit) != (total.kind, total.unit) or claim.part_of is not None:
            continue
        offset = claim.span.start - claim.sentence_start
        start = total.span.end - claim.sentence_start if claim.sentence_start == total.sentence_start else 0
        cue = PARTS_CUE.search(claim.sentence, max(0, start), offset)
        if cue:
            parts.append(i)
            complete = complete or bool(COMPLETE.match(cue.group()))
    return parts, complete
