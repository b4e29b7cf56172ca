"""Accounts and roles: signing in, one-time passwords, and every route closed unless it says otherwise."""

from __future__ import annotations

import getpass
import html
import re
import sqlite3
import time
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from click.testing import CliRunner

from workbench import create_app, store
from workbench.accounts import HASH_METHOD, hash_password
from workbench.cli import cli
from workbench.web.access import access_of

from .conftest import PASSWORD, sign_in

# A value for every URL variable, so each route can be requested for real.
URL_VALUES = {"article_id": 1, "claim_id": 1, "user_id": 1, "check_id": 1, "change_id": 1, "name": "verdicts.json"}


def routes(app, values: dict = URL_VALUES):
    """(endpoint, method, url) for every route, its URL variables filled from `values`."""
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        url = re.sub(r"<(?:[^:>]+:)?([^>]+)>", lambda m: str(values[m.group(1)]), rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule.endpoint, method, url


def test_every_route_says_who_may_reach_it(app):
    unmarked = [endpoint for endpoint, _, _ in routes(app) if access_of(app, endpoint) is None]
    assert unmarked == []


def test_a_route_without_a_mark_is_refused_to_everyone(app, admin):
    @app.get("/unmarked")
    def unmarked():
        return "open"

    assert sign_in(app.test_client(), admin).get("/unmarked").status_code == 403


def test_without_signing_in_only_open_routes_answer(anon, app, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "Checked.", [], "Ana")
    store.set_state(db, claim_id, "published", "Bo")  # so the article has its public page
    for endpoint, method, url in routes(app):
        response = anon.open(url, method=method)
        if access_of(app, endpoint) == "anyone":
            assert method == "POST" or response.status_code == 200, url
        elif url.startswith("/api/"):
            assert response.status_code == 401 and response.json["status"] == 401, (method, url)
        elif method == "GET":
            assert response.status_code == 302 and "/login?next=" in response.headers["Location"], url
        else:
            assert response.status_code == 401, (method, url)
    assert store.count_users(db) == 0


def test_a_reviewer_is_refused_admin_routes(client, app, seed_id):
    for endpoint, method, url in routes(app):
        if access_of(app, endpoint) == "admin":
            assert client.open(url, method=method).status_code == 403, (method, url)


def test_signing_in_with_the_real_hash(anon, db, password_hash):
    assert password_hash.startswith(HASH_METHOD + "$")
    store.add_user(db, "Ana", password_hash, "reviewer", actor="Bo")
    wrong = anon.post("/login", data={"name": "Ana", "password": "not it at all"})
    assert wrong.status_code == 401 and "do not match" in wrong.text
    unknown = anon.post("/login", data={"name": "Nobody", "password": PASSWORD})
    assert unknown.status_code == 401 and "do not match" in unknown.text
    right = anon.post("/login", data={"name": "ana", "password": PASSWORD, "next": "/articles/1"})
    assert right.status_code == 303 and right.headers["Location"] == "/articles/1"
    assert anon.get("/").status_code == 200
    anon.post("/logout")
    assert anon.get("/").status_code == 302


# Each would leave the site, or break the header, once a browser has read it as the WHATWG URL
# standard says: tab and line breaks dropped anywhere, C0 controls and spaces trimmed at the
# ends, a backslash taken for a slash.
HOSTILE_TARGETS = ["/\t/evil.example", "/%09/evil.example", "/\\evil.example", "\\\\evil.example", "/\\/evil.example",
                   "//evil.example", "///evil.example", " //evil.example", "\t//evil.example", "\x01//evil.example",
                   "https://evil.example", "HTTPS:evil.example", "javascript:alert(1)",
                   " /\x00/evil", "/\n/evil.example", "/\r\n/x", "/\r\nSet-Cookie: a=b", "/%2F%2Fevil",
                   "//evil.example\t", "/\u3000/evil.example", ""]


def browser_host(location: str) -> str:
    """The host a browser goes to for this Location, read as the URL standard says."""
    read = re.sub(r"[\t\n\r]", "", location).strip("".join(map(chr, range(0x21)))).replace("\\", "/")
    return urlsplit(urljoin("http://localhost/", read)).netloc


@pytest.mark.parametrize("target", HOSTILE_TARGETS)
@pytest.mark.parametrize("sent_as", ["query", "form"])
def test_signing_in_never_sends_the_reviewer_off_site(anon, reviewer, target, sent_as):
    """`next` in the sign-in link, carried by the page's form; or posted as the form field."""
    if sent_as == "query":
        page = anon.get("/login?" + urlencode({"next": target}))
        assert page.status_code == 200
        target = html.unescape(re.search(r'name="next" value="([^"]*)"', page.text).group(1))
    response = anon.post("/login", data={"name": "Ana", "password": PASSWORD, "next": target})
    assert response.status_code == 303 and browser_host(response.headers["Location"]) == "localhost", \
        response.headers.get("Location")


@pytest.mark.parametrize("target", ["/articles/1", "/queue?article=1", "/articles/1#c5", "/?before=3"])
def test_signing_in_goes_on_to_the_page_on_this_site_that_asked(anon, reviewer, target):
    response = anon.post("/login", data={"name": "Ana", "password": PASSWORD, "next": target})
    assert response.headers["Location"] == target


def test_a_one_time_password_must_be_replaced_before_anything_else(admin_client, anon, db):
    issued = admin_client.post("/admin/users", data={"name": "Cy", "role": "reviewer"})
    password = issued.text.split("<code>")[1].split("</code>")[0]
    assert store.user_by_name(db, "Cy")["must_change"] == 1
    signed_in = anon.post("/login", data={"name": "Cy", "password": password})
    assert signed_in.headers["Location"] == "/account/password"
    assert anon.get("/").headers["Location"] == "/account/password"
    short = anon.post("/account/password", data={"current": password, "new": "short", "again": "short"})
    assert short.status_code == 422 and "at least 12" in short.text
    done = anon.post("/account/password", data={"current": password, "new": "a much longer one", "again": "a much longer one"})
    assert done.status_code == 303, done.text
    assert anon.get("/").headers.get("Location") is None
    assert store.user_by_name(db, "Cy")["must_change"] == 0


def test_an_admin_cannot_add_the_same_name_twice(admin_client, reviewer):
    response = admin_client.post("/admin/users", data={"name": "ANA", "role": "reviewer"})
    assert response.status_code == 422 and "already an account" in response.text


def test_the_reviewers_name_comes_from_the_account_not_the_form(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    form = {"label": "accurate", "rationale": "ok", "sources": "", "reviewer": "Somebody else", "base_version": "0"}
    client.post(f"/claims/{claim_id}/verdict", data=form)
    assert store.current_verdict(db, claim_id)["reviewer"] == "Ana"


def test_user_add_reads_the_password_from_stdin_and_hashes_it_at_owasp_strength(db_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["user", "add", "Dee", "--admin", "--db", str(db_path)], input="a long passphrase\n")
    assert result.exit_code == 0, result.output
    db = store.open_db(db_path)
    row = store.user_by_name(db, "Dee")
    assert row["role"] == "admin" and row["password_hash"].startswith("scrypt:131072:8:1$")
    again = runner.invoke(cli, ["user", "add", "dee", "--db", str(db_path)], input="another long one\n")
    assert again.exit_code == 1 and "already an account" in again.output
    short = runner.invoke(cli, ["user", "add", "Eve", "--db", str(db_path)], input="short\n")
    assert short.exit_code == 1 and "at least 12" in short.output
    assert store.count_users(db) == 1


def test_hashes_are_salted(password_hash):
    assert hash_password(PASSWORD) != password_hash


def test_the_session_key_outlives_a_restart_and_is_private(tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBENCH_SECRET_KEY", raising=False)
    database = tmp_path / "kept.db"
    first = create_app({"DATABASE": str(database)}).config["SECRET_KEY"]
    assert create_app({"DATABASE": str(database)}).config["SECRET_KEY"] == first
    assert (tmp_path / "kept.db.secret").stat().st_mode & 0o777 == 0o600
    assert create_app({"DATABASE": str(tmp_path / "other.db")}).config["SECRET_KEY"] != first


def test_an_htmx_save_without_a_session_gets_a_bare_401_and_no_redirect(anon, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    response = anon.post(f"/claims/{claim_id}/verdict", data={"label": "accurate", "rationale": "x"},
                         headers={"HX-Request": "true"})
    assert response.status_code == 401 and "HX-Redirect" not in response.headers
    assert store.current_verdict(db, claim_id) is None


def test_a_disabled_account_is_signed_out_and_cannot_sign_in(admin_client, client, anon, reviewer, admin):
    assert client.get("/").status_code == 200
    assert admin_client.post(f"/admin/users/{reviewer['id']}", data={"role": "reviewer", "disabled": "1"}).status_code == 303
    assert client.get("/").status_code == 302
    assert anon.post("/login", data={"name": "Ana", "password": PASSWORD}).status_code == 401
    admin_client.post(f"/admin/users/{reviewer['id']}", data={"role": "admin", "disabled": "0"})
    assert anon.post("/login", data={"name": "Ana", "password": PASSWORD}).status_code == 303
    assert anon.get("/admin/users").status_code == 200


def test_the_last_admin_cannot_be_disabled_or_demoted(admin_client, db, admin):
    for change in ({"role": "admin", "disabled": "1"}, {"role": "reviewer", "disabled": "0"}):
        response = admin_client.post(f"/admin/users/{admin['id']}", data=change)
        assert response.status_code == 409 and "no admin" in response.text
    row = store.get_user(db, admin["id"])
    assert (row["role"], row["disabled"]) == ("admin", 0)


def test_the_session_cookie_is_httponly_samesite_and_secure_over_https(anon, reviewer):
    plain = anon.post("/login", data={"name": "Ana", "password": PASSWORD})
    cookie = plain.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    secure = anon.post("/login", data={"name": "Ana", "password": PASSWORD}, base_url="https://localhost")
    assert "Secure" in secure.headers["Set-Cookie"]


@pytest.mark.parametrize("hours, status", [(11, 200), (13, 302)])
def test_a_sign_in_lasts_twelve_hours(app, anon, reviewer, seed_id, hours, status):
    """A session cookie signed `hours` ago, as the browser would still hold it the next day."""
    serializer = app.session_interface.get_signing_serializer(app)
    signer = serializer.make_signer()
    signer.get_timestamp = lambda: int(time.time()) - hours * 3600
    anon.set_cookie("session", signer.sign(serializer.dump_payload({"_user_id": str(reviewer["id"]), "_fresh": True})).decode())
    response = anon.get(f"/articles/{seed_id}")
    assert response.status_code == status
    assert status == 200 or response.headers["Location"].startswith("/login")


def test_every_page_carries_the_security_headers(client, app, seed_id):
    for endpoint, method, url in routes(app):
        if method != "GET":
            continue
        headers = client.get(url).headers
        policy = headers["Content-Security-Policy"]
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "frame-ancestors 'none'" in policy, url
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "same-origin", url


def test_no_cache_may_keep_a_signed_in_page_or_an_api_answer(app, client, admin_client, db, reviewer, seed_id):
    """Unpublished verdicts and accounts: not for a shared proxy, nor for the next person at
    the same browser. Only the files that are the same for everyone may be kept."""
    bearer = {"Authorization": "Bearer " + store.add_token(db, reviewer["id"], "cache", actor="Ana")["token"]}
    script = app.test_client()
    walked = 0
    for endpoint, method, url in routes(app):
        if method != "GET" or endpoint == "vendor.htmx":
            continue
        answers = [client.get(url), admin_client.get(url)] + [script.get(url, headers=bearer)] * url.startswith("/api/")
        for answer in answers:
            assert answer.headers.get("Cache-Control") == "no-store", (url, answer.status_code)
            walked += answer.status_code == 200
    assert walked > 30
    for shared in ("/vendor/htmx.min.js", "/static/app.css"):
        assert "no-store" not in client.get(shared).headers.get("Cache-Control", ""), shared


def test_a_server_error_shows_no_traceback(db_path, reviewer, monkeypatch):
    app = create_app({"DATABASE": str(db_path), "SECRET_KEY": "test", "WTF_CSRF_ENABLED": False})
    monkeypatch.setattr("workbench.store.list_articles", lambda *a, **k: 1 / 0)
    page = sign_in(app.test_client(), reviewer).get("/")
    assert page.status_code == 500 and "Something went wrong" in page.text
    assert "Traceback" not in page.text and "ZeroDivisionError" not in page.text


@pytest.mark.parametrize("role", ["anyone", "reviewer", "admin"])
def test_the_route_by_role_matrix(app, db, seed_id, password_hash, role):
    """Each route against each kind of visitor: refused exactly when its mark says so."""
    visitor = app.test_client()
    # Account 1, whom the admin routes act on: a reset of the visitor's own password would end its session.
    store.add_user(db, "bystander", password_hash, "reviewer", actor="Bo")
    if role != "anyone":
        sign_in(visitor, store.add_user(db, f"matrix {role}", password_hash, role, actor="Bo"))
    rank = {"anyone": 0, "reviewer": 1, "admin": 2}
    for endpoint, method, url in routes(app):
        if endpoint in ("auth.logout", "auth.login"):
            continue  # logout would end the session; login's 401 means a wrong password (both are open)
        status = visitor.open(url, method=method).status_code
        allowed = rank[role] >= rank[access_of(app, endpoint)]
        refused = status in (401, 403) or (status == 302 and method == "GET" and role == "anyone")
        assert refused != allowed, (role, method, url, status)


def test_every_change_to_an_account_is_in_its_history_with_who_did_it(app, anon, admin_client, db, db_path, reviewer):
    """Made, role changed, disabled, enabled, one-time password, own password, sign-in, and
    tokens from the command line: one line each, naming who acted, and nothing for a refusal."""
    admin_client.post("/admin/users", data={"name": "Cy", "role": "reviewer"})
    cy = store.user_by_name(db, "Cy")
    admin_client.post(f"/admin/users/{cy['id']}", data={"role": "admin", "disabled": "0"})
    admin_client.post(f"/admin/users/{cy['id']}", data={"role": "admin", "disabled": "1"})
    admin_client.post(f"/admin/users/{cy['id']}", data={"role": "admin", "disabled": "0"})
    admin_client.post(f"/admin/users/{reviewer['id']}/reset")
    store.set_password(db, reviewer["id"], hash_password(PASSWORD), actor="Bo")  # back to the known one
    assert anon.post("/login", data={"name": "Ana", "password": PASSWORD}).status_code == 303
    anon.post("/account/password", data={"current": PASSWORD, "new": "a new long passphrase", "again": "a new long passphrase"})
    runner = CliRunner()
    assert runner.invoke(cli, ["token", "add", "Ana", "--label", "cms", "--db", str(db_path)]).exit_code == 0
    [token] = store.list_tokens(db, reviewer["id"])
    assert runner.invoke(cli, ["token", "revoke", str(token["id"]), "--db", str(db_path)]).exit_code == 0
    events = [(e["actor"], e["account"], e["action"], e["detail"]) for e in reversed(store.account_events(db))]
    cli_actor = f"command line ({getpass.getuser()})"
    assert events == [
        ("setup", "Bo", "created", "admin"),
        ("setup", "Ana", "created", "reviewer"),
        ("Bo", "Cy", "created", "reviewer"),
        ("Bo", "Cy", "role changed", "reviewer to admin"),
        ("Bo", "Cy", "disabled", None),
        ("Bo", "Cy", "enabled", None),
        ("Bo", "Ana", "one-time password issued", None),
        ("Bo", "Ana", "password changed", None),
        ("Ana", "Ana", "signed in", "from 127.0.0.1"),
        ("Ana", "Ana", "password changed", None),
        (cli_actor, "Ana", "token made", "#1 cms"),
        (cli_actor, "Ana", "token revoked", "#1 cms"),
    ]
    page = admin_client.get("/admin/users").text
    assert "token revoked: #1 cms" in page and "role changed: reviewer to admin" in page


def test_a_refused_account_change_leaves_no_line_and_the_history_cannot_be_edited(admin_client, db, admin):
    before = len(store.account_events(db))
    assert admin_client.post(f"/admin/users/{admin['id']}", data={"role": "reviewer", "disabled": "0"}).status_code == 409
    assert len(store.account_events(db)) == before
    for statement in ("UPDATE account_events SET actor = 'nobody'", "DELETE FROM account_events"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.transaction(db):
            db.execute(statement)


def signed_in(app, name: str = "Ana", password: str = PASSWORD):
    """A browser that signed in through the form, as a person does."""
    browser = app.test_client()
    assert browser.post("/login", data={"name": name, "password": password}).status_code == 303
    return browser


def test_signing_out_ends_the_session_even_for_a_copy_of_its_cookie(app, reviewer, seed_id):
    browser = signed_in(app)
    copy = app.test_client()
    copy.set_cookie("session", browser.get_cookie("session").value)  # what a thief would keep
    assert copy.get(f"/articles/{seed_id}").status_code == 200
    browser.post("/logout")
    assert copy.get(f"/articles/{seed_id}").status_code == 302
    assert signed_in(app).get(f"/articles/{seed_id}").status_code == 200  # signing in again works


def test_a_new_password_ends_the_other_sessions_but_not_this_one(app, admin_client, reviewer, seed_id):
    here, elsewhere = signed_in(app), signed_in(app)
    new = "a brand new passphrase"
    assert here.post("/account/password", data={"current": PASSWORD, "new": new, "again": new}).status_code == 303
    assert here.get(f"/articles/{seed_id}").status_code == 200
    assert elsewhere.get(f"/articles/{seed_id}").status_code == 302
    admin_client.post(f"/admin/users/{reviewer['id']}/reset")  # and a reset by an admin ends them all
    assert here.get(f"/articles/{seed_id}").status_code == 302


@pytest.mark.parametrize("number", [2**63 - 1, 2**63, 10**30])
def test_an_id_too_large_for_sqlite_is_no_such_page_never_a_server_error(app, admin_client, seed_id, number):
    """Every route with that number in each id of its path, and each id in a query string."""
    big = {name: number if name.endswith("_id") else value for name, value in URL_VALUES.items()}
    urls = [(method, url) for _, method, url in routes(app, big) if str(number) in url]
    urls += [("GET", f"/?before={number}"), ("GET", f"/queue?article={number}"), ("GET", f"/queue?after={number}"),
             ("GET", f"/queue/next?article={number}&after={number}"), ("GET", f"/export?article={number}"),
             ("GET", f"/api/v1/articles?after={number}"), ("GET", f"/api/v1/export?article={number}")]
    assert len(urls) > 20
    for method, url in urls:
        status = admin_client.open(url, method=method).status_code
        assert status < 500, (method, url, status)
