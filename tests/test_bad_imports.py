"""Files and records that used to crash an import or lose its batch: text that is not
Unicode, numbers JSON cannot carry, bytes that are not UTF-8 on stdin, fields past their
limits, and the byte-order mark Excel writes. Each is refused naming the file, line or
field, and costs only its own record."""

from __future__ import annotations

import copy
import io
import json

import pytest
from click.testing import CliRunner

from workbench import store
from workbench.cli import cli
from workbench.documents import LIMITS, MAX_METADATA_CHARS, MAX_METADATA_FIELD_CHARS, Document, Rejection
from workbench.ingest import import_document
from workbench.readers import MAX_TEXT_CHARS, read_upload
from workbench.restore import checked

from .conftest import exported


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def jsonl(*lines: str) -> bytes:
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def record(**fields) -> str:
    return json.dumps({"title": "Jobs", "text": "About 40 jobs were added."} | fields)


# JSON files


def test_a_lone_surrogate_costs_only_its_own_jsonl_line(tmp_path, db_path):
    """"\\ud800" is valid JSON but no UTF-8 encodes it: storing it raised, and the batch went with it."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(jsonl(record(title="One"), record(title="Two \ud800", text="About 50 jobs."),
                           record(title="Three", text="About 60 jobs.", note={"by": ["x", "\udfff"]}),
                           record(title="Four", text="About 70 jobs.")))
    result = run("import", feed, "--db", db_path, "--jobs", "0")
    assert result.exit_code == 1
    assert "stored 2, already present 0, rejected 2" in result.output
    assert f"{feed} line 2: field 'title'" in result.output
    assert f"{feed} line 3: field 'note.by[1]'" in result.output
    db = store.open_db(db_path)
    assert sorted(row["title"] for row in store.list_articles(db)) == ["Four", "One"]


@pytest.mark.parametrize("data, origin, field", [
    (record(source="\ud800"), "feed.json", "source"),
    ("[" + record(title="Good") + ", " + record(text="About 9 \udc80 jobs.") + "]", "feed.json record 2", "text"),
    (record(**{"\ud800": "a field name that is no text"}), "feed.json", "\\ud800"),
])
def test_a_lone_surrogate_in_a_json_file_names_the_field(data, origin, field):
    items = list(read_upload("feed.json", data.encode("utf-8", "surrogatepass")))
    refused = [item for item in items if isinstance(item, Rejection)]
    assert len(refused) == 1 and refused[0].origin == origin
    assert refused[0].field == field and f"field '{field}'" in refused[0].reason, refused[0]
    assert "Unicode" in refused[0].reason
    assert len(items) - 1 == sum(isinstance(item, Document) for item in items)


@pytest.mark.parametrize("number", ["1e999", "-1e999", "NaN", "Infinity", "-Infinity", "9" * 5000])
def test_a_number_json_cannot_carry_costs_only_its_own_line(number):
    """Python's reader takes NaN and Infinity, reads 1e999 as inf, and raises a bare
    ValueError on an integer of more than 4,300 digits, which ended the whole file."""
    data = jsonl(record(title="One"), record(title="Two")[:-1] + f', "score": {number}}}', record(title="Three"))
    items = list(read_upload("feed.jsonl", data))
    assert [type(item) for item in items] == [Document, Rejection, Document]
    assert items[1].origin == "feed.jsonl line 2" and "number" in items[1].reason


def test_a_restored_export_with_a_lone_surrogate_or_an_infinite_figure_names_the_field(db, seed_id):
    article = exported(db, seed_id)["articles"][0]
    for place, damage in (("claims[1].unit", "\ud800"), ("claims[1].value", float("inf")),
                          ("claims[1].low", float("nan"))):
        damaged = copy.deepcopy(article)
        key = place.split(".")[1]
        damaged["claims"][1][key] = damage
        refused = checked(damaged, "export.json line 2")
        assert isinstance(refused, Rejection) and refused.field == place, refused
    assert not isinstance(checked(copy.deepcopy(article), "export.json line 2"), Rejection)


# The command line's stdin


def test_extract_names_stdin_and_the_byte_that_is_not_utf8():
    result = CliRunner().invoke(cli, ["extract", "-"], input=b"About 40 \xff people.")
    assert result.exit_code == 1
    assert "<stdin>" in result.output and "byte 9" in result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output


def test_import_from_stdin_that_is_not_utf8_is_a_rejection_naming_the_byte(db_path):
    result = CliRunner().invoke(cli, ["import", "-", "--db", str(db_path)], input=b"Title\nAbout 40 \xff people.")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    assert "rejected <stdin>: not UTF-8 text (byte 15)" in result.output


# Limits on what comes in with an article


def big_fields() -> list[tuple[str, dict]]:
    """One record per limited field, each one character past its limit."""
    return [(name, {name: "x" * (limit + 1)}) for name, limit in LIMITS.items()]


@pytest.mark.parametrize("name, fields", big_fields())
def test_a_field_past_its_limit_is_refused_naming_it_by_every_way_in(client, db, db_path, tmp_path, name, fields):
    line = json.dumps({"title": "Big", "text": "About 80 jobs."} | fields)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([record(title="Small"), line]), encoding="utf-8")
    result = run("import", feed, "--db", db_path, "--jobs", "0")
    assert f"{feed} line 2: field '{name}'" in result.output and "stored 1," in result.output
    upload = client.post("/articles/import", data={"file": [(io.BytesIO(line.encode()), "big.json")]})
    assert [r["origin"] for r in upload.get_json()["files"][0]["rejected"]] == ["big.json"]
    api = client.post("/api/v1/articles", json=json.loads(line))
    assert api.status_code == 422 and api.get_json()["field"] == name
    assert [row["title"] for row in store.list_articles(db)] == ["Small"]


def test_metadata_past_its_limits_is_refused_naming_the_field():
    each = MAX_METADATA_FIELD_CHARS
    lines = [record(notes="x" * (each + 1)),
             record(**{f"note{n}": "x" * (each - 20) for n in range(MAX_METADATA_CHARS // each + 1)}),
             record(notes="x" * (each - 20))]
    items = list(read_upload("feed.jsonl", jsonl(*lines)))
    assert isinstance(items[0], Rejection) and items[0].field == "notes", items[0]
    assert isinstance(items[1], Rejection) and "together" in items[1].reason, items[1]
    assert isinstance(items[2], Document)


def test_an_export_with_a_lone_surrogate_in_one_article_restores_the_others(db, seed_id, tmp_path):
    other = import_document(db, Document("Jobs", "About 40 jobs were added.", "t")).article_id
    export = exported(db, seed_id, other)
    export["articles"][0]["claims"][0]["unit"] = "\ud800"
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    result = run("import", path, "--db", tmp_path / "restored.db", "--jobs", "0")
    assert "stored 1, already present 0, rejected 1" in result.output
    assert f"{path} article 1: claims[0].unit: text that is not valid Unicode" in result.output


def test_a_restored_export_with_a_title_past_its_limit_is_refused(db, seed_id):
    article = exported(db, seed_id)["articles"][0] | {"title": "x" * (LIMITS["title"] + 1)}
    refused = checked(article, "export.json line 2")
    assert isinstance(refused, Rejection) and refused.field == "title"


def test_a_pasted_text_whose_first_line_is_long_gets_a_shortened_title(client, db):
    """The title of a paste is its first line, which nobody typed as a title: it is cut to
    the limit at a word, and the text is kept whole."""
    text = "Jobs " * 1000 + "\nAbout 40 jobs were added."
    response = client.post("/articles", data={"text": text})
    assert response.status_code == 303
    [article] = store.list_articles(db)
    assert len(article["title"]) <= LIMITS["title"] and article["title"].startswith("Jobs Jobs")
    assert store.get_article(db, article["id"])["text"] == text
    assert len(client.get("/").get_data()) < 100_000


# Excel's csv


def test_a_csv_with_a_byte_order_mark_is_read():
    """Excel begins every UTF-8 csv with U+FEFF, which made the header 'title' unknown."""
    data = "\ufefftitle,text\r\nJobs,About 40 jobs were added.\r\n".encode("utf-8")
    [item] = read_upload("feed.csv", data)
    assert isinstance(item, Document) and item.title == "Jobs"


@pytest.mark.parametrize("fmt, data", [
    ("jsonl", record(title="Jobs")), ("json", record(title="Jobs")), ("txt", "Jobs\nAbout 40 jobs.")])
def test_every_format_takes_a_byte_order_mark(fmt, data):
    [item] = read_upload(f"feed.{fmt}", "\ufeff".encode() + data.encode())
    assert isinstance(item, Document) and item.title == "Jobs" and not item.text.startswith("\ufeff")


def test_a_csv_field_may_hold_a_whole_article_and_no_more():
    """Python's csv stops at 131,072 characters a field; an article may have 1,000,000."""
    longest = "word " * (MAX_TEXT_CHARS // 5)
    data = f'title,text\nLong,"{longest}"\nLonger,"{longest}x"\n'.encode()
    items = list(read_upload("feed.csv", data))
    assert isinstance(items[0], Document) and items[0].text == longest
    assert isinstance(items[1], Rejection) and items[1].origin == "feed.csv line 3"
