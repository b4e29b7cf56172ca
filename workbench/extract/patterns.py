"""The regular expressions that propose figures, each with the builder that reads one.

Patterns come in two groups: those that start at a number's first digit (or at a
currency sign or month name just before it), and those that start at a number
word. They are tried only where a number starts, with `match`, rather than
scanned along every sentence: that is what keeps extraction fast. Within a group,
order breaks ties between equally long candidates (a date before a year, a year
before a count).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from . import lexicon
from .numbers import GROUP_SPACES, NUMBER, VULGAR, looks_plural, parse_any, parse_num, parse_words, tidy, times


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
    scale: int = 1  # the magnitude written with it ('12 mln': 1,000,000), shared with a range's other end
    factor: float = 1  # a sub-unit's share of the unit ('23p': 0.01), for a bare figure that shares it

    def __post_init__(self):
        if self.low is None and self.high is None and self.value is not None:
            self.low = self.high = self.value


def _alternatives(words) -> str:
    """A regex alternation, longest first, spaces matching any white space (wrapped lines)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _trie(words: list[str]) -> str:
    """An alternation that shares prefixes ('t(?:en|hree|...)'): the engine tries far fewer branches."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" in node:
            return f"(?:{group})?" if len(branches) == 1 else f"{group}?"
        return group

    return emit(tree)


NUM = NUMBER
# A figure glued to a name ("MP3", "G8", "Covid-19") is not a figure.
BEFORE = r"(?<![\w.,])(?<![A-Za-z]-)"
NUMWORD = rf"(?:{_trie([*lexicon.UNITS_WORDS, *lexicon.TENS_WORDS])})"
# 'twenty-five', 'two hundred and fifty', 'a dozen', 'one and a half'; 'a'/'an' only before
# a magnitude ('a million', never the 'a' of 'a three-day event'). The longest number written
# out, 'nine hundred and ninety-nine billion ... and ninety-nine', adds 18 words to its first;
# the bound stops a run of number words ('one one one ...') being read to its end again from
# each word in it, which made extraction quadratic in the run.
MORE_NUMBER_WORDS = 18
# A comma goes on with the number only after a magnitude: 'three million, two hundred & forty'.
AFTER_SCALE_COMMA = r"(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)),\s+"
WORDNUM = (
    rf"(?:(?:an?\s+(?:hundred|thousand|million|billion|trillion|dozen)|{NUMWORD}|dozen)"
    rf"(?:(?:[\s-]+(?:(?:and|&)\s+)?|{AFTER_SCALE_COMMA})(?:{NUMWORD}|hundred|thousand|million|billion|trillion|mln|bln|dozen)"
    rf"|[\s-]+and[\s-]+a[\s-]+half)"
    rf"{{0,{MORE_NUMBER_WORDS}}})"
)
SPACED_SCALE = r"(?:hundred|thousand|million|billion|trillion|mln|bln|bn|mn|tn|lakhs?|crores?)"
GLUED_SCALE = r"(?:bn|mn|mln|tn|m|k)"
# Scientific notation, read as a magnitude: '4e14', '9.83e-3', '1.2E+06' (a capital E only with its
# sign: the Boeing '7E7' is a name), '2.48×10−5', '6.02 x 10^23', '1.989 × 10³⁰'; and '10^6'.
# Case is kept whatever the pattern's flags, and the power has at most two digits (10^99).
EXPONENT = (r"(?-i:e[-+−]?\d{1,2}|E[-+−]\d{1,2}|\s?[×x]\s?10(?:\^[-+−]?\d{1,2}|[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|[-−]\d{1,2})"
            r"|(?<=10)\^[-+−]?\d{1,2})(?![\w^]|\.\d)")
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
POWER = re.compile(r"(?:[eE^]|10\^?)([-+]?\d+)$")  # the power, once superscripts are digits
AMOUNT_CORE = rf"(?P<num>{NUM})(?:(?P<exp>{EXPONENT})|(?:\s?(?P<scale>{SPACED_SCALE})\b)|(?P<gscale>{GLUED_SCALE}))?"
AMOUNT = rf"{AMOUNT_CORE}(?![\w%])"
# After a currency sign a capital letter is a magnitude too: '€10M', '€10B', '$2.174T', '$50K'.
MONEY_AMOUNT = AMOUNT.replace(f"(?P<gscale>{GLUED_SCALE})", f"(?P<gscale>{GLUED_SCALE}|[MBTK])")
CUR_PREFIX = rf"(?:{_alternatives(lexicon.CURRENCY_SYMBOLS)}|(?:{'|'.join(lexicon.CURRENCY_CODES)})\s?)"
CUR_WORD = _alternatives(w for w in lexicon.CURRENCY_WORDS if w != "p")
NATION = _alternatives(lexicon.CURRENCY_NATIONS)
MONTH = _alternatives(lexicon.MONTHS)
PERCENT = _alternatives(w for w, unit in lexicon.PERCENT_UNITS.items() if unit)
MEASURE = _alternatives(lexicon.MEASURES)
VAGUE = _alternatives(w for w in lexicon.VAGUE if w != "scores") + r"|scores(?=\s+of\b)"
FRACTION = (_alternatives(lexicon.FRACTIONS).replace(r"\s+", r"[\s-]+")
            + rf"|{NUMWORD}[\s-]+(?:{_alternatives([*lexicon.DENOMINATORS, *lexicon.PLURAL_DENOMINATORS])})")
COLLECTIVE = _alternatives(lexicon.BAKERS_DOZEN) + rf"|(?:{_alternatives(lexicon.COLLECTIVES)})(?=\s+of\s+(?![\d$£€]))"
IGNORE_CASE = re.IGNORECASE
NEXT_WORD = re.compile(r"\s+([a-z]+)")
SCORE_WORDS = re.compile(r"\b(?:won|lost|beat|beaten|draw|drew|defeat|victory|win|wins|score|scored|lead|led|trail)", re.I)

# A number as written, digits with separators: where it starts, a figure may start.
NUMBER_RUN = re.compile(rf"\d(?:[\d.,]*\d)?[{VULGAR}]?|[{VULGAR}]")
# Text a figure's match may start with, before its first digit or number word.
CURRENCY_BEFORE = re.compile(rf"(?:{CUR_PREFIX})\s?[-−]?$")
MONTH_BEFORE = re.compile(rf"\b(?:{MONTH})\.?\s+$")
ARTICLE_BEFORE = re.compile(r"\b(?:an?|one)\s+$", re.IGNORECASE)
_number_words = [
    *lexicon.UNITS_WORDS, *lexicon.TENS_WORDS, "half", "scores", "tens",
    *(word + plural for word in ("dozen", "hundred", "thousand", "million", "billion", "trillion", "third", "quarter",
                                 "fifth", "tenth") for plural in ("", "s")),
    *lexicon.COLLECTIVES, "baker",
]


# Matched against lowercased text: a case-insensitive search is several times slower.
NUMBER_WORD_LOWER = re.compile(rf"\b(?:{_trie(_number_words)})\b")
HAS_NUMBER_WORD = re.compile(NUMBER_WORD_LOWER.pattern, re.IGNORECASE)


def number_word_starts(text: str, lowered: str | None, start: int, end: int) -> list[int]:
    """Where number words start in text[start:end]; `lowered` is text.lower() when that keeps
    every offset (a few characters change length when lowercased), else None."""
    if lowered is None:
        return [m.start() for m in HAS_NUMBER_WORD.finditer(text, start, end)]
    return [m.start() for m in NUMBER_WORD_LOWER.finditer(lowered, start, end)]


def _scale(match: re.Match) -> int | Decimal:
    """What the written number is multiplied by: its magnitude word or letter, or its power of ten."""
    groups = match.groupdict()
    if groups.get("exp"):
        power = int(POWER.search(groups["exp"].translate(SUPERSCRIPTS)).group(1))
        return Decimal(10) ** (power - 1 if groups["exp"].startswith("^") else power)  # '10^6' is 10 x 10^5
    return lexicon.SCALES.get((groups.get("scale") or groups.get("gscale") or "").lower(), 1)


def _scaled(match: re.Match) -> float | int | None:
    number = parse_any(match.group("num"))
    return None if number is None else times(number, _scale(match))


def _money_prefix(m: re.Match) -> Figure | None:
    symbol = m.group("cur").strip()
    code = lexicon.CURRENCY_SYMBOLS.get(symbol, symbol.upper())
    value = _scaled(m)
    if value is not None and m.group("sign"):
        value = times(value, -1)  # '$-99.99'
    return Figure(m.start(), m.end(), value, "money", code, scale=_scale(m))


def _money_after(m: re.Match) -> Figure:
    """'15 €', '-15€': the currency sign after the figure, in Continental style."""
    return Figure(m.start(), m.end(), _scaled(m), "money", lexicon.CURRENCY_AFTER[m.group("cur")], scale=_scale(m))


def _money_suffix(m: re.Match) -> Figure | None:
    code, factor = lexicon.CURRENCY_WORDS[m.group("word").lower()]
    nation = (m.groupdict().get("nation") or "").lower()
    if nation:
        code = lexicon.CURRENCY_NATIONS[re.sub(r"\s+", " ", nation)]
    value = _scaled(m)
    if value is None:
        return None
    return Figure(m.start(), m.end(), times(value, factor), "money", code, scale=_scale(m), factor=factor)


def _percent(m: re.Match) -> Figure | None:
    value = parse_any(m.group("num"))
    unit = lexicon.PERCENT_UNITS[re.sub(r"\s+", " ", m.group("unit").lower())]
    return None if value is None else Figure(m.start(), m.end(), value, "percent", unit)


def _measure(m: re.Match) -> Figure | None:
    written = re.sub(r"\s+", " ", m.group("unit"))
    unit = lexicon.MEASURES.get(written) or lexicon.MEASURES[written.lower()]
    value = _scaled(m)
    if value is None or (written.lower() in lexicon.NOUN_UNITS and value > 1 and not m.group().endswith("-" + written)
                         and m.string[m.start("unit") - 1:m.start("unit")].isspace()):
        return None  # '1,300 day workers', 'two cup ties': a singular unit after a number names what is counted
    return Figure(m.start(), m.end(), value, "measure", unit, scale=_scale(m))


# A capitalised word right before: 'Insat 1C', 'Statement No. 4F' are names.
NAMED_BEFORE = re.compile(r"[A-Z][\w.]*\s+$")


def _temperature(m: re.Match) -> Figure | None:
    value = parse_num(m.group("num"))
    if value is None or NAMED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    return Figure(m.start(), m.end(), value, "measure", "°" + m.group("unit"))


def _count(m: re.Match) -> Figure:
    """A number with no unit; a fraction written alone ('¾ of voters') or a figure below one in
    scientific notation ('a probability of 2.48×10−5') is a share, since no count is a part of one."""
    figure = Figure(m.start(), m.end(), _scaled(m), scale=_scale(m))
    if figure.value is not None and m.group("num") in lexicon.VULGAR_FRACTIONS:
        figure.kind, figure.value = "ratio", round(figure.value, 3)  # three decimals, as 'two-thirds'
        figure.low = figure.high = figure.value
    elif figure.value is not None and m.group("exp") and figure.value < 1:
        figure.kind = "ratio"
    return figure


def _count_words(m: re.Match) -> Figure | None:
    value = parse_words(m.group())
    return None if value is None else Figure(m.start(), m.end(), value)


def _vague(m: re.Match) -> Figure:
    low, high = lexicon.VAGUE[re.sub(r"\s+", " ", m.group().lower())]
    return Figure(m.start(), m.end(), round((low + high) / 2 + 0.01), low=low, high=high, approx=True)


def _share(written: str) -> float | None:
    """'two-thirds' -> 2/3, 'one sixth' -> 1/6, 'three halves' -> 1.5; None where numeral and
    denominator disagree ('one sixths')."""
    words = re.sub(r"[\s-]+", " ", written.lower())
    if words in lexicon.FRACTIONS:
        return lexicon.FRACTIONS[words]
    numeral, denominator = words.rsplit(" ", 1)
    count = lexicon.UNITS_WORDS.get(numeral)
    size = lexicon.DENOMINATORS.get(denominator) if count == 1 else lexicon.PLURAL_DENOMINATORS.get(denominator)
    return None if not count or size in (None, count) else count / size  # 'two halves' of a match are no share


def _fraction(m: re.Match) -> Figure | None:
    """A share written in words, to three decimals as the guideline writes a ratio."""
    value = _share(m.group())
    return None if value is None else Figure(m.start(), m.end(), round(value, 3), "ratio")


def _fraction_of(m: re.Match) -> Figure | None:
    """A share of one magnitude or unit: 'half a million' is a count of 500,000, 'two-thirds of a
    mile' a measure, 'half a percentage point' a percentage."""
    share = _share(m.group("frac"))
    if share is None:
        return None
    if m.group("scale"):
        return Figure(m.start(), m.end(), tidy(share * parse_words("a " + m.group("scale"))))
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    if unit in lexicon.PERCENT_UNITS:
        return Figure(m.start(), m.end(), tidy(share), "percent", lexicon.PERCENT_UNITS[unit])
    return Figure(m.start(), m.end(), tidy(share), "measure", lexicon.MEASURES[unit])


