"""Find the figures in one sentence: where they are, what number they state.

Every pattern proposes candidates; the longest candidate starting leftmost wins,
so "£960m" is one money figure rather than a pound sign and a count. Some
patterns only exist to swallow text that looks numeric but states no quantity
(clock times, phone numbers, names such as "Section 28").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import inflect

from . import lexicon

NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# A figure glued to a name ("MP3", "G8", "Covid-19") is not a figure.
BEFORE = r"(?<![\w.,])(?<![A-Za-z]-)"
_word_numbers = sorted({*lexicon.UNITS_WORDS, *lexicon.TENS_WORDS}, key=len, reverse=True)
NUMWORD = r"(?:%s)" % "|".join(_word_numbers)
WORDNUM = (
    rf"(?:(?:an?|{NUMWORD})(?:[\s-]+(?:and\s+)?(?:{NUMWORD}|hundred|thousand|million|billion|dozen))+"
    rf"|{NUMWORD}|a\s+dozen|dozen)"
)
SPACED_SCALE = r"(?:hundred|thousand|million|billion|trillion|mln|bln|bn|mn|tn)"
GLUED_SCALE = r"(?:bn|mn|mln|tn|m|k)"
_currency_prefixes = "|".join(re.escape(s) for s in sorted(lexicon.CURRENCY_SYMBOLS, key=len, reverse=True))
CUR_PREFIX = rf"(?:{_currency_prefixes}|(?:{'|'.join(lexicon.CURRENCY_CODES)})\s?)"
CUR_WORD = r"(?:dlrs|dollars?|pounds?|pence|euros?|yen|stg|sterling|cents)"
AMOUNT_CORE = rf"(?P<num>{NUM})(?:(?:\s?(?P<scale>{SPACED_SCALE})\b)|(?P<gscale>{GLUED_SCALE}))?"
AMOUNT = rf"{AMOUNT_CORE}(?![\w%])"
_month = "|".join(lexicon.MONTHS)
_measures = "|".join(re.escape(m) for m in sorted(lexicon.MEASURES, key=len, reverse=True))
VAGUE_WORDS = "|".join(sorted(lexicon.VAGUE, key=len, reverse=True)).replace(" ", r"\s+")
FRACTION_WORDS = "|".join(sorted(lexicon.FRACTIONS, key=len, reverse=True)).replace(" ", r"\s+")


@dataclass
class Figure:
    start: int
    end: int
    value: float | int | None  # None: the text looks numeric but states no quantity
    kind: str = "count"
    unit: str | None = None
    low: float | int | None = None
    high: float | int | None = None
    approx: bool = False

    def __post_init__(self):
        if self.low is None and self.high is None and self.value is not None:
            self.low = self.high = self.value


def singular(word: str) -> str | None:
    """'fighters' -> 'fighter', 'women' -> 'woman'; None when the word is not a plural noun."""
    if word in lexicon.NOUN_STOPS:
        return None
    return _inflect().singular_noun(word) or None


def looks_plural(word: str) -> bool:
    return singular(word) is not None


@lru_cache(maxsize=1)
def _inflect() -> inflect.engine:
    return inflect.engine()


def tidy(number: float) -> float | int:
    """Integral values become ints, so 1.13bn exports as 1130000000, not 1130000000.0."""
    if isinstance(number, float):
        number = round(number, 6)
        return int(number) if number.is_integer() else number
    return number


def parse_num(text: str) -> float | int:
    return tidy(float(text.replace(",", "")))


def parse_words(text: str) -> int | None:
    """'two hundred and fifty' -> 250, 'a dozen' -> 12, 'twenty-five' -> 25."""
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word in ("a", "an"):
            current, seen = 1, True
        elif word in lexicon.UNITS_WORDS:
            current += lexicon.UNITS_WORDS[word]
            seen = True
        elif word in lexicon.TENS_WORDS:
            current += lexicon.TENS_WORDS[word]
            seen = True
        elif word == "dozen":
            current = (current or 1) * 12
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lexicon.SCALES:
            total += (current or 1) * lexicon.SCALES[word]
            current = 0
        else:
            return None
    return total + current if seen else None


def _scaled(match: re.Match) -> float | int:
    groups = match.groupdict()
    scale = (groups.get("scale") or groups.get("gscale") or "").lower()
    return tidy(parse_num(match.group("num")) * lexicon.SCALES.get(scale, 1))


def _money_prefix(m: re.Match) -> Figure:
    symbol = m.group("cur").strip()
    code = lexicon.CURRENCY_SYMBOLS.get(symbol, symbol.upper())
    return Figure(m.start(), m.end(), _scaled(m), "money", code)


def _money_suffix(m: re.Match) -> Figure:
    code, factor = lexicon.CURRENCY_WORDS[m.group("word").lower()]
    return Figure(m.start(), m.end(), tidy(_scaled(m) * factor), "money", code)


def _percent(m: re.Match) -> Figure:
    number = m.group("num")
    value = parse_num(number) if number[0].isdigit() else parse_words(number)
    return Figure(m.start(), m.end(), value, "percent", "%")


def _measure(m: re.Match) -> Figure | None:
    number = m.group("num")
    value = parse_num(number) if number[0].isdigit() else parse_words(number)
    if value is None:
        return None
    return Figure(m.start(), m.end(), value, "measure", lexicon.MEASURES[m.group("unit")])


def _count(m: re.Match) -> Figure:
    return Figure(m.start(), m.end(), _scaled(m))


def _count_words(m: re.Match) -> Figure | None:
    value = parse_words(m.group())
    return None if value is None else Figure(m.start(), m.end(), value)


def _vague(m: re.Match) -> Figure:
    low, high = lexicon.VAGUE[re.sub(r"\s+", " ", m.group().lower())]
    return Figure(m.start(), m.end(), round((low + high) / 2 + 0.01), low=low, high=high, approx=True)


def _fraction(m: re.Match) -> Figure:
    value = lexicon.FRACTIONS[re.sub(r"\s+", " ", m.group().lower())]
    return Figure(m.start(), m.end(), round(value, 3), "ratio")


def _one_in(m: re.Match) -> Figure | None:
    parts = [parse_num(g) if g[0].isdigit() else parse_words(g) for g in (m.group("a"), m.group("b"))]
    if None in parts or not parts[1]:
        return None
    return Figure(m.start(), m.end(), round(parts[0] / parts[1], 3), "ratio")


def _year(m: re.Match) -> Figure:
    """A bare 1800-2099 is a year unless a counted noun follows ("2000 people")."""
    value = int(m.group("year"))
    following = re.match(r"\s+([a-z]+)", m.string[m.end():])
    if m.end() - m.start() == 4 and following and looks_plural(following.group(1)):
        return Figure(m.start(), m.end(), value)
    return Figure(m.start(), m.end(), value, "year")


def _date(m: re.Match) -> Figure:
    year = m.group("year")
    return Figure(m.start(), m.end(), int(year or m.groupdict()["day"]), "date")


def _ordinal(m: re.Match) -> Figure:
    return Figure(m.start(), m.end(), int(m.group("num")), "ordinal")


def _not_a_figure(m: re.Match) -> Figure:
    return Figure(m.start(), m.end(), None)


IGNORE_CASE = re.IGNORECASE
PATTERNS: list[tuple[re.Pattern, Callable[[re.Match], Figure | None]]] = [
    (re.compile(r"\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\b\.?)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[ap]m\b", IGNORE_CASE), _not_a_figure),
    (re.compile(r"(?:\+\d{1,3}[\s-]?)?\b0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b"), _not_a_figure),
    (re.compile(rf"{BEFORE}\d+(?:\.\d+){{2,}}\b"), _not_a_figure),  # versions, sections: 4.2.1
    (re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{_month})\b\.?(?:,?\s+(?P<year>\d{{4}}))?"), _date),
    (re.compile(rf"\b(?:{_month})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"), _date),
    (re.compile(rf"\b(?:{_month})\.?\s+(?P<year>\d{{4}})\b"), _date),
    (re.compile(r"\b(?P<year>(?:1[89]|20)\d{2})(?:s|[-/–](?:\d{2}|\d{4}))?\b"), _year),
    (re.compile(rf"{BEFORE}(?P<cur>{CUR_PREFIX})\s?{AMOUNT}"), _money_prefix),
    (re.compile(rf"{BEFORE}{AMOUNT_CORE}\s?(?P<word>{CUR_WORD})\b", IGNORE_CASE), _money_suffix),
    (re.compile(rf"{BEFORE}(?P<num>{NUM})(?P<word>p)\b"), _money_suffix),
    (re.compile(rf"{BEFORE}(?P<num>{NUM}|\b{WORDNUM})\s?(?:%|(?:per\s?cent|percent|pct)\b)", IGNORE_CASE), _percent),
    (re.compile(rf"{BEFORE}(?P<num>{NUM}|\b{WORDNUM})[\s-]?(?P<unit>{_measures})(?![\w/])"), _measure),
    (re.compile(rf"{BEFORE}(?P<num>\d+)(?:st|nd|rd|th)\b"), _ordinal),
    (re.compile(rf"{BEFORE}(?P<a>1|one|a)\s+in\s+(?:every\s+)?(?P<b>{NUM}|{NUMWORD})\b", IGNORE_CASE), _one_in),
    (re.compile(rf"\b(?:{FRACTION_WORDS})\b", IGNORE_CASE), _fraction),
    (re.compile(rf"\b(?:{VAGUE_WORDS})\b", IGNORE_CASE), _vague),
    (re.compile(rf"{BEFORE}{AMOUNT}"), _count),
    (re.compile(rf"\b{WORDNUM}\b", IGNORE_CASE), _count_words),
]


def _candidates(sentence: str) -> list[Figure]:
    found = []
    for pattern, build in PATTERNS:
        for match in pattern.finditer(sentence):
            figure = build(match)
            if figure is not None:
                found.append(figure)
    return found


def _leftmost_longest(candidates: list[Figure]) -> list[Figure]:
    chosen, taken_until = [], -1
    # sorted() is stable, so on equal spans the earlier pattern in PATTERNS wins.
    for figure in sorted(candidates, key=lambda f: (f.start, -(f.end - f.start))):
        if figure.start >= taken_until:
            chosen.append(figure)
            taken_until = figure.end
    return chosen


def _previous_word(sentence: str, start: int) -> str:
    words = re.findall(r"[\w.'’-]+", sentence[:start])
    return words[-1] if words else ""


def _is_name_part(sentence: str, figure: Figure, title_case: bool) -> bool:
    """'Section 28', 'PlayStation 2', 'Formula One', 'No 10': a number inside a name."""
    if figure.kind != "count" or title_case or figure.approx:
        return False
    text = sentence[figure.start:figure.end]
    if not re.fullmatch(rf"{NUM}|[A-Za-z]+", text):
        return False
    before = sentence[:figure.start]
    if text[0].isupper() and before.strip():
        return True  # a capitalised number word mid-sentence: 'Formula One', 'Channel Four'
    word = _previous_word(sentence, figure.start)
    if word in ("No", "No.", "number", "Number"):
        return True
    following = re.match(r"\s+([a-z]+)", sentence[figure.end:])
    return (
        word[:1].isupper()
        and before.endswith(word + " ")
        and word not in lexicon.FUNCTION_WORDS
        and word.rstrip(".") not in lexicon.MONTHS
        and not (following and looks_plural(following.group(1)))
    )


def _is_pronoun_one(sentence: str, figure: Figure) -> bool:
    """'No one knows', 'one of the biggest investors': 'one' that counts nothing."""
    if sentence[figure.start:figure.end].lower() != "one":
        return False
    before = _previous_word(sentence, figure.start).lower()
    after = re.match(r"\s*([\w']+|[^\w\s]|$)", sentence[figure.end:]).group(1).lower()
    return before in ("no", "any", "every", "each", "some", "the", "this", "that", "which") or after in (
        "of", "another", "who", "that", "which", "is", "was", "has", "had", "can", "could",
        "would", "will", "should", "must", "thing", "", ",", ".", ";", ":", "?", "!",
    )


def _merge_ranges(sentence: str, figures: list[Figure]) -> list[Figure]:
    """'between 5 and 10', '5-10%': one claim with bounds and the midpoint as value."""
    merged: list[Figure] = []
    for figure in figures:
        previous = merged[-1] if merged else None
        if previous is not None and previous.value is not None and figure.value is not None:
            gap = sentence[previous.end:figure.start]
            between = re.search(r"between\s+$", sentence[:previous.start], re.I) and re.fullmatch(r"\s+and\s+", gap)
            hyphen = re.fullmatch(r"\s?[-–]\s?", gap) and not _SCORE.search(sentence)
            same_kind = previous.kind == figure.kind or previous.unit is None
            if (between or hyphen) and same_kind and previous.value < figure.value:
                merged[-1] = Figure(
                    previous.start, figure.end, tidy((previous.value + figure.value) / 2),
                    figure.kind, figure.unit, previous.low, figure.high,
                )
                continue
        merged.append(figure)
    return merged


_SCORE = re.compile(r"\b(?:won|lost|beat|beaten|draw|drew|defeat|victory|win|score)", re.I)


def find_figures(sentence: str, title_case: bool = False) -> list[Figure]:
    """The figures stating a quantity in one sentence, in order, spans relative to it."""
    figures = _leftmost_longest(_candidates(sentence))
    figures = [
        f for f in figures
        if f.value is not None and not _is_name_part(sentence, f, title_case) and not _is_pronoun_one(sentence, f)
    ]
    return _merge_ranges(sentence, figures)
