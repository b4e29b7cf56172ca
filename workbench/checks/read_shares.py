"""Share frames: a rate (a percentage or a fraction) of a whole, and the part it gives.

The whole is the figure right after the rate's 'of' ('20% of its 300 staff'), the figure
a part is 'of' ('700 of the 2,900 households surveyed, or 22%'), a figure of the sentences
before when the rate is 'of them', 'of those', 'of the total', or the last figure before
named by the noun after 'of the' ('40% of the total debt' after 'its $102.6bn debt'). The part is the
figure the rate restates ('12,400 pupils, or 8% of the 155,000'), the figure set beside the
whole ('of its 1,240 beds, or 186 beds'; 'of the 1,200 drivers surveyed - 300 people -'),
or the figure 'This is' or 'The cuts' points back to in the sentences before. A percentage
alone in brackets after a part restates it ('Of the 7,790 hospitalizations, 1,101 (14.1%)
had ...').
"""

from __future__ import annotations

import re
from itertools import islice

from ..extract import Claim
from ..extract.lexicon import DURATION_UNITS
from ..extract.relations import LARGEST_SLIP
from .clauses import hedge_start
from .lexicon import (APPOSED, OF_NAMED, OF_THE_ONES_BEFORE, OF_THE_TOTAL, OF_WHOLE, PARTICIPLE, POINTS_BACK,
                      RESTATED_AFTER, RESTATES_BEFORE, SHARE_APPOSED_WORDS, SHARE_PASSED_OVER)
from .statement import AMOUNTS, Frame, Sentence, words

SENTENCES_BACK = 2
NAMED_REACH = 3  # how many words after a figure may name it: '$102.6bn (£53.51bn) debt'
LETTERS = re.compile(r"[A-Za-z]+")
OF_A_TOTAL = re.compile(r"\s*of\s+(?:the|its|their)\s+(?:total|overall|entire)\b", re.IGNORECASE)
BRACKET_BEFORE = re.compile(r"\(\s*$")
BRACKET_OPEN = re.compile(r"\s*\(\s*")
BRACKET_AFTER = re.compile(r"\s*\)")
# 'three-tenths of one point higher than the meme claims': a share of an amount by which one
# figure passes another is a gap, not a part of a whole.
COMPARED_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:higher|lower|more|less|greater|fewer|above|below)\b")
OF_OTHER = re.compile(r"\s*of\s+(?:the|its|their|a|an|all)\b", re.IGNORECASE)  # '25, or 2% of the population': another whole


def shares(sentences: list[Sentence], n: int, taken: set[int], totals: set[int], named: Named,
           wholes: dict[int, int]) -> list[Frame]:
    """Each share the n-th sentence states; `taken` are figures other frames hold already
    (a change's rate is no share); `totals` are figures stated as totals ('of the total');
    `wholes` the total each part of a total frame belongs to."""
    sentence = sentences[n]
    earlier = sentences[max(0, n - SENTENCES_BACK):n]
    frames = []
    for rate in sentence.figures:
        if rate in taken or not _is_rate(sentence.claims[rate]):
            continue
        frame = _share(sentence, earlier, rate, totals, named, wholes)
        if frame is not None:
            frames.append(frame)
            taken.update(frame.claims)
    for rate in sentence.indices:
        frame = None if rate in taken or rate in sentence.number else _bracketed(sentence, rate, wholes)
        if frame is not None:
            frames.append(frame)
            taken.update(frame.claims)
    return frames


def _opening_total(sentence: Sentence, rate: int) -> int | None:
    opened = [i for i in sentence.figures if i < rate and (role := sentence.role(i, "total")) is not None
              and role.cue.side == "opening"]
    return opened[-1] if opened else None


def _counted_in_brackets(sentence: Sentence, rate: int) -> int | None:
    """The count alone in brackets right after the rate."""
    text = sentence.claims[rate].sentence
    after = [i for i in sentence.indices if sentence.at(i) >= sentence.end(rate)]
    if after and BRACKET_OPEN.fullmatch(text[sentence.end(rate):sentence.at(after[0])]) \
            and BRACKET_AFTER.match(text, sentence.end(after[0])) and sentence.claims[after[0]].kind in AMOUNTS:
        return after[0]
    return None


