"""The same quantity stated twice must agree: in one article, and across articles.

Two figures are taken for the same quantity when they have the same kind, unit and
subject and their sentences share several content words ('BT has 3.3 million broadband
customers' ... 'BT's 3.3 million broadband customers'); a figure restated in the same
sentence, as in '$54.9m (£29.5m)', is a conversion, not a repetition.

Across articles the two may be months apart, and quantities change: a disagreement
is reported only when both name the quantity in the same words, as a `fail` when both
sentences also name the same year and as a `warn` otherwise.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .finding import Finding
from ..extract.claim import is_vague, names_an_entity
from .precision import interval, overlap
from .vague import content_words

AMOUNTS = ("count", "money", "measure")
NOUN_PHRASE = re.compile(r"\s+((?:[a-z]+\s+){1,3}[a-z]+)(?:\s+([A-Z][\w-]*))?")  # and a name after: 'doses of IPV'
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SHARED_WORDS = 3
RESTATEMENTS = 50
# Across articles, each figure is weighed against the newest statements of its quantity
# (kind, unit, subject) in the articles before it, at most ACROSS of them: import asks the
# database for them, an archive's analysis finds them in a shuffle (archive/links.py).
ACROSS = 200
CONTRAST = re.compile(r"\b(?:vs|versus|another|other|each|every|per\s+year|a\s+year)\b", re.IGNORECASE)
PERIOD = re.compile(
    r"\b(?:(?:19|20)\d\d(?:/\d\d)?|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:first|second|third|fourth|final|current|last|previous|next)\s+(?:quarter|half|year|month|week)|"
    r"year-ago|year-earlier|last\s+(?:month|year|week)|\w+\s+(?:days?|weeks?|months?|years?)\s+ago)\b", re.IGNORECASE)


def eligible(claim: Claim) -> bool:
    """Whether a figure says enough about what it counts to be matched with another."""
    return claim.kind in AMOUNTS and names_an_entity(claim) and bool(claim.unit) and not is_vague(claim)


def keyed(claim: Claim) -> bool:
    """Whether the figure's quantity key can be an eligible figure's: such figures take their
    place among the statements of the quantity, though only eligible ones are compared."""
    return claim.kind in AMOUNTS and bool(claim.unit) and bool(claim.subject)


def quantity_key(claim: Claim) -> tuple[str, str, str]:
    return claim.kind, claim.unit, claim.subject


def repeated_figures(claims: list[Claim]) -> list[Finding]:
    """Each statement against the statements of the same quantity before it, at most
    RESTATEMENTS of them: an article restates a figure a few times (36 at the most in the BBC
    and Reuters corpora, in a table), and a text built to restate one thousands of times would
    otherwise cost time, and findings, quadratic in its length."""
    by_key: dict[tuple, list[int]] = {}
    pairs = []
    for second, claim in enumerate(claims):
        if not eligible(claim):
            continue
        earlier = by_key.setdefault(quantity_key(claim), [])
        pairs += [(first, second) for first in earlier[-RESTATEMENTS:] if claims[first].sentence_start != claim.sentence_start]
        earlier.append(second)
    findings = (_compare(claims, first, second, across=False) for first, second in sorted(pairs))
    return [finding for finding in findings if finding is not None]


def repeated_across(claims: list[Claim], others: list[Claim]) -> list[Finding]:
    """This article's figures against figures of other articles (`others`); the findings'
    claim indices run over `claims` followed by `others`."""
    combined = claims + others
    by_key: dict[tuple, list[int]] = {}
    for j, other in enumerate(others, start=len(claims)):
        if eligible(other):
            by_key.setdefault(quantity_key(other), []).append(j)
    findings = []
    for i, claim in enumerate(claims):
        for j in by_key.get(quantity_key(claim), []) if eligible(claim) else []:
            finding = _compare(combined, i, j, across=True)
            if finding is not None:
                findings.append(finding)
    return findings


def _compare(claims: list[Claim], first: int, second: int, across: bool) -> Finding | None:
    a, b = claims[first], claims[second]
    if quantity_key(a) != quantity_key(b):
        return None
    shared = (content_words(a.sentence) & content_words(b.sentence)) - content_words(a.subject)
    if len(shared) < SHARED_WORDS:
        return None
    agree = overlap(interval(a), interval(b))
    # Different values are a fail only when both name the quantity in the same words.
    named_alike = _noun_phrase(a) is not None and _noun_phrase(a) == _noun_phrase(b)
    if across and not agree:
        if not named_alike:
            return None  # a price or a count that moved since: not worth a reviewer's time
        same_year = set(YEAR.findall(a.sentence)) & set(YEAR.findall(b.sentence))
        status = "fail" if same_year and not _other_occasion(a, b) else "warn"
    else:
        status = "pass" if agree else ("fail" if named_alike and not _other_occasion(a, b) else "warn")
    where = "in another article" if across else "later"
    relation = "agree" if agree else "disagree"
    explanation = f"{a.subject}: {a.span.text} and {where} {b.span.text} ({a.unit}) {relation} - {status}"
    return Finding("repeated", [first, second], status, explanation)


def _other_occasion(a: Claim, b: Claim) -> bool:
    """Signs that the two figures may count the same thing on different occasions: another
    period ('first quarter' and 'current quarter'), another one ('Another ship is loading'),
    or a comparison row ('Oper shr profit 63 cts vs loss 1.15 dlrs')."""
    if any(CONTRAST.search(c.sentence) for c in (a, b)):
        return True
    return _periods(a.sentence) != _periods(b.sentence)


def _periods(sentence: str) -> frozenset[str]:
    return frozenset(m.lower() for m in PERIOD.findall(sentence))


def _noun_phrase(claim: Claim) -> tuple[str, str | None] | None:
    """The words after the figure, and a name right after them: 'broadband customers in the
    UK', 'doses of IPV' (not the 'doses of PCV')."""
    found = NOUN_PHRASE.match(claim.sentence, claim.span.end - claim.sentence_start)
    return found.groups() if found else None
