"""An export read back into an empty database restores everything reviewers did: exporting
the restored database gives the very bytes the first export had, whether the export comes
back through `workbench import` or through the import form."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from workbench import create_app, restore, store, streamjson
from workbench.cli import cli

from .conftest import sign_in

TURKEY = "Turkey had the largest contingent with 900 fighters, the Soufan Centre said."


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def posted(client, url: str, form: dict | None = None, **fields) -> None:
    response = client.post(url, data=(form or {}) | fields)
    assert response.status_code == 303, (url, response.status_code)


def article_id(client, text: str) -> int:
    response = client.post("/articles", data={"text": text})
    assert response.status_code == 303
    return int(response.headers["Location"].rsplit("/", 1)[1])


def ids(db, article: int) -> dict[str, int]:
    """The article's claims by their text; of two with one text, the later in the text."""
    return {c["text"]: c["id"] for c in store.article_claims(db, article)}


def verdict(client, claim: int, base: int, label: str, sources: str = "") -> None:
    posted(client, f"/claims/{claim}/verdict", label=label, rationale=f"*{label}*, as the report says.",
           sources=sources, base_version=str(base))


def corrected(client, db, claim: int, **changes) -> None:
    row = store.get_claim(db, claim)
    shown = {"value": str(row["value"]), "unit": row["unit"] or "", "subject": row["subject"] or ""}
    posted(client, f"/claims/{claim}/correction", shown | {f"was_{k}": v for k, v in shown.items()} | changes,
           reason="misread")


@pytest.fixture
def reviewed(app, db, client, admin_client, password_hash, seed_text):
    """Three articles with every kind of review history, made through the pages: verdicts
    and the ones they superseded, corrections of value, unit and subject, a figure removed
    and one removed then restored, a figure added, reviewers' checks, every workflow move
    (published, and taken back), an assignment, and findings across articles that a later
    correction turned round."""
    ben = sign_in(app.test_client(), store.add_user(db, "Ben", password_hash, "reviewer", actor="setup"))
    seed = article_id(client, seed_text)
    other = article_id(client, f"Returnees\n\n{TURKEY} Another 800 went back to Tunisia.")
    budget = article_id(client, "Council budget\n\nThe council spent £5m on roads and £3m on schools, £8m in all. "
                                "Staff rose from 200 to 220 this year, of 1,000 in the county.")
    figures, budgets = ids(db, seed), ids(db, budget)
    verdict(client, figures["900"], 0, "accurate", "https://example.org/soufan\nhttps://example.org/table")
    verdict(ben, figures["900"], 1, "mostly-accurate")
    verdict(ben, figures["900"], 2, "misleading", "https://example.org/later")
    posted(admin_client, f"/claims/{figures['900']}/state", state="published")
    posted(admin_client, f"/claims/{figures['900']}/state", state="reviewed")
    posted(admin_client, f"/claims/{figures['900']}/state", state="published")
    posted(client, f"/claims/{figures['425']}/state", state="in review")
    posted(client, f"/claims/{figures['760']}/state", state="in review")
    posted(client, f"/claims/{figures['760']}/state", state="unreviewed")
    corrected(client, db, figures["760"], subject="Saudi Arabia (returnees)")
    corrected(ben, db, figures["800"], value="810", unit="returnee")  # the seed checked afresh, after `other`
    posted(client, f"/claims/{figures['10 million']}/removal", removed="1", reason="a population, not a finding")
    posted(client, f"/claims/{figures['50']}/removal", removed="1", reason="unsure")
    posted(ben, f"/claims/{figures['50']}/removal", removed="0", reason="it is in the report")
    posted(client, f"/claims/{figures['33']}/removal", removed="1", reason="with its noun")
    start = seed_text.index("33 countries")
    posted(client, f"/articles/{seed}/claims", start=str(start), end=str(start + 2), quote="33", reason="the count")
    verdict(client, ids(db, seed)["33"], 0, "unverifiable")
    posted(client, f"/articles/{budget}/checks", relation="sum-equals", second=str(budgets["£8m"]),
           first=[str(budgets["£5m"]), str(budgets["£3m"])])
    posted(ben, f"/articles/{budget}/checks", relation="change", percent="10",
           first=str(budgets["200"]), second=str(budgets["220"]))
    posted(client, f"/articles/{budget}/checks", relation="percent-of", percent="20",
           first=str(budgets["200"]), second=str(budgets["1,000"]))
    corrected(client, db, budgets["220"], value="221")
    verdict(client, budgets["£8m"], 0, "accurate")
    posted(admin_client, f"/articles/{other}/assignee", assignee="ben")
    return {"seed": seed, "other": other, "budget": budget}


