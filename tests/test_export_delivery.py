"""How exports reach people and scripts: files named for their day and filters with one
Content-Type, the same files for a script's token and through the API in every format,
CSV columns a spreadsheet user can trust, and the export page that counts what it holds."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from workbench import store
from workbench.export import Selection
from workbench.ingest import import_document
from workbench.rechecks import recheck
from workbench.web.exports import download_name

from .test_api import bearer  # noqa: F401 - a fixture
from .test_claimreview import ARTICLE, figure, publish

FILES = {"verdicts.json": "application/json", "verdicts.csv": "text/csv; charset=utf-8",
         "claimreview.json": "application/ld+json"}


@pytest.fixture
def acme(db) -> int:
    article_id = import_document(db, ARTICLE).article_id
    publish(db, figure(db, article_id, "25%"), "accurate", "Accounts.")
    store.save_verdict(db, figure(db, article_id, "4,000"), 0, "inaccurate", "Draft.", [], "Ana")
    claim = figure(db, article_id, "£960m")
    store.correct_claim(db, claim, {"value": 960_000_000}, {"value": 800_000_000, "low": 800_000_000,
                                                               "high": 800_000_000}, "misread", "Ana")
    store.set_removed(db, figure(db, article_id, "12"), True, "no claim", "Ana")
    recheck(db, article_id)  # as the page does after a correction
    return article_id


def test_each_file_has_one_content_type_and_a_name_with_its_day_and_filters(client, acme):
    for name, content_type in FILES.items():
        response = client.get(f"/export/{name}?article={acme}&published=1")
        assert response.status_code == 200 and response.headers.getlist("Content-Type") == [content_type]
        stem, ext = name.split(".")
        today = date.today().isoformat()
        assert response.headers["Content-Disposition"] == \
            f'attachment; filename="{stem}-{today}-article-{acme}-published.{ext}"'


def test_download_names_say_every_filter():
    selection = Selection((3, 7), "2026-01-01", True, True)
    assert download_name("verdicts", "csv", selection, date(2026, 12, 7)) == \
        "verdicts-2026-12-07-article-3-7-since-2026-01-01-reviewed-published.csv"
    assert download_name("claimreview", "json", Selection(), date(2026, 12, 7)) == "claimreview-2026-12-07.json"


def test_csv_carries_state_corrections_removal_sentence_and_worst_check(client, acme):
    text = client.get(f"/export/verdicts.csv?article={acme}").get_data(as_text=True)
    rows = {r["text"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["25%"]["state"] == "published" and rows["4,000"]["state"] == "reviewed"
    assert rows["12"]["removed"] == "True" and rows["25%"]["removed"] == "False"
    assert rows["£960m"]["original_value"] == "960000000" and rows["£960m"]["value"] == "800000000"
    assert rows["£960m"]["corrections"].startswith("value: 960000000 -> 800000000 (misread, Ana)")
    assert rows["25%"]["original_value"] == "" and rows["25%"]["corrections"] == ""
    assert rows["4,000"]["sentence"] == "The firm employs 4,000 staff; 1,500 of them work abroad."
    assert rows["4,000"]["check"] == "pass" and rows["4,000"]["check_explanation"].startswith("1,500 <= 4,000")
    assert rows["40"]["check"] == "" and rows["40"]["check_explanation"] == ""  # no check applies
    # The correction makes the change fail: £800m grown 25% is not £1.2bn.
    assert rows["25%"]["check"] == "fail"


def test_csv_for_excel_starts_with_a_byte_order_mark(client, acme):
    plain = client.get("/export/verdicts.csv").get_data()
    excel = client.get("/export/verdicts.csv?excel=1").get_data()
    assert excel == "\ufeff".encode() + plain and not plain.startswith("\ufeff".encode())


def test_a_token_fetches_every_file_and_a_bad_one_is_refused_not_redirected(anon, bearer, acme):  # noqa: F811
    for name, content_type in FILES.items():
        response = anon.get(f"/export/{name}", headers=bearer)
        assert response.status_code == 200 and response.headers["Content-Type"] == content_type
        assert "Set-Cookie" not in response.headers
    refused = anon.get("/export/verdicts.csv", headers={"Authorization": "Bearer not-a-token"})
    assert refused.status_code == 401 and "Location" not in refused.headers
    assert anon.get("/export/verdicts.csv").status_code == 302  # a browser is sent to sign in


@pytest.mark.parametrize("fmt, content_type", [("json", "application/json"), ("csv", "text/csv; charset=utf-8"),
                                               ("claimreview", "application/ld+json")])
def test_the_api_serves_every_format_with_the_same_filters(anon, bearer, client, acme, fmt, content_type):  # noqa: F811
    query = f"format={fmt}&article={acme}&reviewed=1"
    through_api = anon.get(f"/api/v1/export?{query}", headers=bearer)
    name = {"json": "verdicts.json", "csv": "verdicts.csv", "claimreview": "claimreview.json"}[fmt]
    assert through_api.status_code == 200 and through_api.headers.getlist("Content-Type") == [content_type]
    assert through_api.get_data() == client.get(f"/export/{name}?{query}").get_data()


def test_the_api_names_a_bad_filter(anon, bearer):  # noqa: F811
    for query, field in (("format=xml", "format"), ("since=yesterday", "since"), ("article=x", "article")):
        response = anon.get(f"/api/v1/export?{query}", headers=bearer)
        assert response.status_code == 422 and response.json["field"] == field


def test_the_export_page_counts_what_each_choice_exports(client, acme, db):
    page = client.get("/export").get_data(as_text=True)
    everything = len(store.article_claims(db, acme))
    assert f"<strong>{everything}</strong> claims from <strong>1</strong> article" in page
    summary = client.get("/export?format=claimreview", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert "<strong>1</strong> review from <strong>1</strong> article" in summary and "<form" not in summary
    reviewed = client.get(f"/export?format=csv&articles={acme}&reviewed=1").get_data(as_text=True)
    assert "<strong>2</strong> rows from <strong>1</strong> article" in reviewed
    assert f'href="/export/verdicts.csv?excel=1&amp;article={acme}&amp;reviewed=1"' in reviewed
    assert "There is no article 999." in client.get("/export?articles=999").get_data(as_text=True)
    assert "must be a date" in client.get("/export?since=soon").get_data(as_text=True)
