"""Pointed frames: a figure the words before it say was stated before ('458 miles of those
738 miles', 'Of those 192 deaths', 'for that $173 per diem'), set against the figure it points
back to (lexicon.POINTERS).

The figure pointed to is one of the same kind and unit in its own sentence or the two before,
nearest first, both written in digits. One that agrees is taken; otherwise the only one there
is; with two or more and none agreeing, the words do not say which, and the reader stays silent.
"""

from __future__ import annotations

import re

from ..extract import Claim
from ..extract.lexicon import DURATION_UNITS
from .clauses import hedge_start
from .lexicon import POINTERS
from .precision import DIGITS, interval, overlap
from .statement import FIGURES, Frame, Sentence

_POINTING = re.compile(rf"\b(?:{'|'.join(pointer.words for pointer in POINTERS)})\s+$", re.IGNORECASE)
_PARTITIVE = re.compile(rf"\bof\s+(?:{'|'.join(pointer.words for pointer in POINTERS)})\s+$", re.IGNORECASE)
# 'Of those 192 deaths, about 130 ...' restates the 192 and opens on it; with no comma after its
# noun, 'Of those 300 posts will go ...' is a part of the figure before.
_OF_THOSE = re.compile(r"(?:^|[;:]\s*)\s*of\s+(?:those|these)\s+$", re.IGNORECASE)
_NAMED_THEN_COMMA = re.compile(r"(?:\s+[\w'’-]+){1,4}\s*,")
SENTENCES_BACK = 2


def pointed(sentences: list[Sentence], n: int) -> list[Frame]:
    """Each figure of the n-th sentence that points back, with the figure it points to."""
    sentence, frames = sentences[n], []
    for i in sentence.figures:
        claim, pointing = sentence.claims[i], _POINTING.search(sentence.lead(i))
        if claim.unit is None or claim.unit in DURATION_UNITS or pointing is None:
            continue
        if _OF_THOSE.search(sentence.read, 0, hedge_start(claim)) and not _NAMED_THEN_COMMA.match(sentence.trail(i)):
            continue  # 'Of these 372,883, or 68.64%, were in public schools': the part, its comma left out
        own = [j for j in sentence.figures if j < i]
        if own and _PARTITIVE.search(sentence.lead(i)):
            own.pop()  # '458 miles of those 738 miles': a part of the figure, not what it points to
        earlier = own + [j for before in sentences[max(0, n - SENTENCES_BACK):n] for j in before.figures]
        alike = sorted((j for j in earlier if _alike(sentence.claims[j], claim)), reverse=True)
        agreeing = [j for j in alike if overlap(interval(sentence.claims[j]), interval(claim))]
        first = agreeing[0] if agreeing else alike[0] if len(alike) == 1 else None
        if first is not None:
            frames.append(Frame("pointed", roles={"first": first, "second": i}, cue=pointing.group().strip()))
    return frames


def _alike(a: Claim, b: Claim) -> bool:
    """Of one kind and unit, both written in digits: 'the same one', 'those two' are pronouns."""
    return a.kind == b.kind and a.kind in FIGURES and a.unit == b.unit and all(DIGITS.search(c.span.text) for c in (a, b))