def exported(db_path, path) -> bytes:
    assert run("export", "--db", db_path, "-o", path).exit_code == 0
    return path.read_bytes()


def test_the_history_to_restore_is_all_there(db, reviewed):
    """The fixture made what the round trip is to keep, so the tests below can fail."""
    seed = store.article_claims(db, reviewed["seed"])
    assert sum(1 for c in seed if c["removed"]) == 2 and sum(1 for c in seed if c["added_by"]) == 1
    assert [s["state"] for s in store.state_history(db, ids(db, reviewed["seed"])["900"])] == [
        "reviewed", "reviewed", "reviewed", "published", "reviewed", "published"]
    assert len(store.reviewer_checks(db, reviewed["budget"])) == 3
    across = [f for f in store.article_findings(db, reviewed["seed"]) if f["elsewhere"]]
    assert across and across[0]["article_id"] == reviewed["seed"]  # turned round by the seed's correction


def test_export_then_import_into_an_empty_database_gives_the_same_bytes(tmp_path, db_path, reviewed):
    first = exported(db_path, tmp_path / "export.json")
    restored = tmp_path / "restored.db"
    result = run("import", "--db", restored, tmp_path / "export.json")
    assert result.exit_code == 0 and "stored 3, already present 0, rejected 0" in result.output, result.output
    assert exported(restored, tmp_path / "again.json") == first
    document = json.loads(first)
    assert {a["id"]: a["assignee"] for a in document["articles"]}[reviewed["other"]] == "Ben"
    budget = next(a for a in document["articles"] if a["id"] == reviewed["budget"])
    assert [(c["relation"], c["reviewer"]) for c in budget["checks"]] == [
        ("sum-equals", "Ana"), ("change", "Ben"), ("percent-of", "Ana")]
    again = store.open_db(restored)
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for table in ("claim_states", "verdicts", "claim_corrections", "reviewer_checks", "findings", "finding_claims"):
        assert again[table].count == store.open_db(db_path)[table].count, table


def test_the_import_form_restores_an_export_the_same_way(tmp_path, db_path, reviewed, password_hash):
    first = exported(db_path, tmp_path / "export.json")
    target = tmp_path / "uploaded.db"
    app = create_app({"DATABASE": str(target), "TESTING": True, "SECRET_KEY": "test", "WTF_CSRF_ENABLED": False})
    uploader = sign_in(app.test_client(), store.add_user(store.open_db(target), "Cy", password_hash, "reviewer", actor="setup"))
    response = uploader.post("/articles/import", data={"file": [(io.BytesIO(first), "export.json")]})
    assert response.status_code == 200
    assert {k: response.get_json()[k] for k in ("stored", "present", "rejected")} == {"stored": 3, "present": 0, "rejected": 0}
    assert exported(target, tmp_path / "again.json") == first
    response = uploader.post("/articles", data={"file": [(io.BytesIO(first), "export.json")]})
    assert response.status_code == 200 and "already present 3" in response.get_data(as_text=True)


def test_two_articles_come_back_from_a_plain_export(tmp_path, db_path):
    """The defect as reported: every article line but the last ends with a comma."""
    run("init", "--db", db_path)
    (tmp_path / "b.txt").write_text("Budget\n\nSome 5 people came.", encoding="utf-8")
    run("import", "--db", db_path, tmp_path / "b.txt")
    first = exported(db_path, tmp_path / "export.json")
    result = run("import", "--db", tmp_path / "restored.db", tmp_path / "export.json")
    assert "stored 2, already present 0, rejected 0" in result.output, result.output
    assert exported(tmp_path / "restored.db", tmp_path / "again.json") == first


