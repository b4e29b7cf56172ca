"""Total frames: a total and the parts the text lists for it.

A total is found three ways: opening its sentence ('Of the 40 victims, 25 were men, 12 women
and 9 children'; with one part, 'Of the 23,000 ballots, 15,000 were ...', the part counts the
same thing); just before a parts cue ('The port employs 1,450 people, including 300
...', 'a total of £45m, made up of ...'); or said after its parts ('..., making €75m',
'17 survivors on Tuesday and 11 on Wednesday. In all, 38 ...'). A sentence that opens by
pointing back ('Of those,', 'The haul, comprising') takes its total from the sentences
before. The parts are a list: figures of what the total counts, joined by commas or 'and'
a few words apart (CUE_REACH, LIST_GAP). They are all of the total only when a cue says so
('made up of', 'the rest') and the list was read to its end.
"""

from __future__ import annotations

import re

from ..extract import Claim
from ..extract.claim import is_vague
from ..extract.lexicon import DURATION_UNITS
from .clauses import hedge_start
from .groups import PLACE_UNITS
from .lexicon import (DENOMINATOR_BEFORE, SOURCE_BEFORE, TOTAL_REACH, COMPLEMENTS, COMPOSITION, CUE_REACH, CUES, HEAD_REACH, ITEM_NAMED_OF, ITEMISED_AFTER, LIST_GAP, LIST_JOIN, LIST_STOP, NETTED, NOT_A_PART, OTHER_HEAD, OTHER_SUBJECT,
                      OTHER_PERIOD, PEOPLE, PER_ITEM_AFTER, PERSON_ENDINGS, Cue)
from .statement import AMOUNTS, WORD, Frame, Sentence, words

SENTENCES_BACK = 2  # 'A total of £45m ... . Of this, £20m ...': how far back a sentence may point
OPENING = {"before": "", "opening": r"^\s*"}
_PARTS = [(cue, re.compile(rf"{OPENING[cue.side]}(?:{cue.words})", re.IGNORECASE))
          for cue in CUES if cue.role == "parts" and cue.side in OPENING]
_PARTS_AFTER = [(cue, re.compile(rf"\s*(?:{cue.words})", re.IGNORECASE))
                for cue in CUES if cue.role == "parts" and cue.side == "after"]
EACH = ("each", "every", "per")
NETTED_AFTER = 3  # 'a 4.3 billion dlr trade surplus'
NAME = re.compile(r"\b[A-Z][a-z]+\b")


