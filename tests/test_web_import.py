"""Importing many files through the page: the plain form post's report page, the JSON
endpoint the page's script sends each file to, and the limits on what one request carries."""

from __future__ import annotations

import io
import json

import pytest
from bs4 import BeautifulSoup

from workbench import store, uploads
from workbench.readers import upload_name

ENDPOINT = "/articles/import"


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def jsonl(*records: dict) -> bytes:
    return "".join(json.dumps(record) + "\n" for record in records).encode()


def files(*named: tuple[bytes, str]) -> dict:
    """A multipart form with each (data, name) as one more `file` part."""
    return {"file": [(io.BytesIO(data), name) for data, name in named]}


def report_of(response) -> dict[str, dict[str, list[str]]]:
    """The report page read back: per file, the lines of each kind."""
    page = soup(response)
    return {
        section.h3.text: {
            "stored": [li.select_one(".origin").text for li in section.select("li.stored")],
            "present": [li.select_one(".origin").text for li in section.select("li.present")],
            "rejected": [li.text.strip() for li in section.select("li.rejected")],
        }
        for section in page.select(".import-file")
    }


def titles(db) -> list[str]:
    return sorted(row["title"] for row in store.list_articles(db))


def test_several_files_of_mixed_formats_get_one_report(client, db):
    client.post("/articles", data={"text": "Known\n\nAbout 40 people came."})
    sent = files(
        (b"Roads\n\nThe council spent \xc2\xa31.2m on roads.", "roads.txt"),
        (b"# Schools\n\n300 pupils.", "schools.md"),
        (json.dumps([{"title": "A", "text": "5 cats."}, {"title": "B"}]).encode(), "list.json"),
        (b"title,text\nC,7 dogs.\nD,8 birds.,extra\n", "feed.csv"),
        (b"Known\n\nAbout 40 people came.", "again.txt"),
    )
    response = client.post("/articles", data=sent)
    assert response.status_code == 200  # a report, whatever it lists
    assert report_of(response) == {
        "roads.txt": {"stored": ["roads.txt"], "present": [], "rejected": []},
        "schools.md": {"stored": ["schools.md"], "present": [], "rejected": []},
        "list.json": {"stored": ["list.json record 1"], "present": [],
                      "rejected": ["list.json record 2: field 'text' is missing or empty"]},
        "feed.csv": {"stored": ["feed.csv line 2"], "present": [],
                     "rejected": ["feed.csv line 3: 3 fields where the header has 2"]},
        "again.txt": {"stored": [], "present": ["again.txt"], "rejected": []},
    }
    assert soup(response).select_one(".import-summary").text == "Stored 4, already present 1, rejected 2."
    assert titles(db) == ["A", "C", "Known", "Roads", "Schools"]
    links = {a.text: a["href"] for a in soup(response).select(".import-file li > a")}
    assert client.get(links["Roads"]).status_code == 200
    sums = {li.select_one("a").text: li.select_one(".sums").text for li in soup(response).select(".import-articles li")}
    totals = {a["title"]: a for a in store.list_articles(db)}
    assert sums["Roads"] == f"{totals['Roads']['claims']} figure{'s' if totals['Roads']['claims'] != 1 else ''}"
    everything = sum(a["claims"] for a in totals.values())
    assert soup(response).select_one(".import-sums").text.startswith(f"{everything} figures and 0 failing checks")


def test_the_report_links_an_articles_failing_checks(client, db):
    text = b"Budget\n\nThe council will spend \xc2\xa312m: \xc2\xa38m on roads and \xc2\xa37m on schools."
    response = client.post("/articles", data=files((text, "budget.txt"), (b"Other\n\nSome 5 people.", "other.txt")))
    [budget] = [li for li in soup(response).select(".import-articles li") if li.select_one("a").text == "Budget"]
    failing = budget.select_one("a.failing")
    assert failing.text == "1 failing check" and failing["href"].endswith("#findings")


def test_one_file_of_several_articles_gets_the_report(client, db):
    response = client.post("/articles", data=files((jsonl({"title": "T1", "text": "1 a"}, {"title": "T2", "text": "2 b"}), "feed.jsonl")))
    assert response.status_code == 200
    assert report_of(response)["feed.jsonl"]["stored"] == ["feed.jsonl line 1", "feed.jsonl line 2"]


@pytest.mark.parametrize(("data", "name", "reason"), [
    (b"\x00\x01\x02binary", "photo.txt", "photo.txt: a binary file, not text"),
    (b"Caf\xe9\n\n5 people.", "latin1.txt", "latin1.txt: not UTF-8 text (byte 3)"),
    (jsonl({"title": "Good", "text": "5 people."}) + b'{"title": "Bad", "text": \n', "feed.jsonl",
     "feed.jsonl line 2: invalid JSON: Expecting value"),
    (b"title,text\nGood,5 people.\nBad,6 people.,surplus\n", "feed.csv", "feed.csv line 3: 3 fields where the header has 2"),
    (jsonl({"title": "Good", "text": "5 people."}, {"title": "Bad"}), "feed.jsonl",
     "feed.jsonl line 2: field 'text' is missing or empty"),
    (b"%PDF-1.4", "paper.pdf", "paper.pdf: unsupported format 'pdf'"),
    (b"", "empty.txt", "empty.txt: the file is empty"),
    (b"title,text\n", "header.csv", "header.csv: no articles in the file"),
])
def test_each_bad_file_or_record_is_rejected_with_its_reason(client, db, data, name, reason):
    response = client.post("/articles", data=files((data, name), (b"Other\n\n9 goats.", "other.txt")))
    [rejected] = report_of(response)[name]["rejected"]
    assert rejected.startswith(reason)
    assert "Bad" not in titles(db) and "Other" in titles(db)


