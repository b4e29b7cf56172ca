"""CSV and ClaimReview are the JSON export in other shapes; they must agree with it."""

import csv
import io
import json
from importlib import resources
import re

import pytest

import jsonschema

from workbench import store
from workbench.claimreview import Publisher
from workbench.export import Selection, json_schema, stream
from workbench.ingest import import_document
from workbench.readers import read_text
from workbench.verdicts import VocabularyError, load_labels

from .conftest import PUBLIC_URL, exported


def reviewed(db, seed_id):
    claims = store.article_claims(db, seed_id)
    store.save_verdict(db, claims[5]["id"], 0, "accurate", "Soufan table.", ["https://example.org/a", "https://example.org/b"], "Ana")
    store.save_verdict(db, claims[5]["id"], 1, "mostly-accurate", "Rounded figure.", [], "Ben")
    store.save_verdict(db, claims[13]["id"], 0, "unverifiable", "No list of countries.", [], "Ana")
    return exported(db)


def test_csv_has_a_row_per_claim_with_the_current_verdict(db, seed_id):
    reviewed(db, seed_id)
    rows = list(csv.DictReader(io.StringIO("".join(stream(db, Selection(), "csv", load_labels())))))
    assert len(rows) == 14
    row = next(r for r in rows if r["text"] == "900")
    assert (row["verdict"], row["reviewer"], row["earlier_verdicts"], row["subject"]) == ("mostly-accurate", "Ben", "1", "Turkey")
    assert next(r for r in rows if r["text"] == "50")["verdict"] == ""


def published(db, seed_id):
    """The two reviewed figures published, as an admin does."""
    reviewed(db, seed_id)
    claims = store.article_claims(db, seed_id)
    for n in (5, 13):
        store.set_state(db, claims[n]["id"], "published", "Bo")


def test_claimreview_for_each_published_claim(db, seed_id):
    published(db, seed_id)
    reviews = exported(db, fmt="claimreview")
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Mostly accurate", "Unverifiable"]
    first = reviews[0]
    assert first["@type"] == "ClaimReview" and first["reviewRating"]["ratingValue"] == 4
    assert first["claimReviewed"] == "Turkey had the largest contingent with 900 fighters."
    assert reviews[1]["reviewRating"]["ratingValue"] == 3
    store.set_state(db, store.article_claims(db, seed_id)[13]["id"], "reviewed", "Bo")  # taken back
    assert len(exported(db, fmt="claimreview")) == 1


def test_a_newsrooms_own_vocabulary_rates_its_claimreviews(db, seed_id, tmp_path):
    path = tmp_path / "labels.json"
    path.write_text(json.dumps([{"key": "mostly-accurate", "name": "Half true", "rating": 3},
                                {"key": "unverifiable", "name": "Unproven", "rating": 2}]))
    published(db, seed_id)
    reviews = exported(db, fmt="claimreview", labels=load_labels(path))
    assert [(r["reviewRating"]["alternateName"], r["reviewRating"]["ratingValue"]) for r in reviews] == [
        ("Half true", 3), ("Unproven", 2)]


@pytest.mark.parametrize("entries, message", [
    ("[]", "non-empty JSON list"),
    ('[{"key": "Fine", "name": "Fine", "rating": 5}]', "label 1: 'key'"),
    ('[{"key": "a", "name": "A", "rating": 5}, {"key": "a", "name": "B", "rating": 1}]', "label 2: 'key'"),
    ('[{"key": "a", "name": " ", "rating": 5}]', "label 1: 'name'"),
    ('[{"key": "a", "name": "A", "rating": 6}]', "label 1: 'rating'"),
    ("{not json", "labels.json"),
])
def test_a_bad_vocabulary_file_is_named_with_its_bad_entry(tmp_path, entries, message):
    path = tmp_path / "labels.json"
    path.write_text(entries)
    with pytest.raises(VocabularyError, match=re.escape(message)):
        load_labels(path)