class _Totals:
    """The total frames of one sentence, each figure in one frame at most."""

    def __init__(self, sentences: list[Sentence], n: int, framed: set[int], changed: dict[int, str]):
        self.sentences, self.sentence, self.framed, self.changed = sentences, sentences[n], framed, changed
        self.claims = self.sentence.claims
        self.earlier = sentences[max(0, n - SENTENCES_BACK):n]
        self.frames: list[Frame] = []
        self.used: set[int] = set()

    def add(self, total: int | None, listed: list[int], cue: str, complete: bool, least: int = 1,
            backward: bool = False, breakdown: bool = False) -> None:
        claims = self.claims
        if total is None or total in self.used or _per_item(self.sentences, total) or claims[total].unit in DURATION_UNITS:
            return
        fitting = [i for i in listed if i != total and i not in self.used and _part_of(claims[i], claims[total], breakdown)
                   and not _per_item(self.sentences, i)]
        ordered = fitting[::-1] if backward else fitting
        parts = _chain(self.sentences, claims[total], ordered, breakdown)
        if backward:
            parts.reverse()
        if len(parts) < least or sum(claims[i].value for i in parts) < COMPOSITION * claims[total].value:
            return  # '1.5 mln units, consisting of one share and four warrants' describes each unit
        if not complete and _netted(self.sentences, total):
            return  # 'net income of 28,000 dlrs, including a 103,000 dlrs credit': other items may be losses
        # Parts are all of the total only if there are two or more and the list was read to its end,
        # or they are sub-groups that make up any group ('38 of them girls and 52 boys').
        complete = (complete or {claims[i].unit for i in parts} in COMPLEMENTS) and 1 < len(parts) == len(fitting) \
            and not _runs_on(self.sentences, parts[-1])
        self.frames.append(Frame("total", roles={"total": total}, parts=parts, cue=cue, complete=complete))
        self.used.update([total, *parts])

    def after(self, position: int) -> list[int]:
        """The figures after `position` in its list that are no level or rate of a change, nor the
        denominator of a rate ('0.4 per 1,000')."""
        sentence = self.sentence
        return [i for i in sentence.figures if sentence.at(i) >= position
                and sentence.segment(sentence.at(i)) == sentence.segment(position) and i not in self.changed
                and not DENOMINATOR_BEFORE.search(sentence.lead(i))]

    def before(self, position: int) -> list[int]:
        sentence = self.sentence
        return [i for i in sentence.figures if sentence.end(i) <= position
                and sentence.segment(sentence.at(i)) == sentence.segment(position)]

    def read(self) -> list[Frame]:
        sentence = self.sentence
        for i in sentence.figures[:1]:  # 'Of the 40 victims, 25 were men, 12 women and 9 children'
            role = sentence.role(i, "total")
            if role and role.name == "total" and role.cue.side == "opening":
                listed = self.after(sentence.end(i))
                self.add(i, listed, role.words, _completed(sentence, listed), least=2, breakdown=True)
                if i not in self.used and _counted(sentence.claims[i]):
                    self.add(i, listed[:1], role.words, False)  # 'Of the 23,000 ballots, 15,000 were cast ...'
        for start, end, cue, said in _parts_cues(sentence):
            self._listed_after(start, end, cue, said)
        for i in sentence.figures:  # '..., making €75m', 'some 16,000 in all', 'In all, 38 people ...'
            role = sentence.role(i, "total")
            if role is None or role.name != "total" or i in self.used:
                continue
            before = [j for j in self.before(sentence.at(i)) if j not in self.changed]
            if before:  # a total said after its parts sums them up, whatever each counts
                self.add(i, before, role.words, role.cue.complete, least=2, backward=True, breakdown=True)
            elif sentence.number[i] == 0 and self.earlier and role.cue.reaches_back:
                last = self.earlier[-1]
                self.add(i, [j for j in last.figures if j not in self.changed], role.words, False,
                         least=1 if role.cue.adds else 2, backward=True, breakdown=True)
        return self.frames

    def _listed_after(self, start: int, end: int, cue: Cue, said: str) -> None:
        """The parts after a cue, with the total just before it or pointed back to."""
        sentence = self.sentence
        listed = self.after(end)
        if not cue.opens or not listed or listed[0] in self.used or words(sentence.read[end:sentence.at(listed[0])]) > CUE_REACH \
                or _not_a_part(sentence.read[end:max(end, hedge_start(self.claims[listed[0]]))], len(listed) > 1):
            return  # 'The band, which also includes members Matt Jay and James Bourne, made the top ten'
        if NAME.search(sentence.read[end:sentence.at(listed[0])]):
            return  # 'included Hiroshi Ishikawa, 47,': a list of names, and an age
        # Not a level a change went from ('rose to 3.05 billion from 2.58 billion, comprising'), nor a
        # period beside the total ('followed 3,200 children for ten years (1,480 from cities, ...').
        before = [i for i in self.before(start) if self.changed.get(i) != "old"
                  and (self.claims[i].unit not in DURATION_UNITS or self.claims[listed[0]].unit in DURATION_UNITS)]
        marked = [i for i in before if _is_total(sentence, i)]
        if cue.follows and not marked and not (before and _itemised(sentence, listed, before[-1])):
            return  # a colon lists parts only after a stated total, or as items each named
        complete = cue.complete or _completed(sentence, listed)
        if before:
            total = (marked or before)[-1]
            if cue.side == "after" and not marked and _held_by_another(self.claims, before, listed[0]):
                return  # 'and 29 have Black Hawks, that means 166 of them don't': 'them' is the 195 countries
            if words(sentence.read[sentence.end(total):start]) <= TOTAL_REACH and not _other_head(sentence, total, start):
                self.add(total, listed, said, complete, breakdown=cue.complete and _sub_kinds(sentence, total, listed))
        elif cue.reaches_back and not OTHER_PERIOD.search(sentence.read[:start]):
            total, marked_before = _total_before(self.earlier, self.framed, self.changed,
                                                 self.claims[listed[0]].unit in DURATION_UNITS)
            if marked_before or not cue.needs_total:
                self.add(total, listed, said, complete and marked_before, breakdown=True)


def totals(sentences: list[Sentence], n: int, framed: set[int], changed: dict[int, str]) -> list[Frame]:
    """Each total the n-th sentence states with its parts; `framed` are totals given parts
    by sentences before, which no later sentence points back to; `changed` the role of each
    figure in a change (its levels and rates are no parts)."""
    return _Totals(sentences, n, framed, changed).read()


def _held_by_another(claims: list[Claim], before: list[int], part: int) -> bool:
    """Whether a pronoun's part ('166 of them') is larger than the figure right before it, and an
    earlier figure of its kind could hold it: then the words do not say which it is of."""
    nearest = claims[before[-1]]
    return nearest.value < claims[part].value and any(
        claims[i].kind == nearest.kind and claims[i].value >= claims[part].value for i in before[:-1])


