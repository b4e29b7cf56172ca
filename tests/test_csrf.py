"""Cross-site request forgery: every state-changing route refuses a request without the
session's token or sent from another site, and no GET changes anything."""

from __future__ import annotations

import re

import pytest

from workbench import create_app, store
from workbench.ingest import import_document
from workbench.readers import read_text

from .conftest import PASSWORD, sign_in
from .test_accounts import routes

TOKEN = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


@pytest.fixture
def app(db_path):
    """The app as it is served: CSRF protection on."""
    return create_app({"DATABASE": str(db_path), "TESTING": True, "SECRET_KEY": "test"})


@pytest.fixture
def browser(app, db, admin):
    """An admin's signed-in session (every route open to it), with the token its pages carry."""
    import_document(db, next(read_text("Demo\n\nSome 5 people came.", "demo.txt", "txt")))
    client = sign_in(app.test_client(), admin)
    client.token = TOKEN.search(client.get("/").text).group(1)
    return client


def snapshot(db) -> dict[str, int]:
    """How many rows each table holds: a change of state shows as a change here."""
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%'")]
    counts = {name: db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0] for name in names}
    counts["claim changes"] = db.execute("SELECT total(length(coalesce(state, '')) + removed) FROM claims").fetchone()[0]
    return counts


def unsafe(app):
    return [(endpoint, method, url) for endpoint, method, url in routes(app) if method not in ("GET", "HEAD", "OPTIONS")]


def test_every_unsafe_route_refuses_a_request_without_the_token(app, browser, db):
    assert unsafe(app), "no state-changing route found"
    before = snapshot(db)
    for endpoint, method, url in unsafe(app):
        response = browser.open(url, method=method, data={"name": "x", "label": "accurate", "rationale": "x"})
        assert response.status_code == 400, (method, url, response.status_code)
    assert snapshot(db) == before


@pytest.mark.parametrize("headers", [{"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                                     {"Origin": "https://evil.example"}])
def test_every_unsafe_route_refuses_a_request_from_another_site_even_with_the_token(app, browser, db, headers):
    before = snapshot(db)
    for endpoint, method, url in unsafe(app):
        response = browser.open(url, method=method, data={"csrf_token": browser.token}, headers=headers)
        assert response.status_code == 403, (method, url, response.status_code)
    assert snapshot(db) == before


def test_the_token_from_the_page_lets_the_page_save(browser, db):
    claim_id = store.article_claims(db, 1)[0]["id"]
    form = {"label": "accurate", "rationale": "ok", "base_version": "0"}
    by_header = browser.post(f"/claims/{claim_id}/verdict", data=form,
                             headers={"HX-Request": "true", "X-CSRFToken": browser.token, "Sec-Fetch-Site": "same-origin",
                                      "Origin": "http://localhost"})
    assert by_header.status_code == 200
    by_field = browser.post(f"/claims/{claim_id}/verdict", data=form | {"base_version": "1", "csrf_token": browser.token})
    assert by_field.status_code == 303
    assert [v["version"] for v in store.claim_history(db, claim_id)] == [1, 2]


def test_a_script_with_a_bearer_token_needs_no_csrf_token(app, db, admin):
    import_document(db, next(read_text("Demo\n\nSome 5 people came.", "demo.txt", "txt")))
    token = store.add_token(db, admin["id"], "script", actor="Bo")["token"]
    response = app.test_client().post("/api/v1/claims/1/verdicts", headers={"Authorization": f"Bearer {token}"},
                                      json={"label": "accurate", "rationale": "ok", "sources": [], "base_version": 0})
    assert response.status_code == 201


def test_a_bearer_header_does_not_spare_a_signed_in_browser_the_token(app, browser, db):
    """A bearer header proves nothing by being there: with the session cookie the token is
    still asked for."""
    before = snapshot(db)
    for endpoint, method, url in unsafe(app):
        response = browser.open(url, method=method, data={"name": "x", "label": "accurate", "rationale": "x"},
                                headers={"Authorization": "Bearer junk"})
        assert response.status_code == 400, (method, url, response.status_code)
    assert snapshot(db) == before


def test_a_real_token_sent_with_a_session_cookie_still_needs_the_csrf_token(app, browser, db, admin):
    token = store.add_token(db, admin["id"], "script", actor="Bo")["token"]
    claim_id = store.article_claims(db, 1)[0]["id"]
    verdict = {"label": "accurate", "rationale": "ok", "sources": [], "base_version": 0}
    url, bearer = f"/api/v1/claims/{claim_id}/verdicts", {"Authorization": f"Bearer {token}"}
    assert browser.post(url, headers=bearer, json=verdict).status_code == 400
    assert store.claim_history(db, claim_id) == []
    assert browser.post(url, headers=bearer | {"X-CSRFToken": browser.token}, json=verdict).status_code == 201


def test_a_bearer_header_that_opens_nothing_spares_no_token_even_without_a_cookie(app, db, reviewer):
    """Signing in is a change too (login forgery): a made-up token does not skip its check."""
    visitor = app.test_client()
    response = visitor.post("/login", data={"name": "Ana", "password": PASSWORD}, headers={"Authorization": "Bearer junk"})
    assert response.status_code == 400 and visitor.get("/").status_code == 302
    assert store.account_events(db)[0]["action"] == "created"


def test_no_get_changes_anything(app, browser, db):
    before = snapshot(db)
    for endpoint, method, url in routes(app):
        if method == "GET" and endpoint != "auth.logout":
            browser.get(url)
    assert snapshot(db) == before
