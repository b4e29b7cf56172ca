"""The review queue, its filters, full-text search and assigning articles, on a real database file."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from workbench import store
from workbench.checks import Finding
from workbench.ingest import import_document
from workbench.readers import read_text
from workbench.web import queue as queue_view

# The superlative check fails here: 900 is called the largest group, but 1,200 is larger.
FAILING = ("Jobs report\n"
           "About 3,000 workers joined, the largest group with 900 people, while another group had 1,200 people.")
PLAIN = "Harbour news\nThe harbour took on 120 workers and 45 pct of them came from the town."
SEVERITY = {"fail": 0, "warn": 1}


def soup(response):
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def add_article(db, text: str) -> int:
    return import_document(db, next(read_text(text, "x.txt", "txt"))).article_id


def all_claims(db) -> list[dict]:
    return [c for article_id in store.article_ids(db) for c in store.article_claims(db, article_id)]


def statuses_by_claim(db) -> dict[int, set[str]]:
    """Every status of the findings each claim is in, read through article_findings."""
    found: dict[int, set[str]] = {}
    for article_id in store.article_ids(db):
        for finding in store.article_findings(db, article_id):
            for claim_id in finding["claims"]:
                found.setdefault(claim_id, set()).add(finding["status"])
    return found


def add_warning(db, article_id: int, claim_ids: list[int]) -> None:
    store.add_reviewer_check(db, article_id, "at-most", claim_ids, None, "Ana",
                             Finding("manual", [0, 1], "warn", "may exceed", "reviewer"))


def walk(db, **options) -> list[int]:
    """Claim ids in the order next_claim offers them, each moving on from the last, until it wraps."""
    seen: list[int] = []
    claim = store.next_claim(db, **options)
    while claim is not None and claim["id"] not in seen:
        seen.append(claim["id"])
        claim = store.next_claim(db, after_claim_id=claim["id"], **options)
    return seen


@pytest.fixture
def failing_id(db, seed_id) -> int:
    article_id = add_article(db, FAILING)
    assert "fail" in {f["status"] for f in store.article_findings(db, article_id)}
    return article_id


# next_claim


def test_the_queue_runs_failed_then_warned_then_the_rest_in_reading_order(db, seed_id, failing_id):
    seed = store.article_claims(db, seed_id)
    add_warning(db, seed_id, [seed[9]["id"], seed[8]["id"]])
    statuses = statuses_by_claim(db)

    def rank(c):
        tier = min((SEVERITY.get(s, 2) for s in statuses.get(c["id"], ())), default=2)
        return tier, c["article_id"], c["position"]

    expected = [c["id"] for c in sorted(all_claims(db), key=rank) if c["kind"] not in store.OPTIONAL_KINDS]
    order = walk(db)
    assert order == expected
    assert statuses[order[0]] == {"fail"} and order[0] in [c["id"] for c in store.article_claims(db, failing_id)]
    assert order[2:4] == [seed[8]["id"], seed[9]["id"]]  # the warned claims, in reading order


def test_after_claim_id_moves_on_and_wraps_round_without_returning_to_it(db, seed_id):
    order = walk(db)
    middle = order[5]
    assert store.next_claim(db, after_claim_id=middle)["id"] == order[6]
    assert store.next_claim(db, after_claim_id=order[-1])["id"] == order[0]
    # Two claims passed over without a verdict do not hand the turn back and forth.
    assert store.next_claim(db, after_claim_id=order[1])["id"] == order[2]


def test_the_reviewers_own_articles_come_first_but_after_failed_checks(db, seed_id):
    plain_id = add_article(db, PLAIN)
    store.assign_article(db, plain_id, "Ana")
    assert store.next_claim(db)["article_id"] == seed_id
    assert store.next_claim(db, assignee="Ana")["article_id"] == plain_id
    assert store.next_claim(db, assignee="Bo")["article_id"] == seed_id
    failing_id = add_article(db, FAILING)
    assert store.next_claim(db, assignee="Ana")["article_id"] == failing_id


def test_reviewed_in_review_and_published_claims_are_skipped(db, seed_id):
    first, second, third, fourth = walk(db)[:4]
    store.save_verdict(db, first, 0, "accurate", "ok", [], "Ana")
    store.set_state(db, second, "in review", "Ana")
    store.save_verdict(db, third, 0, "accurate", "ok", [], "Ana")
    store.set_state(db, third, "published", "Bo")
    assert store.next_claim(db)["id"] == fourth
    store.set_state(db, second, "unreviewed", "Ana")
    assert store.next_claim(db)["id"] == second


def test_optional_kinds_and_removed_claims_are_never_offered(db, seed_id):
    claims = store.article_claims(db, seed_id)
    year = next(c["id"] for c in claims if c["kind"] == "year")
    store.set_removed(db, claims[0]["id"], True, "not a figure", "Ana")
    order = walk(db)
    assert year not in order and claims[0]["id"] not in order
    assert len(order) == len(claims) - 2


def test_next_claim_keeps_to_one_article_when_asked(db, seed_id, failing_id):
    assert {store.next_claim(db, article_id=seed_id)["article_id"]} == {seed_id}
    assert set(walk(db, article_id=seed_id)) <= {c["id"] for c in store.article_claims(db, seed_id)}


def test_nothing_is_next_when_every_claim_is_reviewed(db, seed_id):
    for claim_id in walk(db):
        store.set_state(db, claim_id, "reviewed", "Ana")
    assert store.next_claim(db) is None


# list_claims


@pytest.fixture
def reviewed(db, seed_id, failing_id) -> dict[str, int]:
    """A few claims moved along the workflow, one of them relabelled by someone else."""
    seed = store.article_claims(db, seed_id)
    ids = {"accurate": seed[5]["id"], "relabelled": seed[6]["id"], "in review": seed[7]["id"],
           "published": seed[8]["id"]}
    store.save_verdict(db, ids["accurate"], 0, "accurate", "Soufan table.", [], "Ana")
    store.save_verdict(db, ids["relabelled"], 0, "accurate", "First look.", [], "Ana")
    store.save_verdict(db, ids["relabelled"], 1, "inaccurate", "Second look.", [], "Bo")
    store.set_state(db, ids["in review"], "in review", "Ana")
    store.save_verdict(db, ids["published"], 0, "misleading", "Old data.", [], "Ana")
    store.set_state(db, ids["published"], "published", "Bo")
    add_warning(db, seed_id, [seed[9]["id"], seed[5]["id"]])
    return ids


def listed(db, **filters) -> list[int]:
    return [row["id"] for row in store.list_claims(db, filters, limit=1000)]


def test_each_filter_narrows_to_what_it_names(db, seed_id, failing_id, reviewed):
    everything = {c["id"]: c for c in all_claims(db)}
    statuses = statuses_by_claim(db)
    assert listed(db) == sorted(everything)
    assert listed(db, state="reviewed") == sorted([reviewed["accurate"], reviewed["relabelled"]])
    assert listed(db, state="in review") == [reviewed["in review"]]
    assert listed(db, state="published") == [reviewed["published"]]
    assert len(listed(db, state="unreviewed")) == len(everything) - 4
    assert listed(db, label="accurate") == [reviewed["accurate"]]
    assert listed(db, label="inaccurate") == [reviewed["relabelled"]]
    assert listed(db, reviewer="Bo") == listed(db, reviewer="bo") == listed(db, reviewer="BO") == [reviewed["relabelled"]]
    assert listed(db, reviewer="Ana") == sorted([reviewed["accurate"], reviewed["published"]])
    assert listed(db, article=failing_id) == [c["id"] for c in store.article_claims(db, failing_id)]
    assert listed(db, kind="year") == [i for i, c in everything.items() if c["kind"] == "year"] != []
    worst = {i: min(s, key=lambda status: SEVERITY.get(status, 2)) for i, s in statuses.items()}
    for status in ("pass", "warn", "fail"):  # a claim's check status is the worst of its checks
        assert listed(db, finding=status) == sorted(i for i, w in worst.items() if w == status) != []
    assert listed(db, article=seed_id, finding="fail") == []
    assert listed(db, state="reviewed", finding="warn") == [reviewed["accurate"]]


def test_rows_carry_state_verdict_and_worst_check(db, seed_id, failing_id, reviewed):
    rows = {row["id"]: row for row in store.list_claims(db, {}, limit=1000)}
    statuses = statuses_by_claim(db)
    relabelled = rows[reviewed["relabelled"]]
    assert (relabelled["state"], relabelled["label"], relabelled["reviewer"]) == ("reviewed", "inaccurate", "Bo")
    assert relabelled["title"] == "Thousands Of Jihadists Return Home In ISIS Defeat"
    assert rows[reviewed["accurate"]]["worst"] == "warn"  # in pass findings and a warning
    for claim_id, row in rows.items():
        worst = min(statuses.get(claim_id, ()), key=["fail", "warn", "pass"].index, default=None)
        assert row["worst"] == worst, claim_id
    unreviewed = next(row for row in rows.values() if row["article_id"] == failing_id)
    assert (unreviewed["state"], unreviewed["label"], unreviewed["reviewer"]) == ("unreviewed", None, None)


def test_assignee_and_search_filters(db, seed_id, failing_id):
    store.assign_article(db, failing_id, "Ana")
    assert listed(db, assignee="Ana") == [c["id"] for c in store.article_claims(db, failing_id)]
    store.assign_article(db, failing_id, None)
    assert listed(db, assignee="Ana") == []
    turkey = [c["id"] for c in all_claims(db) if "turkey" in (c["sentence"] + (c["subject"] or "")).lower()]
    assert listed(db, q="Turkey") == turkey != []
    assert listed(db, q="Turkey fighters 900") == turkey
    assert listed(db, q='" ( *') == []  # no word left to look for


def test_removed_claims_are_not_listed(db, seed_id):
    removed = store.article_claims(db, seed_id)[3]["id"]
    store.set_removed(db, removed, True, "not a figure", "Ana")
    assert removed not in listed(db) and len(listed(db)) == 13


def test_keyset_pages_return_every_claim_once(db, seed_id, failing_id):
    pages, after = [], None
    while page := store.list_claims(db, {}, limit=4, after=after):
        pages.append([row["id"] for row in page])
        after = page[-1]["id"]
    ids = [claim_id for page in pages for claim_id in page]
    assert ids == sorted(c["id"] for c in all_claims(db)) and len(pages) == 5
    assert all(len(page) == 4 for page in pages[:-1])


def test_an_unknown_filter_is_a_programming_error(db):
    with pytest.raises(ValueError, match="colour"):
        store.list_claims(db, {"colour": "red"})


def test_article_progress_counts_only_the_claims_the_queue_asks_for(db, seed_id):
    claims = store.article_claims(db, seed_id)
    assert store.article_progress(db, seed_id) == {"reviewed": 0, "total": 13}
    store.save_verdict(db, claims[5]["id"], 0, "accurate", "ok", [], "Ana")
    store.save_verdict(db, claims[6]["id"], 0, "accurate", "ok", [], "Ana")
    store.set_state(db, claims[6]["id"], "published", "Bo")
    store.set_state(db, claims[7]["id"], "in review", "Ana")
    store.set_removed(db, claims[0]["id"], True, "not a figure", "Ana")
    assert store.article_progress(db, seed_id) == {"reviewed": 2, "total": 12}


# search


def test_search_finds_the_article_by_a_word_and_the_claim_by_its_sentence(db, seed_id):
    found = store.search(db, "jihadists")
    assert [a["id"] for a in found["articles"]] == [seed_id]
    assert store.MARK_START + "jihadists" + store.MARK_END in found["articles"][0]["snippet"].lower()
    claims = store.search(db, "largest contingent")["claims"]
    assert [(c["text"], c["article_id"]) for c in claims] == [("900", seed_id)]
    assert store.search(db, "  ") == {"articles": [], "claims": []}


@pytest.mark.parametrize("q", ['"', "AND (", "NEAR(", "*", "a OR", 'x" OR "y', "NOT", "-", "^", "title:x"])
def test_hostile_queries_are_only_words(client, db, seed_id, q):
    store.search(db, q)
    assert client.get("/search", query_string={"q": q}).status_code == 200
    assert client.get("/queue", query_string={"q": q}).status_code == 200


def test_search_page_links_articles_and_figures(client, db, seed_id):
    turkey = next(c["id"] for c in store.article_claims(db, seed_id) if c["subject"] == "Turkey")
    page = soup(client.get("/search?q=Turkey"))
    assert [a["href"] for a in page.select(".search-articles a")] == [f"/articles/{seed_id}"]
    assert [m.text for m in page.select(".search-articles .snippet mark")] == ["Turkey"]
    figure = page.select_one(".search-claims a.figure")
    assert figure.text == "900" and figure["href"] == f"/articles/{seed_id}#c{turkey}"


def test_snippets_escape_article_text_but_keep_the_marks(client, db):
    add_article(db, "Budget\nThe <script>alert(1)</script> budget held <b>300</b> items.")
    html = client.get("/search?q=budget").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "<b>300" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert [m.text for m in BeautifulSoup(html, "html.parser").select(".snippet mark")] == ["Budget", "budget"]


# the queue pages


def test_queue_page_lists_claims_linking_to_their_place_in_the_article(client, db, seed_id):
    page = soup(client.get("/queue"))
    links = [a["href"] for a in page.select(".queue-list .figure a")]
    assert links == [f"/articles/{seed_id}#c{c['id']}" for c in store.article_claims(db, seed_id)]
    assert page.select_one("a.next")["href"] == "/queue/next"


def test_queue_page_filters_keep_their_values(client, db, seed_id):
    page = soup(client.get(f"/queue?kind=count&article={seed_id}&finding=pass"))
    assert len(page.select(".queue-list tbody tr")) == len(listed(db, kind="count", article=seed_id, finding="pass"))
    assert page.select_one('select[name="kind"] option[selected]').text == "count"
    assert page.select_one('input[name="article"]')["value"] == str(seed_id)
    assert page.select_one(".progress").text.startswith("0 of 13")
    assert page.select_one("a.next")["href"] == f"/queue/next?article={seed_id}"


def test_more_links_walk_every_claim_once(client, db, seed_id, monkeypatch):
    monkeypatch.setattr(queue_view, "PAGE", 5)
    url, seen = "/queue?kind=count", []
    while url:
        page = soup(client.get(url))
        seen += [a["href"].rsplit("#c", 1)[1] for a in page.select(".queue-list .figure a")]
        more = page.select_one(".more a")
        url = more["href"] if more else None
        assert url is None or "kind=count" in url
    assert seen == [str(i) for i in listed(db, kind="count")] and len(seen) == 13


@pytest.mark.parametrize("query, field", [
    ("article=abc", "article"), ("state=nonsense", "state"), ("label=true", "label"), ("kind=bytes", "kind"),
    ("finding=red", "finding"), ("after=-1", "after"),
])
def test_bad_filter_values_get_400_naming_the_field(client, seed_id, query, field):
    response = client.get(f"/queue?{query}")
    assert response.status_code == 400
    assert f"'{field}'" in soup(response).select_one(".error").text


def test_next_redirects_to_the_claim_in_its_article(client, db, seed_id, failing_id):
    first = store.next_claim(db, assignee="Ana")
    response = client.get("/queue/next")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/articles/{failing_id}#c{first['id']}"
    after = client.get(f"/queue/next?after={first['id']}").headers["Location"]
    assert after.endswith(f"#c{store.next_claim(db, after_claim_id=first['id'])['id']}")
    assert client.get(f"/queue/next?article={seed_id}").headers["Location"].startswith(f"/articles/{seed_id}#c")


def test_next_goes_to_the_signed_in_reviewers_article(client, db, seed_id):
    plain_id = add_article(db, PLAIN)
    store.assign_article(db, plain_id, "Ana")
    assert client.get("/queue/next").headers["Location"].startswith(f"/articles/{plain_id}#c")


def test_next_says_when_nothing_is_left(client, db, seed_id):
    for claim_id in walk(db):
        store.set_state(db, claim_id, "reviewed", "Ana")
    response = client.get("/queue/next")
    assert response.status_code == 200
    assert "Nothing left to review" in soup(response).select_one(".queue-message").text


def test_the_queue_is_for_signed_in_reviewers(anon, seed_id):
    for url in ("/queue", "/queue/next", "/search?q=isis"):
        response = anon.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


# assigning articles


def test_only_an_admin_assigns(client, db, seed_id):
    assert client.post(f"/articles/{seed_id}/assignee", data={"assignee": "Ana"}).status_code == 403
    assert store.get_article(db, seed_id)["assignee"] is None


def test_an_admin_assigns_and_unassigns_by_account_name(admin_client, db, seed_id, reviewer):
    response = admin_client.post(f"/articles/{seed_id}/assignee", data={"assignee": "ana"})
    assert response.status_code == 303 and response.headers["Location"] == f"/articles/{seed_id}"
    assert store.get_article(db, seed_id)["assignee"] == "Ana"  # the account's own spelling
    admin_client.post(f"/articles/{seed_id}/assignee", data={"assignee": ""})
    assert store.get_article(db, seed_id)["assignee"] is None


def test_assigning_to_no_such_account_or_article_fails(admin_client, db, seed_id):
    response = admin_client.post(f"/articles/{seed_id}/assignee", data={"assignee": "Zed"})
    assert response.status_code == 422 and "no account named &#39;Zed&#39;" in response.get_data(as_text=True)
    assert store.get_article(db, seed_id)["assignee"] is None
    assert admin_client.post("/articles/999/assignee", data={"assignee": "Bo"}).status_code == 404


def test_a_nul_in_a_search_is_read_as_a_space(client, seed_id):
    assert client.get("/queue?q=Turkey%00").status_code == 200
    assert "Turkey" in client.get("/search?q=Tur%00key Turkey").text
