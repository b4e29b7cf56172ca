"""Read a figure's surroundings: its hedge word, what it counts, whom it is about.

No library does this part (see the extraction research), so these are small,
named rules over the words next to the figure. Each takes the sentence and the
figure's offsets within it and returns one field of the claim.
"""

from __future__ import annotations

import re

from . import clauses, lexicon
from .claim import Claim
from .numbers import singular, times
from .patterns import Figure

SUPERLATIVE = re.compile(rf"\bthe\s+({'|'.join(lexicon.SUPERLATIVES)})\b", re.IGNORECASE)
# A superlative qualifies figures of its own clause; commas count here (subjects.py reads
# clauses more widely, since a name often stands before a comma).
CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")
AMOUNTS = ("count", "money", "percent", "measure", "ratio")
TIME_FRAME = re.compile(r"\b(?:in|since|for|over|than|during)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
TIME_FRAME_WORDS = 4  # the most words TIME_FRAME spans: its own and three more
_AFTER_WORDS = "|".join(hedge.replace(" ", r"\s+") for hedge in lexicon.QUALIFIERS_AFTER)
QUALIFIER_AFTER = re.compile(rf"\s+({_AFTER_WORDS})\b", re.IGNORECASE)


def qualifier(sentence: str, figure: Figure) -> str | None:
    """The hedge or bound word right before the figure, else a superlative in its clause."""
    before = sentence[max(0, figure.start - 30):figure.start]
    if before[-1:].isspace():
        words = re.sub(r"[—–]", " ", before.lower()).split()  # '£68.35 a week—around £3,500 a year'
        for count in (3, 2, 1):  # the longest hedge first: 'just over' before 'over'
            hedge = " ".join(words[-count:]).lstrip("(\"“'")
            if len(words) >= count and hedge in lexicon.QUALIFIERS:
                return hedge
    after = QUALIFIER_AFTER.match(sentence, figure.end)
    if after:
        return " ".join(after.group(1).lower().split())  # 'three or more cups'
    if figure.kind not in AMOUNTS:
        return None
    start = clauses.clause_start(CLAUSE_BREAK, sentence, figure.start)
    superlative = clauses.first_between(SUPERLATIVE, sentence, start, figure.start)
    if superlative is None:
        return None
    frame_from = max(superlative.end(), clauses.words_back(sentence, figure.start, TIME_FRAME_WORDS))
    if TIME_FRAME.search(sentence, frame_from, figure.start):
        return None  # 'the highest level in seven years': the figure frames the superlative
    return superlative.group(1).lower()


def bounds(figure: Figure, word: str | None) -> tuple[float | int | None, float | int | None, bool]:
    """Widen the figure's bounds by its hedge: 'around 100' -> 90..110, 'more than 5' -> 5..None,
    'three or more' -> 3..None."""
    factors = lexicon.QUALIFIERS.get(word) or lexicon.QUALIFIERS_AFTER.get(word)
    if factors is None:
        return figure.low, figure.high, figure.approx
    low_factor, high_factor, approx = factors
    low = None if low_factor is None else times(figure.low, low_factor)
    high = None if high_factor is None else times(figure.high, high_factor)
    return low, high, approx or figure.approx


POPULATION_OF = re.compile(r"\bpopulation\s+of\s+$", re.IGNORECASE)
SHARES_LABEL = re.compile(r"\b(?:avg\s+)?(?:shrs|shares)\s+(?:outstanding\s+)?$", re.IGNORECASE)
OF_THE = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?!\S*\d)", re.IGNORECASE)
NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:[a-z]+\s+){0,3}?([a-z]+s)\s+(?:\w+\s+){0,3}?(?:from|to|at|of)?\s*$", re.IGNORECASE)
ARE_BEFORE_NOUN = re.compile(r"^\s+(?:are|were)\s+(?=\w)")
COMPOUND = re.compile(r"^-([a-z]+)\b")
WORDS = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")


