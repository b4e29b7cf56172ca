"""What a stated figure can stand for, so that rounding never raises a false alarm.

"$1.13bn" is any amount from 1.125bn to 1.135bn, "76%" anything from 75.5% to 76.5%:
half a unit of the last digit written, scaled by the figure's magnitude. Hedges
("around 100") and vague words ("thousands") have already widened the claim's
bounds; the rounding interval widens them again.
"""

from __future__ import annotations

import math
from decimal import Decimal

from ..extract import Claim
from ..extract.numbers import DIGITS, written_number

Interval = tuple[float, float]
SCALE_GAP = 1000


def magnitude(claim: Claim) -> float | None:
    """What the written digits are multiplied by ('$1.13bn': 1e9, '60p': 0.01); None for words."""
    written = DIGITS.search(claim.span.text)
    if written is None or not written_number(written.group()):
        return None
    return abs(claim.value) / float(written_number(written.group()))


def bare(claim: Claim) -> bool:
    """A number in digits that says nothing of what it counts ('from 22', 'the legal limit of 40'):
    it may take the kind and unit of the amount it is set against."""
    return claim.kind == "count" and claim.unit is None and DIGITS.search(claim.span.text) is not None


def written_alike(a: Claim, b: Claim) -> bool:
    """Whether two figures of one quantity are written to one scale: a bare number beside one
    with a magnitude word three or more orders larger ('to 3,061.8 billion francs from 3,304.1'),
    or beside one in cents or pence ('to 24 cents from 22'), left the word out, and its value
    cannot be compared as read."""
    scales = [magnitude(a), magnitude(b)]
    if None in scales or (scales[0] == 1) == (scales[1] == 1):
        return True
    bare, scaled = (a, b) if scales[0] == 1 else (b, a)
    if magnitude(scaled) < 1:
        return False
    return not (scaled.value and abs(bare.value) * SCALE_GAP < abs(scaled.value))


def half_unit(claim: Claim, round_figure: bool = False) -> float:
    """Half a unit of the last digit the text wrote ('$1.13bn' -> 5,000,000; 'five' -> 0.5); none
    for a count written out in digits ('15 games'), which is whole.

    Read as a round figure, a whole number's trailing zeros are not significant: '70 pct'
    may be anything from 65 to 75."""
    written = DIGITS.search(claim.span.text)
    if claim.low != claim.high or claim.kind == "ratio":
        return 0.0
    if written is None:  # 'twenty-eight' to one, 'forty' to ten, 'two mln' to a million: its last word's place
        if not claim.value or not float(claim.value).is_integer():
            return 0.0
        digits = str(abs(int(claim.value)))
        return 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))
    number = written_number(written.group())
    if not number:
        return 0.5
    digits = str(number)
    decimals = len(written.group(1) or "")
    zeros = len(digits) - len(digits.rstrip("0")) if round_figure and not decimals else 0
    scale = abs(Decimal(str(claim.value))) / number  # '$1.13bn': 1e9; '60p': 0.01
    if claim.kind == "count" and scale == 1 and not decimals and not zeros:
        return 0.0  # '15 of the club's last 14 games': things counted one by one are whole
    return float(Decimal(5) * Decimal(10) ** (zeros - decimals - 1) * scale)


def interval(claim: Claim, round_figure: bool = False) -> Interval:
    """Every value the figure can stand for; an open bound is infinite."""
    half = half_unit(claim, round_figure)
    low = float("-inf") if claim.low is None else claim.low - half
    high = float("inf") if claim.high is None else claim.high + half
    return low, high


def in_thousands(claim: Claim) -> Interval:
    """The figure read as rounded to the thousand when written so ('94,000' may be 93,500 to
    94,500), else as written: a count of tens of thousands is seldom exact."""
    written = DIGITS.search(claim.span.text)
    if written is None or written.group(1) or not str(written_number(written.group())).endswith("000") \
            or magnitude(claim) != 1:
        return interval(claim)
    low = float("-inf") if claim.low is None else claim.low - 500
    high = float("inf") if claim.high is None else claim.high + 500
    return low, high


def overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def scaled(a: Interval, factor: Interval) -> Interval:
    """a x factor, for non-negative quantities."""
    products = [x * y for x in a for y in factor]
    return min(products), max(products)


def subtracted(a: Interval, b: Interval) -> Interval:
    return a[0] - b[1], a[1] - b[0]


def absolute(a: Interval) -> Interval:
    """|x| for every x in a: how big a difference is, whichever way it goes."""
    if a[0] >= 0:
        return a
    if a[1] <= 0:
        return -a[1], -a[0]
    return 0.0, max(-a[0], a[1])


def in_style(value: float, like: Claim) -> str:
    """value written the way `like` is: 1124640000 in the style of '$639m' is '$1,124.6m', and
    below nil the sign stands before the currency: '-£48.7m'."""
    written = DIGITS.search(like.span.text)
    if written is None or not like.value:
        return f"{round(value, 4):,}".removesuffix(".0")
    number = float(written_number(written.group()) or 0)
    scale = (abs(like.value) / number if number else 0) or 1  # 0 too when a corrected value underflows
    decimals = len(written.group(1) or "") + 1
    shown = f"{abs(value) / scale:,.{decimals}f}".rstrip("0").rstrip(".")
    sign = "-" if value / scale < 0 and shown.strip("0.,") else ""
    before, after = like.span.text[: written.start()], like.span.text[written.end():]
    if like.value < 0:  # its own sign or accounting brackets give way to the value's: '−£3m', '($99.99)'
        before, after = before.lstrip("(").replace("-", "").replace("−", ""), after.removesuffix(")")
    return sign + before + shown + after


def verdict(implied: Interval, stated: Interval) -> str:
    """pass when some reading agrees; warn when off by no more than half a percent; else fail."""
    if overlap(implied, stated):
        return "pass"
    gap = max(implied[0] - stated[1], stated[0] - implied[1])
    size = max((abs(bound) for bound in stated + implied if math.isfinite(bound)), default=0.0)
    return "warn" if gap <= 0.005 * size else "fail"
