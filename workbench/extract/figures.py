"""Find the figures in one sentence: where they are, what number they state.

Every pattern proposes candidates; the longest candidate starting leftmost wins,
so "£960m" is one money figure rather than a pound sign and a count. Then the
candidates that are parts of names or pronouns are dropped, and the two ends of a
range become one figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .numbers import looks_plural, tidy, times
from .patterns import (
    ARTICLE_BEFORE, CURRENCY_BEFORE, CURRENCY_PATTERNS, DIGIT_PATTERNS, MONTH_BEFORE, MONTH_PATTERNS, NUMBER_RUN, WORD_PATTERNS,
    NEXT_WORD, Builder, Figure, number_word_starts,
)

# Words before the first end of 'X to Y' that make it a change, not a range.
CHANGE = re.compile(
    r"\b(?:from|ris(?:e|es|ing)|rose|f[ae]ll(?:s|ing)?|increas\w*|decreas\w*|up|down|cut|rais\w*|"
    r"lower\w*|climb\w*|drop\w*|grew|grow\w*|jump\w*|slip\w*|declin\w*|reduc\w*|widen\w*|narrow\w*|"
    r"boost\w*|gain\w*|soar\w*|plung\w*|surg\w*|doubl\w*|halv\w*)\b[^,;]*$", re.IGNORECASE)


# The currency signs that may open a figure in an all-lowercase stretch: 'pays ₦5,000'.
SIGNS = frozenset(char for symbol in lexicon.CURRENCY_SYMBOLS for char in symbol if not char.isalnum() and char not in " .")
PREVIOUS_WORD = re.compile(r"([\w.'’-]+)\W*$")
NAME_NUMBER = re.compile(r"\d{1,4}|[A-Za-z]+")
VS_AFTER = re.compile(r"\s+vs\b")
NEXT_TOKEN = re.compile(r"\s*([\w']+|[^\w\s]|$)")
AND_GAP = re.compile(r"\s+and\s+")
DASH_GAP = re.compile(r"\s?[-–]\s?")
TO_OR_GAP = re.compile(r"\s+(?:to|or)\s+")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# 'ranging from 5 to 10', 'will range from −18 °C to −34 °C': a range, though 'from' often opens a change.
RANGE_FROM = re.compile(r"\brang(?:e|es|ed|ing)\s+from\s+$", re.IGNORECASE)
# A sign written right before a figure: '-3.2%', '−£2.3m', '+5%'; not a dash between words or
# figures ('a 3-1 win', 'Covid-19', '8%-10%'): a space, a bracket or nothing stands before it.
SIGN_CHARS = {"-": -1, "−": -1, "+": 1}
BEFORE_SIGN = " \t\n([=\u00a0\u2009\u202f"
SIGN_WORD = re.compile(rf"\b({'|'.join(lexicon.SIGN_WORDS)})\s+$", re.IGNORECASE)
SIGN_WORD_REACH = 10
SIGNED_KINDS = ("count", "money", "percent", "measure")
# An accounting bracket: an amount in brackets after a label's colon or alone in a table's column
# ('Operating result: (£1.2m)') is below nil; one in running text is an aside ('$54.9m (£29.5m)').
ACCOUNT_BRACKET = re.compile(r"(?:^|:|\s\s|\t)[ \t]*\($")
ACCOUNT_REACH = 8
# 'ranges over 9.83e-3 +/- 1e-5', '5 ± 0.2 mg': a figure with its error on either side.
ERROR_GAP = re.compile(r"\s?(?:±|\+/-|\+-)\s?")


def anchors(text: str, start: int = 0, end: int | None = None, lowered: str | None = None) -> list[tuple[int, int]]:
    """Where figures may start in text[start:end]: (position, end of its digits), the end
    being -1 where a number word starts there.

    A digit starts a figure unless it continues a number ('1,234', '3.5').
    """
    end = len(text) if end is None else end
    if lowered is None:
        lowered = text.lower()
        lowered = lowered if len(lowered) == len(text) else None
    found = [
        (m.start(), m.end()) for m in NUMBER_RUN.finditer(text, start, end)
        if m.start() == 0 or text[m.start() - 1] not in ".,"
    ]
    found += [(position, -1) for position in number_word_starts(text, lowered, start, end)]
    return sorted(found)


Candidate = tuple[int, int, int, re.Match, Builder]


@lru_cache(maxsize=256)
def _digit_rules(following: str) -> list[tuple[re.Pattern, Builder]]:
    """The digit patterns worth trying where this character follows the digits."""
    return [(pattern, build) for pattern, build, follows in DIGIT_PATTERNS
            if follows is None or (following and following in follows)]


def _candidates(sentence: str, starts: list[tuple[int, int]]) -> list[Candidate]:
    """Every pattern worth trying, tried at every place a figure may start, as unbuilt matches."""
    found: list[Candidate] = []
    for position, digits_end in starts:
        if digits_end < 0:
            article = ARTICLE_BEFORE.search(sentence, max(0, position - 4), position)
            for start in (position, article.start()) if article else (position,):
                found += _matches(sentence, start, WORD_PATTERNS)
            continue
        found += _matches(sentence, position, _digit_rules(sentence[digits_end:digits_end + 1]))
        window = sentence[max(0, position - 11):position]
        if window.islower() and SIGNS.isdisjoint(window):
            continue  # no currency sign or code, nor month name, can open the figure
        for before, reach, patterns in ((CURRENCY_BEFORE, 5, CURRENCY_PATTERNS), (MONTH_BEFORE, 11, MONTH_PATTERNS)):
            prefix = before.search(sentence, max(0, position - reach), position)
            if prefix:
                found += _matches(sentence, prefix.start(), patterns)
    return found


def _matches(sentence: str, start: int, patterns) -> list[Candidate]:
    found = []
    for order, (pattern, build) in enumerate(patterns):
        match = pattern.match(sentence, start)
        if match:
            found.append((match.start(), -match.end(), order, match, build))
    return found


def _leftmost_longest(candidates: list[Candidate]) -> list[Figure]:
    """The longest candidate starting leftmost wins; on equal spans, the earlier pattern.

    Only winners are built; a builder may still decline (a '3-1' that is no score).
    """
    chosen, taken_until = [], -1
    for start, _, _, match, build in sorted(candidates, key=lambda c: c[:3]):
        if start >= taken_until:
            figure = build(match)
            if figure is not None:
                chosen.append(figure)
                taken_until = figure.end
    return chosen


def _previous_word(sentence: str, start: int) -> str:
    found = PREVIOUS_WORD.search(sentence, max(0, start - 40), start)
    return found.group(1) if found else ""


def _is_name_part(sentence: str, figure: Figure, title_case: bool) -> bool:
    """'Section 28', 'PlayStation 2', 'Formula One', 'No 10': a number inside a name."""
    if figure.kind != "count" or title_case or figure.approx:
        return False
    text = sentence[figure.start:figure.end]
    # Names carry small whole numbers: 'Section 28', 'Boeing 747', never '4,946,000' or '94.1'.
    if not NAME_NUMBER.fullmatch(text) or VS_AFTER.match(sentence, figure.end):
        return False
    before = sentence[:figure.start]
    if text[0].isupper() and before.strip():
        return True  # a capitalised number word mid-sentence: 'Formula One', 'Channel Four'
    word = _previous_word(sentence, figure.start)
    if word in ("No", "No.", "number", "Number") or (word in lexicon.SERIES_WORDS and before.endswith(word + " ")):
        return True  # 'No 10', 'type 2 diabetes', 'phase 3 trials': which one, not how many
    following = NEXT_WORD.match(sentence, figure.end)
    return (
        word[:1].isupper()
        and before.endswith(word + " ")
        and word not in lexicon.FUNCTION_WORDS
        and not word.endswith(("'s", "’s"))  # 'Yugoslavia's 174 commercial banks' counts them
        and word.rstrip(".") not in lexicon.MONTHS
        and not (following and looks_plural(following.group(1)))
    )


PRONOUN_BEFORE = frozenset(("no", "any", "every", "each", "some", "the", "this", "that", "which"))
PRONOUN_AFTER = frozenset((
    "of", "another", "who", "that", "which", "is", "was", "has", "had", "can", "could",
    "would", "will", "should", "must", "thing", "", ",", ".", ";", ":", "?", "!",
))


def _is_pronoun_one(sentence: str, figure: Figure) -> bool:
    """'No one knows', 'one of the biggest investors': 'one' that counts nothing."""
    if sentence[figure.start:figure.end].lower() != "one":
        return False
    after = NEXT_TOKEN.match(sentence, figure.end).group(1).lower()
    return _previous_word(sentence, figure.start).lower() in PRONOUN_BEFORE or after in PRONOUN_AFTER


def _sign_before(sentence: str, figure: Figure) -> tuple[int, int]:
    """The sign written before the figure (-1 or 1) and where the figure then starts; (1, start)
    when there is none. Money in an accounting bracket is below nil, the brackets in its span."""
    start = figure.start
    if start and sentence[start - 1] in SIGN_CHARS and (start == 1 or sentence[start - 2] in BEFORE_SIGN):
        return SIGN_CHARS[sentence[start - 1]], start - 1
    word = SIGN_WORD.search(sentence, max(0, start - SIGN_WORD_REACH), start)
    if word:
        return lexicon.SIGN_WORDS[word.group(1).lower()], word.start()
    if figure.kind == "money" and sentence[figure.end:figure.end + 1] == ")" \
            and ACCOUNT_BRACKET.search(sentence, max(0, start - ACCOUNT_REACH), start):
        figure.end += 1
        return -1, start - 1
    return 1, start


def _signed(sentence: str, figures: list[Figure]) -> None:
    """Amounts take the sign written with them: only a written sign makes a value negative ('fell
    4%' is 4), and an accounting bracket in a table."""
    for figure in figures:
        if figure.kind not in SIGNED_KINDS or figure.low != figure.high:
            continue
        sign, figure.start = _sign_before(sentence, figure)
        if sign < 0 and figure.value > 0:
            figure.value = figure.low = figure.high = times(figure.value, -1)


def _merge_errors(sentence: str, figures: list[Figure]) -> list[Figure]:
    """'9.83e-3 +/- 1e-5', '5 ± 0.2 mg': one figure, its bounds the value less and plus the error."""
    merged: list[Figure] = []
    for figure in figures:
        previous = merged[-1] if merged else None
        if previous is not None and previous.low == previous.high and figure.low == figure.high \
                and figure.value > 0 and ERROR_GAP.fullmatch(sentence, previous.end, figure.start):
            kind, unit = (figure.kind, figure.unit) if previous.kind == "count" and previous.unit is None else (
                previous.kind, previous.unit)
            merged[-1] = Figure(previous.start, figure.end, previous.value, kind, unit,
                                tidy(previous.value - figure.value), tidy(previous.value + figure.value))
            continue
        merged.append(figure)
    return merged


def _range_gap(sentence: str, previous: Figure, figure: Figure) -> bool:
    """'between 5 and 10', '5-10%', '5 to 10 pct' (but not 'rose from 5 to 10')."""
    gap = sentence[previous.end:figure.start]
    if AND_GAP.fullmatch(gap):
        return bool(BETWEEN_BEFORE.search(sentence, max(0, previous.start - 12), previous.start))
    if DASH_GAP.fullmatch(gap):
        return True
    if TO_OR_GAP.fullmatch(gap):
        return bool(RANGE_FROM.search(sentence, max(0, previous.start - 16), previous.start)) \
            or not CHANGE.search(sentence[max(0, previous.start - 60):previous.start])
    return False


# What joins two figures that state the same kind of quantity: 'from 12 to 14 years',
# '23p to 188', '382 mln dlrs in April from 275 mln in March'.
SHARED = re.compile(
    r"^[^;:()]*?(?:[-–/]|\b(?:to|from|and|or|vs|against|versus|compared\s+with|on\s+a\s+previous)\b)[^,;:()]*$", re.I)
# A percentage right after a change word is the rate of a change, not a level to compare with.
RATE_CUE = re.compile(r"\b(?:up|down|rose|fell|rise|fall|jumped|dropped|gained|lost|increased|decreased|by)\s+"
                      r"(?:(?:roughly|about|around|some|nearly|almost|just|over|only)\s+)?$", re.I)  # 'up roughly 20%'
RATE_CUE_REACH = 25
RATE_AFTER = re.compile(r"\s+(?:up|down|higher|lower|above|below)\b", re.I)


def _is_rate(sentence: str, figure: Figure) -> bool:
    return figure.kind == "percent" and bool(
        RATE_CUE.search(sentence, max(0, figure.start - RATE_CUE_REACH), figure.start) or RATE_AFTER.match(sentence, figure.end))
# After a percentage, 'to' names a level ('rose 0.5% to 2,004'), not another percentage.
SHARED_AFTER_PERCENT = re.compile(r"\b(?:from|vs|against|versus|compared\s+with)\b", re.I)
RESTATED_AS_PERCENT = re.compile(r",\s*or\b", re.I)
PERCENT_APART = 10  # how many times larger than a percentage a count beside it is no percentage
SHARE_GAP = 30
OWN_NOUN = re.compile(r"\s+(?!(?:to|from|in|and|or|vs|against|a|an|the|on|at|for|a\s+year)\b)[a-z]")


def _share_units(sentence: str, figures: list[Figure]) -> None:
    """A bare figure takes the kind and unit of the figure it is compared with.

    Wire copy writes the unit once: 'widened to 382 mln dlrs in April from 275 mln',
    'rising to 1.54 mln' after '1.466 mln bpd', 'from 12 to 14 years'. A bare figure
    (a plain count with no noun of its own) shares with a neighbour written the same
    way (both with a magnitude, or both without) and joined by a short 'to', 'from',
    'vs', 'and', 'or' or dash.
    """
    for n, figure in enumerate(figures):
        if figure.kind != "count" or figure.approx or OWN_NOUN.match(sentence, figure.end):
            continue
        # The figure before, passing over a change's rate: '8.35 mln bpd, down 7.8 pct from 9.06 mln'.
        before = next((figures[m] for m in range(n - 1, -1, -1) if not _is_rate(sentence, figures[m])), None)
        for other in (before, figures[n + 1] if n + 1 < len(figures) else None):
            if other is None or other.kind not in ("money", "measure", "percent") or (other.scale > 1) != (figure.scale > 1):
                continue
            first, second = (other, figure) if other.start < figure.start else (figure, other)
            gap = sentence[first.end:second.start]
            if len(gap) > SHARE_GAP or not SHARED.match(gap):
                continue
            if other is first and other.kind == "percent" and not SHARED_AFTER_PERCENT.search(gap):
                continue
            if other is second and other.kind == "percent" and (RESTATED_AS_PERCENT.search(gap) or _count_beside(figure, other)):
                continue  # '6,630, or 12.9%', '4,853 or 62.3%' restate the count as a share
            factor = other.factor if figure.scale == 1 else 1
            figure.kind, figure.unit, figure.factor = other.kind, other.unit, factor
            figure.value = figure.low = figure.high = times(figure.value, factor)
            break


def _count_beside(figure: Figure, percent: Figure) -> bool:
    """A count too large to be the other end of the percentage ('5 or 6%' is; '4,853 or 62.3%' is not)."""
    return figure.value > 100 and figure.value > PERCENT_APART * percent.value


def _merge_ranges(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Both ends of a range become one figure with bounds, and the midpoint as value."""
    merged: list[Figure] = []
    for figure in figures:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and (previous.kind == figure.kind or (previous.kind == "count" and previous.unit is None))
            and previous.factor == figure.factor  # '75 cts to 42.75 dlrs' is a change, not a range
            and previous.low == previous.high
            and _range_gap(sentence, previous, figure)
        ):
            first = times(previous.value, figure.scale if previous.scale == 1 else 1)
            # A range runs from the smaller size to the larger: '5 to 10', '−18 °C to −34 °C'.
            if first < figure.value or figure.value < first < 0:
                low, high = sorted((first, figure.value))
                merged[-1] = Figure(previous.start, figure.end, tidy((low + high) / 2),
                                    figure.kind, figure.unit, tidy(low), tidy(high), scale=figure.scale)
                continue
        merged.append(figure)
    return merged


def find_figures(sentence: str, title_case: bool = False, starts: list[tuple[int, int]] | None = None) -> list[Figure]:
    """The figures stating a quantity in one sentence, in order, spans relative to it.

    `starts` are the sentence's anchors (see `anchors`) when the caller has them already.
    """
    figures = [
        f for f in _leftmost_longest(_candidates(sentence, anchors(sentence) if starts is None else starts))
        if f.value is not None and not _is_name_part(sentence, f, title_case) and not _is_pronoun_one(sentence, f)
    ]
    _signed(sentence, figures)
    figures = _merge_ranges(sentence, _merge_errors(sentence, figures))
    _share_units(sentence, figures)
    return figures
