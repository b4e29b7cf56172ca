"""The statement reader: the arithmetic each sentence asserts, as typed relation frames.

A sentence is read as its figures and the words between them. Asides (lexicon.ASIDES:
conversions in brackets, date phrases, attributions) are read as if absent, so
'halved to $200m (£104m; 151m euros) from $500m' is 'halved to $200m from $500m'. Each
figure takes the role its neighbouring words give it (lexicon.CUES: after 'from' an old
value, after 'to' a new one, after 'a total of' a total), and the figures of one clause
with their roles make a frame: a change (old, new, and a rate, factor or difference) or a
total with its parts. What a frame does not hold, the reader leaves out; evaluate.py
redoes the arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract import Claim
from ..extract.lexicon import DURATION_UNITS
from .clauses import by_sentence, hedge_start
from .groups import PLACE_UNITS
from .lexicon import (ASIDES, CLAUSE_BREAK, COMPOSITION, CUES, DIRECTION, FACTOR, FACTORS, FILLER, LIST_BREAK, LIST_GAP, LIST_JOIN,
                      HEAD_REACH, NETTED, OTHER_HEAD, OTHER_PERIOD, RANGE, ROLE_GAP,
                      RATE_ELSEWHERE_AFTER, RESTATEMENT_BEFORE, Cue)

AMOUNTS = ("count", "money", "measure")
WORD = re.compile(r"[\w'’-]+")
FIGURES = (*AMOUNTS, "percent")
LEVEL_REACH = 25  # how far before a change's words the level it went to may stand: '8.35 mln bpd, down 7.8 pct from'
TOTAL_SENTENCES_BACK = 2  # 'A total of £45m ... . Of this, £20m ...': parts may follow in the next two
_ASIDES = [re.compile(aside.words) for aside in ASIDES]
_OPENING = {"before": "", "opening": r"^\s*"}  # an opening cue is all the sentence says before its figure
_BEFORE = [(cue, re.compile(rf"{_OPENING[cue.side]}(?:{cue.words})\s+(?P<filler>{FILLER}{{0,{cue.reach}}})$", re.IGNORECASE))
           for cue in CUES if cue.side in _OPENING]
_AFTER = [(cue, re.compile(rf"\s*(?:{cue.words})", re.IGNORECASE))
          for cue in CUES if cue.side == "after" and cue.role != "parts"]
_PARTS = [(cue, re.compile(rf"{_OPENING[cue.side]}(?:{cue.words})", re.IGNORECASE))
          for cue in CUES if cue.role == "parts" and cue.side in _OPENING]
_PARTS_AFTER = [(cue, pattern) for cue, pattern in
                ((cue, re.compile(rf"\s*(?:{cue.words})", re.IGNORECASE)) for cue in CUES) if cue.role == "parts" and cue.side == "after"]


@dataclass
class Frame:
    """One relation a sentence asserts between its figures (claim indices)."""

    type: str  # "change" or "total"
    roles: dict[str, int] = field(default_factory=dict)
    cues: dict[str, str] = field(default_factory=dict)  # role -> the words that gave it
    moved: bool = False  # a change said to go from its old level ('from'), not a comparison of two
    parts: list[int] = field(default_factory=list)  # a total's parts
    cue: str = ""  # the words that state it, as written
    complete: bool = False  # a total: its parts are all of it
    sign: int = 0  # a change: +1 a rise, -1 a fall, 0 unsaid
    factor: float | None = None  # a change said as 'doubled', 'halved'

    @property
    def claims(self) -> list[int]:
        return [*self.parts, *self.roles.values()]


@dataclass
class Role:
    frame: str
    role: str
    cue: str
    complete: bool = False
    follows: str | None = None
    reaches_back: bool = False
    moves: bool = False


class Sentence:
    """One sentence as the reader sees it: asides blanked out, figures with their roles."""

    def __init__(self, claims: list[Claim], indices: list[int]):
        self.claims = claims
        first = claims[indices[0]]
        self.start = first.sentence_start
        self.text = first.sentence
        self.read = _without_asides(first.sentence)
        self.figures = [i for i in indices if claims[i].kind in FIGURES and not self.read[self._at(i)].isspace()]
        self.roles = {i: self._roles(n) for n, i in enumerate(self.figures)}

    def _at(self, i: int) -> int:
        return self.claims[i].span.start - self.start

    def _end(self, i: int) -> int:
        return self.claims[i].span.end - self.start

    def lead(self, n: int) -> str:
        """The words between the figure before and this one's hedge."""
        previous = self._end(self.figures[n - 1]) if n else 0
        return self.read[previous:max(previous, hedge_start(self.claims[self.figures[n]]))]

    def trail(self, n: int) -> str:
        following = self._at(self.figures[n + 1]) if n + 1 < len(self.figures) else len(self.read)
        return self.read[self._end(self.figures[n]):following]

    def _roles(self, n: int) -> dict[str, Role]:
        """The role each frame type gives the figure: the cue nearest it, the longest of those."""
        lead, trail = self.lead(n), self.trail(n)
        found: dict[str, tuple[tuple[int, int], Role]] = {}
        for cue, pattern in _BEFORE:
            match = pattern.search(lead) if cue.side == "before" or n == 0 else None
            if match:
                rank = (-len(match.group("filler")), len(match.group()))
                _keep(found, cue, rank, match.group().strip())
        for cue, pattern in _AFTER:
            match = pattern.match(trail)
            if match:
                _keep(found, cue, (-len(match.group()), 0), match.group().strip())
        return {frame: role for frame, (_, role) in found.items()}

    def words_between(self, first: int, second: int) -> int:
        return _words(self.read[self._end(first):self._at(second)])

    def _segment(self, position: int) -> int:
        """Which list of the sentence a position is in: lists end at LIST_BREAK."""
        return sum(1 for _ in LIST_BREAK.finditer(self.read, 0, position))

    def after_position(self, position: int) -> list[int]:
        """The figures after `position` in its list that are no old value or rate of a change."""
        return [i for i in self.figures if self._at(i) >= position and self._segment(self._at(i)) == self._segment(position)
                and (self.roles[i].get("change") is None or self.roles[i]["change"].role not in ("old", "rate"))]

    def before_position(self, position: int) -> list[int]:
        return [i for i in self.figures if self._end(i) <= position and self._segment(self._at(i)) == self._segment(position)]

    def after(self, i: int) -> list[int]:
        return self.after_position(self._end(i))

    def clauses(self, breaks: re.Pattern) -> list[list[int]]:
        """The figures of each clause, in order."""
        groups: list[list[int]] = [[]]
        for n, i in enumerate(self.figures):
            if n and breaks.search(self.read, self._end(self.figures[n - 1]), self._at(i)):
                groups.append([])
            groups[-1].append(i)
        return [group for group in groups if group]


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _keep(found: dict, cue: Cue, rank: tuple[int, int], words: str) -> None:
    if cue.frame not in found or rank > found[cue.frame][0]:
        found[cue.frame] = (rank, Role(cue.frame, cue.role, words, cue.complete, cue.follows, cue.reaches_back, cue.moves))


