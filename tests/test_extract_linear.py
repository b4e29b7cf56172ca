"""Extraction, and the checks over what it extracts, take time linear in the text.

A POST of one article holds a server thread for as long as extraction runs, so a
text built to make a regular expression retry at every position, or a rule rescan
its sentence for every figure, must cost no more than any other text of its size.
The texts are hostile shapes repeated to 10 KB and to 100 KB; the larger may take
at most 30 times the smaller, a bound only super-linear work breaks (linear work
takes 10 times, and quadratic 100).
"""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.hostile import CHECKED, LARGE, REPORTED, SMALL, hostile
from workbench.checks.rules import run_checks
from workbench.extract import extract_claims
from workbench.extract.sentences import LONGEST_SENTENCE

RATIO = 30

# Pieces of the same family: number words and digits with their separators, brackets,
# names, hedges and range words, sentence ends, and text with no break at all.
PIECES = [
    "one ", "(1 ", "١٢٣ ", "1-", "1/", ".", " ", "Aa ", "1,", "1 ", "1.5 ", "£1m ", "a", "\n", "- ",
    "thousands of ", "to ", "between 1 and ", "per cent ", "word ", "said ", "in ", "the largest ",
    "Corp ", ", which ", "$", "%", "Jan ", "3-1 ", "1:", "of the ", "around ",
]
OPENINGS = ["", "x Corp said 5 ", "The 5 ", "Shares in Aa rose 5% "]


def extract_and_check(text: str) -> None:
    run_checks(extract_claims(text))


def timed(work, *args) -> float:
    start = time.perf_counter()
    work(*args)
    return time.perf_counter() - start


def ratio(work, small, large) -> float:
    """How many times as long `work` takes on `large` as on `small`, each the fastest of
    several runs: noise only ever adds time. A ratio past the bound is measured again with
    more runs, so one pause of a busy machine is not read as super-linear work."""
    work(small)  # caches warm before the clock starts

    def best(argument, runs):
        return min(timed(work, argument) for _ in range(runs))

    measured = best(large, 1) / best(small, 3)
    if measured > RATIO:
        measured = best(large, 3) / best(small, 5)
    return measured


def assert_linear(opening: str, unit: str) -> None:
    measured = ratio(extract_and_check, hostile(opening, unit, SMALL), hostile(opening, unit, LARGE))
    assert measured <= RATIO, f"{opening + unit * 3!r}...: 100 KB took {measured:.0f} times as long as 10 KB"


@pytest.mark.parametrize(("opening", "unit"), REPORTED, ids=[repr(o + u) for o, u in REPORTED])
def test_the_reported_shapes_take_linear_time(opening, unit):
    assert_linear(opening, unit)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(OPENINGS), st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join))
def test_hostile_shapes_take_linear_time(opening, unit):
    assert_linear(opening, unit)


@pytest.mark.parametrize(("opening", "unit"), CHECKED, ids=[unit for _, unit in CHECKED])
def test_the_checks_take_linear_time(opening, unit):
    """The rules compare figures across the article; a figure is paired with the few it can
    be about, found by its kind, unit, words or sentence, never with every other one."""
    small, large = (extract_claims(hostile(opening, unit, size)) for size in (SMALL, LARGE))
    measured = ratio(run_checks, small, large)
    assert measured <= RATIO, f"{unit!r}...: the checks of 100 KB took {measured:.0f} times as long as of 10 KB"


def test_the_longest_number_written_in_words_is_read_whole():
    """The bound on a run of number words leaves room for any number a text writes out."""
    words = ("nine hundred and ninety-nine billion nine hundred and ninety-nine million "
             "nine hundred and ninety-nine thousand nine hundred and ninety-nine")
    claims = extract_claims(f"It cost {words} dollars.")
    assert [(c.span.text, c.value, c.unit) for c in claims] == [(f"{words} dollars", 999_999_999_999, "USD")]


def test_a_run_of_text_without_a_sentence_end_is_read_in_windows():
    """Each claim carries its sentence: 50,000 figures in one 'sentence' of 100 KB would
    store 5 GB. Windows of at most LONGEST_SENTENCE characters keep it linear, and every
    figure is still read."""
    text = "1 " * 5_000
    claims = extract_claims(text)
    assert len(claims) == 5_000
    assert max(len(c.sentence) for c in claims) <= LONGEST_SENTENCE
    assert all(c.sentence == text[c.sentence_start:c.sentence_start + len(c.sentence)] for c in claims)


HUGE = "9" * 400  # past a float (1.8e308); 5,000 digits is past Python's int <-> str limit too


@pytest.mark.parametrize("text", [
    f"It cost {HUGE} dollars, up from 5.", f"{HUGE}.5 people and 5 more.", f"between 1 and {HUGE} people, and 5 more.",
    f"Up 5% to {HUGE} from 5.", f"It rose 5% to 10 from {HUGE}, and 5 more.", f"The {HUGE}th of 5.", f"{HUGE}/{HUGE} and 5.",
    f"{'1' * 5000} and 5.", f"{'1' * 5000}th and 5.", f"{'1' * 5000}/{'1' * 5000} pct and 5.",
])
def test_a_figure_too_long_to_be_a_quantity_is_left_unread(text):
    """A number of more than 100 digits is no quantity an article states (a string of digits, an
    identifier): it is left unread, as a phone number is, and the figures beside it are read.
    Every value stays a finite number, so the checks' arithmetic and the JSON export hold."""
    claims = extract_claims(text)
    run_checks(claims)
    assert [c.span.text for c in claims][-1] == "5"
    assert all(len(c.span.text) < 100 for c in claims)
    json.dumps([c.to_dict() for c in claims], allow_nan=False)


def test_a_figure_of_100_digits_is_still_read():
    figure = "9" * 100
    assert [c.value for c in extract_claims(f"They counted {figure} grains.")] == [int(figure)]