def _collective(m: re.Match) -> Figure:
    """'a gross of pencils' (144), 'a baker's dozen' (13), 'two pair of shoes' (4); 'a couple' is
    about two."""
    group = re.sub(r"\s+", " ", m.group("group").lower())
    size = lexicon.COLLECTIVES.get(group) or lexicon.BAKERS_DOZEN[group]
    number = 1 if m.group("num").lower() in ("a", "an") else lexicon.UNITS_WORDS[m.group("num").lower()]
    return Figure(m.start(), m.end(), number * size, approx=group in lexicon.ROUGH_COLLECTIVES)


def _slash(m: re.Match) -> Figure | None:
    """'7/8 pct', '1-1/8 pct' (fractions), '50/50' (an even split), '4.10/4.15' (a quote's range)."""
    left, right = m.group("a"), m.group("b")
    kind, unit = ("percent", "%") if m.group("pct") else ("ratio", None)
    if "." not in left + right:
        a, b, whole = parse_num(left), parse_num(right), parse_num(m.group("whole") or "0")
        if None in (a, b, whole):
            return None  # a number too long to be a quantity
        if a == b:
            return Figure(m.start(), m.end(), 0.5, "ratio")
        if 0 < a < b <= 64:
            return Figure(m.start(), m.end(), tidy(whole + a / b), kind, unit)
        return None
    if m.group("whole"):
        return None
    if len(right) < len(left) and "." not in right:  # '4.35/25' quotes 4.35 and 4.25
        right = left[: len(left) - len(right)] + right
    ends = parse_num(left), parse_num(right)
    if None in ends:
        return None
    low, high = sorted(ends)
    kind, unit = ("percent", "%") if m.group("pct") else ("count", None)
    return Figure(m.start(), m.end(), tidy((low + high) / 2), kind, unit, low, high)


