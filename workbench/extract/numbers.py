"""Reading numbers and nouns: '1,234.5', 'two hundred and fifty', 'fighters' -> 'fighter'."""

from __future__ import annotations

import re
import threading
from decimal import Context, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon

if TYPE_CHECKING:
    import inflect


def tidy(number: float | Decimal) -> float | int:
    """Integral values become ints, so 1.13bn exports as 1130000000, not 1130000000.0."""
    if isinstance(number, Decimal):
        return int(number) if number == number.to_integral_value() else float(number)
    if isinstance(number, float):
        number = round(number, 6)
        return int(number) if number.is_integer() else number
    return number


# A number written with more digits than this before its point is no quantity an article
# states (a string of digits, an identifier): it is left unread, as a phone number is. So every
# value stays a finite float through the checks' arithmetic and in the JSON export, and no
# conversion meets Python's limit of 4,300 digits between int and str.
MOST_DIGITS = 100
# Enough digits that a product of a figure and its magnitude or sub-unit is exact.
EXACT = Context(prec=2 * MOST_DIGITS)


# Thousands are grouped by commas, or in Continental and scientific style by a space, a no-break,
# thin or narrow no-break space ('10 000', '1\u2009250\u2009000'). A spaced group is three digits
# and ends the number: '10 737-800 planes', '284 1/2' and '15 747s' are two figures, not one.
GROUP_SPACES = " \u00a0\u2009\u202f"
# The most spaced groups read as one number (10^21): the bound keeps a long run of spaced digits
# from being read again from each group in it, which would take time quadratic in the run.
MOST_GROUPS = 6
VULGAR = "".join(lexicon.VULGAR_FRACTIONS)
WHOLE = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}}){{1,{MOST_GROUPS}}}(?![\d/-])|\d+)")
# A number in digits as written: a mixed fraction ('2 1/2', '7-1/2'), a whole with its decimals and
# a fraction character ('1½', '1 ½'), or a fraction character alone ('½'). The one definition the
# patterns and the checks' reading of written precision share.
# 'and a half' after a whole: '15-and-a-half miles', '2 and a half hours'.
AND_A_HALF = r"[ -]and[ -]a[ -]half\b"
NUMBER = rf"(?:\d{{1,3}}[ -]\d{{1,2}}/\d{{1,2}}(?![\d/])|{WHOLE}(?:\.\d+)?(?:[ ]?[{VULGAR}]|{AND_A_HALF})?|[{VULGAR}])"
# The same, with the decimals written captured (group 1): how precisely the figure is stated.
DIGITS = re.compile(rf"\d{{1,3}}[ -]\d{{1,2}}/\d{{1,2}}(?![\d/])|{WHOLE}(?:\.(\d+))?(?:[ ]?[{VULGAR}]|{AND_A_HALF})?|[{VULGAR}]")
MIXED = re.compile(r"(\d+)[ -](\d+)/(\d+)")
NOT_DIGITS = str.maketrans("", "", "," + GROUP_SPACES)


def parse_num(text: str) -> float | int | None:
    """'1,234.5' -> 1234.5, '10 000' -> 10000, '1½' -> 1.5, '2 1/2' -> 2.5; None for a number of more
    than MOST_DIGITS digits before its point, or a mixed fraction that is no proper one."""
    number = written_number(text)
    return None if number is None or number.adjusted() >= MOST_DIGITS else tidy(number)


def written_number(text: str) -> Decimal | None:
    """The number a match of NUMBER states, exactly (None for a mixed fraction that is no proper one)."""
    mixed = MIXED.fullmatch(text)
    if mixed:
        whole, part, whole_of = (Decimal(group) for group in mixed.groups())
        return EXACT.add(whole, EXACT.divide(part, whole_of)) if part < whole_of else None  # not '16-23/3', a span of days
    fraction = Decimal(0)
    if text.endswith("half"):
        fraction, text = Decimal("0.5"), re.sub(AND_A_HALF, "", text)
    elif text[-1] in lexicon.VULGAR_FRACTIONS:
        part, whole_of = lexicon.VULGAR_FRACTIONS[text[-1]]
        fraction, text = EXACT.divide(Decimal(part), Decimal(whole_of)), text[:-1]
    digits = text.translate(NOT_DIGITS)
    return EXACT.add(Decimal(digits) if digits else Decimal(0), fraction)


def times(number: float | int, factor: float | int) -> float | int:
    """number x factor without binary rounding: '$8.107bn' is 8107000000, not 8106999999.999999."""
    return tidy(EXACT.multiply(Decimal(str(number)), Decimal(str(factor))))


def parse_words(text: str) -> float | int | None:
    """'two hundred and fifty' -> 250, 'a dozen' -> 12, 'one and a half million' -> 1500000,
    'three million, two hundred & forty' -> 3000240."""
    total = current = 0
    seen = False
    words = re.split(r"[\s,-]+", text.lower())  # 'three million, two hundred & forty'
    position = 0
    while position < len(words):
        word = words[position]
        position += 1
        if word in ("and", "&") and words[position:position + 2] == ["a", "half"]:
            current += 0.5
            position += 2
        elif word in ("and", "&"):
            continue
        elif word in ("a", "an"):
            current, seen = 1, True
        elif word in lexicon.UNITS_WORDS:
            if words[position - 2] in lexicon.UNITS_WORDS and position > 1:
                return None  # 'a three-six pct range' gives two ends, not nine
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
    return times(total + current, 1) if seen else None


def parse_any(text: str) -> float | int | None:
    """Digits or number words."""
    return parse_num(text) if text[0].isdigit() or text[0] in lexicon.VULGAR_FRACTIONS else parse_words(text)


_IMPORTING = threading.Lock()


@lru_cache(maxsize=1)
def _inflect() -> inflect.engine:
    """inflect, imported on first use without its typeguard argument checks: they re-compile
    every method at import, which takes a second and a half, and the words given here are
    always strings."""
    import typeguard

    with _IMPORTING:  # two threads' first plurals at once must not leave the checks set aside
        checked = typeguard.typechecked
        typeguard.typechecked = _unchecked
        try:
            import inflect
        finally:
            typeguard.typechecked = checked
    return inflect.engine()


def _unchecked(target=None, **_):
    return _unchecked if target is None else target


# Endings of words that look plural but are not: previous, business, status, analysis.
NOT_PLURAL = ("ous", "ss", "us", "is")


@lru_cache(maxsize=8192)
def singular(word: str) -> str | None:
    """'fighters' -> 'fighter', 'women' -> 'woman'; None when the word is not a plural noun."""
    if word in lexicon.COLLECTIVE_NOUNS:
        return word  # '3,400 staff'
    if word in lexicon.NOUN_STOPS or word in lexicon.VERBS_IN_S or len(word) < 3 or word.endswith(NOT_PLURAL):
        return None
    return _inflect().singular_noun(word) or None


def looks_plural(word: str) -> bool:
    return singular(word) is not None
