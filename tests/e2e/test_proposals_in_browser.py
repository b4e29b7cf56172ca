"""A proposed check accepted with one key in a real Chromium: the figure's card points to
the proposal, `a` turns it into a reviewer's check, and the page updates in place."""

import pytest

from tests.test_proposals import RESTATED

pytestmark = pytest.mark.browser


def test_a_accepts_the_check_proposed_for_the_current_figure(page, server):
    page.goto(f"{server}/")
    page.click(".add-article summary")
    page.fill("textarea[name=text]", "Viacom settles\n\n" + RESTATED)
    page.click(".import-form button[type=submit]")
    page.wait_for_selector(".claims .claim-item")
    assert page.locator(".proposal").count() == 1
    first = page.locator(".claim-item").first
    assert "proposed: restated" in first.locator(".checks").inner_text()
    page.evaluate("window.notReloaded = true")
    page.keyboard.press("j")
    page.keyboard.press("a")
    page.locator(".finding-list .finding").filter(has_text="built by a reviewer").wait_for()
    assert "$3.5m = $3.5m - pass" in page.locator(".finding-list").inner_text()
    assert page.locator(".proposal").count() == 0
    assert "pass: same" in first.locator(".checks").inner_text()
    assert "proposed" not in first.locator(".checks").inner_text()
    assert page.evaluate("window.notReloaded") is True
    assert page.errors == []
