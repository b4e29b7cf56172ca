"""Extraction over real news: it never fails and every span indexes into the text.

The corpus is third-party text read from ../shared/corpus; these tests skip without it.
"""

import json

from workbench.extract import extract_claims

from .conftest import corpus_file


def articles(relative, limit=None):
    with corpus_file(relative).open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def test_every_bbc_article_extracts_with_valid_spans():
    total = 0
    for record in articles("bbc/articles.jsonl"):
        text = record["text"]
        for claim in extract_claims(text):
            assert text[claim.span.start:claim.span.end] == claim.span.text, record["id"]
            assert claim.low is None or claim.high is None or claim.low <= claim.value <= claim.high, (
                record["id"], claim.span.text)
            total += 1
    assert total > 10_000  # the corpus README counts 16,993 digit numbers alone


def test_first_bbc_article_reads_money_and_percent():
    record = next(articles("bbc/articles.jsonl"))
    claims = {c.span.text: c for c in extract_claims(record["text"])}
    assert claims["76%"].kind == "percent"
    assert (claims["$1.13bn"].value, claims["$1.13bn"].unit) == (1_130_000_000, "USD")
    assert (claims["£600m"].value, claims["£600m"].unit) == (600_000_000, "GBP")
