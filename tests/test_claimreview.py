"""ClaimReview as a fact check is published: only published, standing figures; a review per
claim (the clause that carries a figure); every property the structured-data guidelines
ask for, checked against workbench/schemas/claimreview.schema.json, which was written
from those guidelines and not from this output."""

from __future__ import annotations

import json

import jsonschema
import pytest

from workbench import store
from workbench.claimreview import json_schema
from workbench.documents import Document
from workbench.ingest import import_document

from .conftest import PUBLIC_URL, exported

SCHEMA = json_schema()
ARTICLE = Document(
    "Sales and costs",
    "Sales and costs\n\nAcme Ltd said sales rose 25% to £1.2bn from £960m, while costs fell 3%. "
    "The firm employs 4,000 staff; 1,500 of them work abroad.\n\nIt also opened 12 shops and 40 cafes.",
    "feed", url="https://news.example.com/acme", source="The Daily Example", published="2026-11-30",
)


def figure(db, article_id: int, text: str) -> int:
    return next(c["id"] for c in store.article_claims(db, article_id) if c["text"] == text)


def publish(db, claim_id: int, label: str, rationale: str = "", sources=(), reviewer: str = "Ana") -> None:
    version = (store.current_verdict(db, claim_id) or {"version": 0})["version"]
    store.save_verdict(db, claim_id, version, label, rationale, list(sources), reviewer)
    store.set_state(db, claim_id, "published", "Bo")


@pytest.fixture
def acme(db) -> int:
    return import_document(db, ARTICLE).article_id


def reviews(db, article_id: int) -> list[dict]:
    return exported(db, article_id, fmt="claimreview")


def test_only_published_standing_figures_are_reviewed(db, acme):
    publish(db, figure(db, acme, "4,000"), "accurate", "Annual report.")
    store.save_verdict(db, figure(db, acme, "1,500"), 0, "inaccurate", "Not published yet.", [], "Ana")  # reviewed only
    removed = figure(db, acme, "12")
    publish(db, removed, "accurate", "Was published, then found to be no claim.")
    store.set_removed(db, removed, True, "a count of nothing", "Ana")
    found = reviews(db, acme)
    assert [r["claimReviewed"] for r in found] == ["The firm employs 4,000 staff"]
    assert "Not published yet" not in json.dumps(found) and "no claim" not in json.dumps(found)


def test_the_claim_is_the_clause_and_one_clause_is_one_review_rated_by_its_worst(db, acme):
    for text, label in (("25%", "accurate"), ("£1.2bn", "misleading"), ("£960m", "accurate"), ("3%", "accurate"),
                        ("4,000", "accurate"), ("1,500", "mostly-accurate")):
        publish(db, figure(db, acme, text), label, f"On {text}.")
    found = reviews(db, acme)
    assert [(r["claimReviewed"], r["reviewRating"]["alternateName"]) for r in found] == [
        ("Acme Ltd said sales rose 25% to £1.2bn from £960m", "Misleading"),
        ("Costs fell 3%.", "Accurate"),
        ("The firm employs 4,000 staff", "Accurate"),
        ("1,500 of them work abroad.", "Mostly accurate"),
    ]
    first = found[0]["reviewRating"]
    assert (first["ratingValue"], first["bestRating"], first["worstRating"]) == (2, 5, 1)
    assert first["ratingExplanation"].startswith("On 25%. On £1.2bn. On £960m.")


def test_every_review_names_its_page_article_claimant_and_newsroom(db, acme, monkeypatch):
    monkeypatch.setenv("WORKBENCH_ORGANIZATION", "The Fact Desk")
    monkeypatch.setenv("WORKBENCH_ORGANIZATION_URL", "https://factdesk.example/")
    claim_id = figure(db, acme, "25%")
    publish(db, claim_id, "accurate", "Company accounts.", ["https://acme.example/accounts"])
    [review] = reviews(db, acme)
    jsonschema.validate(review, SCHEMA)
    assert review["url"] == f"{PUBLIC_URL}/fact-checks/{acme}#claim-{claim_id}"
    assert review["author"] == {"@type": "Organization", "name": "The Fact Desk", "url": "https://factdesk.example/"}
    assert review["itemReviewed"] == {
        "@type": "Claim", "author": {"@type": "Organization", "name": "Acme Ltd"}, "datePublished": "2026-11-30",
        "appearance": [{"@type": "NewsArticle", "headline": "Sales and costs", "url": "https://news.example.com/acme",
                        "datePublished": "2026-11-30",
                        "publisher": {"@type": "Organization", "name": "The Daily Example"}}]}
    published_at = store.state_history(db, claim_id)[-1]["at"]
    assert review["datePublished"] == published_at[:10]
    assert review["citation"] == ["https://acme.example/accounts"]


