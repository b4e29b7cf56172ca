"""The dashboard: each count from the store, each chart drawn on the server beside a table
of the same numbers, and readable without colour."""

from __future__ import annotations

from bs4 import BeautifulSoup

from workbench import store
from workbench.charts import WIDTH, rows
from workbench.documents import Document
from workbench.ingest import import_document


def soup(response):
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def test_rows_scale_to_the_longest_and_say_their_numbers():
    drawn = rows([("sum", {"fail": 1, "pass": 3}), ("change", {"warn": 2})], ("fail", "warn", "pass"))
    assert [s.kind for s in drawn[0].segments] == ["fail", "pass"] and drawn[0].end == WIDTH
    assert drawn[1].segments[0].width == WIDTH / 2 and drawn[1].note == "2 warn"
    assert drawn[0].note == "1 fail · 3 pass"
    assert rows([], ("figures",)) == []


def test_the_dashboard_counts_the_teams_work(client, db, seed_id, admin):
    claims = store.article_claims(db, seed_id)
    for n, reviewer in ((5, "Ana"), (6, "Ana"), (7, "Ben")):
        store.save_verdict(db, claims[n]["id"], 0, "accurate", "Checked.", [], reviewer)
    store.save_verdict(db, claims[5]["id"], 1, "misleading", "Again.", [], "Ana")  # one figure, counted once
    budget = import_document(db, Document("Budget", "Budget\n\nThe council will spend £12m: £8m on roads and £7m "
                                                    "on schools.", "feed")).article_id
    store.assign_article(db, budget, "Ana")
    page = soup(client.get("/dashboard"))
    daily = {(r.select("td")[1].text, r.select("td")[2].text) for r in page.select(".panel")[0].select("tbody tr")}
    assert daily == {("Ana", "2"), ("Ben", "1")}
    failing = store.open_failing(db)
    assert failing >= 2 and page.select_one(".headline strong").text == str(failing)
    rules = {r.select("td")[0].text: r.select("td")[1].text for r in page.select(".panel")[1].select("tbody tr")}
    assert rules["sum"] == "1"  # £8m + £7m against £12m
    [waiting] = page.select(".panel")[2].select("tbody tr")
    assert waiting.select_one("a").text == "Budget" and waiting.select("td")[1].text == "Ana"


def test_charts_read_without_colour(client, db, seed_id):
    store.save_verdict(db, store.article_claims(db, seed_id)[5]["id"], 0, "accurate", "Checked.", [], "Ana")
    page = soup(client.get("/dashboard"))
    for svg in page.select("svg.chart"):
        assert svg["role"] == "img" and svg.select_one("title").text
        labels = [t.text for t in svg.select("text.chart-label")]
        notes = [t.text for t in svg.select("text.chart-note")]
        assert len(labels) == len(notes) == len(svg.select("text.chart-label")) > 0  # every bar named and counted
    rule_chart = page.select("svg.chart")[1]
    assert rule_chart.select("pattern#hatch-fail line") and rule_chart.select("pattern#dots-warn circle")
    assert "style=" not in str(page)
