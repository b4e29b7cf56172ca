"""Who has which figure open: a reviewer's page says so, the others' pages show the name,
and the queue's next figure passes over it while it is held."""

from __future__ import annotations

from bs4 import BeautifulSoup

from workbench import store

from .conftest import sign_in

HTMX = {"HX-Request": "true"}


def shown(response) -> dict[str, str]:
    page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    return {span["id"]: span.text for span in page.select("span.presence[hx-swap-oob]") if span.text}


def test_a_figure_another_reviewer_has_open_shows_their_name(app, client, db, seed_id, password_hash):
    ben = sign_in(app.test_client(), store.add_user(db, "Ben", password_hash, "reviewer", actor="setup"))
    claim = store.article_claims(db, seed_id)[5]["id"]
    assert shown(ben.post(f"/articles/{seed_id}/presence", data={"claim": claim}, headers=HTMX)) == {}
    assert shown(client.post(f"/articles/{seed_id}/presence", data={}, headers=HTMX)) == {
        f"presence-{claim}": "Ben has this open"}
    other = store.article_claims(db, seed_id)[6]["id"]
    ben.post(f"/articles/{seed_id}/presence", data={"claim": other}, headers=HTMX)  # Ben moved on
    assert shown(client.post(f"/articles/{seed_id}/presence", data={"claim": claim}, headers=HTMX)) == {
        f"presence-{other}": "Ben has this open"}
    assert shown(ben.post(f"/articles/{seed_id}/presence", data={"claim": other}, headers=HTMX)) == {
        f"presence-{claim}": "Ana has this open"}


def test_a_claim_of_another_article_is_not_held(client, db, seed_id):
    assert client.post(f"/articles/{seed_id}/presence", data={"claim": 999}, headers=HTMX).status_code == 200
    assert db.execute("SELECT count(*) FROM presence").fetchone()[0] == 0


def test_next_passes_over_what_another_reviewer_holds(db, seed_id):
    first = store.next_claim(db, assignee="Ana")
    store.hold(db, first["id"], "Ben")
    assert store.next_claim(db, assignee="Ana")["id"] != first["id"]
    assert store.next_claim(db, assignee="Ben")["id"] == first["id"]  # one's own is no obstacle
    with store.transaction(db):  # a minute and more ago
        db.execute("UPDATE presence SET at = '2000-01-01T00:00:00.000+00:00'")
    assert store.next_claim(db, assignee="Ana")["id"] == first["id"]
