"""Vague frames: a vague word and the exact figure the text gives for the same group
('Hundreds of jobs will go at the plant, 740 in total'; 'Dozens of residents packed into the
hall. Organisers counted sixty-two').

The exact figure is the first count after the vague word, in its sentence or the next, that
is said to count it: set beside it with 'in all' or 'in total', or after a word of counting
('counted', 'put the crowd at', 'the number was', 'confirmed'), or alone in a bracket after it
('Dozens of schools (43 in all)'). A figure merely near a vague
word ('Thousands protested; police arrested 45') is no restatement of it.
"""

from __future__ import annotations

from ..extract import Claim
from ..extract.claim import is_vague
from .clauses import hedge_start
from .lexicon import COUNTED_AFTER, COUNTED_BEFORE, VAGUE_APPOSED_WORDS, VAGUE_BRACKETED_AFTER, VAGUE_BRACKETED_BEFORE
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
        elif (bracketed := _bracketed(sentence, i)) is not None:
            frames.append(Frame("vague", roles={"vague": i, "exact": bracketed}))
    return frames


def _bracketed(sentence: Sentence, vague_word: int) -> int | None:
    """'Dozens of schools (43 in all)': the figure alone in a bracket right after the vague word
    and its noun."""
    claims, text = sentence.claims, sentence.claims[vague_word].sentence
    following = [j for j in sentence.indices if claims[j].span.start > claims[vague_word].span.start]
    if not following or not _alike(claims[following[0]], claims[vague_word]):
        return None
    j = following[0]
    if VAGUE_BRACKETED_BEFORE.fullmatch(text, sentence.end(vague_word), hedge_start(claims[j])) \
            and VAGUE_BRACKETED_AFTER.match(text, sentence.end(j)):
        return j
    return None


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
