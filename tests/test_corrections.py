"""Correcting a mis-extracted figure: stored with its history, checks re-run, nothing typed lost."""

import sqlite3

import jsonschema
import pytest
from bs4 import BeautifulSoup

from workbench import store
from workbench.export import json_schema
from workbench.documents import Document
from workbench.ingest import import_document
from workbench.readers import read_text

from .conftest import exported

HTMX = {"HX-Request": "true"}


def soup(response):
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def claim_ids(db, article_id):
    return {c["text"]: c["id"] for c in store.article_claims(db, article_id)}


def form(claim, **changes):
    shown = {"value": str(claim["value"]), "unit": claim["unit"] or "", "subject": claim["subject"] or ""}
    return {**shown, **{f"was_{k}": v for k, v in shown.items()}, "reason": "misread"} | changes


def test_a_value_past_64_bits_is_kept_as_a_float_in_the_article_and_in_a_correction(client, db, seed_id):
    """SQLite's integers stop at 2**63 - 1, and the driver refuses a larger Python int."""
    big = import_document(db, Document("Stars", "About 10000000000000000000000 stars and 5 planets.", "t"))
    [stars, planets] = store.article_claims(db, big.article_id)
    assert stars["value"] == 1e22 and planets["value"] == 5
    claim = store.get_claim(db, claim_ids(db, seed_id)["900"])
    response = client.post(f"/claims/{claim['id']}/correction", data=form(claim, value=str(2**64), reason="typo"))
    assert response.status_code == 303
    assert store.get_claim(db, claim["id"])["value"] == float(2**64)


def findings_of(db, article_id, rule):
    return [f for f in store.article_findings(db, article_id) if f["rule"] == rule]


def test_a_corrected_value_re_runs_the_rules_and_is_in_the_history(client, db, seed_id):
    ids = claim_ids(db, seed_id)
    assert all(f["status"] == "pass" for f in store.article_findings(db, seed_id))
    claim = store.get_claim(db, ids["900"])
    response = client.post(f"/claims/{claim['id']}/correction", data=form(claim, value="9,000", reason="typo"))
    assert response.status_code == 303
    assert store.get_claim(db, ids["900"])["value"] == 9000
    assert any(f["status"] == "fail" and ids["900"] in f["claims"] for f in store.article_findings(db, seed_id))
    page = soup(client.get(f"/articles/{seed_id}"))
    note = page.select_one(f"#c{ids['900']} .correction").text
    assert "value 900 → 9000: typo" in note and "Ana" in note


def test_a_reviewers_check_is_re_evaluated_on_the_corrected_value(client, db, seed_id):
    ids = claim_ids(db, seed_id)
    check = {"first": [str(ids["100"]), str(ids["50"])], "relation": "sum-equals", "second": str(ids["425"])}
    client.post(f"/articles/{seed_id}/checks", data=check)
    assert [f["status"] for f in findings_of(db, seed_id, "sum-equals")] == ["fail"]
    claim = store.get_claim(db, ids["100"])
    client.post(f"/claims/{claim['id']}/correction", data=form(claim, value="375"))
    assert [f["status"] for f in findings_of(db, seed_id, "sum-equals")] == ["pass"]


def test_open_bounds_stay_open_and_closed_ones_follow_the_value(client, db):
    location = client.post("/articles", data={"text": "Jobs\n\nMore than 100 jobs and 20 shops went."}).headers["Location"]
    article_id = int(location.rsplit("/", 1)[1])
    ids = claim_ids(db, article_id)
    for text, value in (("100", "120"), ("20", "25")):
        claim = store.get_claim(db, ids[text])
        assert client.post(f"/claims/{claim['id']}/correction", data=form(claim, value=value)).status_code == 303
    more_than, shops = store.get_claim(db, ids["100"]), store.get_claim(db, ids["20"])
    assert (more_than["value"], more_than["low"], more_than["high"]) == (120, 120, None)
    assert (shops["value"], shops["low"], shops["high"]) == (25, 25, 25)


@pytest.mark.parametrize("typed, value", [
    ("14m", 14_000_000), ("£14m", 14_000_000), ("1.2bn", 1_200_000_000), ("1,250", 1250), ("two thirds", 0.667),
])
def test_a_value_is_typed_as_a_figure_is_written(client, db, seed_id, typed, value):
    claim = store.get_claim(db, claim_ids(db, seed_id)["900"])
    assert client.post(f"/claims/{claim['id']}/correction", data=form(claim, value=typed)).status_code in (200, 303)
    assert store.get_claim(db, claim["id"])["value"] == pytest.approx(value, rel=1e-3)


def test_a_correction_changes_the_kind_and_the_checks_follow(client, db, seed_id):
    claim = store.get_claim(db, claim_ids(db, seed_id)["5,600"])
    response = client.post(f"/claims/{claim['id']}/correction", data=form(claim, kind="money", unit="GBP",
                                                                          was_kind="count"))
    assert response.status_code in (200, 303)
    fixed = store.get_claim(db, claim["id"])
    assert (fixed["kind"], fixed["unit"]) == ("money", "GBP")
    assert [(c["field"], c["old"], c["new"]) for c in store.article_corrections(db, seed_id)[claim["id"]]] == [
        ("kind", "count", "money"), ("unit", "member", "GBP")]
    sums = [f for f in store.article_findings(db, seed_id) if f["rule"] == "parts-within-total"]
    assert not any(claim["id"] in f["claims"] for f in sums)  # £5,600 is no total of fighters


