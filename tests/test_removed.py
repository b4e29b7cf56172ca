"""A figure a reviewer removed is no claim: it takes no verdict (on the page or through the API),
and no export presents it as a live claim, while the JSON export still carries it, marked,
with its history, so that a restore brings the removal back."""

from __future__ import annotations

import csv
import io

import jsonschema
import pytest
from bs4 import BeautifulSoup

from workbench import store
from workbench.export import json_schema
from workbench.ingest import import_documents
from workbench.readers import read_text

from .conftest import exported

HTMX = {"HX-Request": "true"}


def remove(client, claim_id: int) -> None:
    response = client.post(f"/claims/{claim_id}/removal", data={"removed": "1", "reason": "a table row number"}, headers=HTMX)
    assert response.status_code == 200


def test_the_page_refuses_a_verdict_on_a_removed_figure_and_keeps_what_was_typed(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    form = {"label": "accurate", "rationale": "My careful reasoning.", "sources": "https://example.org/t", "base_version": "0"}
    remove(client, claim_id)  # by someone else, while the form was open
    response = client.post(f"/claims/{claim_id}/verdict", data=form, headers=HTMX)
    assert response.status_code == 409
    widget = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert "removed" in widget.select_one("[role=alert]").text and "restore" in widget.select_one("[role=alert]").text
    assert widget.select_one("textarea[name=rationale]").text == "My careful reasoning."
    assert store.claim_history(db, claim_id) == [] and store.claim_state(db, claim_id) == "unreviewed"
    client.post(f"/claims/{claim_id}/removal", data={"removed": "0", "reason": "a figure after all"}, headers=HTMX)
    assert client.post(f"/claims/{claim_id}/verdict", data=form, headers=HTMX).status_code == 200


def test_the_api_refuses_a_verdict_on_a_removed_figure(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "Before it was removed.", [], "Ben")
    remove(client, claim_id)
    body = {"label": "misleading", "rationale": "Mine.", "sources": [], "base_version": 1}
    response = client.post(f"/api/v1/claims/{claim_id}/verdicts", json=body)
    assert response.status_code == 409
    answer = response.get_json()
    assert "removed" in answer["error"] and "Nothing was saved" in answer["error"]
    assert answer["current"]["rationale"] == "Before it was removed."
    assert [v["label"] for v in store.claim_history(db, claim_id)] == ["accurate"]


def test_the_store_refuses_whoever_asks(db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    store.set_removed(db, claim_id, True, "not a figure", "Ana")
    with pytest.raises(store.ClaimRemoved) as refused:
        store.save_verdict(db, claim_id, 0, "accurate", "r", [], "Ana")
    assert refused.value.current is None
    assert store.claim_history(db, claim_id) == []


def test_a_removed_figure_moves_back_but_never_on_to_review_or_publication(admin_client, db, seed_id):
    """Put back and unpublish stay open, so an admin can take down what was published before the
    removal; start review and publish are refused on the page and in the store, and the widget
    offers neither, nor the verdict form."""
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "Before it was removed.", [], "Ben")
    store.set_state(db, claim_id, "published", "Bo")
    client = admin_client
    remove(client, claim_id)
    assert client.post(f"/claims/{claim_id}/state", data={"state": "reviewed"}, headers=HTMX).status_code == 200
    refused = client.post(f"/claims/{claim_id}/state", data={"state": "published"}, headers=HTMX)
    assert refused.status_code == 409 and "restore it" in refused.get_data(as_text=True)
    assert store.claim_state(db, claim_id) == "reviewed"
    widget = BeautifulSoup(client.get(f"/claims/{claim_id}/verdict").get_data(as_text=True), "html.parser")
    assert widget.select_one("form.workflow button") is None and "restore the figure" in widget.text
    assert widget.select_one("textarea[name=rationale]") is None
    with pytest.raises(store.ClaimRemoved):
        store.set_state(db, claim_id, "published", "Bo")
    other = store.article_claims(db, seed_id)[6]["id"]
    store.set_removed(db, other, True, "not a figure", "Ana")
    with pytest.raises(store.ClaimRemoved):
        store.set_state(db, other, "in review", "Ana")
    store.set_removed(db, claim_id, False, "a figure after all", "Ana")
    assert client.post(f"/claims/{claim_id}/state", data={"state": "published"}, headers=HTMX).status_code == 200


def test_exports_never_present_a_removed_figure_as_a_live_claim_and_restore_brings_the_removal_back(
        client, db, seed_id, tmp_path):
    claims = store.article_claims(db, seed_id)
    removed, kept = claims[5]["id"], claims[13]["id"]
    for claim_id in (removed, kept):
        store.save_verdict(db, claim_id, 0, "accurate", "Checked.", [], "Ana")
        store.set_state(db, claim_id, "published", "Bo")  # published, and then one found to be no claim
    remove(client, removed)
    document = exported(db)
    jsonschema.validate(document, json_schema())
    shown = {c["id"]: c for c in document["articles"][0]["claims"]}
    assert shown[removed]["removed"] is True and shown[removed]["verdict"]["rationale"] == "Checked."
    assert "removed" not in shown[kept]
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(client.get("/export/verdicts.csv").get_data(as_text=True)))}
    assert (rows[str(removed)]["removed"], rows[str(kept)]["removed"]) == ("True", "False")  # a sheet filters on it
    assert len(rows) == len(claims)
    reviews = client.get("/export/claimreview.json").get_json()
    assert [r["claimReviewed"] for r in reviews] == [store.get_claim(db, kept)["sentence"]]

    restored = store.open_db(tmp_path / "restored.db")
    store.migrate(restored)
    raw = client.get("/export/verdicts.json").get_data(as_text=True)
    [outcome] = import_documents(restored, read_text(raw, "verdicts.json", "json"))
    back = {c["start"]: c for c in store.article_claims(restored, outcome.article_id)}
    was = store.get_claim(db, removed)
    assert back[was["start"]]["removed"] == 1
    assert [v["rationale"] for v in store.claim_history(restored, back[was["start"]]["id"])] == ["Checked."]
    assert sum(c["removed"] for c in back.values()) == 1
