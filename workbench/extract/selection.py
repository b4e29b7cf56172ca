"""A figure a reviewer selected in the text because extraction missed it.

The selection is read the way extraction reads any figure, so it gets the same value,
bounds, unit and hedge: first in its own sentence (where the context gives the unit
and subject), and if the sentence-level guards still pass it over (a number inside a
name, say), from the selected words alone.
"""

from __future__ import annotations

from dataclasses import replace

from .claim import Claim, Span
from .pipeline import extract_claims
from .sentences import split_sentences

MAX_SELECTION = 120


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    for first, last in split_sentences(text):
        if first <= start and end <= last:
            return first, last
    return start, end


def _shifted(claim: Claim, offset: int, sentence: str, sentence_start: int) -> Claim:
    span = Span(claim.span.start + offset, claim.span.end + offset, claim.span.text)
    return replace(claim, span=span, sentence=sentence, sentence_start=sentence_start, part_of=None)


def typed_claim(text: str, start: int, end: int, value: int | float, kind: str, unit: str | None) -> Claim:
    """A selection extraction cannot read ('a decade', 'twice', 'a few hundred') as the figure
    the reviewer says it is, in its sentence like any other."""
    first, last = _sentence_around(text, start, end)
    return Claim(Span(start, end, text[start:end]), text[first:last], value, value, value, kind, unit=unit,
                 sentence_start=first)


def read_selection(text: str, start: int, end: int) -> Claim | None:
    """The one figure text[start:end] states, or None when it states none or several."""
    if not (0 <= start < end <= len(text)) or end - start > MAX_SELECTION:
        return None
    first, last = _sentence_around(text, start, end)
    sentence = text[first:last]
    covered = [c for c in extract_claims(sentence)
               if first + c.span.start >= start and first + c.span.end <= end]
    if len(covered) == 1:
        return _shifted(covered[0], first, sentence, first)
    alone = extract_claims(text[start:end])
    if len(alone) == 1:
        return _shifted(alone[0], start, sentence, first)
    return None