def _for(m: re.Match) -> Figure | None:
    """'a three-for-two split': 1.5 new shares for each old one."""
    new, old = parse_any(m.group("a")), parse_any(m.group("b"))
    return None if not new or not old else Figure(m.start(), m.end(), tidy(round(new / old, 3)), "ratio")


def _fold(m: re.Match) -> Figure | None:
    value = parse_any(m.group("num"))
    return None if value is None else Figure(m.start(), m.end(), value, "ratio")


def _share_of(m: re.Match) -> Figure:
    """'0.213 of a Bass share': a fraction of one thing."""
    return Figure(m.start(), m.end(), parse_num(m.group("num")), "ratio")


def _one_in(m: re.Match) -> Figure | None:
    part, whole = parse_any(m.group("a")), parse_any(m.group("b"))
    if part is None or not whole:
        return None
    return Figure(m.start(), m.end(), round(part / whole, 3), "ratio")


def _year(m: re.Match) -> Figure:
    """A bare 1800-2099 is a year unless a counted noun follows ("2000 people"), other than an
    account named by its year ("1985 revs")."""
    value = int(m.group("year"))
    following = NEXT_WORD.match(m.string, m.end())
    if m.end() - m.start() == 4 and following and looks_plural(following.group(1)) \
            and following.group(1).lower() not in lexicon.YEAR_ACCOUNTS:
        return Figure(m.start(), m.end(), value)
    return Figure(m.start(), m.end(), value, "year")


