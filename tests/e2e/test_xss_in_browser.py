"""Hostile articles in a real Chromium: scripts, event handlers, javascript: addresses and
broken markup in titles, texts and rationales are shown as text, and nothing runs: no
dialog, no console error, no Content-Security-Policy violation on any page that shows them."""

import json
import subprocess

import pytest

from .conftest import BIN

pytestmark = pytest.mark.browser

TITLE = "Budget <script>alert('title')</script> \"><img src=x onerror=alert('img')>"
TEXT = ("The council spent 5 million <svg onload=alert('svg')> on roads. "
        "<a href=\"javascript:alert('link')\">Read more</a> <b><i>unclosed <iframe src=javascript:alert(1)> "
        "and 40 percent of it &lt;script&gt; went to repairs.")


def test_hostile_markup_is_shown_as_text_and_never_runs(page, server, tmp_path):
    feed = tmp_path / "hostile.jsonl"
    feed.write_text(json.dumps({"title": TITLE, "text": TEXT}) + "\n", encoding="utf-8")
    subprocess.run([BIN / "workbench", "import", "--db", tmp_path / "e2e.db", feed], check=True, capture_output=True)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(server)
    page.get_by_text("Budget <script>", exact=False).first.click()
    page.wait_for_selector(".claims .claim-item")
    article = page.url.split("#")[0]
    claim = page.locator(".claim-item").first.get_attribute("id")[1:]
    assert page.locator("h1").inner_text() == TITLE
    assert page.locator("#text").inner_text().replace("\n", " ").startswith("The council spent 5 million <svg")
    item = page.locator(".claim-item").first.locator(".verdict")
    item.locator("details.edit summary").click()
    item.locator("select[name=label]").select_option("misleading")
    item.locator("textarea[name=rationale]").fill("[see](javascript:alert('md')) <script>alert('rationale')</script>")
    item.locator("details.edit button[type=submit]").click()
    item.locator(".saved").wait_for()
    assert "<script>alert('rationale')</script>" in item.locator(".current .rationale").inner_text()
    assert item.locator(".current .rationale a[href^=javascript]").count() == 0
    for url in (server + "/", server + "/search?q=Budget", server + "/search?q=script", server + "/queue",
                server + "/queue?q=council", article, f"{server}/claims/{claim}"):
        page.goto(url)
        page.wait_for_load_state("load")
    assert dialogs == [] and page.errors == [], (dialogs, page.errors)
