"""An export read back in: each article restored with its claims as exported (corrected
values, removed and added figures), its review history (verdicts with their versions,
reviewers and times, corrections, every workflow move), the checks reviewers built and the
findings, so that exporting the restored database gives the same bytes.

`read_export` takes an export in any JSON layout an article at a time (streamjson), so an
export of any size is read with one article in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import fastjsonschema
import sqlite_utils

from . import store, streamjson, urls
from .checks.manual import ManualCheck, problems
from .documents import Document, Outcome, Rejection, admit
from .export import json_schema
from .extract import Claim, Span
from .parsing import DECODER, unstorable
from .rechecks import recheck

SCHEMA_ID = "workbench.export/v1"
# How an export opens as `workbench export` writes it, in any spacing: the schema first.
OPENING = re.compile(r'\A\ufeff?\s*\{\s*"schema"\s*:\s*"workbench\.export/v1"')


@dataclass
class Restoring:
    """What restoring one export has done so far. An article whose ids were free keeps them
    (`kept`), so the findings of a later article can name its claims by their exported ids;
    `exact` holds while every article of the export kept them."""
    kept: set[int] = field(default_factory=set)
    exact: bool = True


@dataclass
class Exported:
    article: dict
    origin: str
    restoring: Restoring = field(default_factory=Restoring)

    @property
    def document(self) -> Document:
        a = self.article
        return Document(title=a["title"], text=a["text"], origin=self.origin, url=a.get("url"),
                        source=a.get("source"), published=a.get("published"), external_id=a.get("external_id"),
                        metadata=a.get("metadata") or {})


def is_export(data: object) -> bool:
    return isinstance(data, dict) and data.get("schema") == SCHEMA_ID


def opens_export(head: bytes) -> bool:
    """Whether a file's first bytes open an export, so it is read an article at a time."""
    return OPENING.match(head.decode("utf-8", "replace")) is not None


def articles_of(data: dict, name: str) -> Iterator[Exported | Rejection]:
    """The articles of an export read whole, as another tool may have reshaped it."""
    articles = data.get("articles")
    if not isinstance(articles, list):
        yield Rejection(name, "field 'articles' must be a list")
        return
    restoring = Restoring()
    for n, article in enumerate(articles, 1):
        yield checked(article, f"{name} article {n}", restoring)


def read_export(pieces: Iterable[str], name: str) -> Iterator[Exported | Rejection]:
    """An export an article at a time, each checked and named by its place ("export.json
    article 3"). An article that is no JSON costs only itself; where the document itself
    breaks off, the articles before are kept and the break is named by its line."""
    restoring = Restoring()
    try:
        for part in streamjson.read(pieces, "articles", DECODER):
            if isinstance(part, streamjson.Member):
                if problem := _head_problem(part):
                    yield Rejection(name, problem, part.name)
                    return
            elif part.error:
                yield Rejection(f"{name} article {part.number}", f"invalid JSON: {part.error}")
            else:
                yield checked(part.value, f"{name} article {part.number}", restoring)
    except streamjson.Malformed as error:
        yield Rejection(f"{name} line {error.line}", error.reason)


def _head_problem(member: streamjson.Member) -> str | None:
    if member.name == "schema" and member.value != SCHEMA_ID:
        return f"field 'schema' is {member.value!r}, not {SCHEMA_ID!r}"
    if member.name == "exported_at" and not isinstance(member.value, str):
        return "field 'exported_at' must be a string"
    if member.name not in ("schema", "exported_at"):
        return f"field {member.name!r} is no part of an export"
    return None


@cache
def _article_validator():
    """The export schema's article, with the definitions it refers to, compiled once, when
    the first export is read: an export of a hundred thousand articles is checked an article
    at a time as it is read, and a command that reads none starts without the compiling."""
    schema = json_schema()
    return fastjsonschema.compile({**schema["$defs"]["article"], "$defs": schema["$defs"]})


def _claim_problem(claim: dict, text: str, ids: set[int]) -> str | None:
    """What the schema cannot say: that the claim points into the article's own text, and
    that its workflow state is where its moves left it."""
    span = claim["span"]
    # JSON Schema counts 3.0 an integer; a slice of the text does not.
    if not all(type(span[end]) is int for end in ("start", "end")) or text[span["start"]:span["end"]] != span["text"]:
        return "field 'span' does not point at its text in the article"
    at = text.find(claim["sentence"], max(0, span["end"] - len(claim["sentence"])))
    if not 0 <= at <= span["start"]:
        return "field 'sentence' is not the sentence around the span"
    if claim["part_of"] is not None and claim["part_of"] not in ids:
        return "field 'part_of' names no claim of this article"
    if "moves" in claim and claim.get("state", store.STATES[0]) != (claim["moves"][-1]["state"] if claim["moves"] else store.STATES[0]):
        return "field 'state' is not where the last of 'moves' left the claim"
    return None


def _finding_problem(finding: dict, ids: set[int]) -> str | None:
    if len(set(finding["claims"])) < len(finding["claims"]):
        return "field 'claims' names a claim twice"
    if not ids & set(finding["claims"]):
        return "field 'claims' names no claim of this article"
    return None


