"""The rest of a reviewer's day in a real Chromium: what a figure's card says, fixing and
adding figures by typing what they are, the articles list's filters, an admin's edits and
deletions, the dashboard, and `n` passing over what a colleague holds."""

import re

import pytest

from workbench import store

from .test_review_in_browser import claim_item, open_seed

pytestmark = pytest.mark.browser


def test_a_card_says_where_its_figure_stands_and_what_covers_it(page, server):
    open_seed(page, server)
    card = claim_item(page, "900")
    assert card.locator(".in-sentence").inner_text() == "Turkey had the largest contingent with 900 fighters."
    assert card.locator(".in-sentence mark").inner_text() == "900"
    assert claim_item(page, "Thousands").locator(".reading").inner_text().startswith("range 2,000 to 9,999")
    assert claim_item(page, "10 million").locator(".check.none").inner_text() == "no check applies"
    assert re.search(r"14 figures, \d+ covered by checks", page.locator(".text .meta").inner_text())
    assert page.locator(".progress").inner_text().startswith("reviewed 0 of the 13 figures to check")
    page.keyboard.press("?")
    assert "1 Accurate (5 of 5), 2 Mostly accurate (4 of 5)" in page.locator("dialog#keys").inner_text()
    assert page.errors == []


def test_change_verdict_opens_filled_in(page, server, stored):
    claims = {c["text"]: c["id"] for c in store.article_claims(stored, store.list_articles(stored)[0]["id"])}
    store.save_verdict(stored, claims["800"], 0, "misleading", "Tunisia counts fewer.", ["https://a.example/t"], "Ben")
    open_seed(page, server)
    verdict = claim_item(page, "800").locator(".verdict")
    verdict.locator("details.edit summary", has_text="Change verdict").click()
    assert verdict.locator("textarea[name=rationale]").input_value() == "Tunisia counts fewer."
    assert verdict.locator("textarea[name=sources]").input_value() == "https://a.example/t"
    assert verdict.locator("select[name=label]").input_value() == "misleading"


def test_a_figure_corrected_as_written_and_one_added_as_typed(page, server, stored):
    open_seed(page, server)
    card = claim_item(page, "5,600")
    card.locator("details.correct summary").click()
    card = card.locator("details.correct")
    card.locator("input[name=value]").fill("£5.6m")
    card.locator("select[name=kind]").select_option("money")
    card.locator("input[name=unit]").fill("GBP")
    card.locator("input[name=reason]").fill("the report counts pounds here")
    card.locator("button[type=submit]").click()
    claim_item(page, "5,600").locator(".correction", has_text="corrected kind count → money").wait_for()
    fixed = next(c for c in store.article_claims(stored, store.list_articles(stored)[0]["id"]) if c["text"] == "5,600")
    assert (fixed["value"], fixed["kind"], fixed["unit"]) == (5_600_000, "money", "GBP")

    text = page.locator("#text")
    text.evaluate("""(body) => {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode()) && !node.textContent.includes("for years to come")) {}
        const at = node.textContent.indexOf("years");
        const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + 5);
        const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);
        body.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    }""")
    form = page.locator("#add-figure")
    form.locator("input[name=reason]").fill("an open-ended span of time")
    form.locator("button[type=submit]").click()
    form.locator(".field-error", has_text="type its value and choose its kind").wait_for()
    form.locator("input[name=value]").fill("3")
    form.locator("select[name=kind]").select_option("measure")
    form.locator("input[name=unit]").fill("year")
    form.locator("button[type=submit]").click()
    claim_item(page, "years").wait_for()
    added = next(c for c in store.article_claims(stored, store.list_articles(stored)[0]["id"]) if c["text"] == "years")
    assert (added["value"], added["kind"], added["unit"], added["added_by"]) == (3, "measure", "year", "Ana")
    assert [e for e in page.errors if "status of 422" not in e] == []  # the first try was refused, as it should be