def _date(m: re.Match) -> Figure:
    return Figure(m.start(), m.end(), int(m.group("year") or m.groupdict()["day"]), "date")


def _time(m: re.Match) -> Figure:
    """'3pm' -> 15, '10:30' -> 10.5: hours since midnight."""
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    if (m.groupdict().get("half") or "").lower().startswith("p") and hour < 12:
        hour += 12
    return Figure(m.start(), m.end(), tidy(hour + minute / 60), "time")


def _age(m: re.Match) -> Figure:
    return Figure(m.start(), m.end(), int(m.group("num")), "age")


def _age_range(m: re.Match) -> Figure | None:
    """'aged 18 to 24', 'aged between 25 and 34': one age range, as any range is one claim (not
    'aged 21 and 144 days', an age in years and days)."""
    low, high = int(m.group("low")), int(m.group("high"))
    if high <= low:
        return None
    return Figure(m.start(), m.end(), tidy((low + high) / 2), "age", low=low, high=high)


def _score(m: re.Match) -> Figure | None:
    """'won 3-1': a score, when the sentence speaks of a game."""
    if not SCORE_WORDS.search(m.string):
        return None
    return Figure(m.start(), m.end(), int(m.group("a")), "score")


def _ordinal(m: re.Match) -> Figure:
    return Figure(m.start(), m.end(), parse_num(m.group("num")), "ordinal")