def counted_noun(sentence: str, figure: Figure, title_case: bool) -> tuple[str | None, list[str]]:
    """What a count counts, as a singular lowercase lemma, with the words modifying it.

    '900 fighters' -> fighter; '5,600 former ISIS members' -> member, [former, ISIS];
    'around 100 are women' -> woman; 'thousands of fighters' -> fighter; 'a 13-member
    committee' -> member; '111 of the appointed bodies' -> body; 'Avg shrs 10.2 mln' -> share.
    """
    before = sentence[max(0, figure.start - 80):figure.start]
    if POPULATION_OF.search(before):
        return "person", []
    if SHARES_LABEL.search(before):
        return "share", []
    rest = sentence[figure.end:figure.end + 80]
    compound = COMPOUND.match(rest)
    if compound:  # 'the 60-employee Potato Council': the name after it is what it describes
        named = re.match(r"\s+((?:[A-Z][\w&.-]*\s*)+)", rest[compound.end():])
        return compound.group(1), named.group(1).split() if named else []
    hedged = QUALIFIER_AFTER.match(rest)
    if hedged:  # 'three or more cups of coffee': the cups
        rest = " " + rest[hedged.end():]
    of_the = OF_THE.match(rest)
    if of_the:  # 'thousands of fighters', '111 of the appointed bodies' (not '425 of the 850 ...')
        rest = " " + rest[of_the.end():]
    rest = ARE_BEFORE_NOUN.sub(" ", rest)
    modifiers: list[str] = []
    for word in WORDS.findall(rest)[:5]:
        lower = word.lower()
        if lower in lexicon.COUNT_MODIFIERS:
            continue
        if not (word[0].isalnum() or word[0] == "_") or lower in lexicon.NOUN_STOPS or _starts_a_figure(lower) \
                or lower in lexicon.PLAIN_VERBS:
            break  # '440,000 six months earlier': the months are the next figure's; '100 million receive cable TV
        if (len(word) > 1 and word.isupper()) or lower.endswith(("'s", "’s")):
            modifiers.append(word)  # 'ISIS members'; "13 of the club's last 14 games": the possessor is not counted
            continue
        candidate = lower if (title_case or word.islower()) else None
        lemma = singular(candidate) if candidate else None
        if lemma:
            return lemma, modifiers
        modifiers.append(word)
    number_of = NUMBER_OF.search(before)  # 'the number of specialist sport colleges from 350'
    return (singular(number_of.group(1).lower()), []) if number_of else (None, [])


def _starts_a_figure(word: str) -> bool:
    return word[0].isdigit() or word in lexicon.UNITS_WORDS or word in lexicon.TENS_WORDS


def kind_of_noun(unit: str | None) -> tuple[str, str | None]:
    """'billions of pounds' is money and '11,254,837 erodible acres' a measure, by their noun."""
    if unit is None:
        return "count", None
    if unit + "s" in lexicon.CURRENCY_WORDS or unit in lexicon.CURRENCY_WORDS:
        return "money", lexicon.CURRENCY_WORDS.get(unit + "s", lexicon.CURRENCY_WORDS.get(unit))[0]
    if unit + "s" in lexicon.MEASURES and lexicon.MEASURES[unit + "s"] == unit:
        return "measure", unit
    return "count", unit


SHARED_NOUN = re.compile(r"\s*(?:[-–]|\b(?:to|or|and)\b)\s*$", re.IGNORECASE)


def share_nouns(sentence: str, claims: list[Claim], offset: int) -> None:
    """'from 350 to 400 colleges', 'two or three firms': the first count counts what the second does."""
    for first, second in zip(claims, claims[1:]):
        gap = sentence[first.span.end - offset: second.span.start - offset]
        if first.kind == second.kind == "count" and first.unit is None and second.unit and SHARED_NOUN.match(gap):
            first.unit = second.unit


NATION_DOLLARS = re.compile(
    r"\b(Canadian|Australian|Hong\s+Kong|H\.K\.|New\s+Zealand|Singapore|Taiwan)\s+(?:dlrs?|dollars?)\b", re.IGNORECASE)
US_MARK = re.compile(r"\$|\bU\.?S\b|dlr|dollar", re.IGNORECASE)  # absent: a bare '26.06 billion' took its currency
BARE_DOLLARS = re.compile(r"^[\w.,\s-]+?\s?(?:dlrs?|dollars?)$")


def settle_dollars(text: str, claims: list[Claim]) -> None:
    """In a story about Canadian dollars, a bare 'dlrs' is Canadian too (unless 'U.S. dlrs' appears)."""
    if "dlrs" not in text and "dollars" not in text:
        return
    nations = {re.sub(r"\s+", " ", m.group(1).lower()) for m in NATION_DOLLARS.finditer(text)}
    if len(nations) != 1 or re.search(r"\b(?:U\.S\.|US)\s+(?:dlrs|dollars)|US\$", text):
        return
    code = lexicon.CURRENCY_NATIONS[nations.pop()]
    for claim in claims:
        if claim.unit == "USD" and not NATION_DOLLARS.search(claim.span.text) and (
                BARE_DOLLARS.match(claim.span.text) or not US_MARK.search(claim.span.text)):
            claim.unit = code
