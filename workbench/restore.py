"""An export read back in: each article restored with its claims as exported (corrected
values, removed and added figures) and its review history (verdicts with their versions,
reviewers and times, corrections, workflow state), then checked afresh.

`workbench export` writes one article a line after a header line, so `read_lines` takes an
export of any size a line at a time; an export reshaped by another tool is read whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlite_utils

from . import store
from .documents import Document, Outcome, Rejection
from .extract import KINDS, Claim, Span
from .rechecks import recheck

SCHEMA_ID = "workbench.export/v1"
HEADER = '{"schema": "' + SCHEMA_ID + '"'


@dataclass
class Exported:
    article: dict
    origin: str

    @property
    def document(self) -> Document:
        a = self.article
        return Document(title=a["title"], text=a["text"], origin=self.origin, url=a.get("url"),
                        source=a.get("source"), published=a.get("published"))


def is_export(data: object) -> bool:
    return isinstance(data, dict) and data.get("schema") == SCHEMA_ID


def articles_of(data: dict, name: str) -> Iterator[Exported | Rejection]:
    articles = data.get("articles")
    if not isinstance(articles, list):
        yield Rejection(name, "field 'articles' must be a list")
        return
    for n, article in enumerate(articles, 1):
        yield checked(article, f"{name} article {n}")


def read_lines(lines: Iterable[str], name: str) -> Iterator[Exported | Rejection]:
    """An export as `workbench export` writes it: a header line, then an article a line."""
    for n, line in enumerate(lines, 1):
        line = line.strip().lstrip(",")
        if n == 1 or line in ("", "]}"):
            continue
        try:
            article = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            yield Rejection(f"{name} line {n}", f"invalid JSON: {getattr(error, 'msg', error)}")
            continue
        yield checked(article, f"{name} line {n}")


_NULLABLE = {"low", "high", "qualifier", "unit", "subject", "part_of"}
_TYPES = {"value": (int, float), "low": (int, float), "high": (int, float), "qualifier": str, "unit": str,
          "subject": str, "part_of": int, "sentence": str, "approx": bool, "history": list, "corrections": list}


def _typed(name: str, value: object) -> bool:
    if value is None:
        return name in _NULLABLE
    # JSON true is a Python bool, which is also an int: only a field meant as bool takes it.
    return isinstance(value, _TYPES[name]) and (isinstance(value, bool) == (_TYPES[name] is bool))


def _claim_problem(claim: object, text: str, ids: set) -> str | None:
    if not isinstance(claim, dict):
        return "is not an object"
    for name in _TYPES:
        if not _typed(name, claim.get(name)):
            return f"field '{name}' is missing or of the wrong type"
    span = claim.get("span")
    if not (isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int)
            and text[span["start"]:span["end"]] == span.get("text") and span["text"]):
        return "field 'span' does not point at its text in the article"
    at = text.find(claim["sentence"], max(0, span["end"] - len(claim["sentence"])))
    if not 0 <= at <= span["start"]:
        return "field 'sentence' is not the sentence around the span"
    if claim.get("kind") not in KINDS:
        return f"field 'kind' must be one of {', '.join(KINDS)}"
    if claim.get("state", "unreviewed") not in store.STATES:
        return f"field 'state' must be one of {', '.join(store.STATES)}"
    if claim["part_of"] is not None and claim["part_of"] not in ids:
        return "field 'part_of' names no claim of this article"
    for verdict in [*claim["history"], *([claim["verdict"]] if claim.get("verdict") else [])]:
        if not (isinstance(verdict, dict) and all(isinstance(verdict.get(k), str) for k in ("label", "rationale", "reviewer", "at"))
                and isinstance(verdict.get("sources"), list) and all(isinstance(s, str) for s in verdict["sources"])):
            return "a verdict lacks label, rationale, sources, reviewer or at"
    for correction in claim["corrections"]:
        if not (isinstance(correction, dict) and correction.get("field") in ("value", "unit", "subject", "claim")
                and all(isinstance(correction.get(k), str) for k in ("reason", "reviewer", "at"))):
            return "a correction lacks field, reason, reviewer or at"
    return None


def checked(article: object, origin: str) -> Exported | Rejection:
    """The exported article, or what is wrong with it, naming the field (and the claim)."""
    if not isinstance(article, dict):
        return Rejection(origin, "expected an article object")
    for name in ("title", "text", "sha256"):
        if not isinstance(article.get(name), str) or not article[name]:
            return Rejection(origin, f"field '{name}' is missing or empty")
    if Document(article["title"], article["text"], origin).sha256 != article["sha256"]:
        return Rejection(origin, "field 'sha256' is not the hash of field 'text'")
    claims = article.get("claims")
    if not isinstance(claims, list):
        return Rejection(origin, "field 'claims' must be a list")
    ids = {c.get("id") for c in claims if isinstance(c, dict)}
    for n, claim in enumerate(claims):
        if problem := _claim_problem(claim, article["text"], ids):
            return Rejection(origin, f"claims[{n}]: {problem}")
    return Exported(article, origin)


def _as_claim(claim: dict, index_of: dict, text: str) -> Claim:
    span = claim["span"]
    # The occurrence of the sentence that holds the span: the first at or after the latest it could start.
    sentence_start = text.find(claim["sentence"], max(0, span["end"] - len(claim["sentence"])))
    return Claim(
        span=Span(span["start"], span["end"], span["text"]), sentence=claim["sentence"], value=claim["value"],
        low=claim["low"], high=claim["high"], kind=claim["kind"], approx=claim["approx"],
        qualifier=claim["qualifier"], unit=claim["unit"], subject=claim["subject"],
        part_of=index_of.get(claim["part_of"]), sentence_start=sentence_start,
    )


def restore(db: sqlite_utils.Database, item: Exported) -> Outcome:
    """Store the article as exported, or leave it alone when its text is already present."""
    document = item.document
    claims = item.article["claims"]
    index_of = {claim["id"]: n for n, claim in enumerate(claims)}
    with store.transaction(db):
        article = {**vars(document), "sha256": document.sha256}
        article_id, stored = store.insert_article(db, article, [_as_claim(c, index_of, document.text) for c in claims], [])
        if stored:
            ids = [row["id"] for row in store.article_claims(db, article_id)]
            for claim_id, claim in zip(ids, sorted(claims, key=lambda c: (c["span"]["start"], index_of[c["id"]]))):
                store.restore_history(db, claim_id, claim)
            recheck(db, article_id)
    return Outcome(document, article_id, stored=stored, claims=len(claims) if stored else 0)
