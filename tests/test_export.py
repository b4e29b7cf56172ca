"""CSV and ClaimReview are the JSON export in other shapes; they must agree with it."""

import csv
import io

from workbench import store
from workbench.export import export_document, to_claimreview, to_csv


def reviewed(db, seed_id):
    claims = store.article_claims(db, seed_id)
    store.save_verdict(db, claims[5]["id"], 0, "correct", "Soufan table.", ["https://example.org/a", "https://example.org/b"], "Ana")
    store.save_verdict(db, claims[5]["id"], 1, "mostly-correct", "Rounded figure.", [], "Ben")
    store.save_verdict(db, claims[13]["id"], 0, "unverifiable", "No list of countries.", [], "Ana")
    return export_document(db)


def test_csv_has_a_row_per_claim_with_the_current_verdict(db, seed_id):
    rows = list(csv.DictReader(io.StringIO(to_csv(reviewed(db, seed_id)))))
    assert len(rows) == 14
    row = next(r for r in rows if r["text"] == "900")
    assert (row["verdict"], row["reviewer"], row["earlier_verdicts"], row["subject"]) == ("mostly-correct", "Ben", "1", "Turkey")
    assert next(r for r in rows if r["text"] == "50")["verdict"] == ""


def test_claimreview_for_each_reviewed_claim(db, seed_id):
    reviews = to_claimreview(reviewed(db, seed_id))
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Mostly correct", "Unverifiable"]
    first = reviews[0]
    assert first["@type"] == "ClaimReview" and first["reviewRating"]["ratingValue"] == 4
    assert first["claimReviewed"] == "Turkey had the largest contingent with 900 fighters."
    assert "ratingValue" not in reviews[1]["reviewRating"]


def test_csv_and_claimreview_downloads(client, db, seed_id):
    reviewed(db, seed_id)
    response = client.get(f"/export/verdicts.csv?article={seed_id}")
    assert response.mimetype == "text/csv" and response.data.decode().count("\n") == 15
    reviews = client.get("/export/claimreview.json").get_json()
    assert len(reviews) == 2 and reviews[0]["author"]["name"] == "Ben"


def test_schema_lists_the_kinds_and_labels_the_code_uses():
    from workbench.export import json_schema
    from workbench.extract import KINDS
    from workbench.verdicts import LABELS

    definitions = json_schema()["$defs"]
    assert tuple(definitions["claim"]["properties"]["kind"]["enum"]) == KINDS
    assert list(definitions["verdict"]["properties"]["label"]["enum"]) == list(LABELS)