def _owner(sentences: list[Sentence], i: int) -> Sentence:
    return next(s for s in sentences if i in s.number)


def _chain(sentences: list[Sentence], total: Claim, figures: list[int], breakdown: bool) -> list[int]:
    """The figures that make one list, from the first: each joined to the one before by a
    comma or 'and' ('£20m for schools, £15m for roads and £12m for care'), a few words apart.
    Figures in reverse order make a list read backwards ('23 in 2021, 51 in 2022 and 40 in 2023').
    Outside a breakdown, a list of the total's things ends at a figure of other things."""
    chain = figures[:1]
    claims = sentences[0].claims
    for i in figures[1:]:
        if not breakdown and claims[i].unit not in (total.unit, None, claims[chain[0]].unit) \
                and claims[chain[0]].unit in (total.unit, None):
            break  # '61 lifts, 34 of them double-deckers, and 50 escalators': a list of lifts, then something else
        first, second = sorted((chain[-1], i))
        owner = _owner(sentences, first)
        if second not in owner.number or not _joined(owner, first, second):
            break
        chain.append(i)
    return chain


def _not_a_part(before: str, listed: bool) -> bool:
    """Words right before a figure that make it no part of a list, unless they name its item in
    a list of several ('year includes writedown of 3.6 mln' names no list)."""
    return bool(NOT_A_PART.search(before)) and not (listed and ITEM_NAMED_OF.search(before))


def _joined(sentence: Sentence, first: int, second: int) -> bool:
    gap = sentence.read[sentence.end(first):hedge_start(sentence.claims[second])]
    return words(gap) <= LIST_GAP and bool(LIST_JOIN.search(gap)) and not _not_a_part(gap, True) \
        and not LIST_STOP.search(gap)


def _other_head(sentence: Sentence, total: int, cue_start: int) -> bool:
    """Whether the cue is said of something else than the total: 'the London Assembly, which is
    made up of 25 members', 'each line made up of 1,920 pixels', 'one US dollar and typical items
    sold include', or a total inside a clause of
    its own ('The mini-refunding, which will raise 9.27 billion dlrs in new cash, comprises')."""
    if OTHER_SUBJECT.search(sentence.read, sentence.end(total), cue_start):
        return True
    head = OTHER_HEAD.search(sentence.read, sentence.end(total), cue_start)
    if head and (head.group().lower() in EACH or words(sentence.read[sentence.end(total):head.start()]) > HEAD_REACH):
        return True
    opened = sentence.read.rfind(",", 0, sentence.at(total))
    inside = opened >= 0 and OTHER_HEAD.match(sentence.read[opened + 1:].lstrip(" \"'”’"))
    return bool(inside) and "," in sentence.read[sentence.end(total):cue_start]


def _netted(sentences: list[Sentence], total: int) -> bool:
    """Whether the total nets gains against losses, by the words before it or just after it."""
    sentence = _owner(sentences, total)
    after = " ".join(WORD.findall(sentence.read[sentence.end(total):])[:NETTED_AFTER])
    return bool(NETTED.search(sentence.read[:sentence.end(total)]) or NETTED.search(after))





def _runs_on(sentences: list[Sentence], last: int) -> bool:
    """Whether the list goes on past its last part with a figure of another kind ('59,500
    tonnes of wheat for China, 53,000 of wheat for the Soviet Union'): then it was not read whole."""
    sentence = _owner(sentences, last)
    n = sentence.number[last]
    if n + 1 >= len(sentence.figures):
        return False
    following = sentence.figures[n + 1]
    return sentence.claims[following].kind in AMOUNTS and _joined(sentence, last, following)


def _per_item(sentences: list[Sentence], i: int) -> bool:
    """'482 dlrs an ounce': a price, which adds up to nothing."""
    sentence = _owner(sentences, i)
    return bool(PER_ITEM_AFTER.match(sentence.read, sentence.end(i)))


def _parts_cues(sentence: Sentence) -> list[tuple[int, int, Cue, str]]:
    """(start, end, cue, words) of each parts cue in the sentence, in order; a cue said after
    its first part ('thirty-eight of them girls') starts where that part does."""
    found = [(m.start(), m.end(), cue, m.group()) for cue, pattern in _PARTS for m in pattern.finditer(sentence.read)]
    for i in sentence.figures:
        for cue, pattern in _PARTS_AFTER:
            match = pattern.match(sentence.trail(i))
            if match:
                found.append((sentence.at(i), sentence.at(i), cue, match.group().strip()))
    found.sort(key=lambda f: (f[0], -f[1]))
    return [f for k, f in enumerate(found) if not k or f[0] >= found[k - 1][1] or f[0] == f[1]]


