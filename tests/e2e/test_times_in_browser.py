"""Times in the reviewer's own time zone, in a real Chromium: the server writes UTC, the page
shows local time, and the UTC time stays on hover."""

import re

import pytest

from .conftest import sign_in
from .test_review_in_browser import open_seed, record_verdict

pytestmark = pytest.mark.browser


def test_a_verdicts_time_shows_in_the_reviewers_zone_with_utc_on_hover(browser, server):
    page = browser.new_context(timezone_id="Asia/Kolkata", locale="en-GB").new_page()  # UTC+05:30, all year
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    sign_in(page, server, "Ana")
    open_seed(page, server)
    item = record_verdict(page, "900", "accurate", "Matches the report.")
    item.locator(".saved").wait_for()
    time = item.locator("small.by time[data-local]")  # once the page has shown it in the zone
    time.wait_for()
    utc = time.get_attribute("title")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", utc)  # the server's words, kept on hover
    hours, minutes = map(int, utc[11:16].split(":"))
    local = (hours * 60 + minutes + 330) % (24 * 60)  # swapped in by htmx, then shown in the zone
    assert f"{local // 60:02d}:{local % 60:02d}" in time.inner_text() and "UTC" not in time.inner_text()
    page.reload()
    assert page.locator(f"time[title='{utc}']").count() >= 1  # and so on a page loaded whole
    assert page.errors == []
    page.context.close()
