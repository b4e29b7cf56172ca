"""A sentence as the statement reader (reader.py) sees it, and the frames it reads from it.

A sentence is read as its figures and the words between them. Asides (lexicon.ASIDES:
conversions in brackets, date phrases, attributions) are read as if absent, so
'halved to $200m (£104m; 151m euros) from $500m' is 'halved to $200m from $500m'. Each
figure takes the role its neighbouring words give it (lexicon.CUES: after 'from' an old
value, after 'to' a new one, after 'a total of' a total), and the figures with their roles
make frames.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ..extract import Claim
from .clauses import hedge_start
from .lexicon import ASIDES, CUES, FILLER, LIST_BREAK, Aside, Cue

AMOUNTS = ("count", "money", "measure")
FIGURES = (*AMOUNTS, "percent", "ratio")
RATE_ROLES = ("rate", "difference")  # what a change moved by
WORD = re.compile(r"[\w'’-]+")
_ASIDES = [(aside, re.compile(aside.words)) for aside in ASIDES]
# An opening cue is all the sentence, or the clause a reported statement opens, says before its
# figure: 'Of the 40 victims, ...', 'The report stated that out of 31,733 posts, ...'.
_OPENING = {"before": "", "opening": r"(?:^|\b(?:that|showed|shows|found|finds)\s+|[:;]\s*)\s*"}
_BEFORE = [(cue, re.compile(rf"{_OPENING[cue.side]}(?:{cue.words})\s+(?P<filler>{FILLER}{{0,{cue.reach}}})$", re.IGNORECASE))
           for cue in CUES if cue.side in _OPENING and cue.role != "parts"]
_AFTER = [(cue, re.compile(rf"\s*(?:{cue.words})", re.IGNORECASE)) for cue in CUES if cue.side == "after"]


@dataclass
class Role:
    """The role a cue gives a figure, and the cue's words as written."""

    cue: Cue
    words: str

    @property
    def name(self) -> str:
        return self.cue.role


@dataclass
class Frame:
    """One relation a sentence asserts between its figures (claim indices)."""

    type: str  # "change" or "total"
    roles: dict[str, int] = field(default_factory=dict)
    cues: dict[str, Role] = field(default_factory=dict)  # a change: the cue that gave each role, as written
    parts: list[int] = field(default_factory=list)  # a total's parts
    cue: str = ""  # the words that state it, as written
    complete: bool = False  # a total: its parts are all of it
    sign: int = 0  # a change: +1 a rise, -1 a fall, 0 unsaid
    factor: float | None = None  # a change said as 'doubled', 'halved'
    reach: tuple[float, float] = (1.0, 1.0)  # how far the factor's move went: 'more than doubled' (1, inf)
    hedge: str = ""  # the words that say so, as written
    # An old level set beside the new ('compared with 146,610 in April') of a period not
    # said to be a year before: perhaps another base than the rate the sentence gives.
    compared: bool = False
    # An old level set beside the new with the time it was of ('compared with 474,000 bpd in
    # 1973'): the level the change went from, though no 'from' says so.
    dated: bool = False

    @property
    def claims(self) -> list[int]:
        return [*self.parts, *self.roles.values()]

    @property
    def moved(self) -> bool:
        """A change said to go from its old level ('from'), not a comparison of two levels."""
        return "old" in self.cues and self.cues["old"].cue.moves



