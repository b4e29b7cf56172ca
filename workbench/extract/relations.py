"""Part-of relations between the claims of one sentence.

'425 of the 850 British jihadists' makes the 425 a part of the 850. A dash,
colon or 'including' after a figure introduces its breakdown: in '425 ... have
travelled to the UK – around 100 are women and 50 children' the 100 and the 50
are parts of the 425.
"""

from __future__ import annotations

import re

from .claim import Claim

OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?", re.IGNORECASE)
BREAKDOWN = re.compile(r"\s[–—-]\s|:\s|\b(?:including|of\s+whom|among\s+them|of\s+which)\b", re.IGNORECASE)
# A figure after these words is a change or comparison, not a member of a breakdown.
NOT_A_PART = re.compile(r"\b(?:from|to|than|by|up|down|with|for|enough|in|at)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
# A breakdown follows its marker at once ('– around 100 are women and 50 children'); a
# figure further on, or far from the previous part, belongs to another thought.
REACH = 20
GAP = 40


def link_parts(sentence: str, claims: list[tuple[int, Claim]], offset: int) -> None:
    """Set part_of (an index into the article's claim list) on the claims of one sentence.

    `claims` pairs each claim's index with the claim; `offset` is where the sentence
    starts in the article text.
    """
    counts = [(i, c) for i, c in claims if c.kind == "count"]
    for (i, part), (j, whole) in zip(counts, counts[1:]):
        between = sentence[part.span.end - offset: whole.span.start - offset]
        if OF_WHOLE.fullmatch(between):
            part.part_of = j
            part.unit = part.unit or whole.unit
    wholes = {c.part_of for _, c in counts if c.part_of is not None}
    marker = BREAKDOWN.search(sentence)
    if not marker:
        return
    before = [(i, c) for i, c in counts if c.span.end - offset <= marker.start() and i not in wholes]
    if not before:
        return
    anchor, whole = before[-1]  # the figure the marker follows
    reach_until = marker.end() + REACH
    for i, claim in counts:
        start = claim.span.start - offset
        if start < marker.end():
            continue
        if start > reach_until:
            break
        # A part names the sub-group it counts ('100 are women'), unlike the whole's.
        sub_group = claim.unit is not None and claim.unit != whole.unit
        if claim.part_of is None and sub_group and not NOT_A_PART.search(sentence, marker.end(), start):
            claim.part_of = anchor
        reach_until = claim.span.end - offset + GAP