def _without_asides(sentence: str) -> str:
    for pattern in _ASIDES:
        sentence = pattern.sub(lambda m: " " * len(m.group()), sentence)
    return sentence


def read_frames(claims: list[Claim]) -> list[Frame]:
    """Every change and total the article's sentences state."""
    frames: list[Frame] = []
    sentences = [Sentence(claims, indices) for indices in by_sentence(claims).values()]
    framed: set[int] = set()  # totals given their parts already: a later sentence does not reach back to them
    for n, sentence in enumerate(sentences):
        for clause in sentence.clauses(CLAUSE_BREAK):
            frames += _changes(sentence, clause)
        totals = _totals(sentences, n, framed)
        framed.update(frame.roles["total"] for frame in totals)
        frames += totals
    return frames


# Changes ---------------------------------------------------------------------------------

def _changes(sentence: Sentence, clause: list[int]) -> list[Frame]:
    """Each run of old, new and rate figures in the clause, closed when a role comes again or
    a figure with no role follows it. A run with no new level takes the figure stated just
    before it ('Sales were £5m, up 10% from £4.5m'), else the level the clause's last change
    went to ('rose to 24.12 billion, up 2.6 pct from 23.52 billion and 42 pct above the
    16.98 billion')."""
    frames: list[Frame | None] = []
    current: Frame | None = None
    levels: list[int] = []  # figures with no role, each the level a later change may have gone to
    went_to: int | None = None  # the level the last change went to
    at = sentence.figures.index(clause[0])
    since = sentence._end(sentence.figures[at - 1]) if at else 0  # where the words of the open run begin

    def close() -> None:
        nonlocal current, levels, since, went_to
        closed = _closed(sentence, current, levels, went_to, since)
        frames.append(closed)
        if current is not None:
            levels, went_to = [], closed.roles["new"] if closed else None
            since = sentence._end(max(current.roles.values()))
        current = None

    for i in clause:
        role = sentence.roles[i].get("change")
        name = _change_role(sentence, i, role)
        if role is not None and role.follows and (current is None or role.follows not in current.roles):
            name = None  # '42 pct above the 16.98 billion': a comparison only after its rate
        if name is None:
            if RESTATEMENT_BEFORE.search(sentence.lead(sentence.figures.index(i))):
                continue  # '10.2 mln dlrs or 1.10 dlrs a share' states one level
            if current is not None:
                close()  # 'AMC 1,198, down 50 pct, Volkswagen 2,145, down from 3,342'
            levels.append(i)
            continue
        if current is not None and (name in current.roles or sentence.words_between(max(current.roles.values()), i) > ROLE_GAP):
            close()
        if current is None:
            current = Frame("change", cue=role.cue)
        current.roles[name], current.cues[name] = i, role.cue
        current.moved = current.moved or (name == "old" and role.moves)
    close()
    return [frame for frame in frames if frame is not None]


