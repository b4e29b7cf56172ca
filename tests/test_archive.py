"""An archive analysed on a real local Dask cluster of two worker processes, then imported:
the same articles, claims and findings as a plain `workbench import` of the same files,
bad records named by file and line, and an analysis that does not hold together refused
record by record."""

import hashlib
import json
import sqlite3

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from workbench import store
from workbench.archive.cluster import analyse, local_cluster
from workbench.archive.parts import BATCH, MANIFEST, PartWriter, part_path, parts, read_part
from workbench.checks.repeated import ACROSS
from workbench.cli import cli
from workbench.ingest import import_documents
from workbench.readers import read_paths

dask = pytest.importorskip("dask.distributed")

# Companies named in several articles, each figure in a sentence that names it alike, so
# the `repeated` rule links the articles: some agree, some disagree in the same year.
FIRMS = ["Barclays", "Tesco", "Rolls-Royce", "Unilever"]


def story(n: int) -> str:
    firm, other = FIRMS[n % len(FIRMS)], FIRMS[(n + 1) % len(FIRMS)]
    staff = 4_500 + 500 * (n % 3)
    return (f"{firm} results {n}\n\n{firm} said it employed {staff:,} staff in Scotland in 2019, "
            f"up from {staff - 300:,} a year earlier. {other} said it employed {2_000 + n:,} staff in Wales in 2019. "
            f"Of the {staff:,} staff, {staff // 3:,} worked in Glasgow and {staff // 4:,} in Edinburgh.")


def record(n: int, **fields) -> str:
    text = story(n)
    return json.dumps({"title": text.splitlines()[0], "text": text, "id": n, "category": "business", **fields})


@pytest.fixture(scope="module")
def cluster():
    """A local Dask cluster of two worker processes, and a client of it."""
    with local_cluster(2) as local, dask.Client(local) as client:
        yield client


