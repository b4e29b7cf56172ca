"""The review workflow in a real Chromium: the first sign-in, a verdict by keyboard only,
each move of a figure through the workflow, and removing and adding figures in the text,
with other drafts kept."""

import re

import pytest

from workbench import store

from .conftest import new_page, sign_in
from .test_review_in_browser import claim_item, open_seed, write_draft

pytestmark = pytest.mark.browser


def test_the_first_admin_signs_in_with_the_printed_one_time_password(browser, fresh_server, tmp_path):
    printed = re.search(r"one-time password (\S+)", (tmp_path / "server.log").read_text())
    assert printed, "workbench serve printed no one-time password on a database without accounts"
    page = new_page(browser)
    page.goto(fresh_server)
    assert "/login" in page.url
    page.fill("input[name=name]", "admin")
    page.fill("input[name=password]", printed.group(1))
    page.click("button[type=submit]")
    page.wait_for_url("**/account/password")
    page.goto(fresh_server)  # nothing else opens before a password of one's own
    page.wait_for_url("**/account/password")
    page.fill("input[name=current]", printed.group(1))
    page.fill("input[name=new]", "a passphrase of my own")
    page.fill("input[name=again]", "a passphrase of my own")
    page.click("main button[type=submit]")
    page.wait_for_selector("text=Thousands Of Jihadists Return Home In ISIS Defeat")
    assert page.locator("header .who").inner_text() == "admin"
    assert page.errors == []
    page.context.close()


def test_review_a_figure_by_keyboard_only(page, server):
    open_seed(page, server)
    figures = [item.inner_text() for item in page.locator(".claim-item .figure .span").all()]
    for _ in range(figures.index("900") + 1):
        page.keyboard.press("j")
    current = page.locator(".claim-item.current")
    assert current.locator(".figure .span").inner_text() == "900"
    page.keyboard.press("1")
    assert current.locator("select[name=label]").input_value() == "accurate"
    page.keyboard.type("The Soufan Centre table gives *900* for Turkey.")
    page.keyboard.press("Escape")
    page.keyboard.press("s")
    page.keyboard.type("https://thesoufancenter.org/research/beyond-the-caliphate/")
    page.keyboard.press("Control+Enter")
    current.locator(".saved").wait_for()
    assert current.locator(".current .badge").inner_text() == "Accurate"
    assert current.locator(".current .rationale em").inner_text() == "900"
    assert current.locator(".workflow .state").inner_text() == "REVIEWED"
    page.keyboard.press("?")
    assert page.locator("dialog#keys").is_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("n")
    page.wait_for_url(re.compile(r"#c\d+$"))
    landed = page.locator(".claim-item.current")
    landed.wait_for()
    assert landed.locator(".figure .span").inner_text() != "900"
    assert landed.locator(".workflow .state").inner_text() == "UNREVIEWED"
    assert page.errors == []


def test_each_workflow_move_takes_on_the_first_click(signed_in, server, stored):
    """Each button is the first click on its figure, as a reviewer coming from another one
    makes it: the click also makes that figure the current one."""
    claims = {c["text"]: c["id"] for c in store.article_claims(stored, store.list_articles(stored)[0]["id"])}
    store.set_state(stored, claims["800"], "in review", "Ana")
    for figure in ("760", "425"):
        store.save_verdict(stored, claims[figure], 0, "accurate", "Matches the report.", [], "Ana")
    store.set_state(stored, claims["425"], "published", "Bo")
    page = signed_in("Bo")
    open_seed(page, server)
    for figure, button, state in [("900", "start review", "in review"), ("800", "put back", "unreviewed"),
                                  ("760", "publish", "published"), ("425", "unpublish", "reviewed")]:
        item = page.locator(f"#c{claims[figure]}")
        assert "current" not in item.get_attribute("class")
        with page.expect_response(f"**/claims/{claims[figure]}/state") as answer:
            item.get_by_role("button", name=button, exact=True).click()
        assert answer.value.status == 200, f"{button}: {answer.value.text()}"
        item.locator(f".verdict.state-{state.replace(' ', '-')}").wait_for()
        assert item.locator(".workflow .state").inner_text() == state.upper()
        assert store.claim_state(stored, claims[figure]) == state
    assert page.errors == []


