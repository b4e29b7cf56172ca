"""Bare numbers read at the magnitude of the figure they are set against.

Wire copy writes the magnitude and currency once for a pair: 'fell 12 pct to 18.1 from 20.7
billion marks', 'to 3,061.8 billion francs from 3,304.1'. As written the bare number is
eighteen, and no rule could weigh the change; the checks read it as a reader does, at the
other's scale, when the two are joined by a word of change or comparison
(lexicon.SCALE_SHARED, SCALE_SHARED_FROM) and so read come within SCALE_SHARED_RATIO of each other. The claims
stored are left as written.
"""

from __future__ import annotations

from dataclasses import replace

from ..extract import Claim
from ..extract.numbers import times
from .clauses import by_sentence
from .lexicon import SCALE_SHARED, SCALE_SHARED_FROM, SCALE_SHARED_RATIO
from .precision import magnitude
from .statement import AMOUNTS

MAGNITUDE_WORD = 1000  # 'thousand' and up: a magnitude a writer leaves off the second figure


def shared_scales(claims: list[Claim]) -> list[Claim]:
    """The claims, each bare number set against a scaled one read at that one's scale."""
    read = list(claims)
    for indices in by_sentence(claims).values():
        amounts = [i for i in indices if claims[i].kind in AMOUNTS]
        for a, b in zip(amounts, amounts[1:]):
            first, second = claims[a], claims[b]
            between = first.sentence[first.span.end - first.sentence_start:second.span.start - first.sentence_start]
            if not (SCALE_SHARED.fullmatch(between) or _from_to(first, between)):
                continue
            pair = _bare_and_scaled(claims, a, b)
            if pair:
                bare, scaled = pair
                read[bare] = _at_scale(claims[bare], claims[scaled])
    return read


def _from_to(first: Claim, between: str) -> bool:
    """'from 116 to 217 mln bolivars': a move whose levels share the second's scale."""
    before, to = SCALE_SHARED_FROM
    return bool(to.fullmatch(between) and before.search(first.sentence, 0, first.span.start - first.sentence_start))


def _bare_and_scaled(claims: list[Claim], a: int, b: int) -> tuple[int, int] | None:
    scales = magnitude(claims[a]), magnitude(claims[b])
    if None in scales:
        return None
    if scales[0] == 1 and scales[1] >= MAGNITUDE_WORD:
        bare, scaled = a, b
    elif scales[1] == 1 and scales[0] >= MAGNITUDE_WORD:
        bare, scaled = b, a
    else:
        return None
    plain, other = claims[bare], claims[scaled]
    if plain.kind not in ("count", other.kind) or plain.unit not in (None, other.unit) or not other.value:
        return None
    ratio = plain.value * magnitude(other) / other.value
    return (bare, scaled) if 1 / SCALE_SHARED_RATIO <= abs(ratio) <= SCALE_SHARED_RATIO else None


def _at_scale(bare: Claim, scaled: Claim) -> Claim:
    factor = magnitude(scaled)
    return replace(bare, value=times(bare.value, factor), kind=scaled.kind, unit=scaled.unit,
                   low=None if bare.low is None else times(bare.low, factor),
                   high=None if bare.high is None else times(bare.high, factor))