class Sentence:
    """One sentence as the reader sees it: asides blanked out, figures with their roles."""

    def __init__(self, claims: list[Claim], indices: list[int]):
        self.claims = claims
        self.indices = indices  # all its figures, those in asides too
        first = claims[indices[0]]
        self.start = first.sentence_start
        self.read = _without_asides(first.sentence, [(claims[i].span.start - self.start, claims[i].span.end - self.start)
                                                     for i in indices])
        self.figures = [i for i in indices if claims[i].kind in FIGURES and not self.read[self.at(i)].isspace()]
        self.number = {i: n for n, i in enumerate(self.figures)}
        self.roles = {i: self._roles(n) for n, i in enumerate(self.figures)}
        self.list_ends = [match.end() for match in LIST_BREAK.finditer(self.read)]

    def at(self, i: int) -> int:
        return self.claims[i].span.start - self.start

    def end(self, i: int) -> int:
        return self.claims[i].span.end - self.start

    def lead(self, i: int) -> str:
        """The words between the figure before and this one's hedge."""
        n = self.number[i]
        previous = self.end(self.figures[n - 1]) if n else 0
        return self.read[previous:max(previous, hedge_start(self.claims[i]))]

    def trail(self, i: int) -> str:
        n = self.number[i]
        following = self.at(self.figures[n + 1]) if n + 1 < len(self.figures) else len(self.read)
        return self.read[self.end(i):following]

    def role(self, i: int, frame: str) -> Role | None:
        return self.roles[i].get(frame)

    def _roles(self, n: int) -> dict[str, Role]:
        """The role each frame type gives the figure: the cue nearest it, the longest of those."""
        i = self.figures[n]
        lead, trail = self.lead(i), self.trail(i)
        found: dict[str, tuple[tuple[int, int], Role]] = {}
        for cue, pattern in _BEFORE:
            match = pattern.search(lead) if cue.side == "before" or n == 0 else None
            if match:
                _keep(found, cue, (-len(match.group("filler")), len(match.group())), match.group().strip())
        for cue, pattern in _AFTER:
            match = pattern.match(trail)
            if match:
                _keep(found, cue, (-len(match.group()), 0), match.group().strip())
        return {frame: role for frame, (_, role) in found.items()}

    def words_between(self, first: int, second: int) -> int:
        return words(self.read[self.end(first):self.at(second)])

    def segment(self, position: int) -> int:
        """Which list of the sentence a position is in: lists end at LIST_BREAK. The breaks are
        found once: counting them from the start for each figure a reader asks about made a
        sentence of many figures cost time cubic in its length."""
        return bisect_right(self.list_ends, position)

    def clauses(self, breaks: re.Pattern) -> list[list[int]]:
        """The figures of each clause, in order."""
        groups: list[list[int]] = [[]]
        for n, i in enumerate(self.figures):
            if n and breaks.search(self.read, self.end(self.figures[n - 1]), self.at(i)):
                groups.append([])
            groups[-1].append(i)
        return [group for group in groups if group]


def words(text: str) -> int:
    return len(WORD.findall(text))


def _keep(found: dict, cue: Cue, rank: tuple[int, int], matched: str) -> None:
    """The nearer, longer cue wins; of two giving one role alike, the one that asks nothing of
    the frame before ('closed [at] 113.5p[, up] 8.5p': 'at' wants a rate first, ', up' nothing)."""
    if cue.frame in found:
        kept_rank, kept = found[cue.frame]
        if _alike_but_follows(kept.cue, cue) and bool(kept.cue.follows) != bool(cue.follows):
            if not cue.follows:
                found[cue.frame] = (max(rank, kept_rank), Role(cue, matched))
            return
    if cue.frame not in found or rank > found[cue.frame][0]:
        found[cue.frame] = (rank, Role(cue, matched))


def _alike_but_follows(a: Cue, b: Cue) -> bool:
    return replace(a, words="", example="", side="", reach=0, follows=()) == replace(b, words="", example="", side="", reach=0, follows=())


def _without_asides(sentence: str, figures: list[tuple[int, int]]) -> str:
    """The sentence with its asides blanked; `figures` are where its figures start and end."""
    for aside, pattern in _ASIDES:
        sentence = pattern.sub(lambda match: _blanked(match) if _read_past(aside, match, figures) else match.group(), sentence)
    return sentence


def _read_past(aside: Aside, match: re.Match, figures: list[tuple[int, int]]) -> bool:
    holds = any(match.start() <= start < match.end() for start, _ in figures)
    if aside.restates and holds:  # '$100m (£52m)', not 'ahead of Canada ($4.7bn)': there the words' own figure
        return any(not match.string[end:match.start()].strip() for _, end in figures if end <= match.start())
    return aside.holds_figures or not holds


def _blanked(match: re.Match) -> str:
    """The aside as spaces: all the match, or only its `aside` group ('12 pct fall[ in sales] to')."""
    if "aside" not in match.re.groupindex:
        return " " * len(match.group())
    start, end = match.span("aside")
    return match.string[match.start():start] + " " * (end - start) + match.string[end:match.end()]
