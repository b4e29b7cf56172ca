"""The JSON API under /api/v1: tokens, every route's answers, and the one error shape."""

from __future__ import annotations

import re

import jsonschema
import pytest
from click.testing import CliRunner

from workbench import store
from workbench.cli import cli
from workbench.export import json_schema
from workbench.ingest import import_document
from workbench.readers import from_record

from .conftest import exported

API = "/api/v1"
RECORD = {"title": "Jobs report", "text": "About 120,000 jobs were added, and 3% of firms hired."}


def assert_error(response, status: int, field: str | None = None) -> dict:
    """The one shape every API error has."""
    body = response.get_json()
    assert response.status_code == status, body
    assert body["ok"] is False and body["status"] == status and body["error"]
    assert body.get("field") == field, body
    return body


@pytest.fixture
def bearer(db, reviewer) -> dict:
    """Headers carrying a fresh token of the reviewer Ana."""
    return {"Authorization": "Bearer " + store.add_token(db, reviewer["id"], "tests", actor="Ana")["token"]}


@pytest.fixture
def api(anon, bearer):
    """A client that never signs in: every request carries Ana's token."""

    def call(method: str, path: str, **kwargs):
        return anon.open(API + path, method=method, headers=bearer, **kwargs)

    return call


def cli_run(db_path, *args):
    return CliRunner().invoke(cli, [*args, "--db", str(db_path)])


def first_claim(db, article_id: int) -> int:
    return store.article_claims(db, article_id)[0]["id"]


# Tokens


def test_a_token_from_the_command_line_works_until_revoked(anon, db, db_path, reviewer, seed_id):
    made = cli_run(db_path, "token", "add", "Ana", "--label", "cms")
    assert made.exit_code == 0, made.output
    headers = {"Authorization": f"Bearer {made.stdout.strip()}"}
    response = anon.get(f"{API}/articles", headers=headers)
    assert response.status_code == 200 and response.json["articles"][0]["id"] == seed_id
    assert "Set-Cookie" not in response.headers
    [token] = store.list_tokens(db, reviewer["id"])
    assert token["name"] == "cms" and token["last_used_at"] is not None and "token_hash" not in token
    assert cli_run(db_path, "token", "list", "Ana").output.startswith(f"{token['id']}  cms  made ")
    assert cli_run(db_path, "token", "revoke", str(token["id"])).exit_code == 0
    refused = assert_error(anon.get(f"{API}/articles", headers=headers), 401)
    assert "revoked" in refused["error"]
    assert cli_run(db_path, "token", "revoke", str(token["id"])).exit_code == 1


def test_only_the_tokens_hash_is_stored(db, reviewer):
    row = store.add_token(db, reviewer["id"], "x", actor="Ana")
    stored = db.execute("SELECT token_hash FROM api_tokens WHERE id = ?", [row["id"]]).fetchone()[0]
    assert stored == store.token_hash(row["token"]) != row["token"]


def test_a_token_for_no_account_is_refused(db_path, db):
    result = cli_run(db_path, "token", "add", "Nobody")
    assert result.exit_code == 1 and "no enabled account named 'Nobody'" in result.output


def test_a_disabled_accounts_token_stops_working(api, db, reviewer, admin):
    assert api("GET", "/articles").status_code == 200
    store.update_user(db, reviewer["id"], "reviewer", True, actor="Bo")
    assert_error(api("GET", "/articles"), 401)


