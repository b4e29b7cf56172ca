"""'An all-time high of $671.7bn ... the previous record - 2003's imbalance of $496.5bn':
a new record must beat the one it replaced.

The old record is the figure a 'previous record' ('previous high', 'previous New Year's
Eve record', 'old record') introduces; the new one is a figure of the same kind and unit
that 'a record', 'records' or 'all-time high' introduces, in the same sentence if there
is one, else the one whose words are most like the old record's. A record low must be
lower instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..extract import Claim
from ..extract.claim import is_vague
from ..extract.lexicon import DURATION_UNITS
from .clauses import AMOUNTS, before, by_sentence
from .finding import Finding
from .precision import interval
from .vague import content_words

PREVIOUS = re.compile(
    r"\b(?:previous|former|old)\s+(?:[\w'’-]+\s+){0,4}?(?:record|high|highest|best|peak|low|lowest)\b[^.;]*$",
    re.IGNORECASE)
RECORD = re.compile(r"\brecords?\b|\ball-time\b|\b(?:highest|best|biggest|lowest)[\s-]ever\b", re.IGNORECASE)
INTRODUCED = re.compile(
    r"\b(?:(?<!previous\s)record|peak|all-time\s+(?:high|low))\s+(?:[\w'’-]+\s+){0,2}?(?:of\s+)?$", re.IGNORECASE)
CALLED_RECORD = re.compile(r"[^.;]{0,30}?,\s+an?\s+(?:new\s+)?record\b", re.IGNORECASE)  # '10.5 mln tonnes, a new record'
RECORD_WORDS = frozenset({"record", "previou", "previous"})
SHARED_WORDS = 3
LOW = re.compile(r"\b(?:low|lowest)\b", re.IGNORECASE)
REACH = 80  # how far before a figure the words that call it a record may stand


def records_beaten(claims: list[Claim]) -> list[Finding]:
    findings = []
    sentences = by_sentence(claims)
    records = cache(lambda: _Records(claims))  # sorted only if the article speaks of a previous record
    for old_index, old in enumerate(claims):
        # A record time may be the longest or the fastest: durations are not ranked.
        rankable = old.kind in AMOUNTS and not is_vague(old) and old.unit not in DURATION_UNITS
        cue = PREVIOUS.search(before(old, REACH)) if rankable else None
        if cue is None or _figure_between(claims, sentences[old.sentence_start], old_index,
                                          len(before(old, REACH)) - cue.start()):
            continue
        new_index = records().new_record(old_index, sentences[old.sentence_start])
        if new_index is None:
            continue
        findings.append(_compare(claims, new_index, old_index, low=bool(LOW.search(cue.group()))))
    return findings


class _Records:
    """The figures that may be a new record, sorted once by kind and unit.

    Each old record is weighed against the figures of its kind and unit; looking them up in
    the whole article again for each old record took time quadratic in a text of many."""

    def __init__(self, claims: list[Claim]):
        self.claims = claims
        self.introduced: dict[tuple, list[int]] = {}  # 'a record 122,819', 'a peak of 78,546'
        related: dict[tuple, dict[tuple, list[int]]] = {}  # in a sentence about records, by its words
        for i, claim in enumerate(claims):
            if is_vague(claim):
                continue
            quantity = claim.kind, claim.unit
            if INTRODUCED.search(before(claim, REACH)) or \
                    CALLED_RECORD.match(claim.sentence, claim.span.end - claim.sentence_start):
                self.introduced.setdefault(quantity, []).append(i)
            if RECORD.search(before(claim, REACH)):
                words = content_words(claim.sentence), content_words(before(claim, REACH))
                firsts = related.setdefault(quantity, {}).setdefault(words, [])
                if not firsts or (len(firsts) == 1 and claims[firsts[0]].sentence_start != claim.sentence_start):
                    firsts.append(i)  # the first, and the first of another sentence than the first's
        self.related = related
        self.introducing = {i for indices in self.introduced.values() for i in indices}

    def new_record(self, old_index: int, sentence: list[int]) -> int | None:
        """The figure said to be the record: introduced as one, in the old record's sentence if
        one is there, else the nearest (the earlier of two as near); else a figure in a sentence
        about records that shares several words with the old record's ('New Year's Eve'), the
        one whose words before it share most, the first of those."""
        old = self.claims[old_index]
        introduced = self.introduced.get((old.kind, old.unit), [])
        mine = [i for i in sentence if i != old_index and i in self.introducing
                and (self.claims[i].kind, self.claims[i].unit) == (old.kind, old.unit)]
        at = bisect_left(introduced, old_index)
        near = [i for i in (introduced[at - 1] if at else None, *introduced[at:at + 2]) if i is not None and i != old_index]
        if mine or near:
            return min(mine or near, key=lambda i: (abs(i - old_index), i))
        words = content_words(old.sentence) - RECORD_WORDS
        scored = []
        for (sentence_words, before_words), firsts in self.related.get((old.kind, old.unit), {}).items():
            first = next((i for i in firsts if i != old_index and self.claims[i].sentence_start != old.sentence_start), None)
            if first is not None and len(words & sentence_words) >= SHARED_WORDS:
                scored.append((len(words & before_words), -first))
        return -max(scored)[1] if scored else None


def _figure_between(claims: list[Claim], sentence: list[int], index: int, reach: int) -> bool:
    """Another figure of the same kind between the cue and this one: the cue is about that one."""
    claim = claims[index]
    return any(i < index and claims[i].kind == claim.kind and claim.span.start - reach <= claims[i].span.start < claim.span.start
               for i in sentence)


def _compare(claims: list[Claim], new_index: int, old_index: int, low: bool) -> Finding:
    new, old = claims[new_index], claims[old_index]
    (new_low, new_high), (old_low, old_high) = interval(new), interval(old)
    if low:
        surely, never = new_high < old_low, new_low >= old_high
    else:
        surely, never = new_low > old_high, new_high <= old_low
    status = "pass" if surely else "fail" if never else "warn"
    relation = {"pass": "beats", "fail": "does not beat", "warn": "may not beat"}[status]
    explanation = f"the record {new.span.text} {relation} the previous record {old.span.text} - {status}"
    return Finding("record", [new_index, old_index], status, explanation)
