"""One rule for web addresses: what is stored (an article's url, a verdict's sources) is what
the export schema accepts, so whatever the workbench takes in, its own export carries out and
its restore takes back."""

from __future__ import annotations

import io
import json
from urllib.parse import urlsplit

import fastjsonschema
import jsonschema
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench import restore, store, urls
from workbench.documents import Document, Rejection
from workbench.export import json_schema
from workbench.ingest import import_document, import_documents
from workbench.readers import read_paths, read_text

from .conftest import exported

SCHEMA = json_schema()
HTMX = {"HX-Request": "true"}
TEXT = "Jobs\nAbout 120,000 jobs were added."


def article_with(url: str | None = None, source: str | None = None) -> dict:
    """A whole exported article carrying `url`, and `source` in a verdict, as `workbench export` writes one."""
    verdict = {"label": "accurate", "rationale": "r", "sources": [source], "reviewer": "Ana",
               "at": "2024-01-01T00:00:00+00:00"} if source is not None else None
    claim = {"id": 1, "span": {"start": 11, "end": 18, "text": "120,000"}, "sentence": "About 120,000 jobs were added.",
             "value": 120000, "low": 120000, "high": 120000, "kind": "count", "approx": True, "qualifier": "about",
             "unit": "job", "subject": None, "part_of": None, "verdict": verdict, "history": []}
    return {"id": 1, "title": "Jobs", "source": None, "url": url, "sha256": Document("Jobs", TEXT, "").sha256,
            "text": TEXT, "claims": [claim], "findings": []}


def export_of(*articles: dict) -> dict:
    return {"schema": "workbench.export/v1", "exported_at": "2024-01-01T00:00:00+00:00", "articles": list(articles)}


SCHEMES = st.sampled_from(["http", "https", "HTTPS", "hTtP", "javascript", "data", "ftp", "file", "", "http:", " https"])
SEPARATORS = st.sampled_from(["://", ":", ":/", "//", ":///", ":\\\\"])
HOST_PIECES = st.sampled_from([
    "a", "example", ".", "-", "_", "~", "0", "127.0.0.1", "xn--bcher-kva", "[", "]", "::1", ":", "@", "user:pw@", "%41",
    " ", "\t", "\n", "\x00", "\x7f", "\u00e9", "\u200b", "\u202e", "\uff0f", "\u2100", "\ufeff", "\\", "/", "?", "#",
])
PORTS = st.one_of(st.just(""), st.integers(-1, 70_000).map(":{}".format), st.sampled_from([":", ":080", ":8o", ":00"]))
RESTS = st.one_of(st.just(""), st.tuples(st.sampled_from("/?#\\ "), st.text(max_size=30)).map("".join))
URLS = st.one_of(
    st.tuples(SCHEMES, SEPARATORS, st.lists(HOST_PIECES, max_size=6).map("".join), PORTS, RESTS).map("".join),
    st.integers(urls.MAX_LENGTH - 20, urls.MAX_LENGTH + 5).map(lambda n: "https://a.org/" + "x" * (n - 14)),
    st.text(max_size=40),
)


@pytest.mark.parametrize("url", [
    "https://example.org", "http://example.org/a/b?c=d&e=f#g", "HTTPS://Example.ORG:8080/",
    "https://de.wikipedia.org/wiki/K\u00f6ln", "http://127.0.0.1:0/", "https://xn--bcher-kva.example/",
    "https://a.org/" + "x" * (urls.MAX_LENGTH - 14),
])
def test_web_addresses_are_taken(url):
    assert urls.problem(url) is None


@pytest.mark.parametrize("url, reason", [
    ("javascript:alert(1)", "must start with http:// or https://"),
    ("data:text/html,<script>alert(1)</script>", "must start with http:// or https://"),
    ("ftp://example.org/file", "must start with http:// or https://"),
    ("https://example.org/a b", "a space at character 22"),
    ("https://example.org/\u202eexe.pdf", "U+202E at character 21"),
    ("http://[::1", "not an address in brackets"),
    ("http://[::1]/", "not an address in brackets"),
    ("https://user:secret@example.org/", "user name or password"),
    ("https://b\u00fccher.example/", "xn--"),
    ("http://example.org:99999/", "a port from 0 to 65535"),
    ("https://", "needs a host name"),
    ("https://a.org/" + "x" * (urls.MAX_LENGTH - 13), f"at most {urls.MAX_LENGTH:,}"),
])
def test_anything_else_is_refused_saying_why(url, reason):
    assert reason in urls.problem(url)