def _bracketed(sentence: Sentence, rate: int, wholes: dict[int, int]) -> Frame | None:
    """A percentage alone in brackets after a part, or after the whole of one part: 'Of the
    7,790 hospitalizations, 1,101 (14.1%) had ...', '44 of the 50 companies (88%) publish'.
    Brackets are read past as asides, so this reads the sentence as written."""
    claims, rate_claim = sentence.claims, sentence.claims[rate]
    text = rate_claim.sentence
    opening = BRACKET_BEFORE.search(text, 0, max(0, hedge_start(rate_claim)))
    if rate_claim.unit != "%" or not opening or not BRACKET_AFTER.match(text, rate_claim.span.end - sentence.start):
        return None
    before = [i for i in sentence.indices if sentence.end(i) <= opening.start()]
    if not before or words(text[sentence.end(before[-1]):opening.start()]) > NAMED_REACH:
        return None
    beside = before[-1]
    whole = wholes.get(beside, claims[beside].part_of)
    part = beside
    if whole is None:  # after the whole: its one part in the sentence
        parts = [i for i in sentence.indices if wholes.get(i, claims[i].part_of) == beside]
        part, whole = (parts[0], beside) if len(parts) == 1 else (None, None)
    if part is None or whole is None or not _alike(claims[part], claims[whole]) or not 0 < rate_claim.value < 100:
        return None
    return Frame("share", roles={"rate": rate, "whole": whole, "part": part})


def _is_rate(claim: Claim) -> bool:
    return (claim.kind == "percent" and claim.unit == "%") or (claim.kind == "ratio" and claim.unit is None)


def _share(sentence: Sentence, earlier: list[Sentence], rate: int, totals: set[int], named: Named,
           wholes: dict[int, int]) -> Frame | None:
    claims = sentence.claims
    n = sentence.number[rate]
    following = sentence.figures[n + 1] if n + 1 < len(sentence.figures) else None
    whole = following if following is not None and OF_WHOLE.match(sentence.lead(following)) else None
    part = _counted_in_brackets(sentence, rate)  # '62.3% (4,853) of the 7,790 patients'
    if part is not None and whole is None:  # 'Of the 1,000 adults polled, 52% (520) said ...'
        whole = _opening_total(sentence, rate)
    if part is None:
        part = _restated(sentence, rate)
    if part is None:
        part = _pointed_back(sentence, earlier, rate)
    if whole is not None and part is None:
        part = _apposed(sentence, whole)
    if whole is None:
        after = sentence.read[sentence.end(rate):]
        after = after[1:] if after.startswith(",") else after  # '7,790, or 3.4%, of the total'
        if OF_THE_ONES_BEFORE.match(after) or OF_THE_TOTAL.match(after):  # '18% of them, some 610 miles'
            part = _apposed(sentence, rate) if part is None else part
            stated = totals if OF_THE_TOTAL.match(after) else None
            whole = _last_alike([*earlier, sentence], claims, part, rate, stated) if part is not None else None
        elif part is not None and OF_NAMED.match(after):  # '40% of the total debt'
            whole = named.last_before(OF_NAMED.match(after).group(1).lower(), rate, claims[part])
            if whole is None and OF_A_TOTAL.match(after):  # 'Of these cases, 7,790, or 3.4%, of the total recorded infections'
                whole = wholes.get(part, claims[part].part_of)  # the part's own whole
        if whole is None:  # '700 of the 2,900 households surveyed, or 22%'
            part, whole = _part_and_whole(sentence, rate) or (part, None)
        if whole is None and part in wholes and not OF_OTHER.match(after):
            whole = wholes[part]  # 'Of these 7,790 hospitalizations, 4,853 or 62.3% were': of the part's own total
    if whole is None or part is None or part == whole or not _alike(claims[part], claims[whole]) \
            or COMPARED_AFTER.match(sentence.read, sentence.end(whole)) \
            or any(None not in (claims[i].low, claims[i].high) and claims[i].low != claims[i].high and not claims[i].approx
                   for i in (part, whole)):
        return None  # 'of those aged 30-39': a range is no whole
    if abs(claims[part].value) > LARGEST_SLIP * abs(claims[whole].value):
        return None  # '7.2 mln or 80 pct of its class A series one preferred': different things, not a slip
    return Frame("share", roles={"rate": rate, "whole": whole, "part": part})


def _restated(sentence: Sentence, rate: int) -> int | None:
    """The figure the rate restates as a share: '12,400 pupils, or 8%', 'amounting to only 12%'
    after '700,000 people ... up from 440,000 six months earlier'."""
    if not RESTATES_BEFORE.search(sentence.lead(rate)):
        return None
    for i in reversed(sentence.figures[:sentence.number[rate]]):
        passed_over = sentence.claims[i].unit in DURATION_UNITS or SHARE_PASSED_OVER.search(sentence.lead(i))
        if sentence.claims[i].kind in AMOUNTS and not passed_over:
            return i
        if not passed_over:
            return None
    return None