@pytest.mark.parametrize("header", ["Bearer not-a-token", "Basic QW5hOnB3", "Bearer "])
def test_a_bad_or_missing_token_gets_401(anon, header):
    response = anon.get(f"{API}/articles", headers={"Authorization": header})
    assert_error(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_token_acts_as_its_account_and_opens_no_page(anon, bearer, db, seed_id):
    saved = anon.post(f"{API}/claims/{first_claim(db, seed_id)}/verdicts", headers=bearer,
                      json={"label": "accurate", "rationale": "Matches the report.", "base_version": 0})
    assert saved.status_code == 201 and saved.json["reviewer"] == "Ana"
    assert "Set-Cookie" not in saved.headers
    assert anon.get("/", headers=bearer).status_code == 302  # pages want a session


def test_a_signed_in_browser_uses_the_api_with_its_session(client, seed_id):
    assert client.get(f"{API}/articles/{seed_id}").status_code == 200


# The one error shape


def test_unknown_paths_and_methods_answer_in_the_shape(api):
    assert_error(api("GET", "/no-such-thing"), 404)
    wrong = assert_error(api("DELETE", "/articles"), 405)
    assert "Sign in" not in wrong["error"]
    assert set(api("DELETE", "/articles").headers["Allow"].split(", ")) >= {"GET", "POST"}


@pytest.mark.parametrize("body", [{"data": "not json"}, {"json": ["a", "list"]}, {"json": "text"},
                                  {"data": '{"title": "x", "text": "\\ud800"}', "content_type": "application/json"}])
def test_a_body_that_is_no_json_object_is_400(api, body):
    assert_error(api("POST", "/articles", **body), 400)


def test_too_large_a_body_is_413(api, app):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    assert_error(api("POST", "/articles", json={"title": "Big", "text": "x" * 2000}), 413)


def test_a_crash_is_a_500_in_the_shape(app, anon, bearer):
    def boom():
        raise RuntimeError("a bug")

    boom.access = "reviewer"
    app.add_url_rule(f"{API}/boom", view_func=boom)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    body = assert_error(anon.get(f"{API}/boom", headers=bearer), 500)
    assert "a bug" not in body["error"]


@pytest.mark.parametrize("query, field", [
    ("limit=0", "limit"), ("limit=201", "limit"), ("after=abc", "after"), ("after=-1", "after"),
])
def test_bad_paging_names_the_parameter(api, query, field):
    for path in ("/articles", "/claims"):
        assert_error(api("GET", f"{path}?{query}"), 422, field)


def test_an_id_too_large_for_the_database_is_404(api):
    assert_error(api("GET", f"/articles/{2**63}"), 404)
    assert_error(api("GET", f"/claims/{10**30}"), 404)


# Articles


def test_pages_of_articles_hold_each_article_once_newest_first(api, db, seed_id):
    for n in range(4):
        import_document(db, from_record({"title": f"T{n}", "text": f"About {n + 2}00 people came."}, "test"))
    seen, after = [], ""
    while True:
        page = api("GET", f"/articles?limit=2&after={after}").json
        seen += [a["id"] for a in page["articles"]]
        assert len(page["articles"]) <= 2
        if page["next"] is None:
            break
        after = page["next"]
    assert seen == sorted(store.article_ids(db), reverse=True)


def test_an_article_is_served_as_the_export_shapes_it(api, db, seed_id):
    article = api("GET", f"/articles/{seed_id}").json
    assert article == exported(db, seed_id)["articles"][0]
    assert api("GET", f"/articles/{seed_id}/findings").json["findings"] == article["findings"]
    assert len(article["findings"]) == 6
    assert_error(api("GET", "/articles/999"), 404)
    assert_error(api("GET", "/articles/999/findings"), 404)


def test_creating_an_article_stores_it_once(api, db):
    created = api("POST", "/articles", json=RECORD | {"source": "Wire", "desk": "economy"})
    assert created.status_code == 201, created.json
    article_id = created.json["id"]
    assert created.json == {"id": article_id, "stored": True, "claims": 2}
    assert created.headers["Location"] == f"{API}/articles/{article_id}"
    article = store.get_article(db, article_id)
    assert article["text"] == RECORD["text"] and article["metadata"] == {"desk": "economy"}
    again = api("POST", "/articles", json=RECORD | {"title": "Another title"})
    assert again.status_code == 200 and again.json == {"id": article_id, "stored": False, "claims": 2}
    assert store.count_articles(db) == 1


@pytest.mark.parametrize("record, field", [
    ({"text": "About 5 people."}, "title"),
    ({"title": "T", "text": "   "}, "text"),
    ({"title": "T", "text": "5 people", "url": 5}, "url"),
    ({"title": "T", "text": "5 people", "published": "last week"}, "published"),
])
def test_a_bad_article_names_its_field_and_stores_nothing(api, db, record, field):
    assert_error(api("POST", "/articles", json=record), 422, field)
    assert store.count_articles(db) == 0


# Claims and verdicts


def test_pages_of_claims_hold_each_claim_once_and_filter(api, db, seed_id):
    seen, after = [], ""
    while True:
        page = api("GET", f"/claims?article={seed_id}&limit=5&after={after}").json
        seen += [c["id"] for c in page["claims"]]
        if page["next"] is None:
            break
        after = page["next"]
    assert seen == [c["id"] for c in store.list_claims(db, {"article": seed_id}, limit=1000)]
    assert len(seen) == len(set(seen)) == 14
    checked = api("GET", "/claims?finding=pass").json["claims"]
    assert checked and all(c["worst"] == "pass" for c in checked)
    assert api("GET", "/claims?finding=fail").json["claims"] == []
    assert api("GET", "/claims?q=5,600").json["claims"][0]["text"] == "5,600"
    assert api("GET", "/claims?article=999").json == {"claims": [], "next": None}
    assert_error(api("GET", "/claims?state=done"), 422, "state")
    assert_error(api("GET", "/claims?finding=maybe"), 422, "finding")
    for name, value, valid in (("label", "great", "accurate, mostly-accurate"), ("kind", "amount", "count, money")):
        refused = api("GET", f"/claims?{name}={value}")
        assert_error(refused, 422, name)
        assert valid in refused.json["error"]  # the valid values are named
    assert api("GET", "/claims?q=a%00b").status_code == 200  # a NUL is no word, not an error


def test_a_claim_with_its_verdicts_and_the_version_to_build_on(api, db, seed_id):
    claim_id = first_claim(db, seed_id)
    fresh = api("GET", f"/claims/{claim_id}").json
    assert fresh["version"] == 0 and fresh["article_id"] == seed_id
    assert fresh["claim"]["verdict"] is None and fresh["claim"]["state"] == "unreviewed"
    body = {"label": "accurate", "rationale": "Matches.", "sources": ["https://example.org/a"], "base_version": 0}
    saved = api("POST", f"/claims/{claim_id}/verdicts", json=body)
    assert saved.status_code == 201
    assert saved.json | {"at": None} == {"claim_id": claim_id, "version": 1, "label": "accurate", "rationale": "Matches.",
                                         "sources": ["https://example.org/a"], "reviewer": "Ana", "at": None}
    second = api("POST", f"/claims/{claim_id}/verdicts", json=body | {"label": "misleading", "base_version": 1.0})
    assert second.status_code == 201 and second.json["version"] == 2
    detail = api("GET", f"/claims/{claim_id}").json
    assert detail["version"] == 2 and detail["claim"]["verdict"]["label"] == "misleading"
    assert [v["label"] for v in detail["claim"]["history"]] == ["accurate"]
    assert detail["claim"]["state"] == "reviewed"
    assert_error(api("GET", "/claims/999999"), 404)


def test_a_stale_verdict_gets_409_with_the_current_one(api, db, seed_id):
    claim_id = first_claim(db, seed_id)
    store.save_verdict(db, claim_id, 0, "inaccurate", "Theirs.", [], "Bo")
    stale = api("POST", f"/claims/{claim_id}/verdicts",
                json={"label": "accurate", "rationale": "Mine.", "base_version": 0})
    body = assert_error(stale, 409)
    assert "version 1, not 0" in body["error"]
    assert body["current"]["version"] == 1 and body["current"]["label"] == "inaccurate"
    assert body["current"]["reviewer"] == "Bo"
    assert len(store.claim_history(db, claim_id)) == 1


@pytest.mark.parametrize("change, field", [
    ({"label": "great"}, "label"),
    ({"label": 5}, "label"),
    ({"rationale": " "}, "rationale"),
    ({"sources": "https://example.org"}, "sources"),
    ({"sources": ["ftp://example.org/x"]}, "sources"),
    ({"sources": ["https://a.example\nhttps://b.example"]}, "sources"),
    ({"base_version": "0"}, "base_version"),
    ({"base_version": 0.5}, "base_version"),
    ({"base_version": -1}, "base_version"),
    ({"base_version": True}, "base_version"),
    ({"base_version": None}, "base_version"),
])
def test_a_bad_verdict_names_its_field_and_saves_nothing(api, db, seed_id, change, field):
    claim_id = store.article_claims(db, seed_id)[1]["id"]  # '10 million': no check vouches for it, so it needs a rationale
    body = {"label": "accurate", "rationale": "Fine.", "sources": [], "base_version": 0} | change
    assert_error(api("POST", f"/claims/{claim_id}/verdicts", json=body), 422, field)
    assert store.current_verdict(db, claim_id) is None


def test_several_bad_fields_are_all_named_in_the_message(api, db, seed_id):
    unchecked = store.article_claims(db, seed_id)[1]["id"]  # needs a rationale
    body = assert_error(api("POST", f"/claims/{unchecked}/verdicts",
                            json={"label": "great", "rationale": "", "base_version": 0}), 422)
    assert "label" in body["error"] and "rationale" in body["error"]


def test_a_verdict_on_no_claim_is_404(api):
    assert_error(api("POST", "/claims/999999/verdicts", json={"label": "accurate", "rationale": "x", "base_version": 0}), 404)


# Export and the document


def test_the_export_is_the_verdict_export(api, db, seed_id):
    document = api("GET", "/export").json
    jsonschema.validate(document, json_schema())
    assert [a["id"] for a in document["articles"]] == [seed_id]
    assert api("GET", f"/export?article={seed_id}").json["articles"] == document["articles"]
    assert_error(api("GET", "/export?article=999"), 404)
    assert_error(api("GET", "/export?article=x"), 422, "article")


def test_the_openapi_document_is_open_and_names_every_route_of_the_api(anon, app):
    document = anon.get(f"{API}/openapi.json").json
    assert document["openapi"].startswith("3.1")
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    label = document["components"]["schemas"]["VerdictInput"]["properties"]["label"]
    assert label["enum"] == list(app.config["VERDICT_LABELS"])
    assert "$defs" not in str(document)
    routes = {
        (method.lower(), re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule).removeprefix(API))
        for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api.")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    documented = {(method, path) for path, item in document["paths"].items() for method in item}
    assert routes == documented


def test_the_api_export_streams_with_the_file_exports_filters(api, db, seed_id):
    store.save_verdict(db, store.article_claims(db, seed_id)[5]["id"], 0, "accurate", "ok", [], "Ana")
    document = api("GET", f"/export?article={seed_id}&reviewed=1").get_json()
    assert [len(a["claims"]) for a in document["articles"]] == [1]
    assert api("GET", "/export?since=2999-01-01").get_json()["articles"] == []
    assert_error(api("GET", "/export?since=yesterday"), 422, "since")
    assert_error(api("GET", "/export?article=abc"), 422, "article")
    assert api("GET", "/export?article=999999").status_code == 404


def test_a_deeply_nested_or_oversized_body_is_refused_in_the_error_shape(api):
    deep = api("POST", "/articles", data="[" * 100_000 + "]" * 100_000, content_type="application/json")
    assert_error(deep, 400)
    assert "nested too deeply" in deep.get_json()["error"]
    huge = api("POST", "/articles", data=b" " * 5_000_001, content_type="application/json")
    assert_error(huge, 413)
