"""Where a sentence states a change: the old value (after 'from'), the new one (after 'to',
or stated just before: '8.35 mln bpd, down 7.8 pct from 9.06 mln'), and the words saying
which way it went. The change and difference rules both read these pairs.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .clauses import AMOUNTS, before, by_sentence, one_clause
from .precision import magnitude

TO_BEFORE = re.compile(r"\bto\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
# 'from the record 3.0 pct', 'from year-ago 542.0 mln', 'from March 1986's 238.8 mln', '34 pct
# down on 5.70 mln'; not 'from February and about nine billion', whose 'and' starts another
# statement, nor 'from 78 cts on 6,545,000 shares', a figure of its own.
FROM_BEFORE = re.compile(
    r"(?:\bfrom\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:(?!(?:and|or|but|to|about|with|by|in|of|at|for|on)\b)(?:[A-Za-z'’-]+|(?:19|20)\d\d(?:['’]s)?)\s+){0,3}"
    r"|\b(?:down|up|lower|higher|rise|fall|increase|decrease|drop|gain)\s+on\s+(?:a\s+)?(?:previous\s+|revised\s+)?)$",
    re.IGNORECASE)
FALL = re.compile(
    r"\b(?:f[ae]ll\w*|drop\w*|declin\w*|slump\w*|slid\w*|slip\w*|cut\w*|decreas\w*|down|lost|los(?:e|es|ing)|"
    r"plung\w*|sh[ri]\w*nk\w*|tumbl\w*|eas(?:ed|ing)|lower\w*|reduc\w*|dip\w*|decline)\b", re.IGNORECASE)
RISE = re.compile(
    r"\b(?:r[io]se|ris(?:es|ing)|jump\w*|climb\w*|gain\w*|grew|grow\w*|increas\w*|soar\w*|surg\w*|up|"
    r"boost\w*|rais\w*|widen\w*|improv\w*|advanc\w*|leap\w*|rall\w*)\b", re.IGNORECASE)
# Not the level a change went to: a figure compared with ('less than the 47.3%'), a
# restatement ('409.0 mln dlrs, or 1.09 dlrs a share') or the change itself ('an increase of 18.1 mln').
ASIDE_BEFORE = re.compile(
    r"(?:\bthan\s+(?:the\s+|a\s+)?|\bor\s+|\(\s*|\b(?:increase|decrease|rise|fall|gain|drop|loss)\s+of\s+|"
    r"\b(?:up|down|by)\s+)$", re.IGNORECASE)
CHANGE_NOUN_AFTER = re.compile(r"\s+(?:drop|declin|fall|rise|increas|gain|growth|cut|decreas)", re.IGNORECASE)
RANGE_BEFORE = re.compile(r"\b(?:rang\w+|between|varying|vary)\b[^.;]*$", re.IGNORECASE)
TIME_PHRASE = re.compile(
    r"\s*(?:in|for|during|over|since|at\s+the\s+end\s+of|last|this)\b[^,;]*\b(?:quarter|period|year|month|week|half|"
    r"season|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\b[^,;]*,\s*$", re.IGNORECASE)
MOVED = re.compile(r"\b(?:from|doubl\w*|tripl\w*|trebl\w*|quadrupl\w*|halv\w*|revis\w*|chang\w*|mov\w*)\b", re.IGNORECASE)
NOT_MOVED_TO = re.compile(r"\b(?:compared|relative|according|similar|close|equal|equivalent)\s+to\s+\S*\s*$", re.IGNORECASE)
DATE_RANGE = re.compile(r"\b(?:through|thru)\s+$", re.IGNORECASE)  # 'the March 1 through 20 period'
RIGHT_AFTER = 20  # how far after a figure the word saying it changed may start


def pairs(claims: list[Claim], indices: list[int]) -> list[tuple[int, int]]:
    """(old, new) for each change a sentence states: the figure after 'from' with the
    nearest one after 'to' in its clause, or else the figure stated just before it with a
    rate or a direction between ('8.35 mln bpd, down 7.8 pct from 9.06 mln'); each figure
    in one pair at most, the closest pairs first."""
    olds = [i for i in indices if _changes_value(claims[i]) and FROM_BEFORE.search(before(claims[i]))
            and not RANGE_BEFORE.search(before(claims[i], 60))]
    tos = [i for i in indices if _changes_value(claims[i]) and i not in olds and _moved_to(claims[i])]

    def alike(old: int, i: int) -> bool:
        """Same kind and unit; a bare 'from 93,038' takes the unit of the figure it went to."""
        bare = (claims[old].kind, claims[old].unit) == ("count", None) and claims[i].kind in AMOUNTS \
            and magnitude(claims[old]) == magnitude(claims[i])
        return i not in olds and (bare or (claims[i].kind, claims[i].unit) == (claims[old].kind, claims[old].unit))

    def distance(pair: tuple[int, int]) -> int:
        return abs(claims[pair[0]].span.start - claims[pair[1]].span.start)

    found: list[tuple[int, int]] = []
    for old, new in sorted(((old, new) for old in olds for new in tos
                            if alike(old, new) and one_clause(claims, old, new)), key=distance):
        if not {old, new} & {i for pair in found for i in pair}:
            found.append((old, new))
    for old in olds:
        used = {i for pair in found for i in pair}
        stated_before = [i for i in indices if i < old and i not in used and alike(old, i) and not DATE_RANGE.search(before(claims[i]))
                         and not ASIDE_BEFORE.search(before(claims[i]))]
        if old not in used and stated_before and one_clause(claims, stated_before[-1], old) \
                and _moves_right_after(claims, indices, stated_before[-1], old):
            found.append((old, stated_before[-1]))
    return found


def _moved_to(claim: Claim) -> bool:
    """The figure after 'to' that a change went to: a verb of change or 'from' comes before
    the 'to' ('rose to', 'from 155,000 to'), unlike 'exports to nine buyers'."""
    cue = TO_BEFORE.search(before(claim))
    if cue is None or NOT_MOVED_TO.search(before(claim)):
        return False  # 'compared to 59,000 tons in the year-ago week' is a comparison
    leading = before(claim, 100)[:-len(cue.group())]
    return any(words.search(leading) for words in (FALL, RISE, MOVED))


def _changes_value(claim: Claim) -> bool:
    """An amount, or a rate that itself moves ('fell to 2.9 pct from 3.0 pct'), but not a
    rate that is itself a change ('revised to a 7.4 pct drop, from a 5.8 pct decline')."""
    if claim.kind == "percent":
        return claim.unit == "%" and not CHANGE_NOUN_AFTER.match(claim.sentence, claim.span.end - claim.sentence_start)
    return claim.kind in AMOUNTS


def _moves_right_after(claims: list[Claim], indices: list[int], first: int, last: int) -> bool:
    """A rate, or a word saying which way the figure went, just after the first figure or
    after an aside and a time phrase: '8.35 mln bpd, down 7.8 pct from', '$630m (£481.5m) in
    the fourth quarter, down from'; not '1.7 billion dlr charge against earnings, down from'."""
    sentence, offset = claims[first].sentence, claims[first].sentence_start
    start, end = claims[first].span.end - offset, claims[last].span.start - offset
    rates = [claims[i].span.start - offset for i in indices if first < i < last and claims[i].kind == "percent"]
    words = [m.start() for m in (*FALL.finditer(sentence, start, end), *RISE.finditer(sentence, start, end))]
    if any(at - start <= RIGHT_AFTER for at in rates + words):
        return True
    return bool(rates + words) and bool(TIME_PHRASE.match(re.sub(r"\([^)]*\)", "", sentence[start:min(rates + words)])))


def stated_changes(claims: list[Claim]):
    """(the sentence's claim indices, old, new) for each sentence that states a change."""
    for indices in by_sentence(claims).values():
        for old, new in pairs(claims, indices):
            yield indices, old, new
