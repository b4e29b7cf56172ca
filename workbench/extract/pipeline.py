"""Text in, claims out: the order in which the extraction rules run."""

from __future__ import annotations

import re

from . import context
from .claim import Claim, Span
from .figures import find_figures
from .relations import link_parts
from .sentences import split_sentences

NOT_ABOUT_A_SUBJECT = ("year", "date", "ordinal")


def is_title_case(line: str) -> bool:
    """A headline such as 'Thousands Of Jihadists Return Home': most words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.8


def extract_claims(text: str) -> list[Claim]:
    """Every figure in `text` as a claim; part_of holds the index of the whole in the list."""
    claims: list[Claim] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        title_case = is_title_case(text[line_start: line_end if line_end >= 0 else len(text)])
        figures = find_figures(sentence, title_case)
        in_sentence, modifiers = [], []
        for figure in figures:
            word = context.qualifier(sentence, figure)
            low, high, approx = context.bounds(figure, word)
            unit, described_by = figure.unit, []
            if figure.kind == "count":
                unit, described_by = context.counted_noun(sentence, figure, title_case)
            claim = Claim(
                span=Span(start + figure.start, start + figure.end, sentence[figure.start:figure.end]),
                sentence=sentence, value=figure.value, low=low, high=high, kind=figure.kind,
                approx=approx, qualifier=word, unit=unit, sentence_start=start,
            )
            in_sentence.append((len(claims), claim))
            modifiers.append(described_by)
            claims.append(claim)
        link_parts(sentence, in_sentence, start)
        if not title_case:
            _attach_subjects(sentence, figures, in_sentence, modifiers)
        _carry_elided_units(text, claims, [i for i, _ in in_sentence], line_start)
    return claims


def _attach_subjects(sentence, figures, in_sentence, modifiers) -> None:
    """A figure's subject is looked for up to the next figure, skipping its own whole
    ('425 of the 850 British jihadists have travelled to the UK' is about the UK)."""
    for n, (figure, (_, claim)) in enumerate(zip(figures, in_sentence)):
        if claim.kind in NOT_ABOUT_A_SUBJECT:
            continue
        later = [f.start for f, (i, _) in zip(figures[n + 1:], in_sentence[n + 1:]) if i != claim.part_of]
        claim.subject = context.subject(sentence, figure, modifiers[n], later[0] if later else len(sentence))


def _carry_elided_units(text: str, claims: list[Claim], new: list[int], line_start: int) -> None:
    """'Another 800 have returned to Tunisia': the 800 counts the fighters named just before.

    A count with no noun of its own takes the unit of the previous count in the same paragraph.
    """
    for i in new:
        claim = claims[i]
        if claim.kind != "count" or claim.unit or claim.approx:
            continue
        for earlier in reversed(claims[:i]):
            if earlier.span.start < line_start:
                break
            if earlier.kind == "count" and earlier.unit:
                claim.unit = earlier.unit
                break
