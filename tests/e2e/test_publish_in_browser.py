"""Publishing in a real Chromium: an admin publishes two verdicts, a reader signed out opens
the public page, and the JSON-LD the page carries is the ClaimReview export."""

import json

import pytest

from workbench import store

from .conftest import new_page
from .test_review_in_browser import claim_item, open_seed, record_verdict

pytestmark = pytest.mark.browser


def publish(page, figure):
    item = claim_item(page, figure)
    with page.expect_response("**/state") as answer:
        item.get_by_role("button", name="publish", exact=True).click()
    assert answer.value.status == 200, answer.value.text()
    item.locator(".verdict.state-published").wait_for()


def test_publish_two_verdicts_and_read_them_signed_out(signed_in, server, stored, browser):
    admin = signed_in("Bo")
    open_seed(admin, server)
    for figure, label, rationale in (("900", "accurate", "The Soufan Centre table gives **900**."),
                                     ("5,600", "misleading", "The report counts 5,600 over three years."),
                                     ("800", "inaccurate", "A draft, never published.")):
        record_verdict(admin, figure, label, rationale).locator(".saved").wait_for()
    for figure in ("900", "5,600"):
        publish(admin, figure)
    article_id = store.list_articles(stored)[0]["id"]
    exported = admin.request.get(f"{server}/export/claimreview.json?article={article_id}").json()
    assert [r["reviewRating"]["alternateName"] for r in exported] == ["Accurate", "Misleading"]

    reader = new_page(browser)  # a context of its own: no session
    reader.goto(f"{server}/fact-checks/{article_id}")
    assert reader.url.endswith(f"/fact-checks/{article_id}")  # not sent to sign in
    assert reader.locator("#text a.claim").all_inner_texts() == ["900", "5,600"]
    assert "A draft, never published" not in reader.content()
    assert reader.locator("section.review .label").all_inner_texts() == ["Accurate", "Misleading"]
    assert reader.locator("section.review svg.picture").count() >= 1  # the 900's sum against 5,600, drawn
    embedded = json.loads(reader.locator('script[type="application/ld+json"]').text_content())
    assert embedded == exported
    reader.locator("#text a.claim", has_text="900").click()
    assert reader.evaluate("location.hash") == f"#{embedded[0]['url'].split('#')[1]}"
    assert reader.errors == []  # nothing the page asked for was refused by its policy
    reader.context.close()


def test_the_export_page_counts_as_the_form_changes(page, server, stored):
    claims = store.article_claims(stored, store.list_articles(stored)[0]["id"])
    store.save_verdict(stored, claims[5]["id"], 0, "accurate", "Checked.", [], "Ana")
    store.set_state(stored, claims[5]["id"], "published", "Bo")
    page.goto(f"{server}/")
    page.click("header nav >> text=Export")
    summary = page.locator("#export-summary .count")
    assert summary.inner_text().startswith(f"{len(claims)} claims from 1 article")
    with page.expect_response("**/export?**"):
        page.check("input[name=format][value=claimreview]")
    summary.filter(has_text="1 review from 1 article").wait_for()
    with page.expect_response("**/export?**"):
        page.check("input[name=reviewed]")
    assert page.locator("a.download", has_text="ClaimReview").get_attribute("href").endswith("reviewed=1")
    with page.expect_download() as download:
        page.locator("a.download", has_text="CSV for Excel").click()
    assert download.value.suggested_filename.startswith("verdicts-") and download.value.suggested_filename.endswith("-reviewed.csv")
    assert page.errors == []
