"""Place frames: an ordinal place within a group whose size the sentence gives right after it
('15th place in the 20-strong Primera Liga', 'the 12th time in 13 appearances'): the place is
no greater than the group.

The words between are lexicon.PLACE_IN (a word or two of place or occasion, then 'in', 'of',
'out of' or 'among'). A group counted in time is no group of places: 'the third time in two
years' may be so.
"""

from __future__ import annotations

from ..extract.lexicon import DURATION_UNITS
from .clauses import hedge_start
from .lexicon import PLACE_IN
from .statement import Frame, Sentence


def places(sentence: Sentence) -> list[Frame]:
    claims, frames = sentence.claims, []
    for place, group in zip(sentence.indices, sentence.indices[1:]):
        first, second = claims[place], claims[group]
        if first.kind != "ordinal" or second.kind != "count" or second.unit in DURATION_UNITS:
            continue
        between = first.sentence[first.span.end - sentence.start:hedge_start(second)]
        if PLACE_IN.fullmatch(between):
            frames.append(Frame("place", roles={"place": place, "group": group}))
    return frames