def test_a_bad_article_costs_only_itself_and_is_named(tmp_path, db_path, reviewed):
    lines = exported(db_path, tmp_path / "export.json").decode().split("\n")
    lines[2] = lines[2][:40] + lines[2][41:]  # the second article, a character short
    (tmp_path / "damaged.json").write_text("\n".join(lines), encoding="utf-8")
    result = run("import", "--db", tmp_path / "restored.db", tmp_path / "damaged.json")
    assert result.exit_code == 1 and "stored 2, already present 0, rejected 1" in result.output
    assert "damaged.json article 2: invalid JSON: Expecting ':' delimiter at line 3 column 42" in result.output
    titles = [a["title"] for a in store.list_articles(store.open_db(tmp_path / "restored.db"))]
    assert titles == ["Council budget", "Thousands Of Jihadists Return Home In ISIS Defeat"]


def test_an_export_cut_short_keeps_the_articles_before_the_cut(tmp_path, db_path, reviewed):
    whole = exported(db_path, tmp_path / "export.json")
    (tmp_path / "cut.json").write_bytes(whole[:whole.rindex(b"\n", 0, -4)])  # without the last article
    result = run("import", "--db", tmp_path / "restored.db", tmp_path / "cut.json")
    assert result.exit_code == 1 and "stored 2, already present 0, rejected 1" in result.output
    assert "cut.json line 3: the file ends inside the list 'articles': it is cut short" in result.output


@pytest.mark.parametrize("indent", [None, 1])
def test_any_layout_of_the_json_reads_the_same(tmp_path, db_path, reviewed, indent):
    """Another tool may write the document with its own spacing and member order."""
    first = exported(db_path, tmp_path / "export.json")
    document = json.loads(first)
    reshaped = json.dumps(document, indent=indent, sort_keys=indent is None, ensure_ascii=indent is None)
    (tmp_path / "reshaped.json").write_text(reshaped, encoding="utf-8")
    result = run("import", "--db", tmp_path / "restored.db", tmp_path / "reshaped.json")
    assert "stored 3, already present 0, rejected 0" in result.output, result.output
    assert exported(tmp_path / "restored.db", tmp_path / "again.json") == first


def test_the_reader_takes_an_article_at_a_time(tmp_path, db_path, reviewed):
    """An export of any size is read with one article in memory: the first is ready before
    the reader has seen the line of the second."""
    lines = exported(db_path, tmp_path / "export.json").decode().splitlines(keepends=True)
    seen = []

    def feed():
        for line in lines:
            seen.append(line)
            yield line

    first = next(restore.read_export(feed(), "export.json"))
    assert isinstance(first, restore.Exported) and first.article["title"] == "Thousands Of Jihadists Return Home In ISIS Defeat"
    assert len(seen) <= 3


def content(document: dict) -> list[dict]:
    """An export less its ids and its time: what a restore under other ids must keep. A claim
    is named by its article's title, its span and whether it was removed."""
    name = {c["id"]: (a["title"], c["span"]["start"], c["span"]["end"], c.get("removed", False))
            for a in document["articles"] for c in a["claims"]}
    return sorted(({
        **{k: v for k, v in a.items() if k not in ("id", "claims", "findings", "checks")},
        "claims": [{**{k: v for k, v in c.items() if k not in ("id", "part_of")}, "part_of": name.get(c["part_of"])}
                   for c in a["claims"]],
        "findings": sorted((f["rule"], f["status"], f["explanation"], f["origin"], sorted(name[c] for c in f["claims"]))
                           for f in a["findings"]),
        "checks": [{**check, "claims": [name[c] for c in check["claims"]]} for check in a["checks"]],
    } for a in document["articles"]), key=lambda a: a["title"])


