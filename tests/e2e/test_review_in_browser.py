"""A reviewer in a real browser: open the seed, record verdicts, find them in the export."""

import re

import pytest

pytestmark = pytest.mark.browser


def open_seed(page, server):
    page.goto(f"{server}/")
    page.click("text=Thousands Of Jihadists Return Home In ISIS Defeat")
    page.wait_for_selector(".claims .claim-item")


def claim_item(page, figure):
    return page.locator(".claim-item", has=page.locator(".span", has_text=figure)).first


def write_draft(page, figure, rationale):
    """Start a verdict on `figure` and leave it unsaved: the page must keep it through other swaps."""
    draft = claim_item(page, figure).locator(".verdict")
    draft.locator("details.edit summary").click()
    draft.locator("textarea[name=rationale]").fill(rationale)
    return draft


def record_verdict(page, figure, label, rationale, sources=""):
    item = claim_item(page, figure).locator(".verdict")
    item.locator("details.edit summary").click()
    item.locator("select[name=label]").select_option(label)
    item.locator("textarea[name=rationale]").fill(rationale)
    item.locator("textarea[name=sources]").fill(sources)
    item.locator("details.edit button[type=submit]").click()
    return item


def after_ana_saved(signed_in, server, figure, sources=""):
    """Ana and Ben open the seed; Ana saves `figure` as accurate ("Matches the report."), so
    whatever Ben saves on it next meets her verdict. Returns both pages."""
    first, second = signed_in("Ana"), signed_in("Ben")
    open_seed(first, server)
    open_seed(second, server)
    record_verdict(first, figure, "accurate", "Matches the report.", sources).locator(".saved").wait_for()
    return first, second


def test_record_a_verdict_without_reload_and_find_it_in_the_export(page, server):
    open_seed(page, server)
    assert page.locator(".body mark").count() == 14
    page.evaluate("window.notReloaded = true")
    item = record_verdict(page, "900", "accurate", "The Soufan Centre table gives 900 for Turkey.",
                          "https://thesoufancenter.org/research/beyond-the-caliphate/")
    item.locator(".saved").wait_for()
    assert item.locator(".current .badge").inner_text() == "Accurate"
    assert page.evaluate("window.notReloaded") is True
    document = page.request.get(f"{server}/export/verdicts.json").json()
    verdicts = [c["verdict"] for c in document["articles"][0]["claims"] if c["span"]["text"] == "900"]
    assert verdicts[0]["rationale"] == "The Soufan Centre table gives 900 for Turkey."
    assert verdicts[0]["sources"] == ["https://thesoufancenter.org/research/beyond-the-caliphate/"]
    assert page.errors == []


def test_two_reviewers_on_one_claim_get_a_conflict_not_a_lost_edit(signed_in, server):
    _, second = after_ana_saved(signed_in, server, "800")
    item = record_verdict(second, "800", "misleading", "Tunisia's own count is lower.")
    item.locator(".conflict").wait_for()
    assert "Ana saved a verdict" in item.locator(".conflict").inner_text()
    assert item.locator("textarea[name=rationale]").input_value() == "Tunisia's own count is lower."
    item.locator("details.edit button[type=submit]").click()
    item.locator(".saved").wait_for()
    assert item.locator(".current .rationale").inner_text() == "Tunisia's own count is lower."
    assert "1 earlier verdict" in item.locator(".history summary").inner_text()


def test_a_save_refused_for_a_bad_source_still_meets_the_other_reviewers_verdict(signed_in, server):
    first, second = after_ana_saved(signed_in, server, "800")
    item = record_verdict(second, "800", "misleading", "Tunisia's own count is lower.", "www.example.org/no-scheme")
    item.locator(".field-error", has_text="www.example.org/no-scheme").wait_for()
    item.locator("textarea[name=sources]").fill("https://www.example.org/tunisia")
    item.locator("details.edit button[type=submit]").click()
    item.locator(".conflict").wait_for()
    assert "Ana saved a verdict" in item.locator(".conflict").inner_text()
    assert item.locator("textarea[name=rationale]").input_value() == "Tunisia's own count is lower."
    document = second.request.get(f"{server}/export/verdicts.json").json()
    kept = [c["verdict"] for c in document["articles"][0]["claims"] if c["span"]["text"] == "800"]
    assert kept[0]["rationale"] == "Matches the report." and kept[0]["reviewer"] == "Ana"
    assert first.errors == []
    assert all("Failed to load resource" in error for error in second.errors)  # the 422 and 409, no script error


