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

from ..extract import Claim
from ..extract.claim import is_vague
from ..extract.lexicon import DURATION_UNITS
from .clauses import AMOUNTS, before
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
    for old_index, old in enumerate(claims):
        # A record time may be the longest or the fastest: durations are not ranked.
        rankable = old.kind in AMOUNTS and not is_vague(old) and old.unit not in DURATION_UNITS
        cue = PREVIOUS.search(before(old, REACH)) if rankable else None
        if cue is None or _figure_between(claims, old_index, len(before(old, REACH)) - cue.start()):
            continue
        new_index = _new_record(claims, old_index)
        if new_index is None:
            continue
        findings.append(_compare(claims, new_index, old_index, low=bool(LOW.search(cue.group()))))
    return findings


def _new_record(claims: list[Claim], old_index: int) -> int | None:
    """The figure said to be the record: introduced as one ('a record 122,819', 'a peak of
    78,546'), in the old record's sentence if one is there; else a figure in a sentence
    about records that shares several words with the old record's ('New Year's Eve')."""
    old = claims[old_index]
    alike = [i for i, c in enumerate(claims)
             if i != old_index and (c.kind, c.unit) == (old.kind, old.unit) and not is_vague(c)]
    introduced = [i for i in alike if INTRODUCED.search(before(claims[i], REACH)) or
                  CALLED_RECORD.match(claims[i].sentence, claims[i].span.end - claims[i].sentence_start)]
    if introduced:
        return max(introduced, key=lambda i: (claims[i].sentence_start == old.sentence_start, -abs(i - old_index)))
    words = content_words(old.sentence) - RECORD_WORDS
    related = [i for i in alike if claims[i].sentence_start != old.sentence_start and RECORD.search(before(claims[i], REACH))
               and len(words & content_words(claims[i].sentence)) >= SHARED_WORDS]
    return max(related, key=lambda i: len(words & content_words(before(claims[i], REACH))), default=None)


def _figure_between(claims: list[Claim], index: int, reach: int) -> bool:
    """Another figure of the same kind between the cue and this one: the cue is about that one."""
    claim = claims[index]
    return any(c.sentence_start == claim.sentence_start and c.kind == claim.kind
               and claim.span.start - reach <= c.span.start < claim.span.start for c in claims[:index])


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
