"""The API keeps to its own OpenAPI document: schemathesis generates requests for every
operation, valid ones and invalid ones, sends them to the live WSGI app as a real reviewer
holding a real token, and checks each answer against the document.

Schemathesis's own pytest loader (`schemathesis.pytest.from_fixture`) reads a pytest
internal that pytest 9.2 removed, so each operation's strategy is driven by hypothesis
directly, through schemathesis's public `as_strategy`.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode, checks

from workbench import store

CHECKS = [checks.not_a_server_error, checks.response_schema_conformance, checks.status_code_conformance,
          checks.content_type_conformance]
DOCUMENT = json.loads(resources.files("workbench").joinpath("schemas/openapi.json").read_text(encoding="utf-8"))
# Each operation with valid requests, and with invalid ones where it takes any input. Where
# the path names an article or a claim, once more with the seed's own, since ids drawn at
# random seldom name one that exists.
RUNS = [
    pytest.param(method.upper(), path, mode, pinned, id=f"{method.upper()} {path} {mode}{' seed' if pinned else ''}")
    for path, item in DOCUMENT["paths"].items() for method, operation in item.items()
    for mode in GenerationMode for pinned in (False, True)
    if (mode.is_positive or operation.get("parameters") or operation.get("requestBody"))
    and (not pinned or (mode.is_positive and "{" in path))
]


@pytest.fixture
def token(db, reviewer) -> str:
    return store.add_token(db, reviewer["id"], "schemathesis", actor="Ana")["token"]


@pytest.fixture
def seed_ids(db, seed_id) -> dict[str, int]:
    return {"article_id": seed_id, "claim_id": store.article_claims(db, seed_id)[0]["id"]}


@pytest.fixture
def api_schema(app, seed_id):
    """The document as the app serves it, on a database holding the seed article."""
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


@pytest.mark.parametrize("method, path, mode, pinned", RUNS)
def test_every_operation_keeps_to_the_document(api_schema, token, seed_ids, method, path, mode, pinned):
    operation = api_schema[path][method]
    ids = {name: value for name, value in seed_ids.items() if pinned and f"{{{name}}}" in path}

    # Bounded so the whole run stays well under a minute. The examples of one operation
    # share its database on purpose: what one creates, the next may read.
    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=ids or None))
    @settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    def call(case):
        case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)

    call()


def test_a_saved_verdict_and_a_conflict_keep_to_the_document(api_schema, token, seed_ids):
    """Generated versions seldom match the current one, so the answers to a verdict saved
    and to one refused beside it are checked here as well."""
    operation = api_schema["/claims/{claim_id}/verdicts"]["POST"]
    case = operation.Case(path_parameters={"claim_id": seed_ids["claim_id"]}, media_type="application/json",
                          body={"label": "accurate", "rationale": "As reported.", "sources": [], "base_version": 0})
    headers = {"Authorization": f"Bearer {token}"}
    assert case.call_and_validate(headers=headers, checks=CHECKS).status_code == 201
    assert case.call_and_validate(headers=headers, checks=CHECKS).status_code == 409


@pytest.mark.parametrize("fmt", ["json", "csv", "claimreview"])
def test_each_export_format_keeps_to_the_document(api_schema, token, db, seed_ids, fmt):
    """With a published verdict, so ClaimReview holds a review for the document to judge."""
    store.save_verdict(db, seed_ids["claim_id"], 0, "accurate", "As *reported*.", ["https://example.org/r"], "Ana")
    store.set_state(db, seed_ids["claim_id"], "published", "Bo")
    case = api_schema["/export"]["GET"].Case(query={"format": fmt, "published": "1"})
    response = case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)
    assert response.status_code == 200 and response.text.count("As reported.") == (fmt == "claimreview")