def _check_problem(check: dict, ids: set[int]) -> str | None:
    """A reviewer's check is held to the rules of the page that builds one."""
    if not set(check["claims"]) <= ids or len(set(check["claims"])) < len(check["claims"]):
        return "field 'claims' must name claims of this article, each once"
    found = problems(ManualCheck(check["relation"], list(range(len(check["claims"]))), check["percent"]))
    return found[0] if found else None


def _fault(error: fastjsonschema.JsonSchemaValueException) -> str:
    """What the schema found wrong; for a web address, the reason urls.problem gives, not its pattern."""
    if error.rule in ("pattern", "maxLength") and error.definition.get("pattern") == urls.PATTERN:
        return f"not a web address: {urls.problem(error.value)}"
    return error.message.removeprefix(error.name).strip()


def checked(article: object, origin: str, restoring: Restoring | None = None) -> Exported | Rejection:
    """The exported article, or its first fault, named by where it is ("claims[2].span")."""
    try:
        _article_validator()(article)
    except fastjsonschema.JsonSchemaValueException as error:
        place = error.name.removeprefix("data").lstrip(".") or "the article"
        return Rejection(origin, f"{place}: {_fault(error)}", place)
    if not article.get("text"):
        return Rejection(origin, "field 'text' is missing or empty: only exports that carry the text can be imported", "text")
    if not article["title"].strip():
        return Rejection(origin, "field 'title' is empty", "title")
    if fault := unstorable(article):
        return Rejection(origin, f"{fault[0]}: {fault[1]}", fault[0])
    if isinstance(refused := admit(Exported(article, origin).document), Rejection):
        return refused
    if Document(article["title"], article["text"], origin).sha256 != article["sha256"]:
        return Rejection(origin, "field 'sha256' is not the hash of field 'text'", "sha256")
    ids = {claim["id"] for claim in article["claims"]}
    if len(ids) < len(article["claims"]):
        return Rejection(origin, "claims: two claims have the same 'id'", "claims")
    if len({finding["id"] for finding in article["findings"]}) < len(article["findings"]):
        return Rejection(origin, "findings: two findings have the same 'id'", "findings")
    for where, items, problem in (("claims", article["claims"], lambda claim: _claim_problem(claim, article["text"], ids)),
                                  ("findings", article["findings"], lambda finding: _finding_problem(finding, ids)),
                                  ("checks", article.get("checks", []), lambda check: _check_problem(check, ids))):
        for n, item in enumerate(items):
            if fault := problem(item):
                return Rejection(origin, f"{where}[{n}]: {fault}", f"{where}[{n}]")
    return Exported(article, origin, restoring or Restoring())


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
    """Store the article as exported, or leave it alone when its text is already present.

    Where its ids are free (in an empty database, every article's are) it keeps them and its
    findings are stored as exported, so that exporting again gives the same bytes. Elsewhere
    it takes new ids, and its findings are evaluated afresh on the claims as restored."""
    document, article, restoring = item.document, item.article, item.restoring
    claims = article["claims"]
    index_of = {claim["id"]: n for n, claim in enumerate(claims)}
    with store.transaction(db):
        keep = store.ids_free(db, article["id"], list(index_of))
        row = {**vars(document), "sha256": document.sha256, "created_at": article.get("created_at"),
               "assignee": article.get("assignee"), "id": article["id"] if keep else None}
        article_id, stored = store.insert_article(db, row, [_as_claim(c, index_of, document.text) for c in claims], [],
                                                  claim_ids=list(index_of) if keep else None)
        if not stored:
            restoring.exact = False
            return Outcome(document, article_id, stored=False)
        stored_ids = [row["id"] for row in store.article_claims(db, article_id)]
        id_of = dict(zip(sorted(index_of, key=lambda c: (claims[index_of[c]]["span"]["start"], index_of[c])), stored_ids))
        for claim in claims:
            store.restore_history(db, id_of[claim["id"]], claim)
        store.restore_checks(db, article_id, [{**check, "claims": [id_of[c] for c in check["claims"]]}
                                              for check in article.get("checks", [])])
        findings = _findings(db, item, id_of) if keep else None
        if findings is None:
            recheck(db, article_id)
        else:
            store.restore_findings(db, article_id, findings)
        if keep:
            restoring.kept.add(article_id)
        restoring.exact &= keep
    return Outcome(document, article_id, stored=True, claims=len(claims))


def _findings(db: sqlite_utils.Database, item: Exported, id_of: dict[int, int]) -> list[dict] | None:
    """The article's findings as exported, or None when one names a claim of another article
    that this restore cannot place, and the article is to be checked afresh instead.

    A finding may relate this article's claims to another article's. When that article is
    not (yet) in the database, the finding is left to it: its export carries the finding
    too. When it is, it must be one this export restored with its ids kept."""
    findings = item.article["findings"]
    elsewhere = {c for finding in findings for c in finding["claims"] if c not in id_of}
    owners = store.claim_articles(db, elsewhere)
    placed = []
    for finding in findings:
        others = [c for c in finding["claims"] if c not in id_of]
        if any(owners[c] not in item.restoring.kept for c in others if c in owners):
            return None
        if any(c not in owners for c in others):
            if not item.restoring.exact:
                return None
            continue
        placed.append({**finding, "claims": [id_of.get(c, c) for c in finding["claims"]]})
    return placed