@pytest.mark.parametrize("changes, field, message", [
    ({"value": "1.2bn of them"}, "value", "such as 1200000000, 1.2bn or £14m"),
    ({"value": "lots"}, "value", "such as 1200000000"),
    ({"kind": "amount"}, "kind", "Choose a kind"),
    ({"reason": " "}, "reason", "Say what was wrong"),
    ({}, "value", "Nothing to correct"),
    ({"value": "900", "kind": "count"}, "value", "Nothing to correct"),
    ({"unit": "x" * 81}, "unit", "under 80"),
])
def test_a_bad_correction_changes_nothing_and_keeps_what_was_typed(client, db, seed_id, changes, field, message):
    ids = claim_ids(db, seed_id)
    claim = store.get_claim(db, ids["900"])
    before = store.article_findings(db, seed_id)
    typed = form(claim, **changes)
    response = client.post(f"/claims/{claim['id']}/correction", data=typed)
    assert response.status_code == 422
    item = soup(response).select_one(f"#c{claim['id']}")
    assert item.select_one("details.correct").has_attr("open")
    assert message in item.select_one(".field-error").text
    assert item.select_one("input[name=value]")["value"] == typed["value"]
    assert store.get_claim(db, claim["id"]) == claim and store.article_findings(db, seed_id) == before
    assert store.article_corrections(db, seed_id) == {}


def test_a_correction_on_a_stale_page_is_refused_and_kept(client, db, seed_id):
    claim = store.get_claim(db, claim_ids(db, seed_id)["900"])
    stale = form(claim, value="950", reason="second opinion", reviewer="Ben")
    client.post(f"/claims/{claim['id']}/correction", data=form(claim, value="9000"))
    response = client.post(f"/claims/{claim['id']}/correction", data=stale)
    assert response.status_code == 409
    item = soup(response).select_one(f"#c{claim['id']}")
    assert "Someone corrected this figure" in item.select_one(".conflict").text
    assert item.select_one("input[name=value]")["value"] == "950"
    assert store.get_claim(db, claim["id"])["value"] == 9000


def test_corrections_are_append_only_and_exported(client, db, seed_id):
    claim = store.get_claim(db, claim_ids(db, seed_id)["900"])
    client.post(f"/claims/{claim['id']}/correction", data=form(claim, subject="Turkey (returnees)"))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.transaction(db):
        db.execute("UPDATE claim_corrections SET reason = 'x'")
    document = exported(db, seed_id)
    jsonschema.validate(document, json_schema())
    shown = next(c for c in document["articles"][0]["claims"] if c["id"] == claim["id"])
    assert shown["subject"] == "Turkey (returnees)"
    assert [(c["field"], c["old"], c["new"]) for c in shown["corrections"]] == [
        ("subject", "Turkey", "Turkey (returnees)")]


def test_through_htmx_the_figure_findings_and_marks_are_swapped_in_place(client, db, seed_id):
    claim = store.get_claim(db, claim_ids(db, seed_id)["900"])
    response = client.post(f"/claims/{claim['id']}/correction", data=form(claim, value="9000"),
                           headers={"HX-Request": "true"})
    assert response.status_code == 200
    page = soup(response)
    assert "value 9,000" in page.select_one(f"#head-{claim['id']} .reading").text
    assert page.select_one("#finding-list")["hx-swap-oob"] == "true"
    assert page.select("#finding-list .finding.status-fail")
    assert page.select_one(f"#checks-{claim['id']}")["hx-swap-oob"] == "true"
    assert page.select("#text a.claim.check-fail")


def test_through_htmx_a_bad_correction_returns_the_form_with_what_was_typed(client, db, seed_id):
    claim = store.get_claim(db, claim_ids(db, seed_id)["900"])
    response = client.post(f"/claims/{claim['id']}/correction", data=form(claim, value="lots"),
                           headers={"HX-Request": "true"})
    assert response.status_code == 422
    head = soup(response).select_one(f"#head-{claim['id']}")
    assert head.select_one("input[name=value]")["value"] == "lots" and "such as 1200000000" in head.text


