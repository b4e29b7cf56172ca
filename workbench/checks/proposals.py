"""Relations no sentence states, offered to the reviewer as checks to accept.

The rules fail a figure only where the text says how its figures relate. An article holds
more relations than it states: the same $3.5m in the first paragraph and the fifth, a
quarter's revenues beside the year's in an earnings table, three amounts that add up to a
fourth, a rate beside a figure that is that share of another. Figures also coincide by
chance, so none of these is a finding: each is a reviewer check (manual.ManualCheck) with
how it reads on the current figures, shown in the page with one key to accept. Accepted,
it is a reviewer check like any other and follows the figures as they are corrected.

Each reading below is bounded to a few neighbours per figure, so an article of any length
costs time in proportion to its figures.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations

from ..extract import Claim
from ..extract.claim import is_vague
from .clauses import by_sentence
from .finding import Finding
from .manual import ManualCheck, evaluate
from .precision import interval
from .vague import content_words

# What a proposal may hold: figures of a quantity that adds up or is restated, not dates,
# clock times, ranks or scores.
QUANTITIES = ("count", "money", "measure", "percent", "ratio", "age")
AMOUNTS = ("count", "money", "measure")
FAMILY = {"age": "count"}  # '87' and '87-year-old' may be one quantity
# Small values recur by chance ('two', '5%'): one is proposed as a restatement only with the
# same unit and a word of meaning its sentences share, and 'one' never.
SMALL = 10
MOST_RESTATEMENTS = 6  # a value stated more often than this is a common number, not one quantity
NEIGHBOURS = 6  # figures of one kind and unit on each side looked at for shares and changes
PART_NEIGHBOURS = 4  # and for the parts of a sum, whose combinations multiply chances to coincide
MOST_PARTS = 3
COARSEST_ROUNDED = 0.05  # a restatement rounded to within 5% ('22%' of '22.1%') needs a word shared too
# How finely a figure must be written for a sum to total it, or a rate to be worked out: '12'
# (to within 4%) is the sum of some two or three small counts in most articles, '£47m' (1%)
# or '337,000' rarely by chance; '0.01%' (to within 50%) fits almost any pair of figures.
FINEST_TOTAL = 0.011
FINEST_RATE = 0.1
COMPOSITION = 0.01  # a part smaller than this share of its total fits any total by rounding
MOST_PROPOSALS = 30

# Earnings tables head each block with its period ('Qtr', 'Nine mths', 'Year'); a row that
# adds up over time ('Revs', 'Sales'; 'Net' and 'Shr' too while no period made a loss) is at
# most as large in a block as in a later, longer one. 'Avg shrs' is an average, not a sum.
PERIOD_HEADING = re.compile(
    r"^\s*(?:(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+)?"
    r"(?P<period>qtr|quarter|3\s+mths|six\s+mths|6\s+mths|half|nine\s+mths|9\s+mths|year|12\s+mths|52\s+weeks|"
    r"53\s+weeks)\b[^\d\n]{0,30}$", re.IGNORECASE | re.MULTILINE)
MONTHS = {"qtr": 3, "quarter": 3, "3 mths": 3, "six mths": 6, "6 mths": 6, "half": 6, "nine mths": 9,
          "9 mths": 9, "year": 12, "12 mths": 12, "52 weeks": 12, "53 weeks": 12}
# A table's notes ('NOTE: 1986 net includes ...') name items of its 'Net' and 'Shr' rows.
NOTE = re.compile(r"^\s*NOTE\b", re.MULTILINE)
NOTED_ROWS = ("net", "shr")
NOTED_IN = re.compile(r"\b(?:net|includ(?:e|es|ed|ing))\b", re.IGNORECASE)
NOT_NOTED_IN = re.compile(r"\b(?:exclud(?:e|es|ed|ing)|before|loss(?:es)?)\b", re.IGNORECASE)
PER_SHARE_AFTER = re.compile(r"\s*(?:a|per)\s+(?:share|shr)\b", re.IGNORECASE)
CUMULATIVE_ROW = re.compile(r"^\s*(?:oper(?:ating)?\s+|total\s+|net\s+|gross\s+)?(?:revs|revenues?|sales|turnover|"
                            r"premiums(?:\s+written)?|billings|shr|net|net\s+income|profit|earnings)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Proposal:
    reading: str  # which reading below found it
    check: ManualCheck
    finding: Finding  # how the check reads on the figures as they are now


def propose(claims: list[Claim], text: str, checked: Iterable[Collection[int]]) -> list[Proposal]:
    """The checks worth offering for an article whose figures `checked` already names together
    (by its findings): none of those, none twice, each one its figures pass; restatements
    first, then tables, sums, shares and changes."""
    covering: dict[int, list[frozenset]] = {}  # each figure's checked sets, so a look-up reads only those
    for claims_of in checked:
        named = frozenset(claims_of)
        for i in named:
            covering.setdefault(i, []).append(named)
    seen: set[frozenset] = set()
    found = []
    for reading in READINGS:
        for check in reading.read(claims, text):
            key = frozenset(check.claims)
            if key in seen or any(key <= named for named in covering.get(check.claims[0], ())):
                continue
            seen.add(key)
            finding = evaluate(check, claims)
            if finding.status != "pass":
                continue  # what a reading saw, the check as a reviewer keeps it does not confirm
            found.append(Proposal(reading.name, check, finding))
            if len(found) == MOST_PROPOSALS:
                return found
    return found


def _quantity(claim: Claim, open_bounds: bool = False) -> bool:
    """A figure of one quantity with a value to compute with: no range ('150 to 600 mln'),
    no vague word; `open_bounds` admits a hedged one ('up to $4m')."""
    if claim.kind not in QUANTITIES or is_vague(claim) or not claim.value > 0:
        return False
    if claim.low is None or claim.high is None:
        return open_bounds
    return claim.low == claim.high or claim.qualifier is not None


def _by_kind_and_unit(claims: list[Claim], kinds: tuple[str, ...]) -> dict[tuple, list[int]]:
    """Indices of the figures of each kind and unit, in the order of the text. Counts are one
    group whatever their noun: parts and their whole are counted in different words ('25 men
    and 12 women' of '40 victims', '90 jobs' of '521 journalists')."""
    groups: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.kind in kinds and _quantity(claim):
            groups.setdefault((claim.kind, None if claim.kind == "count" else claim.unit), []).append(i)
    return groups


def restatements(claims: list[Claim], text: str) -> Iterator[ManualCheck]:
    """One value of one kind in more than one sentence ('$3.5m' ... '$3.5m'; '87' and
    '87-year-old'), hedged or not; figures with different units are different quantities."""
    values: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        if _quantity(claim, open_bounds=True):
            values.setdefault((FAMILY.get(claim.kind, claim.kind), claim.value), []).append(i)
    for (family, value), group in values.items():
        # A count's unit is the noun the extractor took ('18,000 ballots', '18,000 votes'):
        # for an uncommon value it says less than the value does.
        named = family in ("money", "measure", "percent") or value < SMALL or _significant(claims[group[0]]) < 2
        units = sorted({claims[i].unit for i in group} - {None}) if named else []
        for unit in units or [None]:
            same = [i for i in group if not units or claims[i].unit in (unit, None)]
            if len({claims[i].sentence_start for i in same}) < 2 or len(same) > MOST_RESTATEMENTS:
                continue
            if value < SMALL and (value == 1 or unit is None or not _share_a_word(claims, same)):
                continue
            yield ManualCheck("same", same)


def rounded(claims: list[Claim], text: str) -> Iterator[ManualCheck]:
    """One quantity stated exactly and again rounded, in another sentence ('£125.95 a week' ...
    '£126 a week', '22.1%' ... '22%'): the rounder figure's precision holds the finer one. A
    rounder figure finer than FINEST_TOTAL seldom holds another by chance; a coarser one
    ('22%') only with a word of meaning shared."""
    groups: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        if _quantity(claim) and claim.kind in (*AMOUNTS, "percent") and (claim.unit or claim.kind != "count"):
            groups.setdefault((claim.kind, claim.unit), []).append(i)
    for group in groups.values():
        ordered = sorted(group, key=lambda i: claims[i].value)
        for n, finer in enumerate(ordered):
            for rounder in ordered[max(0, n - NEIGHBOURS):n] + ordered[n + 1:n + 1 + NEIGHBOURS]:
                a, b = claims[finer], claims[rounder]
                if a.sentence_start == b.sentence_start or a.value == b.value or _significant(a) <= _significant(b):
                    continue
                low, high = interval(b)
                coarse = _relative_precision(b)
                if low <= a.value <= high and _significant(b) >= 2 and (
                        coarse <= FINEST_TOTAL or (coarse <= COARSEST_ROUNDED and _share_a_word(claims, [finer, rounder]))):
                    yield ManualCheck("same", sorted((finer, rounder)))


def _share_a_word(claims: list[Claim], group: list[int]) -> bool:
    words = [content_words(claims[i].sentence) for i in group]
    return any(a & b for a, b in combinations(words, 2))


def period_tables(claims: list[Claim], text: str) -> Iterator[ManualCheck]:
    """'Revs 39.4 mln vs 34.7 mln' in a quarter's block, 'Revs 147.9 mln vs 114.2 mln' under
    'Year': each column of the shorter period is at most the same column of the longer."""
    headings = [(m.start(), MONTHS[re.sub(r"\s+", " ", m.group("period").lower())])
                for m in PERIOD_HEADING.finditer(text)]
    if not headings:
        return
    starts = [at for at, _ in headings]
    rows: dict[str, list[tuple[int | None, list[int]]]] = {}
    for start, members in by_sentence(claims).items():  # a table's line is a sentence of its own
        label = text[start:claims[members[0]].span.start]
        if not CUMULATIVE_ROW.match(label):
            continue
        under = bisect_left(starts, start)  # the headings before the line
        months = headings[under - 1][1] if under else None
        rows.setdefault(label.strip().lower(), []).append((months, members))
    for blocks in rows.values():
        for (shorter, first), (longer, second) in zip(blocks, blocks[1:]):
            if longer is None or (shorter is not None and shorter >= longer) or len(first) != len(second):
                continue
            for part, whole in zip(first, second):
                if claims[part].unit == claims[whole].unit:
                    yield ManualCheck("at-most", [part, whole])


def table_notes(claims: list[Claim], text: str) -> Iterator[ManualCheck]:
    """'Net 5,370,000 vs 4,901,000 ... NOTE: 1986 net gain from property investments 717,000
    dlrs, or 22 cts per share, vs 721,000 dlrs': an item a note says is in the net (or per
    share, in the share earnings) is at most that row's figure of its column, the notes' items
    taken in the columns' order."""
    note = NOTE.search(text)
    if note is None:
        return
    rows: dict[str, list[int]] = {}
    lines = by_sentence(claims)
    for start, members in lines.items():
        label = text[start:claims[members[0]].span.start].strip().lower()
        if start < note.start() and label in NOTED_ROWS and label not in rows:
            rows[label] = [i for i in members if _quantity(claims[i])]
    for start, members in lines.items():
        noted = [i for i in members if claims[i].span.start > note.start()]  # a table's last line may run into its note
        said = text[max(start, note.start()):start + len(claims[members[0]].sentence)]
        if not noted or not NOTED_IN.search(said) or NOT_NOTED_IN.search(said):
            continue
        items = [i for i in noted if claims[i].kind == "money" and _quantity(claims[i])]
        per_share = [i for i in items if PER_SHARE_AFTER.match(text, claims[i].span.end)]
        for row, noted in (("net", [i for i in items if i not in per_share]), ("shr", per_share)):
            for item, total in zip(noted, rows.get(row, [])):
                yield ManualCheck("at-most", [item, total])


def _neighbours(group: list[int], at: int, reach: int = NEIGHBOURS) -> list[int]:
    """The figures of a group nearest the one at position `at` of it, on either side."""
    return group[max(0, at - reach):at] + group[at + 1:at + 1 + reach]


def _relative_precision(claim: Claim) -> float:
    low, high = interval(claim)
    return (high - low) / 2 / claim.value


def sums(claims: list[Claim], text: str) -> Iterator[ManualCheck]:
    """Two or three figures near a larger one of their kind and unit that add up to it
    within the precision written ('£20m', '£15m' and '£12m' beside '£47m'). Parts are
    listed together, in one sentence or the next; one the text gives another whole
    ('50 children' of '425') is no part here."""
    sentence = {start: n for n, start in enumerate(sorted({c.sentence_start for c in claims}))}

    def listed(parts: tuple[int, ...]) -> bool:
        numbers = [sentence[claims[i].sentence_start] for i in parts]
        return max(numbers) - min(numbers) <= 1

    for group in _by_kind_and_unit(claims, AMOUNTS).values():
        for at, total in enumerate(group):
            whole = interval(claims[total])
            if _relative_precision(claims[total]) > FINEST_TOTAL:
                continue
            smaller = [i for i in _neighbours(group, at, PART_NEIGHBOURS)
                       if COMPOSITION * claims[total].value <= claims[i].value < claims[total].value
                       and claims[i].part_of in (None, total)]
            for size in range(2, MOST_PARTS + 1):
                parts = next((list(parts) for parts in combinations(smaller, size)
                              if listed(parts) and _within(sum(claims[i].value for i in parts), whole)), None)
                if parts:
                    yield ManualCheck("sum-equals", sorted(parts) + [total])
                    break


def _within(value: float, bounds: tuple[float, float]) -> bool:
    """Numbers coincide often within the loose reach of every figure's rounding; a proposal
    asks that the figures as written fit the one worked out from them to its own precision."""
    return bounds[0] <= value <= bounds[1]


def _significant(claim: Claim) -> int:
    digits = re.sub(r"\D", "", claim.span.text).lstrip("0").rstrip("0")
    return len(digits)


def _rates_and_figures(claims: list[Claim]) -> Iterator[tuple[int, int, int]]:
    """(rate, a, b): a rate, a figure of its sentence, and a figure of the same kind and unit
    among that one's neighbours, in the order of the text."""
    groups = _by_kind_and_unit(claims, AMOUNTS)
    where = {i: (key, at) for key, group in groups.items() for at, i in enumerate(group)}
    sentences = by_sentence(claims)
    for rate, claim in enumerate(claims):
        if claim.kind != "percent" or not _quantity(claim) or _relative_precision(claim) > FINEST_RATE:
            continue
        for a in (i for i in sentences[claim.sentence_start] if i in where):
            key, at = where[a]
            for b in _neighbours(groups[key], at):
                yield rate, min(a, b), max(a, b)


def shares(claims: list[Claim], text: str) -> Iterator[ManualCheck]:
    """A rate beside a figure that is that share of another ('90 jobs, 17% of the staff' and
    'its 521 editorial staff': 90 / 521 = 17.3%)."""
    for rate, a, b in _rates_and_figures(claims):
        if claims[rate].value >= 100:
            continue
        part, whole = (a, b) if claims[a].value < claims[b].value else (b, a)
        if _within(100 * claims[part].value / claims[whole].value, interval(claims[rate])):
            yield ManualCheck("percent-of", [part, whole], claims[rate].value)


def changes(claims: list[Claim], text: str) -> Iterator[ManualCheck]:
    """A rate beside a figure that the rate takes from, or to, another ('up 6%' and '£1.06bn'
    ... '£1bn' a paragraph on), either taken as the old level."""
    for rate, a, b in _rates_and_figures(claims):
        if claims[a].value == claims[b].value:
            continue
        for old, new in ((a, b), (b, a)):
            sign = 1 if claims[new].value >= claims[old].value else -1
            low, high = interval(claims[rate])
            if _within(sign * 100 * (claims[new].value / claims[old].value - 1), (sign * low, sign * high)[::sign]):
                yield ManualCheck("change", [old, new], sign * claims[rate].value)
                break


@dataclass(frozen=True)
class Reading:
    name: str
    read: Callable[[list[Claim], str], Iterator[ManualCheck]]


READINGS = (
    Reading("restated", restatements),
    Reading("rounded", rounded),
    Reading("period table", period_tables),
    Reading("table note", table_notes),
    Reading("sum", sums),
    Reading("share", shares),
    Reading("change", changes),
)