def test_the_export_schema_holds_the_rule_itself():
    assert SCHEMA["$defs"]["web_url"] == SCHEMA["$defs"]["web_url"] | {"pattern": urls.PATTERN, "maxLength": urls.MAX_LENGTH}


@settings(max_examples=1000, deadline=None)
@given(url=URLS)
def test_the_rule_and_the_export_schema_agree_on_every_address(url):
    """An article's url as restore checks it, a verdict's source as the whole export schema
    does; and urllib parses every address the rule takes, which is all the page and the
    exports ask of it."""
    taken = urls.problem(url) is None
    as_restored = restore.checked(article_with(url=url), "export.json article 1")
    assert isinstance(as_restored, restore.Exported) == taken, as_restored
    if not taken:
        assert as_restored.field == "url" and "not a web address" in as_restored.reason
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(export_of(article_with(source=url))))
    assert (errors == []) == taken, errors
    if taken:
        parts = urlsplit(url)
        assert parts.scheme in ("http", "https") and parts.hostname and parts.port in (None, *range(65536))


def test_the_schemas_compiled_validator_agrees_at_the_edges():
    """fastjsonschema compiles the pattern as restore runs it; Python's `$` would have let a final newline by."""
    check = fastjsonschema.compile({"type": "string", "allOf": [{"$ref": "#/$defs/web_url"}], "$defs": SCHEMA["$defs"]})
    for url in ("https://a.org\n", "https://a.org/\n", "http://[::1", "https://a.org/x y"):
        with pytest.raises(fastjsonschema.JsonSchemaValueException):
            check(url)
        assert urls.problem(url)


# Every way an address comes in


@pytest.mark.parametrize("source, reason", [
    ("http://[::1", "not an address in brackets"),
    ("https://example.org/a report.pdf", "a space at character 22"),
    ("javascript:alert(document.cookie)", "must start with http:// or https://"),
])
def test_a_verdict_source_is_refused_on_the_page_with_what_was_typed(client, db, seed_id, source, reason):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    form = {"label": "accurate", "rationale": "Checked.", "sources": f"https://example.org/ok\n{source}", "base_version": "0"}
    response = client.post(f"/claims/{claim_id}/verdict", data=form, headers=HTMX)
    assert response.status_code == 422
    page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert reason in page.select_one(".field-error").text
    assert page.select_one("textarea[name=sources]").text == form["sources"]
    assert store.claim_history(db, claim_id) == []


@pytest.mark.parametrize("source", ["http://[::1", "https://example.org/a b", "data:text/plain,x"])
def test_a_verdict_source_is_refused_by_the_api_naming_the_field(client, db, seed_id, source):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    body = {"label": "accurate", "rationale": "Checked.", "sources": [source], "base_version": 0}
    response = client.post(f"/api/v1/claims/{claim_id}/verdicts", json=body)
    assert response.status_code == 422 and response.get_json()["field"] == "sources"
    assert "Not a web address" in response.get_json()["error"]
    assert store.claim_history(db, claim_id) == []


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "http://[::1", "https://a.org/a b"])
def test_an_article_url_is_refused_by_the_api_naming_the_field(client, db, url):
    response = client.post("/api/v1/articles", json={"title": "T", "text": "About 5 people.", "url": url})
    assert response.status_code == 422 and response.get_json()["field"] == "url", response.get_json()
    assert "field 'url' is not a web address" in response.get_json()["error"]
    assert store.count_articles(db) == 0