def test_csv_and_claimreview_downloads(client, db, seed_id, monkeypatch):
    monkeypatch.setenv("WORKBENCH_ORGANIZATION", "The Fact Desk")
    monkeypatch.setenv("WORKBENCH_ORGANIZATION_URL", "https://factdesk.example/")
    published(db, seed_id)
    response = client.get(f"/export/verdicts.csv?article={seed_id}")
    assert response.mimetype == "text/csv" and response.data.decode().count("\n") == 15
    reviews = client.get("/export/claimreview.json").get_json()
    # No public address set: the reviews point at the one the request came in by.
    assert reviews[0]["url"].startswith(f"http://localhost/fact-checks/{seed_id}#claim-")
    assert len(reviews) == 2
    assert reviews[0]["author"] == {"@type": "Organization", "name": "The Fact Desk", "url": "https://factdesk.example/"}
    rating = reviews[0]["reviewRating"]
    assert rating["ratingExplanation"].startswith(
        "Rounded figure. Parts against the stated total, consistent: 900 + 800 + 760 + 425 = 2,885, at most 5,600")
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (4, 5, 1)
    assert reviews[0]["itemReviewed"]["@type"] == "Claim" and reviews[0]["datePublished"] == reviews[0]["datePublished"][:10]


def test_the_same_data_exports_to_the_same_bytes_and_validates(db, seed_id):
    reviewed(db, seed_id)
    first = "".join(stream(db, Selection(), "json", load_labels()))
    assert first == "".join(stream(db, Selection(), "json", load_labels()))
    document = json.loads(first)
    jsonschema.validate(document, json_schema())
    assert document["exported_at"] == max(v["at"] for c in document["articles"][0]["claims"]
                                          for v in [c["verdict"], *c["history"]] if v)


def test_export_filters_by_article_date_and_review(db, seed_id):
    other = import_document(db, next(read_text("Other\n\nSome 5 people came.", "o.txt", "txt"))).article_id
    reviewed(db, seed_id)
    def ids(**selection):
        return [a["id"] for a in json.loads("".join(stream(db, Selection(**selection), "json", load_labels())))["articles"]]
    assert ids() == [seed_id, other] and ids(articles=(other,)) == [other]
    assert ids(reviewed_only=True) == [seed_id]
    assert ids(since="2999-01-01") == [] and ids(since="2000-01-01") == [seed_id, other]
    only = json.loads("".join(stream(db, Selection(reviewed_only=True), "json", load_labels())))["articles"][0]
    assert [c["span"]["text"] for c in only["claims"]] == ["900", "33"]


def test_schema_lists_the_kinds_the_code_uses():
    from workbench.export import json_schema
    from workbench.extract import KINDS

    definitions = json_schema()["$defs"]
    assert tuple(definitions["claim"]["properties"]["kind"]["enum"]) == KINDS
    openapi = json.loads(resources.files("workbench").joinpath("schemas/openapi.json").read_text())
    kind_filter = next(p for p in openapi["paths"]["/claims"]["get"]["parameters"] if p.get("name") == "kind")
    assert tuple(kind_filter["schema"]["enum"]) == KINDS


@pytest.mark.parametrize("fmt", ["json", "csv", "claimreview"])
def test_worker_processes_export_the_same_bytes(db, seed_id, fmt, monkeypatch):
    monkeypatch.setattr("workbench.export.BATCH", 1)  # one article a batch, so the workers share them out
    published(db, seed_id)
    for n in range(5):
        import_document(db, next(read_text(f"Story {n}\n\nSome {n + 5} people came, up from {n + 2}.", "s.txt", "txt")))
    publisher = Publisher.named(PUBLIC_URL)
    alone = "".join(stream(db, Selection(), fmt, load_labels(), publisher=publisher))
    assert "".join(stream(db, Selection(), fmt, load_labels(), jobs=2, publisher=publisher)) == alone