def _change_role(sentence: Sentence, i: int, role: Role | None) -> str | None:
    """old, new, rate or difference; None for a figure the change does not hold."""
    if role is None:
        return None
    claim = sentence.claims[i]
    n = sentence.figures.index(i)
    if role.role != "rate":
        return role.role
    if role.follows and claim.kind != "percent":
        return None  # '305,082 dlrs, or two cts a share': a restatement, not the change's rate
    if RESTATEMENT_BEFORE.search(sentence.lead(n)) and not role.follows:
        return None  # '3.23 mln, or 11.7 pct': the figure before, restated as a share
    if claim.kind == "percent" and claim.unit == "%":
        after = sentence.read[sentence._end(i):sentence._end(i) + 80]
        return "elsewhere" if RATE_ELSEWHERE_AFTER.match(after) else "rate"
    return "difference"


def _closed(sentence: Sentence, frame: Frame | None, levels: list[int], went_to: int | None,
            since: int) -> Frame | None:
    """The frame if it holds a change the evaluator can weigh, with the way its own words
    (from `since`) say it went, and its factor. With no new level of its own it takes the
    figure stated right before its words, else the level the last change went to."""
    if frame is None or "old" not in frame.roles or "elsewhere" in frame.roles:
        return None
    claims, roles = sentence.claims, frame.roles
    first, last = min(roles.values()), max(roles.values())
    said = sentence.read[max(since, sentence._at(first) - 60):sentence._end(last)]
    stated = [j for j in levels if j < first and len(" ".join(sentence.read[sentence._end(j):sentence._at(first)].split()))
              <= LEVEL_REACH]  # not '1.7 billion dlr charge against earnings, down from 1.56 billion'
    before = [j for j in (stated[-1:] or [went_to]) if j is not None and _alike(claims[roles["old"]], claims[j])]
    if "new" not in roles and before:
        roles["new"] = before[0]
    if "new" not in roles or not _alike(claims[roles["old"]], claims[roles["new"]]):
        return None
    if RANGE.search(sentence.read[max(since, sentence._at(first) - 60):sentence._at(roles["old"])]):
        return None  # 'ranging from 5 to 10'
    if claims[roles["new"]].kind == "percent":
        roles.pop("rate", None)  # a rate beside rates: 'rose 10% to 5.5% from 5%' says not which
    frame.sign = _sign(said)
    factor = FACTOR.search(said)
    frame.factor = FACTORS[factor.group(1).lower()] if factor else None
    return frame


