"""An admin corrects an article's title, source and address, or deletes it; each change is
kept in the article's history, and a deleted article whole, as its export, to import back."""

from __future__ import annotations

import json
import sqlite3

import pytest
from bs4 import BeautifulSoup

from workbench import store
from workbench.documents import Document
from workbench.ingest import import_document, import_documents
from workbench.readers import read_text

from .conftest import exported


def soup(response):
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def details(article: dict, **typed) -> dict:
    shown = {name: article[name] or "" for name in ("title", "source", "url")}
    return {**shown, **{f"was_{k}": v for k, v in shown.items()}} | typed


def test_an_admin_corrects_the_details_and_the_history_keeps_what_they_were(admin_client, db, seed_id):
    article = store.get_article(db, seed_id)
    response = admin_client.post(f"/articles/{seed_id}/details", data=details(
        article, title="Jihadists return home", source="The Cipher Brief", url="https://example.org/returnees"))
    assert response.status_code == 303
    now = store.get_article(db, seed_id)
    assert (now["title"], now["source"], now["url"]) == ("Jihadists return home", "The Cipher Brief",
                                                         "https://example.org/returnees")
    assert [(c["field"], c["old"], c["new"], c["actor"]) for c in store.article_changes(db, seed_id)] == [
        ("title", article["title"], "Jihadists return home", "Bo"), ("source", None, "The Cipher Brief", "Bo"),
        ("url", None, "https://example.org/returnees", "Bo")]
    history = soup(admin_client.get(f"/articles/{seed_id}")).select_one(".article-history").text
    assert "Bo changed the title from" in history


@pytest.mark.parametrize("typed, field, message", [
    ({"title": " "}, "title", "needs a title"),
    ({"url": "javascript:alert(1)"}, "url", "Not a web address"),
    ({"source": "x" * 501}, "source", "under 500"),
])
def test_bad_details_change_nothing_and_keep_what_was_typed(admin_client, db, seed_id, typed, field, message):
    before = store.get_article(db, seed_id)
    response = admin_client.post(f"/articles/{seed_id}/details", data=details(before, **typed))
    assert response.status_code == 422 and message in soup(response).select_one(".article-details .field-error").text
    assert soup(response).select_one(f".article-details input[name={field}]")["value"] == typed[field]  # kept as typed
    assert store.get_article(db, seed_id) == before and store.article_changes(db, seed_id) == []


def test_details_changed_meanwhile_are_not_overwritten(admin_client, db, seed_id):
    article = store.get_article(db, seed_id)
    store.edit_article(db, seed_id, {}, {"title": "Someone else's title"}, "Ana")
    response = admin_client.post(f"/articles/{seed_id}/details", data=details(article, title="Mine"))
    assert response.status_code == 409 and store.get_article(db, seed_id)["title"] == "Someone else's title"


def test_only_an_admin_edits_or_deletes(client, seed_id):
    assert client.post(f"/articles/{seed_id}/details", data={"title": "x"}).status_code == 403
    assert client.post(f"/articles/{seed_id}/delete", data={"reason": "x"}).status_code == 403


def test_a_deleted_article_goes_whole_and_comes_back_from_its_archive(admin_client, db, seed_id, tmp_path):
    claims = store.article_claims(db, seed_id)
    store.save_verdict(db, claims[5]["id"], 0, "accurate", "Checked.", [], "Ana")
    store.correct_claim(db, claims[12]["id"], {"value": 5600}, {"value": 5700, "low": 5700, "high": 5700}, "typo", "Ana")
    other = import_document(db, Document("Later", "Later\n\nSome 5,600 ISIS members have returned, Barrett says.",
                                         "feed")).article_id
    store.save_verdict(db, store.article_claims(db, other)[0]["id"], 0, "accurate", "Same figure.", [], "Ben")
    before = exported(db, seed_id)
    assert admin_client.post(f"/articles/{seed_id}/delete", data={"reason": " "}).status_code == 422
    response = admin_client.post(f"/articles/{seed_id}/delete", data={"reason": "a duplicate of the wire copy"})
    assert response.status_code == 303
    assert store.get_article(db, seed_id) is None and store.article_claims(db, seed_id) == []
    assert [a["id"] for a in store.list_articles(db)] == [other]
    assert store.list_claims(db, {"reviewer": "Ana"}) == [] and len(store.list_claims(db, {"reviewer": "Ben"})) == 1
    assert all(f["article_id"] == other and not f["elsewhere"] for f in store.article_findings(db, other))
    [row] = store.deleted_articles(db)
    assert (row["title"], row["reason"], row["actor"]) == (before["articles"][0]["title"], "a duplicate of the wire copy", "Bo")
    page = soup(admin_client.get("/admin/deleted"))
    link = page.select_one("a[download]")["href"]
    archive = admin_client.get(link).get_data(as_text=True)
    restored = store.open_db(tmp_path / "restored.db")
    store.migrate(restored)
    [outcome] = import_documents(restored, read_text(archive, "deleted.json", "json"))
    back = exported(restored, outcome.article_id)["articles"][0]
    was = before["articles"][0]
    assert [c["verdict"] for c in back["claims"]] == [c["verdict"] for c in was["claims"]]
    assert [c["corrections"] for c in back["claims"]] == [c["corrections"] for c in was["claims"]]
    # The histories stay append-only for everyone else.
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.transaction(db):
        db.execute("DELETE FROM verdicts")
    assert json.loads(archive)["schema"] == "workbench.export/v1"
