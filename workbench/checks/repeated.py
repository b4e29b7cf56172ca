"""The same quantity stated twice in one article must agree.

Two figures are taken for the same quantity when they have the same kind, unit and
subject and their sentences share several content words ('BT has 3.3 million broadband
customers' ... 'BT's 3.3 million broadband customers'); a figure restated in the same
sentence, as in '$54.9m (£29.5m)', is a conversion, not a repetition.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .finding import Finding
from .groups import is_vague
from .precision import interval, overlap
from .vague import content_words

AMOUNTS = ("count", "money", "measure")
NOUN_PHRASE = re.compile(r"\s+((?:[a-z]+\s+){1,3}[a-z]+)")
SHARED_WORDS = 3


def repeated_figures(claims: list[Claim]) -> list[Finding]:
    findings = []
    eligible = [i for i, c in enumerate(claims) if c.kind in AMOUNTS and c.subject and c.unit and not is_vague(c)]
    for n, first in enumerate(eligible):
        for second in eligible[n + 1:]:
            a, b = claims[first], claims[second]
            if a.sentence_start == b.sentence_start or (a.kind, a.unit, a.subject) != (b.kind, b.unit, b.subject):
                continue
            subject_words = content_words(a.subject)
            shared = (content_words(a.sentence) & content_words(b.sentence)) - subject_words
            if len(shared) < SHARED_WORDS:
                continue
            agree = overlap(interval(a), interval(b))
            # Different values are a fail only when both name the quantity in the same words.
            named_alike = _noun_phrase(a) is not None and _noun_phrase(a) == _noun_phrase(b)
            status = "pass" if agree else ("fail" if named_alike else "warn")
            relation = "agree" if agree else "disagree"
            explanation = f"{a.subject}: {a.span.text} and later {b.span.text} ({a.unit}) {relation} - {status}"
            findings.append(Finding("repeated", [first, second], status, explanation))
    return findings


def _noun_phrase(claim: Claim) -> str | None:
    """The words after the figure: 'broadband customers in the UK'."""
    found = NOUN_PHRASE.match(claim.sentence, claim.span.end - claim.sentence_start)
    return found.group(1) if found else None
