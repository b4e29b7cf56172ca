"""The public fact-check page, read signed out: published verdicts only, every check drawn
on the server, and ClaimReview JSON-LD that a real structured-data extractor (extruct)
reads back as exactly the reviews the export publishes."""

from __future__ import annotations

import json
import re

import extruct
import pytest
from bs4 import BeautifulSoup

from workbench import store
from workbench.documents import Document
from workbench.ingest import import_document

from .conftest import exported
from .test_claimreview import ARTICLE, figure, publish


@pytest.fixture
def acme(db) -> int:
    """An article with a published figure, a reviewed one, a published one since removed and
    unreviewed ones."""
    article_id = import_document(db, ARTICLE).article_id
    publish(db, figure(db, article_id, "25%"), "accurate", "Company *accounts*.", ["https://acme.example/a"])
    publish(db, figure(db, article_id, "£960m"), "misleading", "Last year's figure was restated.")
    store.save_verdict(db, figure(db, article_id, "4,000"), 0, "inaccurate", "A draft nobody published.", [], "Ana")
    removed = figure(db, article_id, "12")
    publish(db, removed, "accurate", "Published, then found to be no claim.")
    store.set_removed(db, removed, True, "not a figure to check", "Ana")
    return article_id


def page(anon, article_id: int):
    response = anon.get(f"/fact-checks/{article_id}")
    return response, BeautifulSoup(response.get_data(as_text=True), "html.parser")


def test_signed_out_the_page_shows_published_verdicts_only(anon, db, acme):
    response, soup = page(anon, acme)
    assert response.status_code == 200 and "Content-Security-Policy" in response.headers
    marked = [a.get_text() for a in soup.select("#text a.claim")]
    assert marked == ["25%", "£960m"]  # the figures of the one published claim
    text = soup.get_text()
    for hidden in ("A draft nobody published", "found to be no claim", "Inaccurate"):
        assert hidden not in text
    [review] = soup.select("section.review")
    assert review.select_one(".label").get_text() == "Misleading"  # the worst of its two figures
    assert review.select_one(".rationale em").get_text() == "accounts"  # Markdown shown as HTML
    assert all(a["href"] == f"#{review['id']}" for a in soup.select("#text a.claim"))


def test_an_article_with_nothing_published_has_no_page(anon, db, acme):
    other = import_document(db, Document("Other", "Other\n\nSome 5 people came.", "feed")).article_id
    store.save_verdict(db, store.article_claims(db, other)[0]["id"], 0, "accurate", "Reviewed only.", [], "Ana")
    assert page(anon, other)[0].status_code == 404
    assert page(anon, 999)[0].status_code == 404


def test_the_embedded_json_ld_is_the_claimreview_export(anon, db, acme):
    publish(db, figure(db, acme, "40"), "accurate", "Its own list of shops.")
    response, _ = page(anon, acme)
    # No public address is configured, so the page names the one it was read at.
    read = extruct.extract(response.get_data(as_text=True), base_url="http://localhost/", syntaxes=["json-ld"])["json-ld"]
    published = exported(db, acme, fmt="claimreview")
    assert [r["claimReviewed"] for r in read] == [r["claimReviewed"] for r in published] == [
        "Acme Ltd said sales rose 25% to £1.2bn from £960m", "It also opened 12 shops and 40 cafes."]
    assert read[0]["url"] == f"http://localhost/fact-checks/{acme}#claim-{figure(db, acme, '25%')}"
    for mine, theirs in zip(read, published):
        assert {**mine, "url": None, "author": None} == {**theirs, "url": None, "author": None}


def test_a_rationale_cannot_break_out_of_the_json_ld(anon, db):
    article_id = import_document(db, Document("T", "T\n\nSome 40 people came.", "feed")).article_id
    typed = "</script><script>alert(1)</script> & <!-- 40 -->"
    publish(db, store.article_claims(db, article_id)[0]["id"], "accurate", f"`{typed}`")
    response, soup = page(anon, article_id)
    html = response.get_data(as_text=True)
    assert "<script>alert(1)" not in html
    [block] = soup.select('script[type="application/ld+json"]')
    assert len(soup.find_all("script")) == 1  # the data block; the page runs no script
    [review] = json.loads(block.string)
    assert "alert(1)" in review["reviewRating"]["ratingExplanation"]  # the words kept, the tags gone
    assert "<script" not in review["reviewRating"]["ratingExplanation"]


def test_each_kind_of_check_is_drawn_as_svg(anon, db, acme, seed_id):
    _, soup = page(anon, acme)
    change = soup.select_one("figure.check svg.picture-change")
    assert [t.get_text() for t in change.select("text.note")] == ["stated: 25% rise", "computed: +25%"]
    assert [r["class"][1] for r in change.select("rect")] == ["bar-old", "bar-new"]
    assert change["role"] == "img" and "A change recomputed" in change.select_one("title").get_text()

    claims = store.article_claims(db, seed_id)
    for text in ("900", "425"):
        publish(db, next(c["id"] for c in claims if c["text"] == text), "accurate")
    _, soup = page(anon, seed_id)
    stack = soup.select_one("svg.picture-stack")
    widths = [float(r["width"]) for r in stack.select("rect.bar-part")]
    total = float(stack.select_one("rect.bar-total")["width"])
    assert len(widths) == 4 and sum(widths) == pytest.approx(total * 2885 / 5600, abs=0.5)
    part = soup.select_one("svg.picture-part")
    whole, inner = (float(part.select_one(f"rect.bar-{role}")["width"]) for role in ("whole", "part"))
    assert inner == pytest.approx(whole / 2, abs=0.1)  # 425 of the 850
    assert not re.search(r"\sstyle=", str(soup))  # the CSP forbids inline style
