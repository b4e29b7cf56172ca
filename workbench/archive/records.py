"""One analysed article as a plain record, in the export's field names: the document, its
claims and the findings among them. Claims carry `sentence_start` besides (the export
leaves it out, the store keeps it), and name each other by their place in the list, as
findings do: an archive has no database ids until it is imported.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from ..checks import Finding
from ..checks.repeated import eligible, keyed, quantity_key
from ..documents import Document
from ..export_formats import CLAIM_FIELDS
from ..extract import Claim, Span

SCHEMA_ID = "workbench.analysis/v1"
DOCUMENT_FIELDS = ("title", "source", "url", "published", "external_id", "metadata", "text")
FINDING_FIELDS = ("rule", "claims", "status", "explanation", "origin")


def article_record(document: Document, order: int, claims: list[Claim], findings: list[Finding]) -> dict:
    return {
        "order": order, "origin": document.origin, "sha256": document.sha256,
        **{name: getattr(document, name) for name in DOCUMENT_FIELDS},
        "claims": [claim_record(claim) for claim in claims],
        "findings": [{name: getattr(finding, name) for name in FINDING_FIELDS} for finding in findings],
    }


def claim_record(claim: Claim) -> dict:
    span = claim.span
    return {"span": {"start": span.start, "end": span.end, "text": span.text}, "sentence": claim.sentence,
            "sentence_start": claim.sentence_start, **{name: getattr(claim, name) for name in CLAIM_FIELDS}}


def claim_of(record: dict) -> Claim:
    return Claim(span=Span(**record["span"]), sentence_start=record["sentence_start"],
                 sentence=record["sentence"], **{name: record[name] for name in CLAIM_FIELDS})


def document_of(record: dict, origin: str) -> Document:
    return Document(origin=origin, **{name: record[name] for name in DOCUMENT_FIELDS})


def finding_of(record: dict) -> Finding:
    return Finding(**{name: record[name] for name in FINDING_FIELDS})


def statements(record: dict, claims: list[Claim]) -> list[tuple]:
    """The article's figures as the shuffle carries them to the others of their quantity:
    (key, order, sha256, place in the article, claim record), for every figure whose key an
    eligible figure could share. A figure that is not itself eligible only takes its place
    among the statements of its quantity, so it travels without its record."""
    return [(quantity_key(claim), record["order"], record["sha256"], n, record["claims"][n] if eligible(claim) else None)
            for n, claim in enumerate(claims) if keyed(claim)]


def schema() -> dict:
    return json.loads(resources.files("workbench").joinpath("schemas/analysis-v1.schema.json").read_text())


@cache
def validator(kind: str):
    """A check of one record of `kind` ('article' or 'link') against the schema; it raises
    fastjsonschema's JsonSchemaValueException, which names the field at fault."""
    import fastjsonschema

    definitions = schema()["$defs"]
    return fastjsonschema.compile({**definitions[kind], "$defs": definitions})
