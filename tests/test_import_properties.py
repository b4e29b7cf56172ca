"""Properties of the importers over generated files (hypothesis, 1,000 examples each).

Whatever bytes arrive, a reader answers with documents and rejections that name the file,
never an exception; what a well-formed feed holds comes back exactly, whatever characters
its fields carry; one bad record costs only itself; and an export damaged anywhere is
either restored whole or refused with the field named.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import itertools
import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from workbench import store, urls
from workbench.documents import Document, Rejection
from workbench.export import Selection, export_article, stream
from workbench.ingest import import_document
from workbench.readers import FORMATS, MAX_TEXT_CHARS, read_upload
from workbench.restore import Exported, checked, restore
from workbench.verdicts import load_labels

MANY = settings(max_examples=1000, deadline=None)

# Characters feeds really carry and parsers trip on: separators, quotes, escapes, braces,
# line ends of every kind (U+2028 included), BOMs and right-to-left marks.
AWKWARD = [",", '"', "'", "\n", "\r", "\r\n", "\t", "\ufeff", "\u2028", "\u200f", "\\", "{", "}"]


def fields(*, nul: bool):
    """Text with the awkward characters mixed in; a NUL only where the format escapes it
    (in a csv file it marks the file as binary, and is refused as such)."""
    letters = st.characters(codec="utf-8", exclude_characters=None if nul else "\x00")
    # A field of only blanks is refused by design, so one gets a visible character (a map,
    # not a filter: filtering so often makes hypothesis give up on some seeds).
    return st.lists(st.one_of(st.text(letters, max_size=8), st.sampled_from(AWKWARD + ["\x00"] * nul)),
                    max_size=12).map("".join).map(lambda text: text if text.strip() else text + "x")


def web_url(text: str) -> str:
    """An address built from `text`: the characters a web address may hold (urls.py) after a host."""
    return "https://example.org/" + "".join(c for c in text if urls.problem("https://example.org/" + c) is None)


@st.composite
def records(draw, nul=True):
    field = fields(nul=nul)
    record = {"title": draw(field), "text": draw(field)}
    for name in ("url", "source", "external_id"):
        if draw(st.booleans()):
            record[name] = web_url(draw(field)) if name == "url" else draw(field)
    if draw(st.booleans()):
        record["published"] = draw(st.dates()).isoformat()
    return record


def expected(record: dict) -> tuple:
    return (record["title"].strip(), record["text"], record.get("url"), record.get("source"),
            record.get("published"), record.get("external_id"))


def read(name: str, data: bytes) -> list[Document | Rejection]:
    return list(read_upload(name, data))


def as_read(document: Document) -> tuple:
    return (document.title, document.text, document.url, document.source, document.published, document.external_id)


def answers_each_with_the_file_named(fmt: str, data: bytes) -> None:
    for item in read(f"feed.{fmt}", data):
        if isinstance(item, Rejection):
            assert item.origin.startswith("feed."), item
            assert item.reason
        else:
            assert isinstance(item, Document) and item.origin.startswith("feed.")
            assert item.title.strip() and item.text.strip() and len(item.text) <= MAX_TEXT_CHARS


@MANY
@given(st.sampled_from(FORMATS), st.binary(max_size=600))
def test_any_bytes_give_documents_or_rejections_naming_the_file(fmt, data):
    answers_each_with_the_file_named(fmt, data)


@MANY
@given(st.sampled_from(FORMATS), st.lists(st.one_of(st.text(max_size=20), st.sampled_from(AWKWARD),
                                                     st.sampled_from(['{"title": ', '"text": ', "title,text\n", "<p>", "# "])),
                                           max_size=20).map("".join))
def test_any_text_gives_documents_or_rejections_naming_the_file(fmt, text):
    answers_each_with_the_file_named(fmt, text.encode("utf-8", "surrogatepass"))


@MANY
@given(st.lists(records(), min_size=1, max_size=5))
def test_a_jsonl_feed_reads_back_exactly(feed):
    data = "\n".join(json.dumps(record, ensure_ascii=False) for record in feed).encode("utf-8")
    assert [as_read(d) for d in read("feed.jsonl", data)] == [expected(r) for r in feed]


@MANY
@given(st.lists(records(), min_size=1, max_size=5))
def test_a_json_list_reads_back_exactly(feed):
    data = json.dumps(feed).encode("utf-8")
    assert [as_read(d) for d in read("feed.json", data)] == [expected(r) for r in feed]


@MANY
@given(st.lists(records(nul=False), min_size=1, max_size=5))
def test_a_csv_feed_reads_back_exactly(feed):
    """Quoted commas, quotes and line breaks inside fields, as spreadsheets write them."""
    columns = ["title", "text", "url", "source", "published", "external_id"]
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, columns)
    writer.writeheader()
    writer.writerows(feed)
    data = out.getvalue().encode("utf-8")
    assert [as_read(d) for d in read("feed.csv", data)] == [expected(r) for r in feed]


BAD_LINES = st.sampled_from(['{"title": "cut off', "[1, 2]", '"a string"', '{"title": "", "text": "x"}',
                             '{"title": "t"}', '{"title": "t", "text": 5}', '{"title": "t", "text": "x", "url": 3}',
                             '{"title": "t", "text": "x", "published": "last Tuesday"}', "{" * 3000, "nan"])


@MANY
@given(st.lists(st.one_of(records(), BAD_LINES), min_size=1, max_size=8))
def test_each_bad_jsonl_line_costs_only_itself(lines):
    data = "\n".join(json.dumps(line, ensure_ascii=False) if isinstance(line, dict) else line for line in lines)
    items = read("feed.jsonl", data.encode("utf-8"))
    assert len(items) == len(lines)
    for n, (line, item) in enumerate(zip(lines, items), 1):
        if isinstance(line, dict):
            assert as_read(item) == expected(line)
        else:
            assert isinstance(item, Rejection) and item.origin == f"feed.jsonl line {n}"


@pytest.fixture(scope="module")
def exported(tmp_path_factory, request):
    """The seed article with a verdict and a correction, as `workbench export` writes it."""
    db = store.open_db(tmp_path_factory.mktemp("source") / "source.db")
    store.migrate(db)
    text = (request.config.rootpath / "workbench" / "demo" / "isis-returnees.txt").read_text(encoding="utf-8")
    article_id = import_document(db, Document("Returnees", text, "seed")).article_id
    claim = store.article_claims(db, article_id)[3]
    store.save_verdict(db, claim["id"], 0, "inaccurate", "Does not add up.", ["https://example.org/a"], "Ana")
    store.correct_claim(db, claim["id"], {"subject": claim["subject"]}, {"subject": "returnees"}, "as written", "Ana")
    return json.loads("".join(stream(db, Selection(), "json", load_labels())))["articles"][0]


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    db = store.open_db(tmp_path_factory.mktemp("target") / "target.db")
    store.migrate(db)
    return db


def paths(value, at=()):
    """Every place in a JSON value, as the keys and indexes that reach it."""
    yield at
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from paths(inner, (*at, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from paths(inner, (*at, index))


DISTINCT = itertools.count()


def alike(value) -> st.SearchStrategy:
    """Another value of the same JSON type: damage a schema check alone cannot see."""
    if isinstance(value, bool) or value is None:
        return st.sampled_from([True, False, None])
    if isinstance(value, int):
        return st.integers(-3, 10**15)
    if isinstance(value, float):
        return st.floats(allow_nan=False)
    if isinstance(value, str):
        return st.text(max_size=20)
    return st.just(value)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**20) | st.floats(allow_nan=False)
                           | st.text(max_size=10), lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_export_is_restored_whole_or_refused_naming_the_field(exported, target, data):
    article = copy.deepcopy(exported)
    article["text"] += f"\n{next(DISTINCT)}"  # a new article each time, so each one is stored
    article["sha256"] = hashlib.sha256(article["text"].encode()).hexdigest()
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(list(paths(article))[1:]))
        parent = article
        for key in where[:-1]:
            parent = parent[key]
        change = data.draw(st.sampled_from(["alike", "alike", "replace", "delete", "add"]))
        if change == "alike":
            parent[where[-1]] = data.draw(alike(parent[where[-1]]))
        elif change == "replace":
            parent[where[-1]] = data.draw(JSON_VALUES)
        elif change == "delete":
            del parent[where[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(max_size=6))] = data.draw(JSON_VALUES)
        else:
            parent.insert(where[-1], data.draw(JSON_VALUES))
    item = checked(article, "export.json line 2")
    if isinstance(item, Rejection):
        event(f"refused: {item.reason.split(':')[-1][:40]}")
        assert item.origin == "export.json line 2" and item.reason
        return
    event("restored")
    assert isinstance(item, Exported)
    outcome = restore(target, item)
    assert outcome.stored
    again = export_article(target, outcome.article_id)
    assert [(c["span"], c["value"], c["unit"], c["subject"], c["verdict"], c["history"], len(c["corrections"]))
            for c in again["claims"]] == [
           (c["span"], c["value"], c["unit"], c["subject"], c.get("verdict"), c["history"], len(c.get("corrections", [])))
           for c in sorted(article["claims"], key=lambda c: c["span"]["start"])]