def _not_a_figure(m: re.Match) -> Figure:
    return Figure(m.start(), m.end(), None)


Builder = Callable[[re.Match], Figure | None]


Rule = tuple[re.Pattern, Builder]


# What may follow a number's last digit for a pattern to be worth trying there (None: anything).
SPACE = " \t\n" + GROUP_SPACES
SPACE_OR_LETTER = SPACE + string.ascii_letters
DIGIT_PATTERNS: list[tuple[re.Pattern, Builder, str | None]] = [
    (re.compile(r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s?(?P<half>[ap]\.m\.|[ap]m\b)", IGNORE_CASE), _time,
     SPACE + "aApP"),
    (re.compile(r"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b"), _time, ":"),
    (re.compile(r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s?(?:gmt|GMT|hrs|BST|EST|EDT)\b"), _time,
     SPACE + "gGhHBE"),
    (re.compile(r"\b0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b"), _not_a_figure, SPACE + "-"),  # phone numbers
    (re.compile(rf"{BEFORE}\d+(?:\.\d+){{2,}}\b"), _not_a_figure, None),  # versions, sections: 4.2.1
    (re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{MONTH})\b\.?(?:,?\s+(?P<year>\d{{4}}))?"), _date,
     SPACE + "snrt"),
    (re.compile(r"\b(?P<year>(?:1[89]|20)\d{2})(?:s|[-/–](?:\d{1,2}|\d{4}))?\b"), _year, None),
    (re.compile(r"\b(?P<num>\d{1,3})[\s-]years?[\s-]old\b"), _age, SPACE + "-"),
    (re.compile(r"(?<=\baged\s)(?P<num>\d{1,3})\b"), _age, None),
    (re.compile(r"(?<=\baged\s)(?P<low>\d{1,3})\s*(?:to|-|–)\s*(?P<high>\d{1,3})\b"), _age_range, None),
    (re.compile(r"(?<=\baged\sbetween\s)(?P<low>\d{1,3})\s*(?:and|-|–)\s*(?P<high>\d{1,3})\b"), _age_range, None),
    (re.compile(r"(?<![\w.,-])(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\w%.-])"), _score, "-"),
    (re.compile(rf"{BEFORE}{AMOUNT_CORE}\s?(?:(?P<nation>{NATION})\s+)?(?P<word>{CUR_WORD})\b", IGNORE_CASE),
     _money_suffix, SPACE_OR_LETTER),
    (re.compile(rf"{BEFORE}(?P<num>{NUM})(?P<word>p)\b"), _money_suffix, "p"),
    (re.compile(rf"{BEFORE}(?P<num>{NUM})\s?(?P<unit>%|(?:{PERCENT})\b)", IGNORE_CASE), _percent, SPACE + "%pPbB"),
    (re.compile(rf"{BEFORE}{AMOUNT_CORE}[\s-]?(?P<unit>{MEASURE})(?![\w/])", IGNORE_CASE), _measure,
     SPACE_OR_LETTER + "-°"),
    # A temperature glued to a capital C or F, as headline style writes it: '1.1C', '35C', 'minus
    # 10C'; a small 'c' is cents ('50c'), and before a name it is an address ('4C Park Road').
    (re.compile(rf"{BEFORE}(?P<num>{NUM})(?P<unit>[CF])\b(?!\s+[A-Z])"), _temperature, "CF"),
    (re.compile(rf"{BEFORE}(?P<num>\d+)(?:st|nd|rd|th)\b"), _ordinal, "snrt"),
    (re.compile(rf"{BEFORE}(?:(?P<whole>\d+)-)?(?P<a>\d+(?:\.\d+)?)/(?P<b>\d+(?:\.\d+)?)(?![\d/])"
                r"(?:\s?(?P<pct>%|pct\b|per\s?cent\b))?", IGNORE_CASE), _slash, "/-"),
    (re.compile(rf"{BEFORE}(?P<a>\d+)-for-(?P<b>\d+)\b"), _for, "-"),
    (re.compile(rf"{BEFORE}(?P<num>\d+)-?fold\b"), _fold, "-f"),
    (re.compile(rf"{BEFORE}(?P<num>0?\.\d+)(?=\s+of\s+an?\b)"), _share_of, SPACE),
    # Not '51 in 2022', a count in a year.
    (re.compile(rf"{BEFORE}(?P<a>\d+)\s+in\s+(?:every\s+)?(?!(?:19|20)\d\d\b)(?P<b>{NUM})\b"), _one_in, SPACE),
    (re.compile(rf"{BEFORE}{AMOUNT_CORE}\s?(?P<cur>[{''.join(lexicon.CURRENCY_AFTER)}])(?!\s?\d)"), _money_after,
     SPACE + "".join(lexicon.CURRENCY_AFTER)),
    (re.compile(rf"{BEFORE}{AMOUNT}"), _count, None),
]
# Patterns that start before the digits: at a currency sign or code, or at a month name.
CURRENCY_PATTERNS: list[Rule] = [
    # A sign may follow a word's hyphen: '£5m-£7m'.
    (re.compile(rf"(?<![\w.,])(?P<cur>{CUR_PREFIX})\s?(?P<sign>[-−])?{MONEY_AMOUNT}"), _money_prefix),
]
MONTH_PATTERNS: list[Rule] = [
    (re.compile(rf"\b(?:{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"), _date),
    (re.compile(rf"\b(?:{MONTH})\.?\s+(?P<year>\d{{4}})\b"), _date),
]

WORD_SCALE = rf"(?:\s+(?P<scale>{SPACED_SCALE})\b)?"
WORD_PATTERNS: list[Rule] = [
    (re.compile(rf"\b(?P<num>{WORDNUM})\s?(?P<unit>%|(?:{PERCENT})\b)", IGNORE_CASE), _percent),
    (re.compile(rf"\b(?P<num>{WORDNUM}){WORD_SCALE}[\s-](?P<unit>{MEASURE})(?![\w/])", IGNORE_CASE), _measure),
    (re.compile(rf"\b(?P<num>{WORDNUM}){WORD_SCALE}\s+(?:(?P<nation>{NATION})\s+)?(?P<word>{CUR_WORD})\b",
                IGNORE_CASE), _money_suffix),
    (re.compile(rf"\b(?P<a>{NUMWORD})-for-(?P<b>{NUMWORD})\b", IGNORE_CASE), _for),
    (re.compile(rf"\b(?P<num>{NUMWORD})-?fold\b", IGNORE_CASE), _fold),
    (re.compile(rf"\b(?P<a>one|a|{NUMWORD})\s+in\s+(?:every\s+)?(?P<b>{NUMWORD}|{NUM})\b", IGNORE_CASE), _one_in),
    # not 'first-half fiscal 1987', 'a half-year profit': periods
    (re.compile(rf"\b(?<!\w-)(?:{FRACTION})\b(?!-)", IGNORE_CASE), _fraction),
    (re.compile(rf"\b(?P<frac>{FRACTION})(?:\s+of)?\s+an?\s+(?:(?P<scale>hundred|thousand|million|billion|trillion|dozen)"
                rf"|(?P<unit>{MEASURE}|{PERCENT}))\b", IGNORE_CASE), _fraction_of),
    (re.compile(rf"\b(?P<num>an?|{NUMWORD})\s+(?P<group>{COLLECTIVE})", IGNORE_CASE), _collective),
    (re.compile(rf"\b(?:{VAGUE})\b", IGNORE_CASE), _vague),
    (re.compile(rf"\b{WORDNUM}\b", IGNORE_CASE), _count_words),
]
