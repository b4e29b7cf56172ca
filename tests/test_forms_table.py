"""The phrase table of number forms (tests/gold/forms.jsonl): every way English writes a figure
that a fact-checker meets, each with the claim the guideline reads from it. The table is well
formed, the extractor reads no fewer of its rows than it does today, and the scorer counts a
row right only when every field agrees."""

import json

from workbench.extract import extract_claims
from workbench.extract.scoring import score_forms

from .conftest import TESTS

ROWS = [json.loads(line) for line in (TESTS / "gold" / "forms.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
KINDS = {"count", "money", "percent", "measure", "ratio"}
READ_AT_LEAST = 231  # of 268 (136 of 259 on 2026-12-06); raise it as forms are read


def test_the_table_holds_every_family_with_one_figure_per_row():
    assert len(ROWS) >= 150
    families = {}
    for row in ROWS:
        families[row["family"]] = families.get(row["family"], 0) + 1
        assert row["text"].count(row["figure"]) == 1, row
        assert row["kind"] in KINDS and row["low"] <= row["value"] <= row["high"], row
    assert len(families) >= 20 and min(families.values()) >= 6, families


def test_the_extractor_reads_no_fewer_forms_than_before():
    assert sum(score_forms(ROWS, extract_claims).right.values()) >= READ_AT_LEAST


def test_a_row_is_right_only_when_every_field_agrees():
    right = {"family": "f", "text": "Sales rose 25% last year.", "figure": "25%", "kind": "percent", "value": 25, "low": 25,
             "high": 25, "unit": "%", "approx": False}
    wrong_unit = dict(right, unit="pp")
    tally = score_forms([right, wrong_unit], extract_claims)
    assert tally.rows["f"] == 2 and tally.right["f"] == 1 and "wants '25%' percent 25 [25, 25] pp" in tally.wrong[0]
