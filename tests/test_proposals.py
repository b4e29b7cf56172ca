"""Proposed checks: relations no sentence states, offered for a reviewer to accept.

Each reading is shown on a text written for it, and on one it must leave alone; every
proposal is a reviewer check its figures pass, which a figure made ten times larger fails;
none repeats a finding; and the work stays linear in the text.
"""

from __future__ import annotations


import pytest
from bs4 import BeautifulSoup

from benchmarks.hostile import CHECKED, LARGE, SMALL, hostile
from workbench import store
from workbench.checks.rules import run_checks
from workbench.checks.manual import evaluate
from workbench.checks.proposals import propose
from workbench.checks.scoring import coverage, load_relations
from workbench.extract import extract_claims

from .conftest import CORPUS, TESTS
from .test_extract_linear import RATIO, ratio


def proposed(text: str) -> list[tuple[str, str, list[str], float | None]]:
    claims = extract_claims(text)
    return [(p.reading, p.check.relation, [claims[i].span.text for i in p.check.claims], p.check.percent)
            for p in propose(claims, text, [f.claims for f in run_checks(claims)])]


RESTATED = ("The settlement cost Viacom $3.5m, the regulator said on Monday.\n\n"
            "Viacom admitted no wrongdoing. Its chief executive said the $3.5m payment closed the matter.")
TABLE = ("Shr 20 cts vs 15 cts\nNet 1,234,000 vs 1,087,000\nRevs 39.4 mln vs 34.7 mln\nYear\n"
         "Shr 80 cts vs 60 cts\nNet 4,500,000 vs 3,900,000\nRevs 147.9 mln vs 130.2 mln\n")
NOTED = ("Shr 1.65 dlrs vs 1.50 dlrs\nNet 5,370,000 vs 4,901,000\nRev 8.4 mln vs 7.8 mln\n"
         "NOTE: 1986 net gain from property investments 1,717,000 dlrs, or 22 cts per share, vs 1,721,000 dlrs, or 22 cts per share.")
ROUNDED = ("The full basic state pension is £125.95 a week. The post says a pensioner gets £126 a week.")
SUM = ("Schools will get £20m. Roads will get £15m, and care homes £12m. "
       "The council set its budget at £47m on Tuesday.")
SHARE = ("The paper will cut 90 jobs, or 17% of its reporters, the union said. "
         "The newsroom has 521 journalists.")
CHANGE = ("Sales rose 6% to £1.06bn, the company said. Its shares were little changed. "
          "In 2003 it sold £1bn of goods.")


@pytest.mark.parametrize(("text", "expected"), [
    (RESTATED, ("restated", "same", ["$3.5m", "$3.5m"], None)),
    (TABLE, ("period table", "at-most", ["39.4 mln", "147.9 mln"], None)),
    (TABLE, ("period table", "at-most", ["34.7 mln", "130.2 mln"], None)),
    (TABLE, ("period table", "at-most", ["1,234,000", "4,500,000"], None)),
    (ROUNDED, ("rounded", "same", ["£125.95", "£126"], None)),
    (NOTED, ("table note", "at-most", ["1,721,000 dlrs", "4,901,000"], None)),
    (NOTED, ("table note", "at-most", ["22 cts", "1.65 dlrs"], None)),
    (TABLE, ("period table", "at-most", ["20 cts", "80 cts"], None)),
    (SUM, ("sum", "sum-equals", ["£20m", "£15m", "£12m", "£47m"], None)),
    (SHARE, ("share", "percent-of", ["90", "521"], 17)),
    (CHANGE, ("change", "change", ["£1bn", "£1.06bn"], 6)),
], ids=["restated", "table-current", "table-prior", "table-net", "table-shr", "rounded", "note-net", "note-shr", "sum",
                                 "share", "change"])
def test_each_reading_proposes_the_relation_its_text_leaves_unstated(text, expected):
    assert expected in proposed(text)


@pytest.mark.parametrize("text", [
    # 'one' and small values with no unit recur by chance
    "One man was hurt. Police said one car was stolen.",
    "He scored 2 goals. The team won 2 trophies last year.",
    # different currencies are different quantities, however equal the numbers
    "It paid $40 in March. The ticket cost £40 in May.",
    # a quarter's net beyond the year's: a loss in another quarter, so the row does not add up
    "Net 1,234,000 vs 987,000\nYear\nNet 1,000,000 vs 900,000\n",
    # a note's item the net excludes is no part of it
    "Net 5,370,000 vs 4,901,000\nNOTE: Net excludes a gain of 717,000 dlrs vs 721,000 dlrs.",
    # a coarse percentage holds many others: rounded only with a word of meaning shared
    "Turnout was 22.4% in May. Inflation is 22% a year.",
    # a part under 1% of the total fits any total by rounding
    "It holds 1.2 mln. It added 5,363 mln. Reserves were 5,364 mln.",
    # figures near a total but adding to something else
    "Schools will get £20m. Roads will get £15m. The budget is £47m.",
])
def test_what_a_reading_leaves_alone(text):
    assert proposed(text) == []


