"""Consistency rules: the seed's findings, and the failures they exist to catch."""

import pytest

from workbench.checks import run_checks
from workbench.extract import extract_claims


def findings_of(text):
    return [(f.rule, f.status, f.explanation) for f in run_checks(extract_claims(text))]


def test_seed_findings_show_the_arithmetic(seed_text):
    assert findings_of(seed_text) == [
        ("parts-within-total", "pass",
         "900 + 800 + 760 + 425 = 2,885 <= 5,600: Turkey, Tunisia, Saudi Arabia, the UK within the total (member)"),
        ("parts-within-whole", "pass", "425 <= 850: 425 of 850 is 50%"),
        ("parts-within-whole", "pass", "100 + 50 = 150 <= 425: woman and child within 425"),
        ("superlative", "pass",
         "900 (Turkey) is the largest: 900 > 800 (Tunisia), 760 (Saudi Arabia), 425 (the UK)"),
        ("vague-matches-exact", "pass", "'Thousands' (2,000..9,999) agrees with 5,600 (member)"),
        ("vague-matches-exact", "pass", "'thousands' (2,000..9,999) agrees with 5,600 (member)"),
    ]


def test_seed_findings_point_at_the_right_claims(seed_text):
    claims = extract_claims(seed_text)
    by_rule = {}
    for finding in run_checks(claims):
        by_rule.setdefault(finding.rule, []).append([claims[i].span.text for i in finding.claims])
    assert by_rule["parts-within-total"] == [["900", "800", "760", "425", "5,600"]]
    assert by_rule["parts-within-whole"] == [["425", "850"], ["100", "50", "425"]]


def test_parts_exceeding_the_total_fail():
    text = ("Turkey had the largest contingent with 900 fighters. Another 800 have returned to Tunisia. "
            "In all, 1,200 fighters have returned to 33 countries.")
    total = [f for f in findings_of(text) if f[0] == "parts-within-total"]
    assert total == [("parts-within-total", "fail",
                      "900 + 800 = 1,700 > 1,200: Turkey, Tunisia exceed the total (fighter)")]


def test_a_part_larger_than_its_whole_fails():
    assert ("parts-within-whole", "fail", "900 > 850: 900 of 850 is 105.9%") in findings_of(
        "The report says 900 of the 850 British jihadists have returned.")


def test_a_false_superlative_fails():
    text = "Turkey had the largest contingent with 700 fighters. Another 800 have returned to Tunisia."
    assert ("superlative", "fail",
            "700 (Turkey) is called the largest, but 800 (Tunisia) is larger") in findings_of(text)


def test_a_vague_word_that_disagrees_fails():
    text = ("Hundreds of fighters have returned home. "
            "Barrett claims 5,600 former members have returned to 33 countries.")
    assert ("vague-matches-exact", "fail", "'Hundreds' (200..999) does not agree with 5,600 (member)") in findings_of(text)


def test_a_hedged_sum_that_may_or_may_not_fit_is_a_warning():
    text = ("The report says 425 of the 850 British jihadists have travelled to the UK "
            "– around 400 are women and 50 children.")
    assert ("parts-within-whole", "warn",
            "400 + 50 = 450 > 425: woman and child may exceed (hedged figures) 425") in findings_of(text)


def test_parts_that_exceed_even_at_their_lowest_fail():
    text = "The report says 425 of the 850 jihadists returned – 400 are women and 50 children."
    assert ("parts-within-whole", "fail", "400 + 50 = 450 > 425: woman and child exceed 425") in findings_of(text)


@pytest.mark.parametrize("text", [
    "The weather was fine.",
    "It happened in 2014 and again in 2015.",
])
def test_no_findings_without_related_figures(text):
    assert findings_of(text) == []
