"""Shared fixtures: a real SQLite file per test, the app on it, the demo article."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from workbench import create_app, store
from workbench.accounts import hash_password
from workbench.extract.scoring import load_labelled
from workbench.ingest import import_document
from workbench.readers import read_text
from workbench.store import connection

from .offline import refuse_network
from .write_discipline import Tracer

TESTS = Path(__file__).parent
CORPUS = TESTS.parent.parent / "shared" / "corpus"  # third-party texts, never copied into the repo


@pytest.fixture
def seed_text() -> str:
    return resources.files("workbench").joinpath("demo/isis-returnees.txt").read_text(encoding="utf-8")


def labelled_set(name: str) -> list[tuple[dict, str]]:
    """A folder of labels under tests/gold with the texts they were labelled on, read from the
    corpus; the test is skipped where the corpus is absent."""
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent: the labels' texts are read from the corpus")
    return load_labelled(TESTS / "gold" / name, CORPUS)


def labelled_sets(least_articles: dict[str, int]):
    """A module fixture over the label folders `least_articles` names: each folder's labels with
    their texts, checked to hold at least the articles it gives for that folder."""
    @pytest.fixture(scope="module", params=sorted(least_articles))
    def labelled(request) -> list[tuple[dict, str]]:
        found = labelled_set(request.param)
        assert len(found) >= least_articles[request.param], request.param
        return found
    return labelled


@pytest.fixture
def seed_gold() -> dict:
    return json.loads((TESTS / "gold" / "seed" / "isis-returnees.json").read_text(encoding="utf-8"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "workbench.db"


@pytest.fixture
def app(db_path):
    # CSRF tokens are left to tests/test_csrf.py and the browser tests, which use them as a
    # browser does; here every other test posts as a page of the app would.
    return create_app({"DATABASE": str(db_path), "TESTING": True, "SECRET_KEY": "test", "WTF_CSRF_ENABLED": False})


PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One OWASP-strength hash for the whole run: each costs a third of a second."""
    return hash_password(PASSWORD)


def sign_in(client, user: dict):
    """Sign `user` in the way Flask-Login's own session does after the login form."""
    with client.session_transaction() as session:
        session["_user_id"] = str(user["id"])
        session["_fresh"] = True
    return client


@pytest.fixture
def reviewer(db, password_hash) -> dict:
    return store.add_user(db, "Ana", password_hash, "reviewer", actor="setup")


@pytest.fixture
def admin(db, password_hash) -> dict:
    return store.add_user(db, "Bo", password_hash, "admin", actor="setup")


@pytest.fixture
def anon(app):
    """A client that has not signed in."""
    return app.test_client()


@pytest.fixture
def client(app, reviewer):
    """A client signed in as the reviewer Ana."""
    return sign_in(app.test_client(), reviewer)


@pytest.fixture
def admin_client(app, admin):
    return sign_in(app.test_client(), admin)


@pytest.fixture(autouse=True)
def writes_begin_immediate(monkeypatch):
    """Every test holds the store to its write rule (tests/write_discipline.py): a write outside
    a BEGIN IMMEDIATE transaction, on any connection the store opened, fails the test."""
    tracer = Tracer()
    monkeypatch.setattr(connection, "sqlite3", tracer.sqlite3())
    yield
    assert tracer.violations == [], "writes outside BEGIN IMMEDIATE"


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    """Every test runs without the network (tests/offline.py)."""
    refuse_network(monkeypatch)


@pytest.fixture(autouse=True)
def _push_request_context():
    """Keep pytest-flask from holding one app context over the whole test: each request
    the test client makes then gets its own `g`, as in production."""


@pytest.fixture
def db(app, db_path):
    database = store.open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def seed_id(db, seed_text) -> int:
    """The demo article imported into the test database."""
    return import_document(db, next(read_text(seed_text, "isis-returnees.txt", "txt"))).article_id


PUBLIC_URL = "https://factcheck.example.org"


def exported(db, *article_ids: int, fmt: str = "json", labels=None):
    """The export as `workbench export` streams it, parsed: every article, or these. ClaimReview
    points at public pages under PUBLIC_URL."""
    from workbench.claimreview import Publisher
    from workbench.export import Selection, stream
    from workbench.verdicts import load_labels

    publisher = Publisher.named(PUBLIC_URL) if fmt == "claimreview" else None
    return json.loads("".join(stream(db, Selection(article_ids), fmt, labels or load_labels(), publisher=publisher)))


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: the third-party corpus is read from ../shared/corpus only")
    return path