@pytest.fixture
def corpus(tmp_path):
    """Two JSONL shards (one with a bad line, a record without text, and an article of the
    first shard again), and one file of every other format."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "shard-1.jsonl").write_text("\n".join(record(n) for n in range(12)) + "\n")
    shard2 = [record(n) for n in range(12, 20)] + ['{"title": "Cut off", "text": '] + [record(3)] \
        + [json.dumps({"title": "No text"})] + [record(n) for n in range(20, 24)]
    (folder / "shard-2.jsonl").write_text("\n".join(shard2) + "\n")
    (folder / "note.txt").write_text(story(30))
    (folder / "brief.md").write_text("# " + story(31))
    (folder / "page.html").write_text(f"<html><body><article><h1>Page</h1><p>{story(32).splitlines()[2]}</p>"
                                      "<p>The figures were published on Tuesday by the company.</p></article></body></html>")
    (folder / "table.csv").write_text('title,text\nTable,"' + story(33).replace("\n", " ") + '"\n')
    (folder / "list.json").write_text(json.dumps([{"title": "Listed", "text": story(34)}]))
    return folder


def contents(path):
    """Everything an import stores that an analysis could change: the articles, their claims,
    and the findings with the claims they name (ids included, so the order is the same)."""
    with sqlite3.connect(path) as db:
        return {
            "articles": db.execute("SELECT id, title, source, url, published, external_id, metadata, sha256, text "
                                   "FROM articles ORDER BY id").fetchall(),
            "claims": db.execute("SELECT id, article_id, position, start, end, text, sentence, sentence_start, value, low, "
                                 "high, kind, approx, qualifier, unit, subject, part_of FROM claims ORDER BY id").fetchall(),
            "findings": db.execute("SELECT id, article_id, rule, status, explanation, origin FROM findings ORDER BY id").fetchall(),
            "named": db.execute("SELECT * FROM finding_claims ORDER BY 1, 2").fetchall(),
        }


def plain_import(path, inputs):
    db = store.open_db(path)
    store.migrate(db)
    outcomes = list(import_documents(db, read_paths(inputs), jobs=0))
    db.close()
    return outcomes


def analysed_import(path, out):
    db = store.open_db(path)
    store.migrate(db)
    outcomes = list(import_documents(db, read_paths([str(out)])))
    db.close()
    return outcomes


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_an_archive_analysed_on_two_workers_imports_as_a_plain_import_does(cluster, corpus, tmp_path, fmt):
    out = tmp_path / "analysis"
    # Blocks of 1,500 bytes cut each shard into several pieces, read by both workers.
    manifest = analyse(cluster, [str(corpus)], out, fmt, blocksize=1_500)
    assert manifest["workers"] == 2 and manifest["pieces"] >= 6 and manifest["complete"]
    assert len(parts(out, "articles")) >= 6 and parts(out, "links")

    plain = plain_import(tmp_path / "plain.db", [str(corpus)])
    analysed = analysed_import(tmp_path / "analysed.db", out)
    expected, got = contents(tmp_path / "plain.db"), contents(tmp_path / "analysed.db")
    assert got == expected
    rules = {row[2] for row in expected["findings"]}
    assert {"repeated", "sum"} <= rules  # links between articles, and checks within one
    links = [row for row in expected["findings"] if row[2] == "repeated"]
    assert {row[3] for row in links} >= {"pass", "fail"}
    assert len(links) > 20 and manifest["links"] >= len(links)
    assert [o.stored for o in analysed if hasattr(o, "stored")] == [o.stored for o in plain if hasattr(o, "stored")]
    assert len(expected["articles"]) == manifest["articles"] - 1  # the article stated twice is kept once


def test_bad_records_are_written_with_file_and_line_and_never_stop_the_run(cluster, corpus, tmp_path):
    out = tmp_path / "analysis"
    manifest = analyse(cluster, [str(corpus), str(tmp_path / "missing.jsonl")], out, "jsonl", blocksize=1_500)
    rejected = [json.loads(line) for line in (out / "rejected.jsonl").read_text().splitlines()]
    shard = str(corpus / "shard-2.jsonl")
    assert [(r["origin"], r["field"]) for r in rejected] == [
        (str(tmp_path / "missing.jsonl"), None),
        (f"{shard} line 9", None),  # in a later block than the shard's first: its own line number
        (f"{shard} line 11", "text"),
    ]
    assert rejected[1]["file"] == shard and rejected[1]["reason"].startswith("invalid JSON")
    assert manifest["rejected"] == 3 and manifest["articles"] == 12 + 8 + 1 + 4 + 5


def test_articles_already_present_stay_as_they_are(cluster, corpus, tmp_path):
    out = tmp_path / "analysis"
    analyse(cluster, [str(corpus)], out, "jsonl")
    db = store.open_db(tmp_path / "analysed.db")
    store.migrate(db)
    [first] = list(import_documents(db, read_paths([str(corpus / "note.txt")])))
    store.edit_article(db, first.article_id, {}, {"title": "Retitled by an editor"}, actor="Ana")
    before = store.get_article(db, first.article_id)
    assert before["title"] == "Retitled by an editor"
    outcomes = [o for o in import_documents(db, read_paths([str(out)])) if hasattr(o, "stored")]
    assert sum(not o.stored for o in outcomes) == 2  # note.txt, and the article stated twice
    assert store.get_article(db, first.article_id) == before
    assert store.count_articles(db) == 12 + 8 + 4 + 5
    db.close()


def test_an_analysed_record_that_does_not_hold_together_costs_only_itself(cluster, corpus, tmp_path):
    out = tmp_path / "analysis"
    analyse(cluster, [str(corpus / "shard-1.jsonl")], out, "jsonl")
    [part] = parts(out, "articles")
    lines = part.read_text().splitlines()
    broken = [json.loads(line) for line in lines[:3]]
    broken[0]["text"] += " Edited."  # the hash is no longer the text's
    broken[1]["findings"][0]["claims"] = [99]
    broken[2]["claims"][0]["value"] = "many"
    part.write_text("\n".join([json.dumps(b) for b in broken] + ["{not json"] + lines[3:]) + "\n")
    outcomes = analysed_import(tmp_path / "analysed.db", out)
    problems = [(o.origin, o.field, o.reason) for o in outcomes if not hasattr(o, "stored")]
    assert [(origin, field) for origin, field, _ in problems] == [
        (f"{part} line 1", "sha256"), (f"{part} line 2", "findings"), (f"{part} line 3", "claims"), (f"{part} line 4", None),
    ]
    assert "value must be number" in problems[2][2] and problems[3][2].startswith("invalid JSON")
    assert sum(o.stored for o in outcomes if hasattr(o, "stored")) == 12 - 3


def test_an_unfinished_analysis_is_refused_not_read_as_plain_records(cluster, corpus, tmp_path):
    out = tmp_path / "analysis"
    analyse(cluster, [str(corpus / "shard-1.jsonl")], out, "jsonl")
    manifest = json.loads((out / MANIFEST).read_text())
    (out / MANIFEST).write_text(json.dumps({**manifest, "complete": False}))
    [refused] = analysed_import(tmp_path / "analysed.db", out)
    assert refused.origin == str(out) and "did not finish" in refused.reason


def test_the_command_runs_on_a_given_scheduler_and_refuses_a_used_folder(cluster, corpus, tmp_path):
    out = tmp_path / "analysis"
    address = cluster.scheduler.address
    result = CliRunner().invoke(cli, ["analyse", str(corpus / "shard-1.jsonl"), "--out", str(out),
                                      "--scheduler", address, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "analysed 12 articles on 2 workers" in result.output and "rejected 0" in result.output
    again = CliRunner().invoke(cli, ["analyse", str(corpus), "--out", str(out), "--scheduler", address])
    assert again.exit_code == 1 and "holds an analysis already" in again.output
    bad = CliRunner().invoke(cli, ["analyse", str(corpus), "--out", str(tmp_path / "b"), "--blocksize", "lots"])
    assert bad.exit_code == 2 and "--blocksize" in bad.output
    imported = CliRunner().invoke(cli, ["import", "--db", str(tmp_path / "a.db"), str(out)])
    assert imported.exit_code == 0 and "stored 12, already present 0, rejected 0" in imported.output


def test_an_export_is_refused_by_the_analysis_and_left_to_import(cluster, tmp_path):
    text = "It had 5 staff."
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"schema": "workbench.export/v1", "exported_at": "2026-01-01T00:00:00Z",
                                  "articles": [{"id": 1, "title": "T", "source": None, "url": None, "text": text,
                                                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                                                "claims": [], "findings": []}]}))
    manifest = analyse(cluster, [str(export)], tmp_path / "analysis", "jsonl")
    [rejected] = [json.loads(line) for line in (tmp_path / "analysis" / "rejected.jsonl").read_text().splitlines()]
    assert manifest["articles"] == 0 and "load it with `workbench import`" in rejected["reason"]


def test_past_the_window_of_statements_both_ways_weigh_the_same_ones(cluster, tmp_path):
    """A figure meets at most ACROSS earlier statements of its quantity, the newest: the
    shuffle keeps the same window as the database's query."""
    feed = tmp_path / "feed.jsonl"
    stated = "In 2019 Barclays employed 4,500 staff in Scotland, its annual report said."
    feed.write_text("".join(json.dumps({"title": f"Report {n}", "text": f"Report {n}\n\n{stated}"}) + "\n"
                            for n in range(ACROSS + 2)))
    out = tmp_path / "analysis"
    analyse(cluster, [str(feed)], out, "parquet", blocksize=4_000)
    plain_import(tmp_path / "plain.db", [str(feed)])
    analysed_import(tmp_path / "analysed.db", out)
    expected = contents(tmp_path / "plain.db")
    assert contents(tmp_path / "analysed.db") == expected
    last = expected["articles"][-1][0]
    assert sum(row[1] == last and row[2] == "repeated" for row in expected["findings"]) == ACROSS


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_a_part_written_a_batch_at_a_time_reads_back_whole(tmp_path, fmt):
    links = [{"rule": "repeated", "status": "warn", "explanation": f"link {n} – “quoted”", "origin": "auto",
              "article": "a" * 64, "order": n, "claim": n % 7, "rank": n % 200, "other_article": "b" * 64,
              "other_order": 2 ** 40 + n, "other_claim": 0, "other_start": n, "other_end": n + 3} for n in range(2 * BATCH + 5)]
    path = part_path(tmp_path, "links", 3, fmt)
    with PartWriter(path, "links") as writer:
        for link in links:
            writer.write(link)
    assert writer.count == len(links) and parts(tmp_path, "links") == [path]
    assert [record for _, record in read_part(path)] == links
    with PartWriter(part_path(tmp_path, "links", 4, fmt), "links"):
        pass
    assert parts(tmp_path, "links") == [path]  # no records, no file


