"""Many files at once through the articles page in a real Chromium: chosen and dropped files
are sent one request each, counted as they go, and each gets its own report."""

from __future__ import annotations

import json
from importlib import resources

import pytest

pytestmark = pytest.mark.browser


def test_chosen_and_dropped_files_are_imported_one_by_one_with_a_report_each(page, server):
    page.goto(f"{server}/")
    page.click(".add-article summary")  # folded away above the list once there are articles
    page.evaluate("window.notReloaded = true")
    seed = resources.files("workbench").joinpath("demo/isis-returnees.txt").read_bytes()
    feed = "".join(json.dumps(r) + "\n" for r in ({"title": "Roads", "text": "The council spent £1.2m."}, {"title": "No text"}))
    page.set_input_files("input[type=file][name=file]", [
        {"name": "feed.jsonl", "mimeType": "application/x-ndjson", "buffer": feed.encode()},
        {"name": "seed.txt", "mimeType": "text/plain", "buffer": seed},
    ])
    dropped = page.evaluate_handle("""() => {
        const files = new DataTransfer();
        files.items.add(new File(["Schools\\n\\nAbout 300 pupils."], "schools.md", {type: "text/markdown"}));
        return files;
    }""")
    page.dispatch_event(".drop-zone", "drop", {"dataTransfer": dropped})
    assert page.locator("input[type=file][name=file]").evaluate("input => input.files.length") == 3
    held = []  # the first file's request, kept back to see the page mid-import

    def hold_the_first(route):
        if held:
            route.continue_()
        else:
            held.append(route)

    page.route("**/articles/import", hold_the_first)
    page.click(".add-article button[type=submit]")
    for _ in range(100):  # the route is answered in this thread, between Playwright calls
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the first file was never sent"
    assert page.locator(".import-counter").inner_text() == "1 of 3 files"
    rows = page.locator(".import-row")
    assert rows.locator(".import-state").all_inner_texts() == ["sending", "waiting", "waiting"]
    assert rows.nth(0).locator("progress").count() == 1
    held[0].continue_()

    page.locator(".import-counter", has_text="3 of 3 files done.").wait_for()
    assert page.locator(".import-progress .import-summary").inner_text() == "stored 2, already present 1, rejected 1"
    assert rows.locator(".import-name").all_inner_texts() == ["feed.jsonl", "seed.txt", "schools.md"]
    assert rows.nth(0).locator(".rejected").inner_text() == "feed.jsonl line 2: field 'text' is missing or empty"
    assert rows.nth(1).locator(".present a").inner_text() == "Thousands Of Jihadists Return Home In ISIS Defeat"
    assert rows.nth(2).locator(".sums").inner_text() == "1 figure"  # each article's figures, in its report line
    assert page.evaluate("window.notReloaded") is True
    rows.nth(2).locator(".stored a", has_text="Schools").click()
    page.wait_for_selector(".claims .claim-item")
    assert page.locator("h1").inner_text() == "Schools"
    assert page.errors == []
