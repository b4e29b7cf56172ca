"""The checks' lexicon is specified by its examples: in each, the figure in [brackets] takes
the row's role, or, for an aside, the words in [brackets] are read past. A wording the reader should know is added
as a row with its example; this test then holds it to it."""

import re

import pytest

from workbench.checks.lexicon import (ASIDES, CONVERSIONS, CUES, DIRECTION_WORDS, MULTIPLE_EVIDENCED, MULTIPLES, ORDERS, POINTERS,
                                      RANKS)
from workbench.checks.reader import read_frames
from workbench.checks.rules import WEIGHS
from workbench.checks.statement import Sentence
from workbench.extract import extract_claims

MARKED = re.compile(r"\[([^\]]+)\]")


def marked(example: str) -> tuple[str, int]:
    """The example without brackets, and where its marked figure starts."""
    match = MARKED.search(example)
    return example[:match.start()] + match.group(1) + example[match.end():], match.start()


def two_marked(example: str) -> tuple[str, int, int]:
    """The example without marks, where its [bracketed] figure starts and where its {braced} one does."""
    second = re.search(r"\{([^}]+)\}", example)
    text, start = marked(example[:second.start()] + second.group(1) + example[second.end():])
    return text, start, text.index(second.group(1), start + 1)


def claim_at(claims, start):
    return next(i for i, c in enumerate(claims) if c.span.start == start)


@pytest.mark.parametrize("cue", CUES, ids=[f"{c.frame}-{c.role}-{c.words[:30]}" for c in CUES])
def test_every_cue_gives_its_figure_its_role(cue):
    text, start = marked(cue.example)
    claims = extract_claims(text)
    figure = claim_at(claims, start)
    frames = read_frames(claims)
    if cue.role == "parts":
        assert any(figure in frame.parts for frame in frames if frame.type == "total"), frames
    else:
        assert any(frame.roles.get(cue.role) == figure for frame in frames if frame.type == cue.frame), frames


@pytest.mark.parametrize("row", DIRECTION_WORDS, ids=[d.words[:30] for d in DIRECTION_WORDS])
def test_every_direction_word_gives_its_change_a_way(row):
    """'His wealth plummeted from £220m to £75m' is a fall that holds; with the two levels
    swapped it is a fall to a higher level, and fails."""
    claims = extract_claims(row.example)
    changes = [frame for frame in read_frames(claims) if frame.type == "change"]
    assert [frame.sign for frame in changes] == [row.sign]
    assert [f.status for f in evaluated(claims) if f.rule == "change"] in ([], ["pass"])
    first, second = sorted((claims[changes[0].roles[role]].span for role in ("old", "new")), key=lambda span: span.start)
    swapped = (row.example[:first.start] + second.text + row.example[first.end:second.start] + first.text
               + row.example[second.end:])
    assert [f.status for f in evaluated(extract_claims(swapped)) if f.rule == "change"] == ["fail"]


@pytest.mark.parametrize("aside", ASIDES, ids=[a.name for a in ASIDES])
def test_every_aside_is_read_past(aside):
    text, start = marked(aside.example)
    end = start + len(MARKED.search(aside.example).group(1))
    claims = extract_claims(text)
    sentence = Sentence(claims, list(range(len(claims))))
    assert sentence.read[start:end].isspace()
    assert not sentence.read[:start].isspace() and not sentence.read[end:].isspace()
    around = [f.status for f in evaluated(claims) if f.rule != "conversion"]  # a bracket's conversions are weighed apart
    assert around == ["pass"], "the statement around the aside is read"


def evaluated(claims):
    return [finding for frame in read_frames(claims) for finding in WEIGHS[frame.type](frame, claims)]


@pytest.mark.parametrize("rank", RANKS, ids=[r.words[:30] for r in RANKS])
def test_every_superlative_makes_its_figure_the_top(rank):
    text, start = marked(rank.example)
    claims = extract_claims(text)
    tops = [frame for frame in read_frames(claims) if frame.type == "rank" and frame.roles["top"] == claim_at(claims, start)]
    assert [frame.sign for frame in tops] == [rank.sign]
    assert [f.status for f in evaluated(claims) if f.rule == "superlative"] == ["pass"]