def test_removing_a_false_figure_drops_it_from_the_checks_and_restoring_brings_it_back(client, db, seed_id):
    ids = claim_ids(db, seed_id)
    before = {f["rule"] for f in store.article_findings(db, seed_id) if ids["900"] in f["claims"]}
    assert before
    refused = client.post(f"/claims/{ids['900']}/removal", data={"removed": "1", "reason": " "}, headers=HTMX)
    assert refused.status_code == 422 and not store.get_claim(db, ids["900"])["removed"]
    response = client.post(f"/claims/{ids['900']}/removal", data={"removed": "1", "reason": "a table row number"},
                           headers=HTMX)
    assert response.status_code == 200
    page = soup(response)
    assert "removed" in page.select_one(f"#c{ids['900']}")["class"]
    assert page.select_one("#text[hx-swap-oob]").select_one(f"#m{ids['900']}") is None
    assert not [f for f in store.article_findings(db, seed_id) if ids["900"] in f["claims"]]
    again = client.post(f"/claims/{ids['900']}/removal", data={"removed": "1", "reason": "twice"}, headers=HTMX)
    assert again.status_code == 409
    client.post(f"/claims/{ids['900']}/removal", data={"removed": "0", "reason": "it is a figure after all"})
    assert {f["rule"] for f in store.article_findings(db, seed_id) if ids["900"] in f["claims"]} == before
    shown = next(c for c in exported(db, seed_id)["articles"][0]["claims"] if c["id"] == ids["900"])
    assert [(c["field"], c["new"]) for c in shown["corrections"]] == [("claim", "removed"), ("claim", "restored")]
    assert "removed" not in shown


def test_a_figure_selected_in_the_text_is_added_read_and_checked(client, db):
    text = "Flood Losses\nThe storm hit 40 towns. The Boeing 747 fleet lost 3 of its 12 aircraft."
    article_id = import_document(db, next(read_text(text, "flood.txt", "txt"))).article_id
    body = store.get_article(db, article_id)["text"]
    start = body.index("747")
    assert all(c["text"] != "747" for c in store.article_claims(db, article_id))
    form = {"start": str(start), "end": str(start + 3), "quote": "747", "reason": "the model is the claim here"}
    response = client.post(f"/articles/{article_id}/claims", data=form, headers=HTMX)
    assert response.status_code == 200
    added = next(c for c in store.article_claims(db, article_id) if c["text"] == "747")
    assert (added["value"], added["kind"], added["added_by"]) == (747, "count", "Ana")
    assert added["sentence"] == "The Boeing 747 fleet lost 3 of its 12 aircraft."
    page = soup(response)
    assert page.select_one(f"#c{added['id']}") is not None and page.select_one(f"#m{added['id']}") is not None
    assert store.article_corrections(db, article_id)[added["id"]][0]["new"] == "added"
    twice = client.post(f"/articles/{article_id}/claims", data=form, headers=HTMX)
    assert twice.status_code == 422 and "already a figure" in twice.text


@pytest.mark.parametrize("change, message", [
    ({"quote": "748"}, "Select the figure"),
    ({"start": "abc"}, "Select the figure"),
    ({"end": "9999"}, "Select the figure"),
    ({"reason": ""}, "Say why"),
])
def test_a_bad_selection_is_refused_and_changes_nothing(client, db, seed_id, change, message):
    body = store.get_article(db, seed_id)["text"]
    start = body.index("Barrett")
    form = {"start": str(start), "end": str(start + 7), "quote": "Barrett", "reason": "why not"} | change
    before = len(store.article_claims(db, seed_id))
    response = client.post(f"/articles/{seed_id}/claims", data=form, headers=HTMX)
    assert response.status_code == 422 and message in response.text
    assert len(store.article_claims(db, seed_id)) == before


def test_a_selection_that_holds_no_figure_is_refused(client, db, seed_id):
    body = store.get_article(db, seed_id)["text"]
    start = body.index("Barrett")
    form = {"start": str(start), "end": str(start + 7), "quote": "Barrett", "reason": "why not"}
    response = client.post(f"/articles/{seed_id}/claims", data=form, headers=HTMX)
    assert response.status_code == 422 and "type its value and choose its kind" in response.text


@pytest.mark.parametrize("phrase, value, kind, unit", [
    ("a decade", "10", "measure", "year"), ("twice", "2", "ratio", ""), ("a few hundred", "300", "count", "fighter"),
])
def test_any_selection_is_added_as_the_figure_the_reviewer_types(client, db, phrase, value, kind, unit):
    text = f"Returns\nThey came back after {phrase}, or so the ministry said."
    article_id = import_document(db, next(read_text(text, "r.txt", "txt"))).article_id
    body = store.get_article(db, article_id)["text"]
    start = body.index(phrase)
    form = {"start": str(start), "end": str(start + len(phrase)), "quote": phrase, "reason": "missed",
            "value": value, "kind": kind, "unit": unit}
    assert client.post(f"/articles/{article_id}/claims", data=form, headers=HTMX).status_code == 200
    added = next(c for c in store.article_claims(db, article_id) if c["text"] == phrase)
    assert (added["value"], added["low"], added["high"], added["kind"], added["unit"]) == (
        int(value), int(value), int(value), kind, unit or None)
    assert added["sentence"] == f"They came back after {phrase}, or so the ministry said."
    refused = client.post(f"/articles/{article_id}/claims", headers=HTMX,
                          data=form | {"start": str(body.index("ministry")), "end": str(body.index("ministry") + 8),
                                       "quote": "ministry", "kind": "amount"})
    assert refused.status_code == 422  # a kind the workbench does not know adds nothing
