"""The words and pictures a published fact check is made of: plain rationales, checks in a
reader's words for every rule, the claimant a sentence credits, and the bars of each check."""

from __future__ import annotations

import pytest

from workbench.checks.manual import RELATIONS
from workbench.checks.rules import RULES
from workbench.checks.wording import TITLES, in_words
from workbench.extract.claimants import Claimant, claimant
from workbench.pictures import WIDTH, picture
from workbench.publication import clause
from workbench.rationale import plain_rationale
from workbench.readers import claims_of


@pytest.mark.parametrize("markdown, plain", [
    ("**Soufan** table, see [the report](https://soufan.example/r).", "Soufan table, see the report."),
    ("First paragraph.\n\nSecond *one*.", "First paragraph. Second one."),
    ("- one\n- two `code`", "one two code"),
    ("# Heading\nline one\nline two", "Heading line one line two"),
    ("5 < 6 & 7 > 3", "5 < 6 & 7 > 3"),  # arithmetic is text
    ("<b>Bold</b> and <!-- a note --> more", "Bold and more"),  # a tag is markup, even when typed
    ("", ""),
])
def test_a_rationale_without_its_markdown(markdown, plain):
    assert plain_rationale(markdown) == plain


def test_every_rule_and_every_reviewers_relation_has_a_readers_title():
    assert {rule.name for rule in RULES} | set(RELATIONS) <= set(TITLES)


@pytest.mark.parametrize("finding, words", [
    ({"rule": "parts-within-total", "status": "pass", "origin": "auto", "claims": [1, 2],
      "explanation": "900 + 800 = 1,700 <= 5,600: Turkey, Tunisia within the total (member)"},
     "Parts against the stated total, consistent: 900 + 800 = 1,700, at most 5,600: Turkey, Tunisia within the total."),
    ({"rule": "vague-matches-exact", "status": "fail", "origin": "auto", "claims": [1, 2],
      "explanation": "'thousands' (2,000..9,999) does not agree with 71,000 (member)"},
     "A vague figure against an exact one, inconsistent: 'thousands' (2,000 to 9,999) does not agree with 71,000."),
    ({"rule": "change", "status": "warn", "origin": "reviewer", "claims": [1, 2],
      "explanation": "25% change from 900 gives 1,125; stated 1,200 - warn"},
     "A change recomputed by a reviewer, worth a second look: 25% change from 900 gives 1,125; stated 1,200."),
    ({"rule": "superlative", "status": "pass", "origin": "auto", "claims": [2, 1],
      "explanation": "900 (Turkey) is the largest: 900 > 800 (Tunisia) - pass"},
     "The largest against the other figures, consistent: 900 (Turkey) is the largest: 900, more than 800 (Tunisia)."),
])
def test_a_check_in_a_readers_words(finding, words):
    claims = {1: {"unit": "member", "subject": None}, 2: {"unit": "fighter", "subject": "Turkey"}}
    assert in_words(finding, claims) == words


@pytest.mark.parametrize("sentence, name, kind", [
    ("House prices rose 2% in March, Halifax said.", "Halifax", "Organization"),
    ("Krispy Kreme said its profit fell 5%.", "Krispy Kreme", "Organization"),  # 'its': a firm
    ("Taxes would rise by 5%, the Conservatives also said.", "Conservatives", "Organization"),
    ("Prices rose 2% in March, according to the Office for National Statistics.", "Office for National Statistics",
     "Organization"),
    ("Prices rose 2%, said Dr Ana Lopez.", "Dr Ana Lopez", "Person"),
    ("The Soufan Group says at least 5,600 have returned.", "Soufan Group", "Organization"),
    ("Unemployment fell to 5.1%, the lowest since 2005, the ONS said.", "ONS", "Organization"),
    ("Mr Smith, the chairman, told reporters the firm made £5m.", "Mr Smith", "Person"),
    ("The vaccine cut deaths by 40%, researchers at Oxford University found.", "Oxford University", "Organization"),
    ("Figures from the Office for National Statistics show it fell by 250,000.", "Office for National Statistics",
     "Organization"),
    ("In its report, Oxfam claims 5,600 have returned.", "Oxfam", "Organization"),  # "report" is the noun
    ("It said 5,600 fighters had returned.", None, None),  # a pronoun names nobody
    ("Officials said 200 people died.", None, None),  # a word capitalised only as the sentence opens
    ("Most voters said the UK should stay, by 67%.", None, None),
    ("Turkey had the largest contingent with 900 fighters.", None, None),  # nobody is credited
])
def test_the_claimant_a_sentence_credits(sentence, name, kind):
    found = claimant(sentence)
    assert (found.name, found.kind) == (name, kind) if name else found is None


