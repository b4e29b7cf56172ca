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

import fastjsonschema
import sqlite_utils

from . import store, urls
from .documents import Document, Outcome, Rejection
from .export import json_schema
from .extract import Claim, Span
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


def _article_validator():
    """The export schema's article, with the definitions it refers to, compiled: an export
    of a hundred thousand articles is checked an article at a time as it is read."""
    schema = json_schema()
    return fastjsonschema.compile({**schema["$defs"]["article"], "$defs": schema["$defs"]})


_VALID_ARTICLE = _article_validator()


def _claim_problem(claim: dict, text: str, ids: set[int]) -> str | None:
    """What the schema cannot say: that the claim points into the article's own text."""
    span = claim["span"]
    # JSON Schema counts 3.0 an integer; a slice of the text does not.
    if not all(type(span[end]) is int for end in ("start", "end")) or text[span["start"]:span["end"]] != span["text"]:
        return "field 'span' does not point at its text in the article"
    at = text.find(claim["sentence"], max(0, span["end"] - len(claim["sentence"])))
    if not 0 <= at <= span["start"]:
        return "field 'sentence' is not the sentence around the span"
    if claim["part_of"] is not None and claim["part_of"] not in ids:
        return "field 'part_of' names no claim of this article"
    return None


def _fault(error: fastjsonschema.JsonSchemaValueException) -> str:
    """What the schema found wrong; for a web address, the reason urls.problem gives, not its pattern."""
    if error.rule in ("pattern", "maxLength") and error.definition.get("pattern") == urls.PATTERN:
        return f"not a web address: {urls.problem(error.value)}"
    return error.message.removeprefix(error.name).strip()


def checked(article: object, origin: str) -> Exported | Rejection:
    """The exported article, or its first fault, named by where it is ("claims[2].span")."""
    try:
        _VALID_ARTICLE(article)
    except fastjsonschema.JsonSchemaValueException as error:
        place = error.name.removeprefix("data").lstrip(".") or "the article"
        return Rejection(origin, f"{place}: {_fault(error)}", place)
    if not article.get("text"):
        return Rejection(origin, "field 'text' is missing or empty: only exports that carry the text can be imported", "text")
    if not article["title"].strip():
        return Rejection(origin, "field 'title' is empty", "title")
    if Document(article["title"], article["text"], origin).sha256 != article["sha256"]:
        return Rejection(origin, "field 'sha256' is not the hash of field 'text'", "sha256")
    ids = {claim["id"] for claim in article["claims"]}
    if len(ids) < len(article["claims"]):
        return Rejection(origin, "claims: two claims have the same 'id'", "claims")
    for n, claim in enumerate(article["claims"]):
        if problem := _claim_problem(claim, article["text"], ids):
            return Rejection(origin, f"claims[{n}]: {problem}", f"claims[{n}]")
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
