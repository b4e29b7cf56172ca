"""Restated frames: a fraction and the percentage set beside it for the same share ('less
than a quarter (24%) of firms', 'two-thirds of voters, 68%', 'nearly 1 in 4 shoppers surveyed
(24%)', '19.9% of the population that age, or about 1 in 5 people').

Only figures set side by side are read (lexicon.RESTATING, in the sentence as written, since
the brackets that hold a restatement are what the reader otherwise reads past); a percentage
that is 'of' something or a change ('up 5%') is another figure, unless a fraction of the same
group follows it (lexicon.RESTATING_OF); one written as a fraction ('1/8 pct') is a quote.
"""

from __future__ import annotations

from ..extract import Claim
from .clauses import hedge_start
from .lexicon import PERCENT_OF_OTHER, RESTATING, RESTATING_OF
from .statement import Frame, Sentence


def restated(sentence: Sentence, taken: set[int]) -> list[Frame]:
    """Each fraction of the sentence with the percentage that restates it; `taken` are figures
    other frames hold (a change's rate)."""
    claims, frames = sentence.claims, []
    for first, second in zip(sentence.indices, sentence.indices[1:]):
        kinds = {claims[first].kind, claims[second].kind}
        if kinds != {"ratio", "percent"} or taken & {first, second}:
            continue
        fraction, percent = (first, second) if claims[first].kind == "ratio" else (second, first)
        text = claims[first].sentence
        between = text[claims[first].span.end - sentence.start:hedge_start(claims[second])]
        if not (_is_fraction(claims[fraction]) and claims[percent].unit == "%" and "/" not in claims[percent].span.text):
            continue
        if (RESTATING.match(between) and not PERCENT_OF_OTHER.match(text, claims[percent].span.end - sentence.start)) \
                or (percent == first and RESTATING_OF.match(between)):
            frames.append(Frame("restated", roles={"fraction": fraction, "percent": percent}))
    return frames


def _is_fraction(claim: Claim) -> bool:
    return claim.unit is None and 0 < claim.value < 1
