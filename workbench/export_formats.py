"""How an export's articles are written: JSON (an article a line), CSV (a claim a row) and
schema.org ClaimReview, from the article records export.py reads from the store. Nothing
here touches the database, so the command line can name the formats without opening one.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator

from . import urls
from .verdicts import Label

FORMATS = ("json", "csv", "claimreview")
CLAIM_FIELDS = ("value", "low", "high", "kind", "approx", "qualifier", "unit", "subject", "part_of")
CSV_COLUMNS = (
    "article_id", "article_title", "claim_id", "text", "start", "end", *CLAIM_FIELDS,
    "state", "verdict", "rationale", "sources", "reviewer", "at", "earlier_verdicts",
)


def live_claims(article: dict) -> list[dict]:
    """The claims CSV and ClaimReview carry: a figure a reviewer removed is no claim, and these
    flat shapes have no place to say so. The JSON export keeps it, marked `removed`, with its
    history, so that a restore brings the removal back."""
    return [claim for claim in article["claims"] if not claim.get("removed")]


def csv_rows(article: dict) -> Iterator[dict]:
    """One row per claim with its current verdict; sources separated by spaces."""
    for claim in live_claims(article):
        verdict = claim["verdict"] or {}
        yield {
            "article_id": article["id"], "article_title": article["title"], "claim_id": claim["id"],
            **claim["span"], **{name: claim[name] for name in CLAIM_FIELDS}, "state": claim["state"],
            "verdict": verdict.get("label"), "rationale": verdict.get("rationale"),
            "sources": " ".join(verdict.get("sources", [])), "reviewer": verdict.get("reviewer"),
            "at": verdict.get("at"), "earlier_verdicts": len(claim["history"]),
        }


def organization() -> dict:
    """The publisher named as the author of every ClaimReview: $WORKBENCH_ORGANIZATION and
    $WORKBENCH_ORGANIZATION_URL."""
    author = {"@type": "Organization", "name": os.environ.get("WORKBENCH_ORGANIZATION") or "Fact-check workbench"}
    if url := os.environ.get("WORKBENCH_ORGANIZATION_URL"):
        author["url"] = url
    return author


def claimreviews(article: dict, labels: dict[str, Label], author: dict) -> Iterator[dict]:
    """A schema.org ClaimReview for every claim of the article with a verdict, rated on the
    vocabulary's 1 to 5 scale (a label the vocabulary has since dropped is published by its
    key, unrated), explained by the rationale and the arithmetic of the claim's checks."""
    appearance = {"@type": "NewsArticle", "headline": article["title"]}
    if urls.is_web_url(article["url"]):  # one stored before urls.py may be any text
        appearance["url"] = article["url"]
    if article["published"]:
        appearance["datePublished"] = article["published"]
    for claim in live_claims(article):
        verdict = claim["verdict"]
        if verdict is None:
            continue
        label = labels.get(verdict["label"])
        checks = [f"{f['explanation']}" for f in article["findings"] if claim["id"] in f["claims"]]
        rating = {
            "@type": "Rating", "alternateName": label.name if label else verdict["label"],
            "ratingExplanation": " ".join([verdict["rationale"], *(f"Check: {c}." for c in checks)]),
            "bestRating": 5, "worstRating": 1,
        }
        if label:
            rating["ratingValue"] = label.rating
        yield {
            "@context": "https://schema.org", "@type": "ClaimReview",
            "claimReviewed": claim["sentence"],
            "itemReviewed": {"@type": "Claim", "appearance": [appearance]},
            "reviewRating": rating,
            "author": author,
            "datePublished": verdict["at"][:10],
            "citation": verdict["sources"],
        }


# A spreadsheet runs a cell that starts with one of these, even after spaces, as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A cell a spreadsheet shows as written: text that could start a formula gets a leading
    quote, as OWASP advises against CSV injection. Numbers (the ids, offsets, figures and
    counts) are written as numbers, so -15 stays a figure a spreadsheet can sum."""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS)):
        return "'" + value
    return value


def csv_text(rows: list[dict], header: bool = False) -> str:
    """Lines end as RFC 4180 says, CR LF: the writer quotes a cell holding either character,
    so a lone CR in a title or rationale stays inside its cell instead of ending the row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    if header:
        writer.writeheader()
    writer.writerows({name: _cell(value) for name, value in row.items()} for row in rows)
    return out.getvalue()


def encode(articles: Iterator[dict], fmt: str, labels: dict[str, Label], author: dict) -> list[str]:
    """A batch of articles as the format's items: JSON texts of articles or of reviews, or CSV lines."""
    if fmt == "csv":
        return [csv_text([row for article in articles for row in csv_rows(article)])]
    if fmt == "claimreview":
        articles = (review for article in articles for review in claimreviews(article, labels, author))
    return [json.dumps(item, ensure_ascii=False) for item in articles]
