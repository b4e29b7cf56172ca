"""A check built by pointing: previewed as figures are picked (nothing kept), then kept;
edited into a new check or deleted, the earlier one ending, never erased, and carried
whole through an export and its restore."""

from __future__ import annotations

import json

import jsonschema
from bs4 import BeautifulSoup

from workbench import store
from workbench.export import json_schema
from workbench.ingest import import_documents
from workbench.readers import read_text

from .conftest import exported

HTMX = {"HX-Request": "true"}


def soup(response):
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def ids(db, seed_id) -> dict[str, int]:
    return {c["text"]: c["id"] for c in store.article_claims(db, seed_id)}


def built(db, seed_id) -> list[str]:
    return sorted(f["explanation"] for f in store.article_findings(db, seed_id) if f["origin"] == "reviewer")


def test_a_preview_says_what_the_check_would_find_and_keeps_nothing(client, db, seed_id):
    claims = ids(db, seed_id)
    one = client.post(f"/articles/{seed_id}/checks/preview", data={"relation": "sum-at-most", "second": claims["100"]},
                      headers=HTMX)
    assert "Pick at least two figures." in one.get_data(as_text=True)
    form = {"relation": "sum-at-most", "first": [claims["100"], claims["50"]], "second": claims["425"]}
    preview = soup(client.post(f"/articles/{seed_id}/checks/preview", data=form, headers=HTMX))
    assert preview.select_one(".finding.status-pass").text.split(None, 1)[1] == \
        "Parts within a total, checked by a reviewer, consistent: 100 + 50 = 150, at most 425."
    assert store.reviewer_checks(db, seed_id, ended=True) == [] and built(db, seed_id) == []


def test_an_edit_ends_the_check_it_replaces_and_its_finding_goes(client, db, seed_id):
    claims = ids(db, seed_id)
    client.post(f"/articles/{seed_id}/checks", data={"relation": "at-most", "first": claims["100"],
                                                    "second": claims["425"]}, headers=HTMX)
    [check] = store.reviewer_checks(db, seed_id)
    opened = soup(client.get(f"/articles/{seed_id}/checks/{check['id']}/edit", headers=HTMX))
    assert opened.select_one("input[name=replaces]")["value"] == str(check["id"])
    assert [li["data-id"] for li in opened.select(".picked li")] == [str(claims["100"]), str(claims["425"])]
    edited = client.post(f"/articles/{seed_id}/checks", headers=HTMX, data={
        "relation": "at-most", "first": claims["100"], "second": claims["850"], "replaces": check["id"]})
    assert edited.status_code == 200
    assert built(db, seed_id) == ["100 <= 850 - pass"]
    old, new = store.reviewer_checks(db, seed_id, ended=True)
    assert (old["ended_by"], old["edited"], new["ended_at"]) == ("Ana", 1, None)
    again = client.post(f"/articles/{seed_id}/checks", headers=HTMX, data={
        "relation": "at-most", "first": claims["50"], "second": claims["850"], "replaces": check["id"]})
    assert again.status_code == 422 and "edited meanwhile" in again.get_data(as_text=True)
    assert len(store.reviewer_checks(db, seed_id, ended=True)) == 2  # the stale edit kept nothing
    assert soup(again).select_one("input[name=replaces]") is None  # what was typed can be kept as a new check


def test_a_deleted_check_stops_counting_and_stays_in_the_history(client, db, seed_id):
    claims = ids(db, seed_id)
    client.post(f"/articles/{seed_id}/checks", data={"relation": "at-most", "first": claims["760"],
                                                    "second": claims["100"]}, headers=HTMX)
    [check] = store.reviewer_checks(db, seed_id)
    assert store.get_claim(db, claims["760"])["worst"] == "fail"
    page = soup(client.post(f"/articles/{seed_id}/checks/{check['id']}/delete", headers=HTMX))
    assert built(db, seed_id) == [] and store.get_claim(db, claims["760"])["worst"] != "fail"
    assert "Ana deleted it" in page.select_one(".check-history").text
    assert client.post(f"/articles/{seed_id}/checks/{check['id']}/delete", headers=HTMX).status_code == 409


def test_ended_checks_travel_through_an_export_and_its_restore(client, db, seed_id, tmp_path):
    claims = ids(db, seed_id)
    client.post(f"/articles/{seed_id}/checks", data={"relation": "at-most", "first": claims["100"],
                                                    "second": claims["425"]}, headers=HTMX)
    [check] = store.reviewer_checks(db, seed_id)
    client.post(f"/articles/{seed_id}/checks/{check['id']}/delete", headers=HTMX)
    document = exported(db)
    jsonschema.validate(document, json_schema())
    [kept] = document["articles"][0]["checks"]
    assert kept["ended"]["reviewer"] == "Ana" and kept["ended"]["edited"] is False
    restored = store.open_db(tmp_path / "restored.db")
    store.migrate(restored)
    [outcome] = import_documents(restored, read_text(json.dumps(document), "verdicts.json", "json"))
    [back] = store.reviewer_checks(restored, outcome.article_id, ended=True)
    assert (back["ended_by"], back["edited"]) == ("Ana", 0) and store.reviewer_checks(restored, outcome.article_id) == []
