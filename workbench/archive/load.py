"""An analysis read back for `workbench import DIR`: each article with its claims and
findings as analysed, and the findings linking it to articles before it, which name the
other figure by its article's text hash and its span, since ids exist only once stored.

A record that does not hold together (a field of the wrong type, a claim index past the
list, a text whose hash is not the record's) is a rejection naming its part file and row,
and costs only itself.
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..checks import Finding
from ..documents import Document, Rejection, admit
from ..extract import Claim
from .parts import parts, read_manifest, read_part
from .records import claim_of, document_of, finding_of, validator


@dataclass
class Analysed:
    document: Document
    claims: list[Claim]
    findings: list[Finding]
    links: list[dict]  # `repeated` findings with earlier articles, in the order import finds them


def read_analysis(out: Path) -> Iterator[Analysed | Rejection]:
    manifest = read_manifest(out)
    if isinstance(manifest, str):
        yield Rejection(str(out), manifest)
        return
    if manifest["format"] == "parquet" and importlib.util.find_spec("pyarrow") is None:
        yield Rejection(str(out), "an analysis in Parquet needs pyarrow: pip install 'workbench[cluster]'")
        return
    links: dict[str, list[dict]] = defaultdict(list)
    for part in parts(out, "links"):
        for origin, record in read_part(part):
            if problem := _problem(record, "link"):
                yield Rejection(origin, *problem)
            else:
                links[record["article"]].append(record)
    for part in parts(out, "articles"):
        for origin, record in read_part(part):
            yield Rejection(origin, *problem) if (problem := _problem(record, "article")) else \
                _analysed(record, sorted(links.pop(record["sha256"], []), key=lambda link: (link["claim"], link["rank"])))


def _analysed(record: dict, links: list[dict]) -> Analysed | Rejection:
    document = admit(document_of(record, record["origin"]))
    if isinstance(document, Rejection):
        return document
    return Analysed(document, [claim_of(claim) for claim in record["claims"]],
                    [finding_of(finding) for finding in record["findings"]], links)


def _problem(record: dict | Exception, kind: str) -> tuple[str, str | None] | None:
    """Why the record cannot be loaded, and the field at fault, or None."""
    import fastjsonschema

    if isinstance(record, Exception):
        return f"invalid JSON: {record}", None
    try:
        validator(kind)(record)
    except fastjsonschema.JsonSchemaValueException as error:
        return error.message, (error.path[1] if len(error.path) > 1 else None)
    if kind == "link":
        return None
    claims, text = record["claims"], record["text"]
    if document_of(record, "").sha256 != record["sha256"]:
        return "field 'sha256' is not the hash of the text", "sha256"
    for n, claim in enumerate(claims):
        span = claim["span"]
        if not span["start"] <= span["end"] <= len(text) or text[span["start"]:span["end"]] != span["text"]:
            return f"claim {n}: its span is not the text at [{span['start']}, {span['end']})", "claims"
        if claim["part_of"] is not None and claim["part_of"] >= len(claims):
            return f"claim {n}: part_of {claim['part_of']} is past the {len(claims)} claims", "claims"
    for n, finding in enumerate(record["findings"]):
        if any(index >= len(claims) for index in finding["claims"]):
            return f"finding {n}: a claim index is past the {len(claims)} claims", "findings"
    return None