@pytest.mark.parametrize("order", ORDERS, ids=[o.words[:30] for o in ORDERS])
def test_every_order_sets_its_first_figure_beyond_its_second(order):
    """'[8%], ahead of internet services at {6%}' passes; with the smaller figure made ten
    times larger it fails."""
    text, start, second_start = two_marked(order.example)
    claims = extract_claims(text)
    frames = [frame for frame in read_frames(claims) if frame.type == "order"]
    assert [(f.roles["top"], f.parts, f.sign) for f in frames] == \
        [(claim_at(claims, start), [claim_at(claims, second_start)], order.sign)]
    assert [f.status for f in evaluated(claims) if f.rule == "order"] == ["pass"]
    smaller = second_start if order.sign > 0 else start
    digits = re.compile(r"\d+(?:\.\d+)?").search(text, smaller)
    broken = text[:digits.start()] + str(float(digits.group()) * 10) + text[digits.end():]
    assert [f.status for f in evaluated(extract_claims(broken)) if f.rule == "order"] == ["fail"]


@pytest.mark.parametrize("row", MULTIPLES, ids=[m.words[:30] for m in MULTIPLES])
def test_every_multiple_weighs_its_figure_against_the_next(row):
    """'[450 tonnes] were three times the 150 tonnes' passes; with the other figure made ten
    times larger it fails."""
    text, start = marked(row.example)
    claims = extract_claims(text)
    frames = [frame for frame in read_frames(claims) if frame.type == "multiple"]
    assert [frame.roles["multiple"] for frame in frames] == [claim_at(claims, start)]
    assert [f.status for f in evaluated(claims) if f.rule == "multiple"] == ["pass"]
    base = claims[frames[0].roles["base"]]
    digits = re.compile(r"\d+(?:\.\d+)?").search(text, base.span.start)
    broken = text[:digits.start()] + str(float(digits.group()) * 10) + text[digits.end():]
    assert [f.status for f in evaluated(extract_claims(broken)) if f.rule == "multiple"] == ["fail"]


@pytest.mark.parametrize("example", MULTIPLE_EVIDENCED)
def test_a_multiple_said_first_weighs_the_figures_after_its_colon(example):
    """'half as much as branded ones: £31.40 against £62.90' passes; with the first figure ten
    times larger it fails."""
    claims = extract_claims(example)
    assert [f.status for f in evaluated(claims) if f.rule == "multiple"] == ["pass"]
    first = claims[next(frame for frame in read_frames(claims) if frame.type == "multiple").roles["multiple"]]
    digits = re.compile(r"\d+(?:\.\d+)?").search(example, first.span.start)
    broken = example[:digits.start()] + str(float(digits.group()) * 10) + example[digits.end():]
    assert [f.status for f in evaluated(extract_claims(broken)) if f.rule == "multiple"] == ["fail"]


@pytest.mark.parametrize("row", CONVERSIONS, ids=[c.words[:30] for c in CONVERSIONS])
def test_every_conversion_restates_its_first_figure(row):
    """'IBM is spending [$100m] ({£52m})' passes; with the restatement made ten times larger it fails."""
    text, start, restated_start = two_marked(row.example)
    claims = extract_claims(text)
    frames = [frame for frame in read_frames(claims) if frame.type == "conversion"]
    assert {"stated": claim_at(claims, start), "converted": claim_at(claims, restated_start)} in [f.roles for f in frames]
    assert [f.status for f in evaluated(claims) if f.rule == "conversion"] == ["pass"] * len(frames)
    digits = re.compile(r"\d[\d,]*(?:\.\d+)?").search(text, restated_start)
    number = float(digits.group().replace(",", "")) * 10
    broken = text[:digits.start()] + f"{number:,.2f}" + text[digits.end():]
    assert "fail" in [f.status for f in evaluated(extract_claims(broken)) if f.rule == "conversion"]


@pytest.mark.parametrize("row", POINTERS, ids=[p.words[:30] for p in POINTERS])
def test_every_pointer_sets_its_figure_against_the_one_before(row):
    """'Crews finished 458 miles of those {738 miles}' restates the [738 miles] before; made ten
    times larger, it fails."""
    text, start, second_start = two_marked(row.example)
    claims = extract_claims(text)
    frames = [frame for frame in read_frames(claims) if frame.type == "pointed"]
    assert [(f.roles["first"], f.roles["second"]) for f in frames] == [(claim_at(claims, start), claim_at(claims, second_start))]
    assert [f.status for f in evaluated(claims) if f.rule == "pointed-back"] == ["pass"]
    digits = re.compile(r"\d[\d,]*").search(text, second_start)
    broken = text[:digits.start()] + str(int(digits.group().replace(",", "")) * 10) + text[digits.end():]
    assert [f.status for f in evaluated(extract_claims(broken)) if f.rule == "pointed-back"] == ["fail"]