@pytest.mark.parametrize("name, data", [
    ("feed.jsonl", b'{"title": "Good", "text": "5 people.", "url": " https://a.org/good "}\n'
                   b'{"title": "Bad", "text": "6 people.", "url": "javascript:alert(1)"}\n'),
    ("feed.csv", b"title,text,url\nGood,5 people., https://a.org/good \nBad,6 people.,javascript:alert(1)\n"),
    ("feed.json", b'[{"title": "Good", "text": "5 people.", "url": " https://a.org/good "},'
                  b' {"title": "Bad", "text": "6 people.", "url": "javascript:alert(1)"}]'),
])
def test_an_upload_rejects_the_record_with_a_bad_url_and_keeps_the_rest(client, db, name, data):
    response = client.post("/articles/import", data={"file": [(io.BytesIO(data), name)]})
    [report] = response.get_json()["files"]
    where = {"feed.json": "feed.json record 2"}.get(name, f"{name} line 3" if name.endswith("csv") else f"{name} line 2")
    assert report["rejected"] == [{"origin": where, "reason": "field 'url' is not a web address: "
                                                              "it must start with http:// or https://"}]
    assert [(a["title"], a["url"]) for a in store.list_articles(db)] == [("Good", "https://a.org/good")]


def test_a_restore_rejects_the_article_with_a_bad_url_and_restores_the_rest(tmp_path, db):
    good, bad = article_with(url="https://a.org/jobs"), article_with(url="data:text/html,x")
    bad["text"] = bad["text"] + " "
    bad["sha256"] = Document("", bad["text"], "").sha256
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export_of(bad, good), indent=1))
    rejected = [o for o in import_documents(db, read_paths([str(path)])) if isinstance(o, Rejection)]
    assert [(r.origin, r.field, r.reason) for r in rejected] == [
        (f"{path} article 1", "url", "url: not a web address: it must start with http:// or https://")]
    assert [a["url"] for a in store.list_articles(db)] == ["https://a.org/jobs"]


def test_a_page_whose_own_address_is_no_web_address_is_kept_without_it():
    page = ('<html><head><title>Jobs</title><link rel="canonical" href="{}"></head><body><article><p>'
            + "Employers added about 120,000 jobs in March, the statistics office said on Tuesday. " * 3
            + "</p></article></body></html>")
    [kept] = read_text(page.format("https://news.example/jobs"), "jobs.html", "html")
    [dropped] = read_text(page.format("javascript:alert(1)"), "jobs.html", "html")
    assert (kept.url, dropped.url) == ("https://news.example/jobs", None)
    assert dropped.text == kept.text


def test_an_address_stored_before_the_rule_is_never_linked(client, db):
    article_id = import_document(db, Document("Old", "About 5 people.", "old", url="javascript:alert(1)")).article_id
    page = BeautifulSoup(client.get(f"/articles/{article_id}").get_data(as_text=True), "html.parser")
    assert not [a for a in page.select("a[href]") if a["href"].startswith("javascript:")]
    good = import_document(db, Document("New", "About 6 people.", "new", url="https://a.org/new")).article_id
    page = BeautifulSoup(client.get(f"/articles/{good}").get_data(as_text=True), "html.parser")
    assert page.select_one('a[href="https://a.org/new"]').text == "original"


def test_every_address_the_page_takes_survives_export_and_restore(client, db, seed_id, tmp_path):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    sources = "https://example.org/a?b=c&d=e#f\nHTTP://Example.org:8080/K\u00f6ln"
    form = {"label": "accurate", "rationale": "Checked.", "sources": sources, "base_version": "0"}
    assert client.post(f"/claims/{claim_id}/verdict", data=form, headers=HTMX).status_code == 200
    document = exported(db)
    jsonschema.validate(document, SCHEMA)
    assert all(isinstance(restore.checked(a, "export"), restore.Exported) for a in document["articles"])


def test_claimreview_cites_an_article_only_at_a_web_address(db):
    """ClaimReview is published: an address stored before the rule is left out, not passed on."""
    for url in ("javascript:alert(1)", "https://a.org/jobs"):
        article_id = import_document(db, Document(url, f"About {len(url)} people.", "old", url=url)).article_id
        claim_id = store.article_claims(db, article_id)[0]["id"]
        store.save_verdict(db, claim_id, 0, "accurate", "r", [], "Ana")
        store.set_state(db, claim_id, "published", "Bo")
    reviews = exported(db, fmt="claimreview")
    assert [r["itemReviewed"]["appearance"][0].get("url") for r in reviews] == [None, "https://a.org/jobs"]
