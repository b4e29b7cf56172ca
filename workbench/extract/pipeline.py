"""Text in, claims out: the order in which the extraction rules run."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import context, subjects
from .claim import Claim, Span
from .figures import anchors, find_figures
from .patterns import Figure
from .relations import MAGNITUDE, link_parts, link_to_earlier
from .sentences import blocks, sentences

NOT_ABOUT_A_SUBJECT = ("year", "date", "ordinal", "time", "age", "score")
HEADLINE_LENGTH = 200
OPEN_BRACKET = re.compile(r"\s*\(\s*")
# Between a sum and the same sum converted: '£99 in the UK (149 euros)', '16.4bn rupees ($375m;
# £198m)': a bracket opened a few words on, or the next sum inside one.
CONVERTED = re.compile(r"(?:\s+[a-z][\w ]{0,30})?\s*\(\s*|\s*[;,/]\s*")
# Between a sum and the same sum put another way: 'earnings of 24.8 mln dlrs, or 95 cts a share'.
RESTATED = re.compile(r",?\s+or\s+")


def is_title_case(line: str) -> bool:
    """A headline such as 'Thousands Of Jihadists Return Home': most words capitalised."""
    if len(line) > HEADLINE_LENGTH or line.endswith("."):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.8


def extract_claims(text: str) -> list[Claim]:
    """Every figure in `text` as a claim; part_of holds the index of the whole in the list."""
    claims: list[Claim] = []
    names = subjects.known_names(text), subjects.organisations(text)
    lowered = text.lower()
    lowered = lowered if len(lowered) == len(text) else None
    previous = None  # the sentence before, across paragraphs: news paragraphs are often one sentence
    for block_start, block_end in blocks(text):
        starts = anchors(text, block_start, block_end, lowered)
        if not starts:
            previous = block_start, block_end  # a paragraph without figures is read for its subject only if asked
            continue
        title_case = is_title_case(text[block_start:block_end])
        first = len(claims)
        positions = [position for position, _ in starts]
        for start, end in sentences(text, block_start, block_end):
            # The sentence's own anchors, found by bisection: a filter over the block's for each
            # sentence took time quadratic in a block of many short sentences.
            mine = [(position - start, digits_end - start if digits_end >= 0 else -1)
                    for position, digits_end in starts[bisect_left(positions, start):bisect_left(positions, end)]]
            if mine:
                _sentence_claims(text, start, end, title_case, names, mine, claims, previous)
            previous = start, end
        _carry_elided_units(claims[first:], claims[:first] if subjects.row_label(text[block_start:block_end]) else ())
    context.settle_dollars(text, claims)
    return claims


def _sentence_claims(
    text: str, start: int, end: int, title_case: bool, names: tuple[frozenset[str], frozenset[str]],
    starts: list[tuple[int, int]], claims: list[Claim], previous: tuple[int, int] | None = None,
) -> None:
    sentence = text[start:end]
    figures = find_figures(sentence, title_case, starts)
    if not figures:
        return
    in_sentence, modifiers = [], []
    for figure in figures:
        word = context.qualifier(sentence, figure)
        low, high, approx = context.bounds(figure, word)
        kind, unit, described_by = figure.kind, figure.unit, []
        if kind == "count":
            unit, described_by = context.counted_noun(sentence, figure, title_case)
            kind, unit = context.kind_of_noun(unit)
        claim = Claim(
            span=Span(start + figure.start, start + figure.end, sentence[figure.start:figure.end]),
            sentence=sentence, value=figure.value, low=low, high=high, kind=kind,
            approx=approx, qualifier=word, unit=unit, sentence_start=start,
        )
        in_sentence.append((len(claims), claim))
        modifiers.append(described_by)
        claims.append(claim)
    link_parts(sentence, in_sentence, start)
    link_to_earlier(claims, [i for i, _ in in_sentence])
    context.share_nouns(sentence, [claim for _, claim in in_sentence], start)
    if title_case:  # a headline names no subject the rules can read; a table row names its label
        label = subjects.row_label(sentence)
        for _, claim in in_sentence:
            claim.subject = label if claim.kind not in NOT_ABOUT_A_SUBJECT else None
    else:
        _attach_subjects(sentence, figures, in_sentence, modifiers, names)
        _carry_subjects(text, sentence, figures, in_sentence, claims, previous)
        for figure, (_, claim) in zip(figures, in_sentence):
            if claim.subject is None and claim.kind == "count" and claim.unit:
                claim.subject = subjects.counted(sentence, figure, claim.unit)  # 'Plans to abolish 162 quangos'


def _carry_subjects(text, sentence, figures, in_sentence, claims, previous) -> None:
    """'Rolls-Royce made £1.2bn. About 40% came from engines.': a figure whose sentence names
    nothing it measures takes what the sentence right before was about, its first figure's
    subject or else the subject of its first clause."""
    if previous is None:
        return
    carried: list[str | None] = []
    for n, (figure, (_, claim)) in enumerate(zip(figures, in_sentence)):
        if claim.subject is not None or claim.kind in NOT_ABOUT_A_SUBJECT:
            continue
        if _same_sum(sentence, figures, n):
            claim.subject = in_sentence[n - 1][1].subject  # '$24m (£13m)': as the sum it converts
            continue
        if not subjects.carries(sentence, figure, claim.kind == "count" and claim.unit is not None):
            continue
        if not carried:
            carried.append(_first_subject(claims, in_sentence[0][0], previous[0])
                           or subjects.of_sentence(text[previous[0]:previous[1]]))
        claim.subject = carried[0]


def _first_subject(claims: list[Claim], end: int, sentence_start: int) -> str | None:
    """The first subject named among the claims of the sentence at `sentence_start`, which end
    at claims[end]: read back from there, not over the whole article for each sentence."""
    first = end
    while first and claims[first - 1].sentence_start == sentence_start:
        first -= 1
    return next((claim.subject for claim in claims[first:end] if claim.subject), None)


def _attach_subjects(sentence, figures, in_sentence, modifiers, names) -> None:
    """A figure's subject is looked for up to the next figure, skipping its own whole
    ('425 of the 850 British jihadists have travelled to the UK' is about the UK).
    In a table row, or a results line ('Net profit 57.1 mln vs loss 69.1 mln'), the row's
    label is the subject of its cells."""
    row_label = subjects.row_label(sentence)
    results = subjects.results_labels(sentence, figures)
    for n, (figure, (_, claim)) in enumerate(zip(figures, in_sentence)):
        if claim.kind in NOT_ABOUT_A_SUBJECT:
            continue
        later = (figures[m].start for m in range(n + 1, len(figures)) if in_sentence[m][0] != claim.part_of)
        next_start = next(later, len(sentence))
        if _same_sum(sentence, figures, n):
            claim.subject = in_sentence[n - 1][1].subject  # '$54.9m (£29.5m)': the same sum, converted
        elif results[n]:
            claim.subject = results[n]  # 'Shr 18 cts vs 13 cts'
        else:
            counts = claim.unit if claim.kind == "count" else None
            claim.subject = subjects.subject(sentence, figure, modifiers[n], next_start, *names, counts) or row_label


def _same_sum(sentence: str, figures: list[Figure], n: int) -> bool:
    """Whether figures[n] restates the figure before it in a bracket ('$54.9m (£29.5m)'), or
    converts the sum before it inside one ('£99 in the UK (149 euros)', '($375m; £198m)'), or
    puts it another way after 'or' ('24.8 mln dlrs, or 95 cts a share')."""
    if not n:
        return False
    previous, figure = figures[n - 1], figures[n]
    if OPEN_BRACKET.fullmatch(sentence, previous.end, figure.start):
        return True
    if previous.kind == figure.kind == "money" and RESTATED.fullmatch(sentence, previous.end, figure.start):
        return True
    return previous.kind == figure.kind == "money" and CONVERTED.fullmatch(sentence, previous.end, figure.start) is not None \
        and sentence.rfind("(", 0, figure.start) > sentence.rfind(")", 0, figure.start)


def _carry_elided_units(claims: list[Claim], before: list[Claim] | tuple = ()) -> None:
    """'Another 800 have returned to Tunisia': the 800 counts the fighters named just before.

    A whole count with no noun of its own takes the unit of the previous count in the same
    paragraph; in a table row, of the last count before the table ('Nine grain ships were
    loading ...' above rows of ships per elevator). A bare amount with a magnitude
    ('456.2 mln') is of the currency last written with one in the paragraph (a story names its
    currency once), or of the measure or counted noun written with one before it in its
    sentence ('6.5 million offences, up from 4.3 million'; not '150 billion tonnes of ice. The
    population grew from 1.2 million').
    """
    previous_unit = next((c.unit for c in reversed(before) if c.kind == "count" and c.unit), None)
    previous_sum: Claim | None = None  # the last amount with a unit written with a magnitude
    for claim in claims:
        if MAGNITUDE.search(claim.span.text) and (claim.kind in ("money", "measure") or (claim.kind == "count" and claim.unit)):
            previous_sum = claim  # 'recorded 6.5 million offences ..., up from 4.3 million': offences, not the £ before
        if claim.kind == "count" and claim.unit is None and previous_sum is not None \
                and (previous_sum.kind == "money" or previous_sum.sentence_start == claim.sentence_start) \
                and MAGNITUDE.search(claim.span.text):
            # '475.6 mln dlrs in 1986, of which 456.2 mln came from the clubs': the same currency
            claim.kind, claim.unit = previous_sum.kind, previous_sum.unit
            continue
        if claim.kind != "count":
            continue
        if claim.unit:
            previous_unit = claim.unit
        elif previous_unit and not claim.approx and float(claim.value).is_integer():
            claim.unit = previous_unit  # not '18.1': things counted one by one are whole