def test_clicking_into_another_figures_draft_keeps_the_focus_there(page, server):
    """The click that makes a figure current leaves the focus where it landed: in its field,
    so what the reviewer types goes in, not to the keys that move between figures."""
    open_seed(page, server)
    draft = write_draft(page, "800", "First")
    claim_item(page, "900").locator("details.edit summary").click()
    rationale = draft.locator("textarea[name=rationale]")
    rationale.click()
    page.keyboard.type(" joke")
    assert rationale.input_value() == "First joke"
    assert "current" in claim_item(page, "800").get_attribute("class")
    assert page.errors == []


def select_in_text(page, figure):
    """Select the first unmarked occurrence of `figure` in the article text, as a mouse would."""
    page.evaluate("""figure => {
        const text = document.getElementById("text");
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(figure);
            if (at >= 0 && !node.parentElement.closest("mark")) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + figure.length);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                document.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
                return;
            }
        }
        throw new Error("no unmarked " + figure);
    }""", figure)


def test_the_add_figure_panel_shows_only_for_a_selection_and_cancel_hides_it(page, server):
    open_seed(page, server)
    panel = page.locator("#add-figure")
    shown = "() => getComputedStyle(document.getElementById('add-figure')).display !== 'none'"
    assert not page.evaluate(shown)
    select_in_text(page, "Raqqa")
    assert page.evaluate(shown) and panel.is_visible()
    assert panel.locator(".quote").inner_text() == "Raqqa"
    panel.get_by_role("button", name="Cancel").click()
    assert not page.evaluate(shown) and panel.is_hidden()
    assert page.errors == []


def test_remove_a_false_figure_and_add_a_missed_one_keeping_drafts(page, server):
    open_seed(page, server)
    page.evaluate("window.notReloaded = true")
    draft = write_draft(page, "800", "Half-written rationale.")
    item = claim_item(page, "900")
    figure_id = item.get_attribute("id")[1:]
    item.locator("details.remove summary").click()
    item.locator("details.remove input[name=reason]").fill("Testing removal")
    item.locator("details.remove button[type=submit]").click()
    page.locator(f"#m{figure_id}").wait_for(state="detached")
    page.locator(f"#c{figure_id}.removed").wait_for()
    select_in_text(page, "900")
    form = page.locator("#add-figure")
    form.wait_for()
    assert form.locator(".quote").inner_text() == "900"
    form.locator("input[name=reason]").fill("Extraction missed it")
    form.locator("button[type=submit]").click()
    added = page.locator(".claim-item", has=page.locator(".badge.added"))
    added.wait_for()
    assert added.locator(".figure .span").inner_text() == "900"
    assert added.locator(".subject").inner_text() == "Turkey"
    assert page.locator(f"#m{added.get_attribute('id')[1:]}").count() == 1
    assert draft.locator("textarea[name=rationale]").input_value() == "Half-written rationale."
    assert page.evaluate("window.notReloaded") is True
    assert page.errors == []


def test_a_verdict_saved_after_the_session_ended_is_kept_until_signed_in_again(page, server, browser):
    open_seed(page, server)
    draft = write_draft(page, "800", "Written while the session ran out.")
    draft.locator("select[name=label]").select_option("misleading")
    page.context.clear_cookies()
    draft.locator("details.edit button[type=submit]").click()
    page.locator("#problem", has_text="You are signed out").wait_for()
    assert draft.locator("textarea[name=rationale]").input_value() == "Written while the session ran out."
    other = page.context.new_page()  # the banner's link opens the sign-in page in a new tab
    sign_in(other, server, "Ana")
    other.close()
    draft.locator("details.edit button[type=submit]").click()
    draft.locator(".saved").wait_for()
    assert page.locator("#problem").is_hidden()
    assert draft.locator(".current .rationale").inner_text() == "Written while the session ran out."
