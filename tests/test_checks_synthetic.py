"""The synthetic pairs (tests/gold/synthetic.jsonl): short texts whose arithmetic holds, each
beside one broken by a single figure, over every frame, cue family and aside. An intact text
never gets a `fail`; the share of broken ones caught is held at the floor last measured
(docs/checks.md has the figures per frame)."""

import pytest

from workbench.checks.rules import run_checks
from workbench.checks.scoring import load_pairs, pairs_caught
from workbench.extract import extract_claims

from .conftest import TESTS

FLOOR = 0.56


@pytest.fixture(scope="module")
def measured():
    pairs = load_pairs(TESTS / "gold" / "synthetic.jsonl")
    assert len(pairs) >= 120 and {p["frame"] for p in pairs} >= {"total", "whole", "change", "share", "gap", "rank", "vague"}
    return pairs_caught(pairs, extract_claims, run_checks)


def test_no_intact_text_gets_a_fail(measured):
    assert measured.false_alarms == []


def test_broken_texts_are_caught_at_least_as_often_as_before(measured):
    assert measured.rate >= FLOOR, measured.missed