def _pointed_back(sentence: Sentence, earlier: list[Sentence], rate: int) -> int | None:
    """'This is nearly half of ...': the first amount of the sentence before; 'The cuts will
    affect about 9% of ...': the amount nearest the word for the cuts in the sentences before."""
    opening = POINTS_BACK.match(sentence.lead(rate)) if sentence.number[rate] == 0 else None
    if opening is None or not earlier:
        return None
    subject = opening.group(1).lower()
    if subject in ("this", "that", "it", "which"):
        return next((i for i in earlier[-1].figures if earlier[-1].claims[i].kind in AMOUNTS), None)
    stem = re.sub(r"(?:the\s+|job\s+|s$)", "", subject)[:5]
    named = [(abs(s.at(i) - s.read.lower().index(stem)), -i, i) for s in earlier
             if stem in s.read.lower() for i in s.figures if s.claims[i].kind in AMOUNTS]
    return min(named)[2] if named else None


def _apposed(sentence: Sentence, after: int) -> int | None:
    """The figure set beside `after`: ', or 186 beds', ' surveyed - 300 people -', ', 1,730 in all'."""
    n = sentence.number[after]
    if n + 1 >= len(sentence.figures):
        return None
    following = sentence.figures[n + 1]
    lead = sentence.lead(following)  # not ', shipping 2,548 units', another quantity
    apposed = APPOSED.search(lead) and words(lead) <= SHARE_APPOSED_WORDS and not PARTICIPLE.search(lead)
    return following if apposed and sentence.claims[following].kind in AMOUNTS else None


def _part_and_whole(sentence: Sentence, rate: int) -> tuple[int, int] | None:
    """A part 'of' its whole in the sentence ('700 of the 2,900', extraction's part_of), which
    the rate restates: '700 of the 2,900 households surveyed, or 22%'; or which restates the
    rate: 'Turnout was 73.7%, with 31.2 million of the 46.4 million registered voters'."""
    claims = sentence.claims
    pairs = [(i, claims[i].part_of) for i in sentence.figures if claims[i].part_of in sentence.number]
    n = sentence.number[rate]
    if len(pairs) != 1:
        return None
    if n and sentence.figures[n - 1] in pairs[0] and RESTATES_BEFORE.search(sentence.lead(rate)) \
            and not OF_OTHER.match(sentence.read[sentence.end(rate):]):
        return pairs[0]  # not '25, or 2% of the population': a rate of another whole
    following = sentence.figures[n + 1] if n + 1 < len(sentence.figures) else None
    if following == pairs[0][0] and RESTATED_AFTER.match(sentence.read[sentence.end(rate):sentence.at(following)]):
        return pairs[0]  # 'with 58% of the vote, taking 112,600 of the 245,900 ballots cast'
    return None


def _last_alike(sentences: list[Sentence], claims: list[Claim], part: int, rate: int,
                stated: set[int] | None) -> int | None:
    """The whole 'of them' means: the last figure before the part of what it counts; 'of the
    total', the last one stated as a total."""
    for sentence in reversed(sentences):
        for i in reversed(sentence.figures):
            if i < min(part, rate) and claims[i].kind in AMOUNTS and _alike(claims[part], claims[i]) \
                    and (stated is None or i in stated):
                return i
    return None


class Named:
    """The figures each word after them names ('$102.6bn (£53.51bn) debt'), read once per
    article when a share first names its whole, so a whole stated anywhere before is found
    without searching the article again for every share."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.index: dict[str, list[int]] | None = None

    def last_before(self, noun: str, rate: int, part: Claim) -> int | None:
        if self.index is None:
            self.index = {}
            for sentence in self.sentences:
                for i in sentence.figures:
                    for word in dict.fromkeys(w.group().lower() for w in islice(LETTERS.finditer(sentence.read, sentence.end(i)), NAMED_REACH)):
                        self.index.setdefault(word, []).append(i)
        claims = self.sentences[0].claims
        named = self.index.get(noun, []) + self.index.get(noun.rstrip("s"), [])
        return max((i for i in named if i < rate and claims[i].kind == part.kind), default=None)


def _alike(part: Claim, whole: Claim) -> bool:
    """Of one kind; money and measures in one unit, or one unstated."""
    if part.kind != whole.kind:
        return False
    return part.kind == "count" or None in (part.unit, whole.unit) or part.unit == whole.unit