def test_the_articles_list_filters_sorts_and_counts(page, server, stored):
    from workbench.documents import Document
    from workbench.ingest import import_document

    import_document(stored, Document("Budget", "Budget\n\nThe council will spend £12m: £8m on roads and £7m on schools.",
                                     "feed", source="Council News"))
    import_document(stored, Document("Quiet", "Quiet\n\nSome 5 people came.", "feed", source="Council News"))
    page.goto(f"{server}/")
    assert page.locator(".articles .count").inner_text() == "3 articles"
    page.select_option("select[name=source]", "Council News")
    page.check("input[name=failing]")
    page.click(".article-filters button[type=submit]")
    assert page.locator(".articles .count").inner_text() == "1 article of 3"
    assert page.locator(".article-list tbody a").all_inner_texts() == ["Budget"]
    page.goto(f"{server}/?sort=title")
    assert page.locator(".article-list tbody a").all_inner_texts()[:2] == ["Budget", "Quiet"]


def test_an_admin_edits_an_articles_details_and_deletes_it(signed_in, server, stored):
    page = signed_in("Bo")
    open_seed(page, server)
    page.click("details.article-details summary")
    page.fill(".article-details input[name=title]", "Jihadists return home")
    page.click(".article-details button[type=submit]")
    page.locator("h1", has_text="Jihadists return home").wait_for()
    page.click("details.article-details summary")
    assert "Bo changed the title" in page.locator(".article-history").inner_text()
    page.click("details.delete-article summary")
    page.fill(".delete-article input[name=reason]", "a duplicate")
    page.click(".delete-article button[type=submit]")
    page.locator(".deleted-articles td", has_text="a duplicate").wait_for()
    assert store.list_articles(stored) == []
    with page.expect_download() as download:
        page.locator(".deleted-articles a[download]").click()
    assert download.value.suggested_filename.startswith("deleted-article-")
    assert page.errors == []


def test_the_dashboard_draws_the_teams_work(page, server, stored):
    claims = store.article_claims(stored, store.list_articles(stored)[0]["id"])
    store.save_verdict(stored, claims[5]["id"], 0, "accurate", "Checked.", [], "Ana")
    page.goto(f"{server}/")
    page.click("header nav >> text=Dashboard")
    assert page.locator("svg.chart").count() == 2
    assert page.locator("svg.chart text.chart-note").first.text_content() == "1"
    assert page.errors == []


def test_next_passes_over_a_figure_a_colleague_has_open(signed_in, server, stored):
    first = store.next_claim(stored, assignee="Ana")
    ben = signed_in("Ben")
    ben.goto(f"{server}/articles/{first['article_id']}#c{first['id']}")
    ben.locator(f"#c{first['id']}.current").wait_for()
    ben.wait_for_function(f"document.querySelector('#presence input[name=claim]').value === '{first['id']}'")
    ana = signed_in("Ana")
    for _ in range(50):  # Ben's page says so on its next beat
        if store.present(stored, first["article_id"], "Ana"):
            break
        ana.wait_for_timeout(100)
    ana.goto(f"{server}/queue/next")
    landed = ana.locator(".claim-item.current")
    landed.wait_for()
    assert landed.get_attribute("id") != f"c{first['id']}"


def test_the_queue_finds_a_reviewer_in_any_case_and_names_the_labels_it_knows(page, server, stored):
    claims = store.article_claims(stored, store.list_articles(stored)[0]["id"])
    store.save_verdict(stored, claims[5]["id"], 0, "accurate", "Checked.", [], "Ana")
    page.goto(f"{server}/queue?reviewer=ANA")
    assert page.locator(".queue-list tbody tr").count() == 1
    page.goto(f"{server}/queue?label=great")
    error = page.locator("p.error").inner_text()
    assert "great" in error and "accurate, mostly-accurate, unverifiable, misleading, inaccurate" in error