def _sign(words: str) -> int:
    """+1 or -1 when the words say only one way, else 0."""
    said = {1 if m.group("rise") else -1 for m in DIRECTION.finditer(words)}
    return said.pop() if len(said) == 1 else 0


def _alike(old: Claim, new: Claim) -> bool:
    """Two levels of one quantity; a bare 'from 93,038' takes the unit of the level it went to."""
    if old.kind != new.kind:
        return old.kind == "count" and old.unit is None and new.kind in AMOUNTS
    return old.unit == new.unit or None in (old.unit, new.unit)


# Totals ----------------------------------------------------------------------------------

def _totals(sentences: list[Sentence], n: int, framed: set[int]) -> list[Frame]:
    """Each total the sentence states with its parts: after 'Of the N' ('Of the 40 victims, 25
    were men ...'), after a parts cue ('1,450 people, including 300 ...', 'made up of'), before a
    total said after its parts ('..., making €75m', '... 16,000 in all'); a cue or total with no
    figure before it in its sentence reaches back to the sentences before."""
    sentence, claims = sentences[n], sentences[n].claims
    earlier = sentences[max(0, n - TOTAL_SENTENCES_BACK):n]
    frames: list[Frame] = []
    used: set[int] = set()

    def add(total: int | None, listed: list[int], cue: str, complete: bool, least: int = 1, backward: bool = False) -> None:
        if total is None or total in used:
            return
        fitting = [i for i in listed if i != total and i not in used and _part_of(claims[i], claims[total])]
        parts = _chain(sentences, claims[total], fitting[::-1] if backward else fitting)[::-1 if backward else 1]
        if len(parts) < least or sum(claims[i].value for i in parts) < COMPOSITION * claims[total].value:
            return  # '1.5 mln units, consisting of one share and four warrants' describes each unit
        if not complete and NETTED.search(claims[total].sentence[:claims[total].span.end - claims[total].sentence_start]):
            return  # 'net income of 28,000 dlrs, including a 103,000 dlrs credit': other items may be losses
        # Parts are all of the total only if the list was read to its end.
        complete = complete and len(parts) == len(fitting)
        frames.append(Frame("total", roles={"total": total}, parts=parts, cue=cue, complete=complete))
        used.update([total, *parts])

    for i in sentence.figures:  # 'Of the 40 victims, 25 were men, 12 women and 9 children'
        role = sentence.roles[i].get("total")
        if role and role.role == "total" and sentence.figures.index(i) == 0 and role.cue.lower().lstrip().startswith(("of", "and", "but")):
            add(i, sentence.after(i), role.cue, _completed(sentence, sentence.after(i)), least=2)
    for start, end, cue, words in _parts_cues(sentence):
        listed = sentence.after_position(end)
        if not cue.opens or not listed or listed[0] in used \
                or _words(sentence.read[end:sentence._at(listed[0])]) > LIST_GAP:
            continue  # 'The band, which also includes members Matt Jay and James Bourne, made the top ten'
        before = sentence.before_position(start)
        marked = [i for i in before if _total_role(sentence, i) == "total"]
        if cue.follows == "total" and not marked:
            continue  # a colon lists parts only after a stated total
        if before:
            total = (marked or before)[-1]
            head = OTHER_HEAD.search(sentence.read, sentence._end(total), start)
            if head and _words(sentence.read[sentence._end(total):head.start()]) > HEAD_REACH \
                    or head and head.group().lower() in ("each", "every", "per"):
                continue
        elif cue.reaches_back and not OTHER_PERIOD.search(sentence.read[:start]):
            total = _last_total(earlier, framed)
        else:
            total = None
        add(total, listed, words, cue.complete or _completed(sentence, listed))
    for i in sentence.figures:  # '..., making €75m', 'some 16,000 in all', 'In all, 38 people ...'
        if _total_role(sentence, i) != "total" or i in used:
            continue
        before = [j for j in sentence.before_position(sentence._at(i)) if sentence.roles[j].get("change") is None]
        if before:
            add(i, before, sentence.roles[i]["total"].cue, False, least=2, backward=True)
        elif sentence.figures.index(i) == 0 and earlier and sentence.roles[i]["total"].reaches_back:
            add(i, [j for j in earlier[-1].figures if earlier[-1].roles[j].get("change") is None],
                sentence.roles[i]["total"].cue, False, least=2, backward=True)
    return frames