def test_into_a_database_with_other_articles_everything_comes_back_under_new_ids(tmp_path, db_path, reviewed):
    """Where the exported ids are taken, the articles get new ones, and their findings are
    evaluated afresh, never joined to another article's claims through an old id."""
    before = json.loads(exported(db_path, tmp_path / "export.json"))
    busy = tmp_path / "busy.db"
    (tmp_path / "own.txt").write_text("Goats\n\nSome 7 goats and 9 sheep came, 16 in all.", encoding="utf-8")
    run("import", "--db", busy, tmp_path / "own.txt")  # takes the first article id and claim ids
    result = run("import", "--db", busy, tmp_path / "export.json")
    assert "stored 3, already present 0, rejected 0" in result.output, result.output
    after = json.loads(exported(busy, tmp_path / "again.json"))
    goats = after["articles"].pop(0)
    assert [a["id"] for a in after["articles"]] != [a["id"] for a in before["articles"]]
    assert content(after) == content(before)
    assert not {c["id"] for c in goats["claims"]} & {c for a in after["articles"] for f in a["findings"] for c in f["claims"]}


def test_one_article_of_an_export_restores_without_the_articles_its_findings_name(tmp_path, db_path, reviewed):
    (tmp_path / "one.json").write_bytes(run("export", "--db", db_path, "--article", reviewed["other"]).stdout_bytes)
    result = run("import", "--db", tmp_path / "restored.db", tmp_path / "one.json")
    assert "stored 1, already present 0, rejected 0" in result.output, result.output
    before = json.loads((tmp_path / "one.json").read_bytes())["articles"][0]
    after = json.loads(exported(tmp_path / "restored.db", tmp_path / "again.json"))["articles"][0]
    own = {c["id"] for c in before["claims"]}
    assert after["findings"] == [f for f in before["findings"] if set(f["claims"]) <= own]
    assert after["findings"] != before["findings"]  # the one across articles waits for the seed
    assert {k: v for k, v in after.items() if k != "findings"} == {k: v for k, v in before.items() if k != "findings"}


def test_the_schema_names_the_relations_and_states_the_code_uses():
    from workbench.checks.manual import RELATIONS
    from workbench.export import json_schema

    definitions = json_schema()["$defs"]
    assert definitions["check"]["properties"]["relation"]["enum"] == list(RELATIONS)
    assert definitions["state"]["enum"] == list(store.STATES)


def test_an_article_written_over_many_lines_is_decoded_a_few_times_not_once_a_line(tmp_path, db_path, reviewed):
    """Another tool's layout may spread an article over thousands of lines; the reader tries
    to decode it again only when the text it holds has doubled, so reading stays linear."""
    document = json.loads(exported(db_path, tmp_path / "export.json"))
    lines = json.dumps(document, indent=1).splitlines(keepends=True)
    calls = []

    class Counting(json.JSONDecoder):
        def raw_decode(self, s, idx=0):
            calls.append(idx)
            return super().raw_decode(s, idx)

    items = list(streamjson.read(lines, "articles", Counting()))
    assert [item.value["id"] for item in items if isinstance(item, streamjson.Element)] == [a["id"] for a in document["articles"]]
    longest = max(len(json.dumps(a, indent=1).splitlines()) for a in document["articles"])
    keys = 2 * len(document) - 1  # the members' names, and the values of those but the list
    assert longest > 500 and len(calls) <= keys + len(document["articles"]) * (longest.bit_length() + 1)


def test_bytes_that_are_not_utf8_end_the_export_at_their_line_keeping_the_articles_before(tmp_path, db_path, reviewed):
    lines = exported(db_path, tmp_path / "export.json").split(b"\n")
    lines[3] = lines[3][:50] + b"\xff" + lines[3][50:]
    (tmp_path / "latin.json").write_bytes(b"\n".join(lines))
    result = run("import", "--db", tmp_path / "restored.db", tmp_path / "latin.json")
    assert "stored 2, already present 0, rejected 1" in result.output, result.output
    assert "latin.json line 4: not UTF-8 text" in result.output
