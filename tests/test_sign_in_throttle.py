"""Password guessing is slowed per account name and address, and never keeps the owner out:
an attacker's failures on a name from one address cost nothing to its owner at another."""

from __future__ import annotations

import time

import pytest

from workbench import create_app, store

from .conftest import PASSWORD

ATTACKER, OWNER = "10.0.0.9", "10.0.0.1"


@pytest.fixture
def make_app(db_path):
    """The app with these sign-in settings (and the rest as served)."""
    def make(**settings):
        return create_app({"DATABASE": str(db_path), "SECRET_KEY": "test", "WTF_CSRF_ENABLED": False} | settings)
    return make


def visitor(app, address: str, **headers):
    """A browser whose requests come from `address`."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    client.environ_base.update({f"HTTP_{key.upper().replace('-', '_')}": value for key, value in headers.items()})
    return client


def sign_in(client, name: str, password: str = PASSWORD):
    return client.post("/login", data={"name": name, "password": password})


def test_an_attack_on_an_admins_name_from_elsewhere_never_keeps_the_admin_out(make_app, db, admin):
    app = make_app()
    for _ in range(500):  # a day of patient guessing, more than any limit counts
        store.record_failed_login(db, "Bo", ATTACKER)
    attacker = visitor(app, ATTACKER)
    statuses = {sign_in(attacker, name, "a guess").status_code for name in ("Bo", "bo", "BO")}
    assert statuses == {429}  # refused before the password is even checked
    assert sign_in(attacker, "Bo").status_code == 429  # the right password too: no oracle
    owner = visitor(app, OWNER)
    assert sign_in(owner, "Bo", "a typo").status_code == 401
    signed_in = sign_in(owner, "Bo")
    assert signed_in.status_code == 303 and owner.get("/admin/users").status_code == 200


def test_guessing_from_one_address_waits_longer_after_each_failure(make_app, db, reviewer):
    app = make_app(LOGIN_FREE_FAILURES=3, LOGIN_DELAY_SECONDS=(1, 60))
    guesser = visitor(app, ATTACKER)
    for _ in range(3):
        assert sign_in(guesser, "Ana", "a guess").status_code == 401
    refused = sign_in(guesser, "Ana")
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"
    assert "Too many failed sign-ins" in refused.text and "1 second" in refused.text
    time.sleep(1.1)  # once the wait is over, one more guess is heard, and the next wait is longer
    assert sign_in(guesser, "Ana", "another guess").status_code == 401
    assert sign_in(guesser, "Ana").headers["Retry-After"] == "2"
    waits = []
    for _ in range(8):
        store.record_failed_login(db, "Ana", ATTACKER)
        waits.append(int(sign_in(guesser, "Ana").headers["Retry-After"]))
    assert waits == [4, 8, 16, 32, 60, 60, 60, 60]  # doubling, up to the longest
    assert store.account_events(db)[0]["action"] == "created"  # no sign-in slipped through


def test_signing_in_clears_the_names_failures_from_that_address_and_keeps_the_record(make_app, db, reviewer):
    app = make_app(LOGIN_FREE_FAILURES=3)
    ana = visitor(app, OWNER)
    for _ in range(2):
        assert sign_in(ana, "Ana", "a typo").status_code == 401
    assert sign_in(ana, "ana").status_code == 303
    for _ in range(3):
        assert sign_in(ana, "Ana", "a typo").status_code == 401
    assert sign_in(ana, "Ana").status_code == 429
    recorded = db.execute("SELECT name, address FROM failed_logins ORDER BY id").fetchall()
    assert recorded == [("Ana", OWNER)] * 5  # every failure stays on record
    assert [e["detail"] for e in store.account_events(db) if e["action"] == "signed in"] == [f"from {OWNER}"]


def test_failures_older_than_the_memory_no_longer_count(make_app, db, reviewer):
    app = make_app(LOGIN_FREE_FAILURES=1, LOGIN_DELAY_SECONDS=(60, 60), LOGIN_MEMORY_SECONDS=2)
    ana = visitor(app, OWNER)
    assert sign_in(ana, "Ana", "a typo").status_code == 401
    assert sign_in(ana, "Ana").status_code == 429
    time.sleep(2.1)
    assert sign_in(ana, "Ana").status_code == 303


def test_a_name_no_account_could_have_is_kept_short_in_the_record(make_app, db, reviewer):
    """The form allows half a megabyte a field: 300 of those an hour would fill the disk."""
    guesser = visitor(make_app(), ATTACKER)
    for name in ("x" * 400_000, "Ana" + " " * 100 + "x"):
        response = sign_in(guesser, name)
        assert response.status_code == 401 and "do not match" in response.text
    assert [length for (length,) in db.execute("SELECT length(name) FROM failed_logins")] == [41, 41]


def test_one_address_is_capped_over_every_name_and_other_addresses_are_not(make_app, db, reviewer):
    app = make_app(LOGIN_ADDRESS_LIMIT=(5, 60))
    sprayer = visitor(app, ATTACKER)
    for name in ("Ana", "Bo", "Cy", "Dee", "Ed"):
        assert sign_in(sprayer, name, "a guess").status_code == 401
    refused = sign_in(sprayer, "Flo", "a guess")
    assert refused.status_code == 429 and 0 < int(refused.headers["Retry-After"]) <= 60
    assert sign_in(visitor(app, OWNER), "Ana").status_code == 303


def test_a_newsroom_behind_one_address_is_not_refused_for_everyones_typos(make_app, db, reviewer):
    """The settings as served: a busy day of mistakes by many people on one proxy."""
    app = make_app()
    for number in range(150):
        store.record_failed_login(db, f"colleague {number}", OWNER)
    assert sign_in(visitor(app, OWNER), "Ana").status_code == 303


def signed_in_from(db) -> str:
    return next(e["detail"] for e in store.account_events(db) if e["action"] == "signed in")


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(make_app, db, reviewer):
    app = make_app()
    assert app.config["TRUSTED_PROXIES"] == 0
    client = visitor(app, "127.0.0.1", **{"X-Forwarded-For": OWNER})
    assert sign_in(client, "Ana", "a typo").status_code == 401
    assert sign_in(client, "Ana").status_code == 303
    assert signed_in_from(db) == "from 127.0.0.1"
    assert db.execute("SELECT address FROM failed_logins").fetchall() == [("127.0.0.1",)]


def test_behind_one_trusted_proxy_the_address_it_forwards_is_the_clients(make_app, db, admin, monkeypatch):
    monkeypatch.setenv("WORKBENCH_TRUSTED_PROXIES", "1")
    app = make_app(LOGIN_FREE_FAILURES=3)
    assert app.config["TRUSTED_PROXIES"] == 1
    # The attacker writes an address of their own first; the proxy appends the one it saw.
    attacker = visitor(app, "127.0.0.1", **{"X-Forwarded-For": f"{OWNER}, {ATTACKER}"})
    for _ in range(3):
        assert sign_in(attacker, "Bo", "a guess").status_code == 401
    assert sign_in(attacker, "Bo").status_code == 429
    assert db.execute("SELECT DISTINCT address FROM failed_logins").fetchall() == [(ATTACKER,)]
    owner = visitor(app, "127.0.0.1", **{"X-Forwarded-For": OWNER})  # through the same proxy
    assert sign_in(owner, "Bo").status_code == 303
    assert signed_in_from(db) == f"from {OWNER}"


@pytest.mark.parametrize("proxies, secure", [("0", False), ("1", True)])
def test_the_session_cookie_is_secure_when_a_trusted_proxy_was_reached_by_https(make_app, admin, monkeypatch,
                                                                                proxies, secure):
    """gunicorn believes X-Forwarded-Proto only from 127.0.0.1; a proxy on another machine is
    believed through the same setting as its X-Forwarded-For, and no client is believed alone."""
    monkeypatch.setenv("WORKBENCH_TRUSTED_PROXIES", proxies)
    browser = visitor(make_app(), "192.0.2.7", **{"X-Forwarded-For": OWNER, "X-Forwarded-Proto": "https"})
    answer = sign_in(browser, "Bo")
    assert answer.status_code == 303
    cookie = next(header for header in answer.headers.getlist("Set-Cookie") if header.startswith("session="))
    assert ("; Secure" in cookie) == secure


@pytest.mark.parametrize("value", ["two", "-1", "1.5"])
def test_a_trusted_proxy_count_that_is_no_count_is_refused_by_name(make_app, monkeypatch, value):
    monkeypatch.setenv("WORKBENCH_TRUSTED_PROXIES", value)
    with pytest.raises(ValueError, match=f"WORKBENCH_TRUSTED_PROXIES.*{value!r}"):
        make_app()