def _chain(sentences: list[Sentence], total: Claim, figures: list[int]) -> list[int]:
    """The figures that make one list, from the first: each joined to the one before by a
    comma or 'and' ('£20m for schools, £15m for roads and £12m for care'), a few words apart.
    Figures in reverse order make a list read backwards ('23 in 2021, 51 in 2022 and 40 in 2023')."""
    chain = figures[:1]
    claims = sentences[0].claims
    for i in figures[1:]:
        if claims[i].unit not in (total.unit, None, claims[chain[0]].unit) and claims[chain[0]].unit in (total.unit, None):
            break  # '61 lifts, 34 of them double-deckers, and 50 escalators': a list of lifts, then something else
        first, second = sorted((chain[-1], i))
        owner = next((s for s in sentences if first in s.roles and second in s.roles), None)
        if owner is None:
            break
        gap = owner.read[owner._end(first):hedge_start(owner.claims[second])]
        if _words(gap) > LIST_GAP or not LIST_JOIN.search(gap):
            break
        chain.append(i)
    return chain


def _parts_cues(sentence: Sentence) -> list[tuple[int, int, Cue, str]]:
    """(start, end, cue, words) of each parts cue in the sentence, in order; a cue said after
    its first part ('thirty-eight of them girls') starts where that part does."""
    found = [(m.start(), m.end(), cue, m.group()) for cue, pattern in _PARTS for m in pattern.finditer(sentence.read)]
    for n, i in enumerate(sentence.figures):
        for cue, pattern in _PARTS_AFTER:
            match = pattern.match(sentence.trail(n))
            if match:
                found.append((sentence._at(i), sentence._at(i), cue, match.group().strip()))
    found.sort(key=lambda f: (f[0], -f[1]))
    return [f for k, f in enumerate(found) if not k or f[0] >= found[k - 1][1] or f[0] == f[1]]


def _completed(sentence: Sentence, listed: list[int]) -> bool:
    """Whether 'the rest', 'the remaining' stands among the listed parts: then they are all of it."""
    if not listed:
        return False
    span = sentence.read[sentence._at(listed[0]):sentence._end(listed[-1])]
    return any(cue.complete and pattern.search(span) for cue, pattern in _PARTS)


def _last_total(earlier: list[Sentence], framed: set[int]) -> int | None:
    """The total a sentence's parts cue reaches back to: a stated total in the sentences just
    before, else the last amount of the sentence before; never one whose parts are read already."""
    for sentence in reversed(earlier):
        marked = [i for i in sentence.figures if _total_role(sentence, i) == "total"]
        if marked:
            return None if marked[-1] in framed else marked[-1]
    if not earlier:
        return None
    last = earlier[-1]
    amounts = [i for i in last.figures if last.claims[i].kind in AMOUNTS
               and (last.roles[i].get("change") is None or last.roles[i]["change"].role == "new")]
    return amounts[-1] if amounts and amounts[-1] not in framed else None


def _total_role(sentence: Sentence, i: int) -> str | None:
    role = sentence.roles[i].get("total")
    return role.role if role else None


def _part_of(part: Claim, whole: Claim) -> bool:
    """A part counts or measures what its total does: money in the same currency, measures in
    the same unit; counts of sub-groups may name them ('25 were men' of '40 victims')."""
    if part.kind != whole.kind or whole.kind not in AMOUNTS:
        return False
    if whole.kind == "count" and part.unit != whole.unit:
        return part.unit not in PLACE_UNITS | DURATION_UNITS  # '... are spread across 14 other countries'
    return part.unit == whole.unit
