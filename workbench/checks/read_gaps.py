"""Gap frames: a difference and the two figures of one quantity it separates ('a majority of
5,907' after 20,645 and 14,738 votes; '£2.5bn less than the £37.5bn'; 'exceeded departures by
685,000, with 1.22 million arriving and 535,000 leaving').

The two figures are the nearest of the difference's kind and unit: the two before it in its
sentence, else the two after it; a pair split across sentences is read only as stated
('Men earned £41,300. Women earned £35,900, a gap of £5,400'), and a sentence with no such
figure reaches to the next ('a surplus of almost $2bn. Revenue came in at $61.4bn and
spending at $59.5bn'). After 'than', the figure compared with comes first; with one figure
on each side, they are the pair ('$850m, a $697m improvement from $153m'). A deficit or surplus
is the gap between the two sides that words of one pair name ('with exports of €131.2bn and
imports of €112.8bn'; lexicon.BALANCES), never between balances of two periods.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .lexicon import BALANCES, OTHER_PERIOD, PER_ITEM_AFTER, POINTING_BACK, SIDE_WORDS
from .precision import written_alike
from .statement import AMOUNTS, WORD, Frame, Sentence


NEW_SUBJECT = re.compile(r",\s+(?:[A-Z][\w.]*\s+){1,3}$")  # ', Saudi Arabia 500,000 bpd less than': another item of a list


def gaps(sentences: list[Sentence], n: int, taken: set[int]) -> list[Frame]:
    """Each gap the n-th sentence states; `taken` are figures other frames hold."""
    sentence, frames = sentences[n], []
    for i in sentence.figures:
        role = sentence.role(i, "gap")
        if role is None or i in taken or sentence.claims[i].kind not in AMOUNTS or _per_item(sentence, i):
            continue
        if role.name == "balance":
            pair = _sides(sentences, n, i)
        else:
            pair = _pair(sentences, n, i, role.cue.side == "after" and "than" in WORD.findall(role.words.lower()))
        if pair is not None:
            frames.append(Frame("gap", roles={role.name: i, "first": pair[0], "second": pair[1]}, cue=role.words))
    return frames


def _pair(sentences: list[Sentence], n: int, difference: int, than: bool) -> tuple[int, int] | None:
    sentence, claims = sentences[n], sentences[n].claims
    alike = [i for i in sentence.figures if i != difference and _alike(claims[i], claims[difference])]
    before = [i for i in alike if i < difference]
    after = [i for i in alike if i > difference]
    if than:  # '£35bn - £2.5bn less than the £37.5bn': the figure before and the one compared with,
        # the next figure of all ('608 were fewer than 21 days past their first dose' compares days)
        following = [i for i in sentence.figures if i > difference][:1]
        if not after or following != after[:1]:
            return None
        if before and not NEW_SUBJECT.search(sentence.lead(difference)):
            return before[-1], after[0]
        if before:
            return None  # 'Nigeria produced 75,000 bpd below its 1.238 mln bpd quota, Saudi Arabia 500,000 bpd less than'
        # '38 more girls than boys, with 512 girls and 374 boys': the next two of its kind, whatever each counts
        named = [i for i in sentence.figures if i > difference and claims[i].kind == claims[difference].kind
                 and written_alike(claims[i], claims[difference])][:2]
        if len(named) == 2 and named[0] == after[0]:
            return named[0], named[1]
        earlier = [i for i in sentences[n - 1].figures if _alike(claims[i], claims[difference])] if n else []
        # 'Forty-one claims were lodged. That was nine more than the twenty-two lodged the month before.'
        return (earlier[-1], after[0]) if len(earlier) == 1 and POINTING_BACK.match(sentence.read) else None
    if len(before) >= 2:
        return before[-2], before[-1]
    if len(after) >= 2:
        return after[0], after[1]
    if before and after:  # '$850m, a $697m improvement from $153m'
        return before[-1], after[0]
    if len(before) == 1 and not after and n:  # 'Men earned £41,300. Women earned £35,900, a gap of £5,400'
        earlier = [i for i in sentences[n - 1].figures if _alike(claims[i], claims[difference])]
        return (earlier[-1], before[0]) if len(earlier) == 1 else None
    if not alike and n + 1 < len(sentences):  # 'a surplus of almost $2bn. Revenue came in at $61.4bn and spending at $59.5bn'
        later = [i for i in sentences[n + 1].figures if _alike(claims[i], claims[difference])]
        return (later[0], later[1]) if len(later) == 2 else None
    return None


def _sides(sentences: list[Sentence], n: int, balance: int) -> tuple[int, int] | None:
    """The two sides of a deficit or surplus, each named by a word of one pair in BALANCES, in
    its sentence or else the next ('a surplus of almost $2bn. Revenue came in at $61.4bn and
    spending at $55.5bn'). Only the one balance of a sentence of one period is read: beside
    another balance, a year or a word of an earlier period, the figures may be of another time."""
    sentence = sentences[n]
    balances = [i for i in sentence.figures if (role := sentence.role(i, "gap")) is not None and role.name == "balance"]
    if len(balances) > 1 or OTHER_PERIOD.search(sentence.read):
        return None
    # The next sentence gives the sides only of a balance stated alone, of no date of its own.
    alone = [c.kind for c in sentence.claims if c.sentence_start == sentence.claims[balance].sentence_start] == ["money"]
    for owner in sentences[n:n + 2 if alone else n + 1]:
        alike = [i for i in owner.figures if i != balance and _alike(owner.claims[i], owner.claims[balance])]
        for first_side, second_side in BALANCES:
            first = [i for i in alike if first_side.search(_named_by(owner, i))]
            second = [i for i in alike if second_side.search(_named_by(owner, i))]
            if len(first) == 1 and len(second) == 1:
                return first[0], second[0]
    return None


def _named_by(sentence: Sentence, i: int) -> str:
    return " ".join(WORD.findall(sentence.lead(i))[-SIDE_WORDS:])


def _alike(claim: Claim, difference: Claim) -> bool:
    """Of the difference's quantity, written to its magnitude ('two mln bpd' is no gap of '16.8 mln'
    and '4'); a price per item is of another quantity."""
    if not written_alike(claim, difference):
        return False
    return claim.kind == difference.kind and (claim.unit == difference.unit or None in (claim.unit, difference.unit))


def _per_item(sentence: Sentence, i: int) -> bool:
    return bool(PER_ITEM_AFTER.match(sentence.read, sentence.end(i)))