def test_one_file_with_one_article_opens_it_as_before(client, db):
    response = client.post("/articles", data=files((b"Budget\n\n\xc2\xa35m.", "budget.txt")))
    assert response.status_code == 303
    assert soup(client.get(response.headers["Location"])).select_one("h1").text == "Budget"


def test_a_rejected_paste_keeps_the_form_and_what_was_typed(client, db):
    response = client.post("/articles", data={"text": "x" * 1_000_001})
    assert response.status_code == 422 and response.mimetype == "text/html"
    assert "pasted text: 1,000,001 characters" in soup(response).select_one(".error").text


def test_pasted_text_beside_files_is_reported_as_one_more_file(client, db):
    response = client.post("/articles", data={"text": "Pasted\n\n3 owls.", **files((b"Filed\n\n4 owls.", "f.txt"))})
    assert response.status_code == 200
    assert list(report_of(response)) == ["f.txt", "pasted text"]


def test_a_file_name_is_shown_without_folders_and_never_used_as_a_path(client, db, tmp_path):
    target = tmp_path / "written.txt"
    sent = files((b"Evil\n\n1 thing.", "../../etc/passwd.txt"), (b"Other\n\n2 things.", str(target)))
    response = client.post("/articles", data=sent)
    html = response.get_data(as_text=True)
    assert list(report_of(response)) == ["passwd.txt", "written.txt"]
    assert "etc" not in html and str(tmp_path) not in html
    assert not target.exists()
    assert upload_name("C:\\Users\\ana\\win.txt") == "win.txt"


def test_a_request_over_the_limit_gets_a_readable_413_and_stores_nothing(app, client, db):
    app.config["MAX_CONTENT_LENGTH"] = 2_000
    big = files((b"Big\n\n" + b"5 people. " * 300, "big.txt"))
    response = client.post("/articles", data=big)
    assert response.status_code == 413 and response.mimetype == "text/html"
    message = soup(response).select_one(".error").text
    assert message.startswith(f"Too much to send at once: one request may carry at most {uploads.MAX_FILES} files and 0 MB")
    assert "Send fewer files at a time, split a large file" in message
    assert store.count_articles(db) == 0
    answer = client.post(ENDPOINT, data=files((b"Big\n\n" + b"5 people. " * 300, "big.txt")))
    assert answer.status_code == 413
    assert answer.get_json() == {"ok": False, "status": 413, "error": message}


def test_more_files_than_one_request_may_carry_get_413(client, db, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_FILES", 2)
    response = client.post("/articles", data=files(*[(f"T{n}\n\n{n} cats.".encode(), f"{n}.txt") for n in range(3)]))
    assert response.status_code == 413
    assert "at most 2 files" in soup(response).select_one(".error").text
    assert store.count_articles(db) == 0


def test_the_413_message_names_the_limits_the_app_runs_with(app):
    message = uploads.too_large_message(app.config["MAX_CONTENT_LENGTH"], app.config["MAX_FORM_MEMORY_SIZE"])
    assert message.startswith(
        "Too much to send at once: one request may carry at most 200 files and 50 MB, and a pasted text at most 500 KB.")


def test_the_json_endpoint_reports_one_file_as_data_and_as_the_report_html(client, db):
    sent = files((jsonl({"title": "Good", "text": "5 people."}, {"title": "Bad"}), "feed.jsonl"))
    answer = client.post(ENDPOINT, data=sent)
    assert answer.status_code == 200
    body = answer.get_json()
    article_id = store.list_articles(db)[0]["id"]
    assert {k: body[k] for k in ("ok", "stored", "present", "rejected")} == {
        "ok": True, "stored": 1, "present": 0, "rejected": 1}
    assert body["files"] == [{
        "name": "feed.jsonl",
        "stored": [{"id": article_id, "url": f"/articles/{article_id}", "title": "Good", "origin": "feed.jsonl line 1"}],
        "present": [],
        "rejected": [{"origin": "feed.jsonl line 2", "reason": "field 'text' is missing or empty"}],
    }]
    assert BeautifulSoup(body["html"], "html.parser").select_one(".import-file h3").text == "feed.jsonl"
    again = client.post(ENDPOINT, data=files((jsonl({"title": "Good", "text": "5 people."}), "feed.jsonl"))).get_json()
    assert (again["stored"], again["present"], again["rejected"]) == (0, 1, 0)


def test_the_json_endpoint_refuses_a_visitor_who_has_not_signed_in(anon, db):
    answer = anon.post(ENDPOINT, data=files((b"T\n\n1 a.", "t.txt")))
    assert answer.status_code == 401
    assert store.count_articles(db) == 0


def test_the_form_takes_many_files_and_a_drop_zone_without_inline_script(client):
    page = soup(client.get("/"))
    form = page.select_one("form.import-form")
    assert form.select_one("input[type=file][name=file][multiple]") is not None
    assert form.select_one(".drop-zone input[type=file]") is not None
    assert form["data-import-url"] == ENDPOINT and form["data-max-bytes"] == "50000000"
    assert page.select_one('script[src="/static/import.js"][defer]') is not None
    assert all(script.get("src") for script in page.select("script"))
    assert not page.select("[style]") and not page.find_all(lambda tag: any(a.startswith("on") for a in tag.attrs))