def test_a_relation_a_finding_already_checks_is_not_proposed(seed_text):
    claims = extract_claims(seed_text)
    findings = run_checks(claims)
    for proposal in propose(claims, seed_text, [f.claims for f in findings]):
        assert not any(set(proposal.check.claims) <= set(f.claims) for f in findings), proposal


@pytest.mark.parametrize("text", [RESTATED, TABLE, NOTED, ROUNDED, SUM, SHARE, CHANGE],
                         ids=["restated", "table", "note", "rounded", "sum", "share", "change"])
def test_a_proposal_is_a_check_that_passes_now_and_fails_on_a_figure_grown_tenfold(text):
    """Accepted, a proposal keeps the relation: a figure corrected to ten times its value
    (a digit put before it) fails it."""
    claims = extract_claims(text)
    proposals = propose(claims, text, [])
    assert proposals
    for proposal in proposals:
        assert evaluate(proposal.check, claims).status == "pass"
        grown = claims[proposal.check.claims[0]]
        at = grown.span.start + next(i for i, ch in enumerate(grown.span.text) if ch.isdigit())
        changed = extract_claims(text[:at] + "9" + text[at:])
        assert evaluate(proposal.check, changed).status == "fail", proposal


@pytest.mark.parametrize(("opening", "unit"), CHECKED, ids=[unit for _, unit in CHECKED])
def test_proposals_take_linear_time(opening, unit):
    texts = [hostile(opening, unit, size) for size in (SMALL, LARGE)]
    small, large = ((extract_claims(t), t) for t in texts)
    measured = ratio(lambda args: propose(args[0], args[1], []), small, large)
    assert measured <= RATIO, f"{unit!r}...: proposals over 100 KB took {measured:.0f} times as long as over 10 KB"


def test_proposals_take_linear_time_over_tables_and_many_findings():
    """Every line of an earnings table under its own heading, every figure in a finding: the
    heading over a line and the findings over a figure are looked up, not scanned."""
    texts = ["Qtr\nRevs 1 mln vs 2 mln\nYear\n" * (size // 25) for size in (SMALL, LARGE)]
    small, large = ((claims := extract_claims(t), t, [[i, i + 1] for i in range(len(claims) - 1)]) for t in texts)
    measured = ratio(lambda args: propose(*args), small, large)
    assert measured <= RATIO, f"proposals over 100 KB took {measured:.0f} times as long as over 10 KB"


def test_most_relations_far_apart_are_checked_or_proposed():
    """The first sealed set, spent on the rules, now serves development: over half its
    relations between figures far apart (tier `distant`) are named by a finding or a proposal."""
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent")
    relations = [r for r in load_relations(TESTS / "gold" / "sealed", CORPUS) if r.tier == "distant"]
    covered = coverage(relations, extract_claims, run_checks, propose)
    assert covered.rate >= 0.5, covered.missed


def page(client, article: int) -> BeautifulSoup:
    response = client.get(f"/articles/{article}")
    assert response.status_code == 200
    return BeautifulSoup(response.data, "html.parser")


def test_the_page_offers_a_proposal_and_accepting_it_makes_a_reviewer_check(client, db):
    response = client.post("/articles", data={"text": RESTATED})
    article = int(response.headers["Location"].rsplit("/", 1)[1])
    offered = page(client, article).select(".proposal")
    assert len(offered) == 1 and offered[0].select_one(".explanation").text == "$3.5m = $3.5m"
    claims = offered[0]["data-claims"].split()
    for claim in claims:  # each figure's card points to it
        assert page(client, article).select_one(f"#checks-{claim} .proposed")
    form = offered[0].select_one("form")
    fields = {}
    for field in form.select("input"):
        fields.setdefault(field["name"], []).append(field["value"])
    assert client.post(form["action"], data=fields).status_code == 303
    after = page(client, article)
    assert after.select(".proposal") == []
    built = [f for f in store.article_findings(db, article) if f["origin"] == "reviewer"]
    assert [(f["rule"], f["status"], [str(c) for c in f["claims"]]) for f in built] == [("same", "pass", claims)]
    assert "built by a reviewer" in after.select_one(".finding-list").text