def findings_by_place(path):
    """Each finding with its article and its figures named by article hash and span, so two
    databases compare whatever order the findings were stored in."""
    with sqlite3.connect(path) as db:
        rows = db.execute("""
            SELECT f.id, a.sha256, f.rule, f.status, f.explanation, ca.sha256, c.start, c.end
            FROM findings f JOIN articles a ON a.id = f.article_id JOIN finding_claims fc ON fc.finding_id = f.id
            JOIN claims c ON c.id = fc.claim_id JOIN articles ca ON ca.id = c.article_id""").fetchall()
    named = {}
    for finding, *head, sha, start, end in rows:
        named.setdefault((finding, *head), set()).add((sha, start, end))
    return sorted((*head, sorted(figures)) for (_, *head), figures in named.items())


def test_an_archive_loaded_beside_articles_already_there_is_linked_to_them(cluster, corpus, tmp_path):
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(story(4).replace("Barclays results 4", "Earlier") + " Barclays is a bank.")
    out = tmp_path / "analysis"
    analyse(cluster, [str(corpus)], out, "jsonl")
    plain_import(tmp_path / "plain.db", [str(earlier), str(corpus)])
    plain_import(tmp_path / "analysed.db", [str(earlier)])
    analysed_import(tmp_path / "analysed.db", out)
    expected = findings_by_place(tmp_path / "plain.db")
    assert findings_by_place(tmp_path / "analysed.db") == expected
    with sqlite3.connect(tmp_path / "plain.db") as db:
        [(first,)] = db.execute("SELECT sha256 FROM articles WHERE id = 1").fetchall()
    linked = [figures for _, rule, _, _, figures in expected if rule == "repeated" and first in {sha for sha, _, _ in figures}]
    assert len(linked) > 3