def pick(page, *figures):
    """Click each figure in the text, as a reviewer builds a check by pointing."""
    for figure in figures:
        with page.expect_response("**/checks/preview"):
            page.locator("#text a.claim").filter(has_text=re.compile(f"^{re.escape(figure)}$")).click()


def test_build_a_check_by_pointing_with_a_preview_at_each_pick(page, server):
    open_seed(page, server)
    page.click("details.build-check summary")
    page.select_option("select[name=relation]", "sum-at-most")
    pick(page, "100")
    assert "at least two figures" in page.locator("#check-preview").inner_text()
    pick(page, "50", "425")
    assert page.locator(".check-builder .picked li").all_inner_texts() == ["100 (women)", "50 (children)", "425 (the UK)"]
    assert page.locator("#check-preview").inner_text() == \
        "PASS Parts within a total, checked by a reviewer, consistent: 100 + 50 = 150, at most 425."
    pick(page, "50")  # a second click drops a figure; picked again, it comes last
    pick(page, "50")
    assert page.locator(".check-builder .picked li").all_inner_texts() == ["100 (women)", "425 (the UK)", "50 (children)"]
    pick(page, "425", "425")
    page.click("details.build-check button[type=submit]")
    built = page.locator(".finding", has_text="built by a reviewer")
    built.wait_for()
    assert built.locator(".explanation").inner_text() == "100 + 50 = 150 <= 425 - pass"
    assert "built by Ana" in page.locator(".reviewer-checks").inner_text()
    assert page.errors == []


def test_a_reviewers_check_is_edited_and_deleted_in_the_history(page, server):
    open_seed(page, server)
    page.click("details.build-check summary")
    page.select_option("select[name=relation]", "at-most")
    pick(page, "100", "425")
    page.click("details.build-check button[type=submit]")
    page.locator(".reviewer-checks li", has_text="built by Ana").wait_for()
    page.locator(".reviewer-checks").get_by_role("button", name="edit").click()
    page.locator("details.build-check[open] summary", has_text="Edit the check").wait_for()
    assert page.locator(".check-builder .picked li").all_inner_texts() == ["100 (women)", "425 (the UK)"]
    pick(page, "425", "850")  # 425 dropped, 850 the new second figure
    page.click("details.build-check button[type=submit]")
    page.locator(".finding .explanation", has_text="100 <= 850").wait_for()
    assert page.locator(".finding .explanation", has_text="100 <= 425").count() == 0
    page.locator(".reviewer-checks").get_by_role("button", name="delete").click()
    page.locator(".check-history li", has_text="deleted it").wait_for(state="attached")
    page.click(".check-history summary")
    history = page.locator(".check-history li").all_inner_texts()
    assert "Ana edited it" in history[0] and "Ana deleted it" in history[1]
    assert page.locator(".finding", has_text="built by a reviewer").count() == 0
    assert page.errors == []


def test_a_failing_check_marks_its_figures_at_once_and_keeps_drafts(page, server):
    open_seed(page, server)
    page.evaluate("window.notReloaded = true")
    draft = write_draft(page, "800", "Still checking the Tunisian figure.")
    page.click("details.build-check summary")
    page.select_option("select[name=relation]", "at-most")
    pick(page, "760", "100")
    page.click("details.build-check button[type=submit]")
    page.locator(".finding.status-fail", has_text="built by a reviewer").wait_for()
    assert "fail: at-most" in claim_item(page, "760").locator(".checks").inner_text()
    page.locator(".body a.claim.check-fail").nth(1).wait_for()  # the marks in the text, swapped out of band
    assert page.locator(".body a.claim.check-fail").count() == 2
    assert draft.locator("textarea[name=rationale]").input_value() == "Still checking the Tunisian figure."
    assert page.evaluate("window.notReloaded") is True
    assert page.errors == []


def test_correct_a_figure_and_see_the_checks_re_run(page, server):
    open_seed(page, server)
    assert page.locator(".body a.claim.check-fail").count() == 0
    page.evaluate("window.notReloaded = true")
    draft = write_draft(page, "800", "Half-written rationale.")
    item = claim_item(page, "900")
    item.locator("details.correct summary").click()
    item.locator("input[name=value]").fill("9000")
    item.locator("details.correct input[name=reason]").fill("Checking a typo")
    item.locator("details.correct button[type=submit]").click()
    page.wait_for_selector(".body a.claim.check-fail")
    item = claim_item(page, "900")
    assert "value 900 → 9000: Checking a typo" in item.locator(".correction").inner_text()
    assert "fail" in item.locator(".checks").inner_text()
    assert draft.locator("textarea[name=rationale]").input_value() == "Half-written rationale."
    assert page.evaluate("window.notReloaded") is True
    assert page.errors == []
