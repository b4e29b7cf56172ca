"""The CSV export opened in a spreadsheet: text that looks like a formula is shown as text
(OWASP's advice on CSV injection, a leading single quote), and numbers stay numbers."""

from __future__ import annotations

import csv
import io
import re

import pytest

from workbench import store
from workbench.documents import Document
from workbench.export import Selection, stream
from workbench.export_formats import CSV_COLUMNS
from workbench.ingest import import_document
from workbench.verdicts import load_labels

TEXT = "Prices\nPrices fell 15 per cent in March, and 40 shops closed."
# What a spreadsheet reads as the start of a formula, with or without spaces before it.
FORMULAS = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "  =1", "\n-1"]
STARTS = tuple("=+-@\t\r")
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
NUMBERS = ("article_id", "claim_id", "start", "end", "value", "low", "high", "earlier_verdicts")


def csv_rows(db) -> list[dict]:
    return list(csv.DictReader(io.StringIO("".join(stream(db, Selection(), "csv", load_labels())))))


@pytest.mark.parametrize("typed", FORMULAS)
def test_every_text_cell_that_could_be_a_formula_starts_with_a_quote(db, typed):
    article_id = import_document(db, Document(typed + " prices", TEXT, "feed")).article_id
    claim = store.article_claims(db, article_id)[0]
    store.correct_claim(db, claim["id"], {"unit": claim["unit"], "subject": claim["subject"]},
                        {"unit": typed, "subject": typed}, "typo", "Ana")
    store.save_verdict(db, claim["id"], 0, "accurate", typed, [], typed)
    [row, other] = csv_rows(db)
    for column in ("article_title", "unit", "subject", "rationale", "reviewer"):
        assert row[column] == "'" + (typed + " prices" if column == "article_title" else typed), column
    for cell in [*row.values(), *other.values()]:
        assert not cell.startswith(STARTS) and not cell.lstrip().startswith(STARTS), cell


def test_a_negative_figure_stays_a_number(db):
    article_id = import_document(db, Document("Prices", TEXT, "feed")).article_id
    claim = store.article_claims(db, article_id)[0]
    store.correct_claim(db, claim["id"], {"value": claim["value"]}, {"value": -15, "low": -15.5, "high": -15}, "sign", "Ana")
    rows = csv_rows(db)
    row = next(r for r in rows if r["claim_id"] == str(claim["id"]))
    assert (row["value"], row["low"], row["high"]) == ("-15", "-15.5", "-15")
    assert set(NUMBERS) < set(CSV_COLUMNS)
    assert [(column, r[column]) for r in rows for column in NUMBERS if not NUMBER.fullmatch(r[column])] == []


def test_a_carriage_return_inside_a_cell_keeps_its_row(db):
    article_id = import_document(db, Document("Prices", TEXT, "feed")).article_id
    claim = store.article_claims(db, article_id)[0]
    store.save_verdict(db, claim["id"], 0, "accurate", "Old table.\rNew table agrees.", [], "Ana")
    rows = csv_rows(db)
    assert len(rows) == 2 and rows[0]["rationale"] == "Old table.\rNew table agrees."