@pytest.mark.parametrize("text, figure, claim", [
    ("Sales rose 5% to £2m, while costs fell 3%.", "3%", "costs fell 3%."),
    ("Sales rose 5% to £2m, while costs fell 3%.", "£2m", "Sales rose 5% to £2m"),
    ("1 in 4 adults – about 13 million people – drink too much, but the NHS says it is fewer.", "13 million",
     "1 in 4 adults – about 13 million people – drink too much"),  # an aside between dashes restates its clause
    ("425 of the 850 went to the UK – around 100 are women.", "100", "around 100 are women."),
    ("Barrett said: 5,600 have returned.", "5,600", "5,600 have returned."),
    ("Prices (up 4%; a record) rose; wages fell 2%.", "4%", "Prices (up 4%; a record) rose"),
    ("Temperatures fell; -15C was recorded at dawn.", "-15C", "-15C was recorded at dawn."),
])
def test_the_claim_is_the_clause_that_carries_the_figure(text, figure, claim):
    found = next(c for c in claims_of(text) if c.span.text == figure)
    start, end = clause({"sentence": found.sentence, "span": {"start": found.span.start, "text": figure,
                                                              "end": found.span.end}}, text)
    assert text[start:end] == claim


def test_a_lone_surname_is_the_person_named_in_full_earlier():
    text = "Gordon Brown spoke on Monday. Brown said the economy grew 3%."
    assert claimant("Brown said the economy grew 3%.", text) == Claimant("Gordon Brown", "Person")
    text = "However Nintendo said so. The DS sold 2m, Nintendo said."  # an opening word is no given name
    assert claimant("The DS sold 2m, Nintendo said.", text) == Claimant("Nintendo", "Organization")


def figure(claim_id: int, text: str, value: float, kind: str = "count") -> dict:
    return {"id": claim_id, "span": {"text": text}, "value": value, "kind": kind}


def test_parts_stack_against_their_total_and_overflow_it_when_they_exceed_it():
    claims = {1: figure(1, "900", 900), 2: figure(2, "800", 800), 3: figure(3, "1,500", 1500)}
    drawn = picture({"rule": "sum", "claims": [1, 2, 3], "explanation": "", "origin": "auto"}, claims)
    total, *parts = drawn.bars
    assert drawn.kind == "stack" and total.role == "total" and [p.role for p in parts] == ["part", "part"]
    assert parts[1].start + parts[1].width == pytest.approx(WIDTH)  # 1,700, the longer, fills the width
    assert total.width == pytest.approx(WIDTH * 1500 / 1700)


def test_a_change_shows_its_stated_and_computed_rate():
    claims = {1: figure(1, "25%", 25, "percent"), 2: figure(2, "£1.2bn", 1.2e9, "money"), 3: figure(3, "£960m", 9.6e8, "money")}
    finding = {"rule": "change", "claims": [1, 2, 3], "origin": "auto",
               "explanation": "25% rise from £960m gives £1,200m; stated £1.2bn (within rounding) - pass"}
    drawn = picture(finding, claims)
    assert [b.role for b in drawn.bars] == ["old", "new"] and drawn.notes == ["stated: 25% rise", "computed: +25%"]


@pytest.mark.parametrize("finding", [
    {"rule": "superlative", "claims": [1, 2], "explanation": "", "origin": "auto"},  # a rank: its words say it
    {"rule": "sum", "claims": [1, 9], "explanation": "", "origin": "auto"},  # a figure since removed from the list
    {"rule": "change", "claims": [1, 2], "explanation": "a 5 rise to 3 leaves -2 before it, below nil - fail",
     "origin": "auto"},
])
def test_a_check_that_bars_cannot_show_has_no_picture(finding):
    assert picture(finding, {1: figure(1, "5", 5), 2: figure(2, "3", 3)}) is None


def test_bars_never_stand_for_a_negative_figure():
    claims = {1: figure(1, "-5", -5), 2: figure(2, "10", 10)}
    assert picture({"rule": "sum", "claims": [1, 2], "explanation": "", "origin": "auto"}, claims) is None
