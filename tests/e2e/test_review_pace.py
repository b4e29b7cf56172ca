"""How fast a reviewer decides figures by keyboard, in a real Chromium on a BBC article:
the keys pressed per figure and each save's round trip, printed for docs/benchmarks.md.

Only the keystrokes are asserted (they are the design: label, save, move on); times are
measured and printed, never asserted, since machines are noisy.
"""

import json
import statistics

import pytest

from workbench import store
from workbench.ingest import import_document
from workbench.readers import read_text

from ..conftest import corpus_file

pytestmark = pytest.mark.browser
FIGURES = 20
RATIONALE = "Checked."


def bbc_article(minimum: int) -> str:
    """The first BBC article with at least `minimum` figures, as its import record."""
    with corpus_file("bbc/articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["text"].count(" ") > 300 and sum(ch.isdigit() for ch in record["text"]) > 4 * minimum:
                yield record


def test_a_reviewer_decides_twenty_figures_by_keyboard(page, server, stored):
    article_id = None
    for record in bbc_article(FIGURES):
        [document] = read_text(json.dumps(record), "bbc.json", "json")
        outcome = import_document(stored, document)
        first = store.article_claims(stored, outcome.article_id)[:FIGURES]
        # Twenty figures, some of which its checks vouch for: the reviewer's fast path is measured too.
        if len(first) == FIGURES and sum(c["worst"] == "pass" for c in first) >= 3:
            article_id = outcome.article_id
            break
    assert article_id, "no BBC article with twenty figures, three of them passing their checks"
    page.goto(f"{server}/articles/{article_id}")
    page.wait_for_selector(".claims .claim-item")
    keys, passing_keys, trips = [], [], []
    for n in range(FIGURES):
        pressed = ["j", "1"]
        page.keyboard.press("j")
        current = page.locator(".claim-item.current")
        checks = current.locator(".checks .check").all_inner_texts()
        clean = any(c.startswith("pass") for c in checks) and not any(c.startswith(("fail", "warn")) for c in checks)
        page.keyboard.press("1")
        if not clean:  # a figure no check vouches for needs a word on why
            page.keyboard.type(RATIONALE)
            pressed += list(RATIONALE)
        with page.expect_response(lambda r: r.url.endswith("/verdict") and r.request.method == "POST") as answer:
            page.keyboard.press("Control+Enter")
        pressed.append("Control+Enter")
        current.locator(".saved").wait_for()
        timing = answer.value.request.timing
        trips.append(timing["responseEnd"] - timing["requestStart"])
        keys.append(len(pressed))
        if clean:
            passing_keys.append(len(pressed))
    reviewed = store.list_claims(stored, {"article": article_id, "reviewer": "Ana"}, limit=100)
    assert len(reviewed) == FIGURES
    assert passing_keys and set(passing_keys) == {3}  # label, save, and the move to the next
    print(f"\nreview pace: {FIGURES} figures, {statistics.mean(keys):.1f} keys a figure on average, "
          f"{len(passing_keys)} with passing checks at {passing_keys[0]} keys; "
          f"save round trip median {statistics.median(trips):.1f} ms (min {min(trips):.1f}, max {max(trips):.1f})")
    assert page.errors == []
