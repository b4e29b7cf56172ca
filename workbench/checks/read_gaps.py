"""Gap frames: a difference and the two figures of one quantity it separates ('a majority of
5,907' after 20,645 and 14,738 votes; '£2.5bn less than the £37.5bn'; 'exceeded departures by
685,000, with 1.22 million arriving and 535,000 leaving').

The two figures are the nearest of the difference's kind and unit: the two before it in its
sentence, else the two after it; a pair split across sentences is read only as stated
('Men earned £41,300. Women earned £35,900, a gap of £5,400'), and a sentence with no such
figure reaches to the next ('a surplus of almost $2bn. Revenue came in at $61.4bn and
spending at $59.5bn'). After 'than', the figure compared with comes first; with one figure
on each side, they are the pair ('$850m, a $697m improvement from $153m').
"""

from __future__ import annotations

from ..extract import Claim
from .lexicon import PER_ITEM_AFTER
from .precision import written_alike
from .statement import AMOUNTS, Frame, Sentence


def gaps(sentences: list[Sentence], n: int, taken: set[int]) -> list[Frame]:
    """Each gap the n-th sentence states; `taken` are figures other frames hold."""
    sentence, frames = sentences[n], []
    for i in sentence.figures:
        role = sentence.role(i, "gap")
        if role is None or i in taken or sentence.claims[i].kind not in AMOUNTS or _per_item(sentence, i):
            continue
        pair = _pair(sentences, n, i, role.cue.side == "after" and role.words.lower().endswith("than"))
        if pair is not None:
            frames.append(Frame("gap", roles={"difference": i, "first": pair[0], "second": pair[1]}, cue=role.words))
    return frames


def _pair(sentences: list[Sentence], n: int, difference: int, than: bool) -> tuple[int, int] | None:
    sentence, claims = sentences[n], sentences[n].claims
    alike = [i for i in sentence.figures if i != difference and _alike(claims[i], claims[difference])]
    before = [i for i in alike if i < difference]
    after = [i for i in alike if i > difference]
    if than:  # '£35bn - £2.5bn less than the £37.5bn': the figure before and the one compared with,
        # the next figure of all ('608 were fewer than 21 days past their first dose' compares days)
        following = [i for i in sentence.figures if i > difference][:1]
        return (before[-1], after[0]) if before and after and following == after[:1] else None
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


def _alike(claim: Claim, difference: Claim) -> bool:
    """Of the difference's quantity, written to its magnitude ('two mln bpd' is no gap of '16.8 mln'
    and '4'); a price per item is of another quantity."""
    if not written_alike(claim, difference):
        return False
    return claim.kind == difference.kind and (claim.unit == difference.unit or None in (claim.unit, difference.unit))


def _per_item(sentence: Sentence, i: int) -> bool:
    return bool(PER_ITEM_AFTER.match(sentence.read, sentence.end(i)))
