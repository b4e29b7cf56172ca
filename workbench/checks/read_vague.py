"""Vague frames: a vague word and the exact figure the text gives for the same group
('Hundreds of jobs will go at the plant, 740 in total'; 'Dozens of residents packed into the
hall. Organisers counted sixty-two').

The exact figure is the first count after the vague word, in its sentence or the next, that
is said to count it: set beside it with 'in all' or 'in total', or after a word of counting
('counted', 'put the crowd at', 'the number was', 'confirmed'). A figure merely near a vague
word ('Thousands protested; police arrested 45') is no restatement of it.
"""

from __future__ import annotations

from ..extract import Claim
from ..extract.claim import is_vague
from .lexicon import COUNTED_AFTER, COUNTED_BEFORE, VAGUE_APPOSED_WORDS
from .statement import Frame, Sentence, words


def vague(sentences: list[Sentence], n: int) -> list[Frame]:
    sentence, frames = sentences[n], []
    for i in sentence.figures:
        if not is_vague(sentence.claims[i]):
            continue
        later = [(sentence, j) for j in sentence.figures if j > i]
        if n + 1 < len(sentences):
            later += [(sentences[n + 1], j) for j in sentences[n + 1].figures]
        exact = next(((s, j) for s, j in later if _alike(s.claims[j], sentence.claims[i])), None)
        if exact is not None and _counts(exact[0], exact[1], sentence, i):
            frames.append(Frame("vague", roles={"vague": i, "exact": exact[1]}))
    return frames


def _counts(owner: Sentence, exact: int, sentence: Sentence, vague_word: int) -> bool:
    """Whether the text says the exact figure counts what the vague word did."""
    if COUNTED_BEFORE.search(owner.lead(exact)) or COUNTED_AFTER.match(owner.trail(exact)):
        return True
    if owner is not sentence:
        return False
    between = sentence.read[sentence.end(vague_word):sentence.at(exact)]  # 'Hundreds of people were evacuated, about 850'
    return "," in between and words(between) <= VAGUE_APPOSED_WORDS and words(sentence.lead(exact)) <= 1


def _alike(exact: Claim, vague_word: Claim) -> bool:
    return exact.kind == vague_word.kind and not is_vague(exact) and None not in (exact.low, exact.high) \
        and (None in (exact.unit, vague_word.unit) or exact.unit == vague_word.unit)