def test_inputs_that_are_not_there_make_an_empty_analysis_that_says_why(cluster, tmp_path):
    out = tmp_path / "analysis"
    manifest = analyse(cluster, [str(tmp_path / "nowhere" / "*.jsonl")], out, "parquet")
    [rejected] = [json.loads(line) for line in (out / "rejected.jsonl").read_text().splitlines()]
    assert (manifest["articles"], manifest["links"], rejected["reason"]) == (0, 0, "no such file or folder")
    assert analysed_import(tmp_path / "analysed.db", out) == []


def test_a_reviewer_opens_an_archived_article_with_its_links(cluster, corpus, tmp_path, db, client):
    out = tmp_path / "analysis"
    analyse(cluster, [str(corpus / "shard-1.jsonl")], out, "parquet")
    outcomes = list(import_documents(db, read_paths([str(out)])))
    last = outcomes[-1].article_id
    page = BeautifulSoup(client.get(f"/articles/{last}").get_data(as_text=True), "html.parser")
    assert page.select_one("h1").text.strip() == "Unilever results 11"
    assert len(page.select(".claim")) == len(store.article_claims(db, last)) > 3
    elsewhere = page.select("a.elsewhere")
    assert elsewhere and all(link["href"].startswith("/articles/") for link in elsewhere)


def test_the_command_starts_its_own_local_cluster(corpus, tmp_path):
    out = tmp_path / "analysis"
    result = CliRunner().invoke(cli, ["analyse", str(corpus), "--out", str(out), "--workers", "1", "--format", "jsonl"])
    assert result.exit_code == 1, result.output  # two records of the corpus are rejected
    assert "analysed 30 articles on 1 worker in" in result.output and "rejected 2" in result.output
    assert json.loads((out / MANIFEST).read_text())["workers"] == 1
