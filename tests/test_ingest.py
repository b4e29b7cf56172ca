"""Readers for every import format, and the errors they give for bad input."""

import json
import logging

import pytest

from workbench import store
from workbench.documents import Document, Rejection
from workbench.ingest import PARALLEL_FROM, import_document, import_documents
from workbench.readers import MAX_TEXT_CHARS, read_paths, read_text, read_upload

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


def test_an_html_page_without_text_is_a_rejection_not_an_error_in_the_log(caplog):
    with caplog.at_level(logging.WARNING):
        [rejection] = docs("<html><body><p></p></body></html>", "blank.html", "html")
    assert isinstance(rejection, Rejection)
    assert [record.getMessage() for record in caplog.records] == []


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


GOOD = json.dumps({"title": "Jobs", "text": "About 120,000 jobs were added."})
DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("name, content, message", [
    ("feed.jsonl", f'{GOOD}\n{{"title": "T", "text": "x"\n'.encode(), "feed.jsonl line 2: invalid JSON"),
    ("feed.csv", b'title,text\nT,"one",extra\n', "feed.csv line 2: 3 fields where the header has 2"),
    ("feed.jsonl", f'{GOOD}\n{{"title": "No text"}}\n'.encode(), "feed.jsonl line 2: field 'text' is missing or empty"),
    ("feed.jsonl", f'{GOOD}\n{{"title": "T", "text": "   "}}\n'.encode(), "feed.jsonl line 2: field 'text' is missing or empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt: a binary file, not text"),
    ("latin.txt", "Caf\u00e9 prices rose 5%.".encode("latin-1"), "latin.txt: not UTF-8 text (byte 3)"),
    ("feed.jsonl", GOOD.encode() + b'\n{"title": "T", "text": "caf\xe9"}\n', "feed.jsonl line 2: not UTF-8 text"),
    ("deep.json", DEEP.encode(), "deep.json: JSON nested too deeply"),
    ("deep.jsonl", f"{GOOD}\n{DEEP}\n".encode(), "deep.jsonl line 2: JSON nested too deeply"),
    ("notes.docx", b"PK\x03\x04", "notes.docx: unsupported format 'docx'"),
    ("README", b"Some 5 people.", "README: unsupported format 'without an extension'"),
])
def test_bad_files_are_rejected_with_file_line_and_reason_and_store_nothing_of_it(tmp_path, db, name, content, message):
    (tmp_path / name).write_bytes(content)
    for items in (read_paths([str(tmp_path / name)]), read_upload(name, content)):
        outcomes = list(import_documents(db, items))
        rejected = [str(o).replace(f"{tmp_path}/", "") for o in outcomes if isinstance(o, Rejection)]
        assert len(rejected) == 1 and rejected[0].startswith(message), rejected
    good = GOOD.encode() in content
    assert store.count_articles(db) == good  # the good record before a bad one is stored, once


def test_a_50_mb_article_file_is_refused_before_it_is_read(tmp_path, db):
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.write(b"Headline\n" + b"Some 5 people. " * (50_000_000 // 15))
    [rejection] = read_paths([str(path)])
    assert "huge.txt: 50.0 MB; a txt file may be at most 20 MB" in str(rejection)


def test_an_article_longer_than_the_limit_is_refused_in_any_format(db):
    text = "Some 5 people. " * (MAX_TEXT_CHARS // 15 + 1)
    [rejection] = read_text(json.dumps({"title": "Long", "text": text}) + "\n", "long.jsonl", "jsonl")
    assert "long.jsonl line 1: field 'text' has" in str(rejection) and "at most 1,000,000" in str(rejection)


def test_an_upload_name_is_never_a_path():
    [document] = read_upload("../../etc/passwd.txt", b"Headline\n\n5 people.")
    assert document.origin == "passwd.txt"


def test_a_large_import_in_worker_processes_stores_what_one_process_would(tmp_path, db_path):
    records = [{"title": f"T{n}", "text": f"Profit rose {n}% to {n + 100} mln dlrs from {n + 90} mln dlrs."}
               for n in range(PARALLEL_FROM + 10)]
    records.append(records[3])  # the same text twice in one import
    (tmp_path / "feed.jsonl").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    results = {}
    for jobs in (0, 2):
        db = store.open_db(tmp_path / f"jobs{jobs}.db")
        store.migrate(db)
        outcomes = list(import_documents(db, read_paths([str(tmp_path / "feed.jsonl")]), jobs=jobs))
        assert [o.stored for o in outcomes].count(False) == 1
        results[jobs] = [(a["title"], [(c["text"], c["value"]) for c in store.article_claims(db, a["id"])],
                          [(f["rule"], f["status"]) for f in store.article_findings(db, a["id"])])
                         for a in sorted(store.list_articles(db, limit=1000), key=lambda a: a["id"])]
        db.close()
    assert results[0] == results[2] and len(results[0]) == PARALLEL_FROM + 10


@pytest.mark.parametrize("record, external_id, metadata", [
    ({"id": 4012, "category": "business"}, "4012", {"category": "business"}),  # a dataset's numeric id
    ({"id": "bbc/business/001", "category": "business"}, "bbc/business/001", {"category": "business"}),
    ({"id": 7, "external_id": "cms-7"}, "cms-7", {"id": 7}),  # our own name wins; theirs is kept
    ({"id": [1, 2]}, None, {"id": [1, 2]}),  # no id to read: kept as it came
    ({"id": True}, None, {"id": True}),
])
def test_a_records_id_is_its_external_id_and_other_fields_are_metadata(record, external_id, metadata):
    [document] = read_text(json.dumps({"title": "T", "text": "Some 5 people.", **record}), "r.json", "json")
    assert (document.external_id, document.metadata) == (external_id, metadata)


def test_csv_ids_and_categories_are_read_alike():
    [document] = read_text("id,title,text,category\n17,T,Some 5 people.,tech\n", "r.csv", "csv")
    assert (document.external_id, document.metadata) == ("17", {"category": "tech"})


@pytest.mark.parametrize("page, title", [
    ("<p> </p>", None),  # text of spaces only: no article
    ("<html><head><title> </title></head><body><article><p>Some 5 people came to the town hall meeting on "
     "Tuesday.</p></article></body></html>", "Some 5 people came to the town hall meeting on Tuesday."),
])
def test_a_page_of_spaces_has_no_text_and_a_blank_title_gives_way_to_the_first_line(page, title):
    from workbench.readers import read_bytes

    [item] = read_bytes(page.encode(), "feed.html", "html")
    if title is None:
        assert isinstance(item, Rejection) and "no article text" in item.reason
    else:
        assert item.title == title
