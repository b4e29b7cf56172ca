"""Order frames: a figure set above or below one other of its kind, with no superlative
('catalogue frauds next at 8%, ahead of internet services at 6%'; 'Texas's $8bn runs second
to Alaska's $11.4bn'; '17.95 mln tonnes, well below its capacity of 32 mln tonnes').

The words (lexicon.ORDERS) follow the first figure after a comma, a dash or a verb of standing
(lexicon.ORDER_BETWEEN), or after the subject of a sentence the first figure opens ('At 5.6%,
the loan's APR sits comfortably below', lexicon.ORDER_FRONTED). Right after a figure they give
a difference ('30 points above'), and a figure after a word of change ('rose 30 points, above
1,200') is a move, unless both are
rates ('grown by an average of 3.2%, slightly below the African average of 4%'); a sentence
opening 'This is lower than' ranks the last figure of the one before. After a change's old
level ('fell to 6.0 pct from 6.1 pct but was above the 4.3 pct'), the new level is ranked. The
second figure is the first one after the words, within ORDER_REACH words, of the first's kind
and unit and written to its scale. A place in a ranking ('behind', 'second to') turns over in a
ranking of lows ('the second lowest on record, behind 2012's 3.39 million').
"""

from __future__ import annotations

import re

from ..extract import Claim
from ..extract.claim import is_vague
from ..extract.lexicon import DURATION_UNITS
from .clauses import compared, hedge_start
from .lexicon import DIRECTION, LOW_RANKING, ORDER_BETWEEN, ORDER_FRONTED, ORDER_FRONTED_BETWEEN, ORDER_OPENING, ORDER_REACH, ORDERS
from .precision import bare, written_alike
from .records import PREVIOUS
from .statement import AMOUNTS, Frame, Sentence, words

_ORDERS = [(order, re.compile(rf"\b(?:{order.words})\b", re.IGNORECASE)) for order in ORDERS]
MOVED = 3  # a word of change this many words before a figure makes it a move
LEVEL_AFTER_MOVE = re.compile(r"\b(?:to|at)\s+$", re.IGNORECASE)  # 'rose to $5.2bn, above': a level, not the move
SENTENCE_GAP = 3  # the most characters between two sentences that follow each other
ORDER_CLAUSE = re.compile(r"\b(?:and|but|or|while|which|that)\b", re.IGNORECASE)  # 'more than expected and helped to bring debt down to'



def orders(sentences: list[Sentence], n: int, went_to: dict[int, int]) -> list[Frame]:
    """Each pair of figures the n-th sentence's words set one above the other; `went_to` is
    the new level of each change's old one."""
    sentence, frames = sentences[n], []
    for order, pattern in _ORDERS:
        for cue in pattern.finditer(sentence.read):
            first = _first(sentence, cue.start(), went_to)
            second = _second(sentence, cue.end())
            if first is None and second is not None and ORDER_OPENING.match(sentence.read[:cue.start()]):
                first = _pointed_to(sentences, n, sentence.claims[second])
            if first is None or second is None or hedge_start(sentence.claims[second]) <= cue.start() \
                    or not _alike(sentence.claims[first], sentence.claims[second]):
                continue  # 'consumption was just below three mln bales': the words are the figure's own hedge
            turned = order.by_place and LOW_RANKING.search(sentence.claims[second].sentence)  # asides too
            frames.append(Frame("order", roles={"top": first}, parts=[second], cue=cue.group(),
                                sign=-order.sign if turned else order.sign))
    return frames


def _first(sentence: Sentence, at: int, went_to: dict[int, int]) -> int | None:
    before = [i for i in sentence.figures if sentence.end(i) <= at  # a period is read past: 'over the past four years,'
              and sentence.claims[i].unit not in DURATION_UNITS]
    if not before:
        return None
    i = before[-1]
    between = sentence.read[sentence.end(i):at]
    fronted = ORDER_FRONTED.match(sentence.read[:hedge_start(sentence.claims[i])]) \
        and ORDER_FRONTED_BETWEEN.match(between)
    if sentence.segment(sentence.at(i)) != sentence.segment(at) or not (ORDER_BETWEEN.match(between) or fronted):
        return None
    role = sentence.role(i, "change")
    if i in went_to or (role is not None and role.name == "old"):  # 'fell to 6.0 pct from 6.1 pct but was above'
        return went_to.get(i)  # the level the change went to is ranked, not the one it came from
    lead = sentence.lead(i)
    moved = DIRECTION.search(" ".join(lead.split()[-MOVED:])) and not LEVEL_AFTER_MOVE.search(lead) \
        and sentence.claims[i].kind != "percent"
    return None if moved or compared(sentence.claims[i]) else i


def _pointed_to(sentences: list[Sentence], n: int, second: Claim) -> int | None:
    """'shares worth about 5.7% of the debts. This is lower than the 11.3% ...': the one figure
    of the second's kind in the sentence right before."""
    if not n:
        return None
    before = sentences[n - 1]
    if sentences[n].start - before.start - len(before.read) > SENTENCE_GAP:
        return None  # a sentence without figures stands between
    alike = [i for i in before.figures if _alike(before.claims[i], second)]
    return alike[0] if len(alike) == 1 else None


def _second(sentence: Sentence, at: int) -> int | None:
    after = [i for i in sentence.figures if sentence.at(i) >= at]
    if not after or words(sentence.read[at:sentence.at(after[0])]) > ORDER_REACH \
            or ORDER_CLAUSE.search(sentence.read, at, sentence.at(after[0])) \
            or sentence.segment(sentence.at(after[0])) != sentence.segment(at) \
            or PREVIOUS.search(sentence.read[at:sentence.at(after[0])]):
        return None  # 'surpassing the previous record of 116,767': the records rule weighs a record against its last
    return after[0]


def _alike(a: Claim, b: Claim) -> bool:
    """Of one kind and unit, written to one scale; a bare number in digits takes the kind and unit
    of the amount it is set against ('averaged 46 µg/m³, within the legal limit of 40')."""
    if (a.kind, a.unit) != (b.kind, b.unit) and not (bare(a) and b.kind in AMOUNTS or bare(b) and a.kind in AMOUNTS):
        return False
    measured = b if bare(a) else a
    return measured.kind in (*AMOUNTS, "percent") and measured.unit not in DURATION_UNITS \
        and not (is_vague(a) or is_vague(b)) and written_alike(a, b)
