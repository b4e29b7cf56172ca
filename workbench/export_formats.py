"""How an export's articles are written: JSON (an article a line), CSV (a claim a row) and
schema.org ClaimReview (claimreview.py), from the article records export.py reads from the
store. Nothing here touches the database, so the command line can name the formats without
opening one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .verdicts import Label

if TYPE_CHECKING:
    from .claimreview import Publisher

FORMATS = ("json", "csv", "claimreview")
CLAIM_FIELDS = ("value", "low", "high", "kind", "approx", "qualifier", "unit", "subject", "part_of")
CSV_COLUMNS = (
    "article_id", "article_title", "claim_id", "text", "start", "end", "sentence", *CLAIM_FIELDS,
    "original_value", "corrections", "removed", "state", "verdict", "rationale", "sources", "reviewer", "at",
    "earlier_verdicts", "check", "check_explanation",
)
WORST_FIRST = ("fail", "warn", "pass")


def _original_value(claim: dict) -> object:
    """The value as extracted, when a reviewer corrected it since: its first correction's old value."""
    return next((c["old"] for c in claim["corrections"] if c["field"] == "value"), None)


def _corrections(claim: dict) -> str:
    """'value: 5600 -> 5800 (typo, Ana)', each change a clause, oldest first."""
    return "; ".join(f"{c['field']}: {c['old']} -> {c['new']} ({c['reason']}, {c['reviewer']})"
                     for c in claim["corrections"])


def _worst_check(claim_id: int, findings: list[dict]) -> dict:
    """The claim's worst check, failing before warning before passing; none is no check."""
    mine = [f for f in findings if claim_id in f["claims"]]
    return min(mine, key=lambda f: WORST_FIRST.index(f["status"]), default={"status": None, "explanation": None})


def csv_rows(article: dict) -> Iterator[dict]:
    """One row per claim with its current verdict and worst check; sources separated by
    spaces. A figure a reviewer removed keeps its row, marked, so a sheet can filter it."""
    for claim in article["claims"]:
        verdict = claim["verdict"] or {}
        check = _worst_check(claim["id"], article["findings"])
        yield {
            "article_id": article["id"], "article_title": article["title"], "claim_id": claim["id"],
            **claim["span"], "sentence": claim["sentence"], **{name: claim[name] for name in CLAIM_FIELDS},
            "original_value": _original_value(claim), "corrections": _corrections(claim),
            "removed": bool(claim.get("removed")), "state": claim["state"],
            "verdict": verdict.get("label"), "rationale": verdict.get("rationale"),
            "sources": " ".join(verdict.get("sources", [])), "reviewer": verdict.get("reviewer"),
            "at": verdict.get("at"), "earlier_verdicts": len(claim["history"]),
            "check": check["status"], "check_explanation": check["explanation"],
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


def encode(articles: Iterator[dict], fmt: str, labels: dict[str, Label], publisher: Publisher | None) -> list[str]:
    """A batch of articles as the format's items: JSON texts of articles or of reviews, or CSV lines."""
    if fmt == "csv":
        return [csv_text([row for article in articles for row in csv_rows(article)])]
    if fmt == "claimreview":
        # Imported here: it reads claimants and clauses, which every command would otherwise load.
        from .claimreview import claimreviews

        articles = (review for article in articles for review in claimreviews(article, labels, publisher))
    return [json.dumps(item, ensure_ascii=False) for item in articles]
