"""Deciding and moving on in a real Chromium: the current figure marked in the text as the
keys move, a conflict taken, kept or merged, and `u` taking back the last save."""

import pytest

from workbench import store

from .test_review_in_browser import after_ana_saved, claim_item, open_seed, record_verdict

pytestmark = pytest.mark.browser


def test_the_current_figure_is_marked_in_the_text_and_kept_in_view(page, server):
    page.set_viewport_size({"width": 1200, "height": 500})  # the text is longer than the window
    open_seed(page, server)
    for _ in range(13):
        page.keyboard.press("j")
    current = page.locator(".claim-item.current")
    mark = page.locator("#text a.claim.current")
    assert mark.count() == 1 and mark.inner_text() == current.locator(".figure .span").inner_text() == "5,600"
    assert mark.evaluate("m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    page.keyboard.press("k")
    assert page.locator("#text a.claim.current").all_inner_texts() == ["50"]  # one mark, moved with the key
    assert page.errors == []


def test_a_conflict_merged_into_the_draft_then_saved(signed_in, server, stored):
    _, second = after_ana_saved(signed_in, server, "800", "https://a.example/report")
    item = record_verdict(second, "800", "misleading", "Tunisia's own count is lower.", "https://b.example/count")
    item.locator(".conflict").wait_for()
    item.get_by_role("button", name="merge theirs into mine").click()
    assert item.locator("textarea[name=rationale]").input_value() == \
        "Tunisia's own count is lower.\n\nMatches the report."
    assert item.locator("textarea[name=sources]").input_value() == "https://b.example/count\nhttps://a.example/report"
    assert item.locator("select[name=label]").input_value() == "misleading"  # the reviewer's own label stays
    item.get_by_role("button", name="Keep mine: save it over theirs").click()
    item.locator(".saved").wait_for()
    claim_id = int(item.locator("xpath=..").get_attribute("id")[1:])
    assert store.current_verdict(stored, claim_id)["sources"] == ["https://b.example/count", "https://a.example/report"]


def test_a_conflict_taken_as_theirs_drops_the_draft(signed_in, server, stored):
    _, second = after_ana_saved(signed_in, server, "760")
    item = record_verdict(second, "760", "misleading", "Not so.")
    item.locator(".conflict").wait_for()
    with second.expect_response("**/verdict"):
        item.get_by_role("button", name="take theirs").click()
    item = claim_item(second, "760").locator(".verdict")
    assert item.locator(".current .rationale").inner_text() == "Matches the report."
    assert item.locator(".conflict").count() == 0
    assert item.locator("textarea[name=rationale]").input_value() == "Matches the report."  # ready to change


def test_u_takes_back_the_last_save(page, server, stored):
    claims = {c["text"]: c["id"] for c in store.article_claims(stored, store.list_articles(stored)[0]["id"])}
    store.save_verdict(stored, claims["900"], 0, "accurate", "Ben's reading.", [], "Ben")
    open_seed(page, server)
    item = record_verdict(page, "900", "inaccurate", "My second look.")
    item.locator(".saved").wait_for()
    page.locator("body").click(position={"x": 5, "y": 5})  # out of the form, as after Ctrl+Enter and Esc
    with page.expect_response("**/verdict/undo"):
        page.keyboard.press("u")
    item.locator("text=Undone").wait_for()
    assert item.locator(".current .badge").inner_text() == "Accurate"
    assert [v["label"] for v in store.claim_history(stored, claims["900"])] == ["accurate", "inaccurate", "accurate"]
    assert page.errors == []


def test_a_figure_someone_else_has_open_shows_their_name(signed_in, server):
    ben = signed_in("Ben")
    open_seed(ben, server)
    with ben.expect_response("**/presence"):
        ben.keyboard.press("j")  # Ben's current figure: the first
    held = ben.locator(".claim-item.current").get_attribute("id")
    ana = signed_in("Ana")
    open_seed(ana, server)
    ana.locator(f"#presence-{held[1:]}", has_text="Ben has this open").wait_for()
    assert ana.locator(".presence", has_text="has this open").count() == 1
    assert ana.errors == [] and ben.errors == []
