"""A finding in a reader's words, for what is published: the check's name, whether the
figures agree, and its arithmetic without the workbench's shorthand.

A finding's explanation is written for reviewers: it ends in its status, names a figure's
counted noun as a lemma ('425 (member)') and compares with '<='. A fact-check's reader
gets 'Parts against the stated total, consistent: 900 + 800 + 760 + 425 = 2,885, at most
5,600 (returnees).' The titles are a table, so a new rule is named once, here, and a test
holds every rule and every reviewer's relation to having one.
"""

from __future__ import annotations

import re

TITLES = {
    # The rules' own (rules.py).
    "parts-within-total": "Parts against the stated total",
    "parts-within-whole": "A part against its whole",
    "superlative": "The largest against the other figures",
    "place-within-group": "A place against the size of its group",
    "multiple": "A multiple recomputed",
    "order": "An order of figures",
    "record": "A record against the previous one",
    "vague-matches-exact": "A vague figure against an exact one",
    "fraction-as-percent": "A fraction against a percentage",
    "conversion": "A currency conversion",
    "change": "A change recomputed",
    "difference": "A difference recomputed",
    "sum": "Parts against their total",
    "share": "A share recomputed",
    "pointed-back": "A figure referred back to",
    "repeated": "The same quantity stated twice",
    # A reviewer's (manual.py).
    "sum-equals": "Parts against their total, checked by a reviewer",
    "sum-at-most": "Parts within a total, checked by a reviewer",
    "at-most": "One figure at most another, checked by a reviewer",
    "percent-of": "A percentage of a figure, checked by a reviewer",
    "same": "One quantity stated twice, checked by a reviewer",
}
# 'change' is both a rule and a reviewer's relation; the reviewer's is told apart by origin.
REVIEWER_TITLES = {"change": "A change recomputed by a reviewer"}
OUTCOMES = {"pass": "consistent", "fail": "inconsistent", "warn": "worth a second look"}

_STATUS_END = re.compile(r"\s+-\s+(?:pass|fail|warn)$")
# Comparison signs a reader meets as words; each stands between spaces in an explanation.
_SIGNS = ((" <= ", ", at most "), (" >= ", ", at least "), (" < ", ", less than "), (" > ", ", more than "))
_RANGE = re.compile(r"(?<=\d)\.\.(?=\d)")


def title(rule: str, origin: str = "auto") -> str:
    return (origin == "reviewer" and REVIEWER_TITLES.get(rule)) or TITLES.get(rule) or rule


def in_words(finding: dict, claims: dict[int, dict]) -> str:
    """`finding` as the export has it (rule, claims by id, status, explanation, origin);
    `claims` the article's claims by id, for the units its explanation names."""
    said = _STATUS_END.sub("", finding["explanation"])
    for claim_id in finding["claims"]:
        claim = claims.get(claim_id)
        if claim and claim["unit"] and claim["unit"] != claim["subject"]:
            # The lemma or code a figure is counted in ('(member)', '(USD)') says nothing the
            # figure as written does not.
            said = said.replace(f" ({claim['unit']})", "")
    for sign, words in _SIGNS:
        said = said.replace(sign, words)
    said = _RANGE.sub(" to ", said)
    return f"{title(finding['rule'], finding['origin'])}, {OUTCOMES[finding['status']]}: {said.rstrip('.')}."