def _completed(sentence: Sentence, listed: list[int]) -> bool:
    """Whether 'the rest', 'the remaining' stands among the listed parts: then they are all of it."""
    if not listed:
        return False
    span = sentence.read[sentence.at(listed[0]):sentence.end(listed[-1])]
    return any(cue.complete and pattern.search(span) for cue, pattern in _PARTS)


def _total_before(earlier: list[Sentence], framed: set[int], changed: dict[int, str],
                  periods: bool = False) -> tuple[int | None, bool]:
    """The total a sentence pointing back means, and whether it was stated as a total: in the
    nearest sentence before with an amount, its stated total, else its last amount ('there were
    394,884 students in senior secondary. Of these, ...', not a total two sentences back);
    never one whose parts are read already, nor a period unless the parts are periods ('The
    study followed 4,200 adults for 11 years. Of those, 312 ...' points at the adults)."""
    for sentence in reversed(earlier):
        marked = [i for i in sentence.figures if _is_total(sentence, i)]
        if marked:
            return (None if marked[-1] in framed else marked[-1]), True
        # 'thousands of violations' between is no total pointed back to, nor 'one' ('including one for')
        amounts = [i for i in sentence.figures if sentence.claims[i].kind in AMOUNTS and changed.get(i) in (None, "new")
                   and not is_vague(sentence.claims[i]) and (periods or sentence.claims[i].unit not in DURATION_UNITS)
                   and not (sentence.claims[i].kind == "count" and sentence.claims[i].value == 1)]
        if amounts:
            return (amounts[-1] if amounts[-1] not in framed else None), False
    return None, False


def stated_totals(sentence: Sentence) -> set[int]:
    """The figures the sentence states as totals ('a total of', 'in all')."""
    return {i for i in sentence.figures if _is_total(sentence, i)}


def _itemised(sentence: Sentence, listed: list[int], total: int) -> bool:
    """Whether the first two figures after the cue each say what they are for ('£20m on schools,
    £15m on roads'): a breakdown of the figure before it, unless that counts the items themselves
    ('two more districts — 28 in Beaverton, and 40 in Oregon City': labels, not parts)."""
    written = sentence.claims[total].sentence  # as written: a day read past still names its item ('212 on Saturday')
    items = len(listed) > 1 and all(ITEMISED_AFTER.match(written, sentence.end(i)) for i in listed[:2])
    return items and sentence.claims[total].value != len(listed)


def _is_total(sentence: Sentence, i: int) -> bool:
    role = sentence.role(i, "total")
    return role is not None and role.name == "total"


def _part_of(part: Claim, whole: Claim, breakdown: bool) -> bool:
    """A part counts or measures what its total does: money in the same currency, measures in
    the same unit, counts of the same thing. People of one kind are parts of people of
    another ('1,450 people, including 300 night workers'); in a breakdown ('Of the 40
    victims, 25 were men ...'), so is anything but places and periods."""
    if part.kind != whole.kind or whole.kind not in AMOUNTS:
        return False
    if whole.kind == "count" and None not in (part.unit, whole.unit) and part.unit != whole.unit:
        if part.unit in PLACE_UNITS | DURATION_UNITS:
            return False  # '... are spread across 14 other countries'
        return breakdown or (_people(part.unit) and _people(whole.unit))
    return part.unit == whole.unit or (whole.kind == "count" and None in (part.unit, whole.unit))


def _sub_kinds(sentence: Sentence, total: int, listed: list[int]) -> bool:
    """'roughly 1,500 homes, comprising 920 flats and 910 houses': after words of composition,
    parts that count different kinds of thing are kinds of what the total counts; parts of one
    kind are of something else ('three mln units, consisting of three mln common shares and
    warrants'), and a total after 'from' is where the things came from ('439 from 16 airlines,
    comprising 275 firm orders')."""
    units = {sentence.claims[i].unit for i in listed[:2]}
    return len(units) == 2 and None not in units and not SOURCE_BEFORE.search(sentence.lead(total))


def _counted(total: Claim) -> bool:
    """Whether a lone part after 'Of the ...' is weighed: a whole number of things, or money. A
    measure or a fraction of a point may be a contribution netted against others ('Of the 0.7
    point contribution ..., the private sector accounted for 1.1 point while the public sector
    knocked off 0.4')."""
    return total.kind == "money" or (total.kind == "count" and float(total.value).is_integer())


def _people(unit: str) -> bool:
    return unit in PEOPLE or unit.endswith(PERSON_ENDINGS)