def test_the_newsroom_url_defaults_to_the_public_address(db, acme, monkeypatch):
    monkeypatch.delenv("WORKBENCH_ORGANIZATION_URL", raising=False)
    publish(db, figure(db, acme, "40"), "accurate")
    [review] = reviews(db, acme)
    assert review["author"]["url"] == PUBLIC_URL + "/"
    assert "ratingExplanation" not in review["reviewRating"]  # no rationale and no check: nothing to explain
    jsonschema.validate(review, SCHEMA)


def test_the_explanation_is_plain_text_then_the_checks_in_a_readers_words(db, seed_id):
    claims = store.article_claims(db, seed_id)
    publish(db, next(c["id"] for c in claims if c["text"] == "425"), "accurate",
            "**Half** of them, as the [Soufan table](https://soufan.example/t) says.\n\n<b>Confirmed</b> by the Home Office.")
    [review] = reviews(db, seed_id)
    explanation = review["reviewRating"]["ratingExplanation"]
    assert explanation.startswith("Half of them, as the Soufan table says. Confirmed by the Home Office. ")
    assert "A part against its whole, consistent: 425, at most 850: 425 of 850 is 50%." in explanation
    for shorthand in ("**", "](", "<b>", "(jihadist)", " - pass", "<="):
        assert shorthand not in explanation
    jsonschema.validate(review, SCHEMA)


def test_the_seeds_claims_credit_who_said_them(db, seed_id):
    claims = store.article_claims(db, seed_id)
    for text in ("5,600", "thousands", "900"):
        publish(db, next(c["id"] for c in claims if c["text"] == text), "accurate")
    by_claim = {r["claimReviewed"]: r["itemReviewed"].get("author") for r in reviews(db, seed_id)}
    assert by_claim == {
        "Research by the Soufan Centre says thousands of fighters have packed their bags and secretly returned home.":
            {"@type": "Organization", "name": "Soufan Centre"},
        "Turkey had the largest contingent with 900 fighters.": None,
        "In his report, Barrett claims 5,600 former ISIS members have returned to 33 countries.":
            {"@type": "Person", "name": "Richard Barrett"},
    }


def test_a_label_dropped_from_the_vocabulary_is_published_unrated(db, acme, tmp_path):
    from workbench.verdicts import load_labels

    publish(db, figure(db, acme, "4,000"), "accurate")
    path = tmp_path / "labels.json"
    path.write_text(json.dumps([{"key": "true", "name": "True", "rating": 5}]))
    [review] = exported(db, acme, fmt="claimreview", labels=load_labels(path))
    assert review["reviewRating"]["alternateName"] == "accurate" and "ratingValue" not in review["reviewRating"]


def test_the_command_line_needs_the_public_address(db_path, db, acme, monkeypatch):
    from click.testing import CliRunner

    from workbench.cli import cli

    publish(db, figure(db, acme, "4,000"), "accurate")
    monkeypatch.delenv("WORKBENCH_PUBLIC_URL", raising=False)
    refused = CliRunner().invoke(cli, ["export", "--format", "claimreview", "--jobs", "0", "--db", str(db_path)])
    assert refused.exit_code == 1 and "WORKBENCH_PUBLIC_URL" in refused.output
    monkeypatch.setenv("WORKBENCH_PUBLIC_URL", "https://checks.example.net/")
    done = CliRunner().invoke(cli, ["export", "--format", "claimreview", "--jobs", "0", "--db", str(db_path)])
    assert done.exit_code == 0, done.output
    assert [r["url"].split("#")[0] for r in json.loads(done.output)] == [f"https://checks.example.net/fact-checks/{acme}"]
