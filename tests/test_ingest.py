"""Readers for every import format, and the errors they give for bad input."""

import json

import pytest

from workbench import store
from workbench.ingest import Document, Rejection, import_document, read_paths, read_text

HTML = """<html><head><title>Jobs figures</title></head><body>
<nav>Home | News | Sport</nav>
<article><h1>Jobs figures</h1>
<p>Unemployment fell to 4.2% in March, the statistics office said on Tuesday, as employers added
about 120,000 jobs. Economists had expected a smaller rise in the number of people in work.</p>
<p>The figures show that more than 30,000 of the new jobs were in construction and manufacturing,
the strongest showing for those sectors since the start of the year.</p></article>
<footer>Copyright</footer></body></html>"""


def docs(raw, name, fmt):
    return list(read_text(raw, name, fmt))


def test_txt_title_is_the_first_line_and_text_is_kept_exactly():
    raw = "\nHeadline here\n\nBody with 5 figures.\n"
    [doc] = docs(raw, "a.txt", "txt")
    assert (doc.title, doc.text) == ("Headline here", raw)


def test_md_title_drops_the_heading_marks():
    [doc] = docs("# A headline\n\nText.", "a.md", "md")
    assert doc.title == "A headline"


def test_html_main_text_comes_from_trafilatura():
    [doc] = docs(HTML, "page.html", "html")
    assert "120,000 jobs" in doc.text and "Home | News" not in doc.text


def test_json_object_list_jsonl_and_csv_records():
    record = {"title": "T", "text": "About 5 people.", "url": "https://x.org/a", "category": "news"}
    [one] = docs(json.dumps(record), "a.json", "json")
    assert (one.url, one.metadata) == ("https://x.org/a", {"category": "news"})
    assert len(docs(json.dumps([record, record]), "b.json", "json")) == 2
    assert len(docs(json.dumps(record) + "\n\n" + json.dumps(record) + "\n", "c.jsonl", "jsonl")) == 2
    [row] = docs("title,text,published\nT,\"Some 5, maybe 6.\",2024-03-01\n", "d.csv", "csv")
    assert (row.text, row.published) == ("Some 5, maybe 6.", "2024-03-01")


@pytest.mark.parametrize("raw, name, fmt, message", [
    ('{"title": "T", "text": "x"}\n{"title": "T"}\n', "feed.jsonl", "jsonl", "feed.jsonl line 2: field 'text' is missing or empty"),
    ('{"title": "T", "text": "x"}\n{oops\n', "feed.jsonl", "jsonl", "feed.jsonl line 2: invalid JSON"),
    ('[{"title": "T", "text": "x"}, 7]', "list.json", "json", "list.json record 2: expected an object"),
    ('{"title": "T",\n "text": }', "bad.json", "json", "bad.json line 2: invalid JSON"),
    ("title,text,published\nT,x,yesterday\n", "d.csv", "csv", "d.csv line 2: field 'published' is not an ISO date"),
    ("   \n", "empty.txt", "txt", "empty.txt: the file is empty"),
    ("<html><body></body></html>", "blank.html", "html", "blank.html: no article text found"),
])
def test_bad_records_are_rejected_naming_file_and_line(raw, name, fmt, message):
    rejections = [d for d in docs(raw, name, fmt) if isinstance(d, Rejection)]
    assert len(rejections) == 1 and str(rejections[0]).startswith(message)


def test_folders_and_globs_are_walked(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\n\n5 people.")
    (tmp_path / "b.md").write_text("# B\n\n6 people.")
    (tmp_path / "notes.docx").write_text("ignored")
    assert sorted(d.title for d in read_paths([str(tmp_path)])) == ["A", "B"]
    assert [d.title for d in read_paths([str(tmp_path / "*.md")])] == ["B"]
    [missing] = read_paths([str(tmp_path / "nope.txt")])
    assert isinstance(missing, Rejection) and "no such file" in missing.reason


def test_the_same_text_is_stored_once(db):
    doc = Document(title="T", text="Around 100 people came.", origin="x")
    first = import_document(db, doc)
    again = import_document(db, Document(title="Other title", text=doc.text, origin="y"))
    assert first.stored and not again.stored and again.article_id == first.article_id
    assert store.count_articles(db) == 1
