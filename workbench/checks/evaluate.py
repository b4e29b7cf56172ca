"""The evaluators of the frames the reader finds, one per frame type (rules.py pairs them):
interval arithmetic over every reading the figures' written precision and hedges allow
(precision.py).

`pass` means some reading agrees and the line printed agrees with it; `warn` means
agreement needs every rounded figure at the far end of its interval, or a word such as
'halved' meant loosely; `fail` means no reading fits.
"""

from __future__ import annotations

from ..extract import Claim
from ..extract.lexicon import DURATION_UNITS
from .finding import Finding, fmt, in_style
from .lexicon import FRACTION_SPOKEN, INVERSE_UNITS, INVERSE_WORDS
from .precision import DIGITS, absolute, half_unit, in_thousands, interval, overlap, scaled, subtracted, verdict
from .statement import RATE_ROLES, Frame
from .units import BAND_MARGIN, converted, period, rate_range
from .vague import weighed

LOOSE = (0.75, 1.25)  # 'halved', 'doubled' are said of changes only roughly so
# A conversion is rounded for reading ('10,000ft (3,000m)'): within this share of a reading it
# agrees; beyond this factor of every reading, no rounding explains it (a figure or unit is wrong).
CONVERSION_SLACK = 0.03
CONVERSION_FAR = 1.25
READING = {"pass": "within rounding", "warn": "just outside rounding", "fail": "does not add up"}


def change(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """A change recomputed by its rate, its factor or its difference; with none of them, its
    direction alone must hold."""
    if "old" not in frame.roles:  # 'fell 20.3 points, or 0.4%, to 4,850.2'; 'rose 7,000 to 4.464 million'
        return _rate_of_difference(frame, claims) if "rate" in frame.roles else _risen_from_nil(frame, claims)
    findings = []
    if "rate" in frame.roles:
        findings.append(_rate(frame, claims))
    elif frame.factor is not None:
        findings.append(_factor(frame, claims))
    if "difference" in frame.roles and frame.moved:  # '736 ... against 987 a year ago' is no change by the difference
        findings.append(_difference(frame, claims))
    if "rate" not in frame.roles and frame.factor is None:  # a difference says not which way: 'cut by £6m to £41m, down from £35m'
        findings += _direction(frame, claims)
    return findings


def _sign(frame: Frame, claims: list[Claim]) -> int:
    old, new = claims[frame.roles["old"]], claims[frame.roles["new"]]
    return frame.sign or (-1 if new.value < old.value else 1)


def grown(old: Claim, rate: Claim, sign: int, round_rate: bool = False) -> tuple[float, float]:
    """Every value the old figure gives when it rises (sign 1) or falls (-1) by the rate (a
    percentage, or a fraction: 'by a third', which in words holds to FRACTION_SPOKEN of itself)."""
    low, high = interval(rate, round_rate)
    if rate.kind == "ratio":
        spoken = 0.0 if DIGITS.search(rate.span.text) else FRACTION_SPOKEN * rate.value
        low, high = 100 * (low - spoken), 100 * (high + spoken)
    factor = (1 - high / 100, 1 - low / 100) if sign < 0 else (1 + low / 100, 1 + high / 100)
    return scaled(interval(old), factor)


def _rate(frame: Frame, claims: list[Claim]) -> Finding:
    """'rose 25% to £1.2bn from £960m': old x (1 + rate) must give new."""
    old, new, rate = (claims[frame.roles[r]] for r in ("old", "new", "rate"))
    sign = _sign(frame, claims)
    status = verdict(grown(old, rate, sign), interval(new))
    reading = READING[status]
    if status == "fail" and overlap(grown(old, rate, sign, True), interval(new)):
        status, reading = "warn", f"only if {rate.span.text} is a round figure"
    elif status == "fail" and frame.compared:
        status, reading = "warn", f"unless {rate.span.text} is over another period or base than {old.span.text}"
    central = old.value * (1 + sign * rate.value * (1 if rate.kind == "ratio" else 0.01))
    said = f"{rate.span.text} {'fall' if sign < 0 else 'rise'} from"
    if frame.cues["old"].cue.follows:  # '42 pct above the 16.98 billion'
        said = f"{rate.span.text} {frame.cues['old'].words.split()[0].lower()}"
    return Finding("change", [frame.roles["rate"], frame.roles["new"], frame.roles["old"]], status,
                   f"{said} {old.span.text} gives {in_style(central, old)}; stated {new.span.text} ({reading}) - {status}")


def _rate_of_difference(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'fell 20.3 points, or 0.4%, to 4,850.2': the amount over the level it moved from (the new
    level less the rise, or plus the fall) must give the rate; none when that level may be nil."""
    difference, rate, new = (claims[frame.roles[r]] for r in ("difference", "rate", "new"))
    moved = interval(difference)
    old = subtracted(interval(new), moved) if frame.sign > 0 else (interval(new)[0] + moved[0], interval(new)[1] + moved[1])
    if old[0] <= 0:
        return []
    implied = (100 * moved[0] / old[1], 100 * moved[1] / old[0])
    status = verdict(implied, interval(rate))
    if status == "fail" and overlap(implied, interval(rate, round_figure=True)):
        status = "warn"
    level = new.value - frame.sign * difference.value
    return [Finding("change", [frame.roles["rate"], frame.roles["difference"], frame.roles["new"]], status,
                    f"{difference.span.text} {'rise' if frame.sign > 0 else 'fall'} to {new.span.text} is "
                    f"{fmt(round(100 * difference.value / level, 2))}% of {in_style(level, new)}; stated {rate.span.text} "
                    f"({READING[status]}) - {status}")]


def _risen_from_nil(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'rose 7,000 to 4.464 million' of a level that cannot be below nil: the rise is no more than
    the level it rose to; within that, nothing to recompute."""
    difference, new = claims[frame.roles["difference"]], claims[frame.roles["new"]]
    if interval(difference)[0] <= interval(new)[1]:
        return []
    return [Finding("change", [frame.roles["difference"], frame.roles["new"]], "fail",
                    f"a {difference.span.text} rise to {new.span.text} leaves {in_style(new.value - difference.value, new)} "
                    f"before it, below nil - fail")]


def _factor(frame: Frame, claims: list[Claim]) -> Finding:
    """'doubled to 40 from 20'; 'more than doubled' is any factor from two up."""
    old, new = claims[frame.roles["old"]], claims[frame.roles["new"]]
    said = " ".join(filter(None, (frame.hedge, {2.0: "doubled", 3.0: "tripled", 4.0: "quadrupled", 0.5: "halved"}[frame.factor])))
    status, reading = _multiplied(frame, old, new, said)
    if status == "fail" and frame.compared:
        status, reading = "warn", f"unless '{said}' is said of another period or base than {old.span.text}"
    return Finding("change", [frame.roles["new"], frame.roles["old"]], status,
                   f"{said} from {old.span.text} gives {in_style(old.value * frame.factor, old)}; "
                   f"stated {new.span.text} ({reading}) - {status}")


def _multiplied(frame: Frame, base: Claim, stated: Claim, said: str) -> tuple[str, str]:
    """The stated figure against the base times the frame's factor, as far as its hedge reaches;
    a factor in words is meant only roughly, so just outside is a `warn`."""
    low, high = frame.reach
    factors = (frame.factor * low, frame.factor * high) if frame.factor > 1 else (frame.factor / high, frame.factor / low)
    implied = scaled(interval(base), factors)
    status = verdict(implied, interval(stated))
    if status == "fail" and overlap(scaled(implied, LOOSE), interval(stated)):
        return "warn", f"not {said}, if the word is meant exactly"
    return status, READING[status]


def multiple(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'2.6 billion, more than double the record of 1.1 billion': the figure against the other
    times the factor."""
    stated, base = claims[frame.roles["multiple"]], claims[frame.roles["base"]]
    times = claims[frame.roles["times"]].span.text + " times" if "times" in frame.roles else None
    said = " ".join(filter(None, (frame.hedge, times or {2.0: "twice", 3.0: "three times", 4.0: "four times", 0.5: "half"}[frame.factor])))
    status, reading = _multiplied(frame, base, stated, said)
    return [Finding("multiple", [frame.roles["multiple"], frame.roles["base"]], status,
                    f"{said} {base.span.text} gives {in_style(base.value * frame.factor, base)}; "
                    f"stated {stated.span.text} ({reading}) - {status}")]


def _difference(frame: Frame, claims: list[Claim]) -> Finding:
    """'up 200 to 1,500 from 1,300': the old and new levels must be the stated difference
    apart; which way they moved is the direction's to say."""
    old, new, difference = (claims[frame.roles[r]] for r in ("old", "new", "difference"))
    moved = absolute(subtracted(interval(new), interval(old)))
    status = verdict(moved, interval(difference))
    reading = READING[status]
    if status == "fail" and overlap(moved, interval(difference, round_figure=True)):
        status, reading = "warn", f"only if {difference.span.text} is a round figure"
    return Finding("difference", [frame.roles["difference"], frame.roles["new"], frame.roles["old"]], status,
                   f"{old.span.text} to {new.span.text} is {in_style(abs(new.value - old.value), new)}; "
                   f"stated {difference.span.text} ({reading}) - {status}")


def _direction(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'fell to 29.0 pct from 3.0 pct', 'jumped to 2.4m bpd, compared with 474,000 bpd in 1973':
    with nothing to recompute, the direction alone must hold."""
    old, new = claims[frame.roles["old"]], claims[frame.roles["new"]]
    if not frame.sign or not (frame.moved or _dated(frame, claims) or _directed(frame)) or new.unit in INVERSE_UNITS | DURATION_UNITS \
            or INVERSE_WORDS.search(new.sentence) or "/" in old.span.text + new.span.text:
        return []
    (old_low, old_high), (new_low, new_high) = interval(old), interval(new)
    if (frame.sign > 0 and new_high < old_low) or (frame.sign < 0 and new_low > old_high):
        said, went = ("rise", "lower") if frame.sign > 0 else ("fall", "higher")
        return [Finding("change", [frame.roles["new"], frame.roles["old"]], "fail",
                        f"said to {said} from {old.span.text} to {new.span.text}, "
                        f"but {new.span.text} is {went} - fail")]
    return []


def _directed(frame: Frame) -> bool:
    """'71% was well down on his season average of 64%': the words that set the old level beside
    the new say which way it stands, with no amount or rate whose base they may be about."""
    return frame.cues["old"].cue.directs and not RATE_ROLES & frame.roles.keys() if "old" in frame.cues else False


def _dated(frame: Frame, claims: list[Claim]) -> bool:
    """A level of another time set beside the new one, with no amount or rate whose period the
    words of change may be about ('up 14 to 164, against 422 one year ago'), nor rates that may
    be growth rates compared ('grow by just 1.0 pct in 1987, against an estimated 2.4 pct in 1986')."""
    return frame.dated and not RATE_ROLES & frame.roles.keys() and claims[frame.roles["new"]].kind != "percent"


def vague(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'Hundreds of jobs will go at the plant, 740 in total': the exact figure in the word's range."""
    return [weighed(claims, frame.roles["vague"], frame.roles["exact"])]


def rank(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'the largest share, $2.2bn, ahead of California with $1.9bn': no peer beyond the top. A
    peer that beats it only within rounding, or ties it, is a `warn`."""
    top, largest = claims[frame.roles["top"]], frame.sign > 0
    word = "largest" if largest else "smallest"
    beaten, close = _outranked(frame, claims)
    others = ", ".join(claims[i].span.text for i in frame.parts)
    if beaten:
        status = "fail"
        said = f"{top.span.text} is called the {word}, but {', '.join(claims[i].span.text for i in beaten)} " \
               f"{'is' if len(beaten) == 1 else 'are'} {'larger' if largest else 'smaller'}"
    elif close:
        status = "warn"
        said = f"{top.span.text} is called the {word}, but {', '.join(claims[i].span.text for i in close)} " \
               f"{'ties' if len(close) == 1 else 'tie'} it within rounding"
    else:
        status = "pass"
        said = f"{top.span.text} is the {word}: {top.span.text} {'>' if largest else '<'} {others}"
    return [Finding("superlative", [frame.roles["top"], *frame.parts], status, f"{said} - {status}")]


def order(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'8%, ahead of internet services at 6%': the first figure beyond the second, as a rank of
    one peer is weighed."""
    first, second = claims[frame.roles["top"]], claims[frame.parts[0]]
    beaten, close = _outranked(frame, claims)
    said = f"{first.span.text} is put '{frame.cue}' {second.span.text}"  # in a ranking of lows, 'behind' is larger
    sign = ">" if frame.sign > 0 else "<"
    if beaten:
        status, said = "fail", f"{said}, but {first.span.text} {'<' if frame.sign > 0 else '>'} {second.span.text}"
    elif close:
        status, said = "warn", f"{said}, but the two are level within rounding"
    else:
        status, said = "pass", f"{said}: {first.span.text} {sign} {second.span.text}"
    return [Finding("order", [frame.roles["top"], *frame.parts], status, f"{said} - {status}")]


def _outranked(frame: Frame, claims: list[Claim]) -> tuple[list[int], list[int]]:
    """The peers beyond the top by more than rounding, and those level with it or beyond it
    only within rounding."""
    top, largest = claims[frame.roles["top"]], frame.sign > 0
    low, high = interval(top)
    beaten = [i for i in frame.parts if (interval(claims[i])[0] > high if largest else interval(claims[i])[1] < low)]
    close = [i for i in frame.parts if i not in beaten
             and (claims[i].value >= top.value if largest else claims[i].value <= top.value)]
    return beaten, close


def place(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'15th place in the 20-strong league': no place beyond the group's size."""
    ordinal, group = claims[frame.roles["place"]], claims[frame.roles["group"]]
    status = "pass" if ordinal.value <= interval(group)[1] else "fail"
    said = "within" if status == "pass" else "beyond"
    return [Finding("place-within-group", [frame.roles["place"], frame.roles["group"]], status,
                    f"{ordinal.span.text} of {group.span.text}: {said} the group - {status}")]


def restated(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'less than a quarter (24%)': the percentage within the fraction's bounds, which a
    fraction in words holds only to the nearest simple fraction (FRACTION_SPOKEN)."""
    fraction, percent = claims[frame.roles["fraction"]], claims[frame.roles["percent"]]
    low, high = interval(percent)

    def agrees(slack: float) -> bool:
        spoken = slack * 100 * fraction.value
        bottom = float("-inf") if fraction.low is None else 100 * fraction.low - spoken
        top = float("inf") if fraction.high is None else 100 * fraction.high + spoken
        return overlap((bottom, top), (low, high))

    status = "pass" if agrees(FRACTION_SPOKEN) else "warn" if agrees(2 * FRACTION_SPOKEN) else "fail"
    said = {"pass": "agrees with", "warn": "is loose for", "fail": "does not agree with"}[status]
    word = f"{fraction.qualifier} {fraction.span.text}" if fraction.qualifier else fraction.span.text
    return [Finding("fraction-as-percent", [frame.roles["fraction"], frame.roles["percent"]], status,
                    f"'{word}' ({fmt(round(100 * fraction.value, 1))}%) {said} {percent.span.text} - {status}")]


def pointed(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'458 miles of those 738 miles': the figure pointed back to is the one stated before,
    within the rounding of both."""
    first, second = claims[frame.roles["first"]], claims[frame.roles["second"]]
    status = "pass" if overlap(interval(first), interval(second)) else "fail"
    said = "restates" if status == "pass" else "points back to, but does not restate,"
    return [Finding("pointed-back", [frame.roles["first"], frame.roles["second"]], status,
                    f"'{frame.cue} {second.span.text}' {said} {first.span.text} - {status}")]


def gap(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'a majority of 5,907' after 20,645 and 14,738, 'a deficit of £34m' between costs of £106m
    and revenue of £72m: how far apart the two figures are."""
    first, second = sorted((frame.roles["first"], frame.roles["second"]), key=lambda i: -claims[i].value)
    said = "difference" if "difference" in frame.roles else "balance"  # a deficit or surplus: the gap between its sides
    difference = claims[frame.roles[said]]
    apart = absolute(subtracted(interval(claims[first]), interval(claims[second])))
    status = verdict(apart, interval(difference))
    reading = ""
    if status == "fail" and overlap(apart, interval(difference, round_figure=True)):
        status, reading = "warn", f" (only if {difference.span.text} is a round figure)"
    return [Finding("difference", [frame.roles[said], first, second], status,
                   f"{claims[first].span.text} - {claims[second].span.text} = "
                   f"{in_style(claims[first].value - claims[second].value, difference)}; "
                   f"stated {difference.span.text}{reading} - {status}")]


def share(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'20% of its 300 staff, or 60 people': the rate (a percentage or a fraction) of the whole
    must give the part."""
    rate, whole, part = (claims[frame.roles[r]] for r in ("rate", "whole", "part"))
    per_unit = 0.01 if rate.kind == "percent" else 1

    def implied(round_rate: bool) -> tuple[float, float]:
        low, high = interval(rate, round_rate)
        return scaled(interval(whole), (low * per_unit, high * per_unit))

    status = verdict(implied(False), interval(part))
    reading = ""
    if status == "fail" and verdict(implied(True), interval(part)) == "pass":
        status, reading = "warn", f" (only if {rate.span.text} is a round figure)"
    central = whole.value * rate.value * per_unit
    return [Finding("share", [frame.roles["rate"], frame.roles["whole"], frame.roles["part"]], status,
                   f"{rate.span.text} of {whole.span.text} is {in_style(central, part)}; stated {part.span.text}{reading} - {status}")]


def total(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """The parts against their total: at most it, or all of it when the cue says so. A
    reading with each figure within half its rounding is a near one; agreement only at
    the far ends of the figures' ranges is a `warn` that says so."""
    total, parts = claims[frame.roles["total"]], [claims[i] for i in frame.parts]

    def fits(slack: float) -> bool:
        summed = [sum(bound) for bound in zip(*(_within(c, slack) for c in parts))]
        low, high = _within(total, slack)
        return overlap((summed[0], summed[1]), (low, high)) if frame.complete else summed[0] <= high

    status = "pass" if fits(0.5) else "warn" if fits(1.0) or _fits_round(frame, claims) else "fail"
    summed = sum(c.value for c in parts)
    relation = "=" if summed == total.value else "<" if summed < total.value else ">"
    if status == "pass" and relation != "=" and (frame.complete or relation == ">"):
        relation = "≈"  # within rounding
    said = {
        ("pass", True): "the parts make up the total", ("pass", False): "the parts fit in the total",
        ("warn", True): "they make it up only if every figure is rounded to the far end of its range",
        ("warn", False): "they fit only if every figure is rounded to the far end of its range",
        ("fail", True): "the parts do not make up the total", ("fail", False): "the parts exceed the total",
    }[(status, frame.complete)]
    terms = " + ".join(c.span.text for c in parts)
    if len(parts) == 1:  # 'five of them': a part and its whole
        said = {"pass": "the part fits in its whole", "fail": "the part exceeds its whole",
                "warn": "it fits only if each figure is rounded to the far end of its range"}[status]
        return [Finding("sum", [*frame.parts, frame.roles["total"]], status,
                        f"{terms} {relation} {total.span.text}: {said} - {status}")]
    return [Finding("sum", [*frame.parts, frame.roles["total"]], status,
                   f"{terms} = {in_style(summed, total)} {relation} {total.span.text}: {said} - {status}")]


def _fits_round(frame: Frame, claims: list[Claim]) -> bool:
    """Whether the parts fit when figures written in thousands are read as rounded to the
    thousand ('120,000 residents, including 94,000 blast survivors and 27,000 unexposed people')."""
    parts = [in_thousands(claims[i]) for i in frame.parts]
    low, high = in_thousands(claims[frame.roles["total"]])
    summed = (sum(p[0] for p in parts), sum(p[1] for p in parts))
    return overlap(summed, (low, high)) if frame.complete else summed[0] <= high


def _within(claim: Claim, slack: float) -> tuple[float, float]:
    """Every value the figure stands for (slack 1), or its near readings: the figure as written,
    without its hedge, within `slack` of its rounding. An open bound ('more than 300') stays open."""
    if slack >= 1:
        return interval(claim)
    half = slack * half_unit(claim)
    ranged = claim.low != claim.high and not claim.qualifier  # 'between 5 and 10', 'thousands'
    low, high = (claim.low, claim.high) if ranged else (claim.value, claim.value)
    return (float("-inf") if claim.low is None else low - half, float("inf") if claim.high is None else high + half)


def conversion(frame: Frame, claims: list[Claim]) -> list[Finding]:
    """'$546m (£290m)': the rate the two imply, against the range the currencies' rate has kept;
    '10,000ft (3,048m)', '£126 a week (around £6,500 a year)': the first converted, against the
    second."""
    stated, restated = claims[frame.roles["stated"]], claims[frame.roles["converted"]]
    if stated.kind == "money" and stated.unit != restated.unit:
        finding = _exchanged(stated, restated)
    elif stated.kind == "money":
        finding = _per_period(stated, restated)
    else:
        finding = _in_units(stated, restated)
    return [Finding("conversion", [frame.roles["converted"], frame.roles["stated"]], *finding)]


def _exchanged(stated: Claim, restated: Claim) -> tuple[str, str]:
    (low, high), (to_low, to_high) = interval(stated), interval(restated)
    rate = (to_low / high, to_high / low) if low > 0 else (0.0, float("inf"))
    known = rate_range(stated, restated)
    far = (known[0] / BAND_MARGIN, known[1] * BAND_MARGIN)
    status = "pass" if overlap(rate, known) else "warn" if overlap(rate, far) else "fail"
    said = {"pass": "within", "warn": "outside", "fail": "far outside"}[status]
    return status, (f"{stated.span.text} restated as {restated.span.text}: 1 {stated.unit} = "
                    f"{_significant(restated.value / stated.value)} {restated.unit}, {said} the {_significant(known[0])} to "
                    f"{_significant(known[1])} {restated.unit} it has been worth since 1980 - {status}")


def _significant(number: float) -> str:
    """A rate to three significant figures, written out: 532,000 and 0.00522, not 5.32e+05."""
    return fmt(float(f"{number:.3g}")) if number >= 0.01 else f"{number:.3g}"


def _per_period(stated: Claim, restated: Claim) -> tuple[str, str]:
    (per, (often_low, often_high)), (per_restated, (times_low, times_high)) = period(stated), period(restated)
    factor = (often_low / times_high, often_high / times_low)
    implied = scaled(interval(stated), factor)
    status = _converted_verdict([implied], restated)
    central = stated.value * (often_low + often_high) / (times_low + times_high)
    return status, (f"{stated.span.text}{per.group()} is {in_style(central, restated)}{per_restated.group()}; "
                    f"stated {restated.span.text} ({READING[status]}) - {status}")


def _in_units(stated: Claim, restated: Claim) -> tuple[str, str]:
    low, high = interval(stated)
    readings = [tuple(sorted(pair)) for pair in zip(converted(low, stated.unit, restated.unit),
                                                    converted(high, stated.unit, restated.unit))]
    status = _converted_verdict(readings, restated)
    central = min(converted(stated.value, stated.unit, restated.unit), key=lambda value: abs(value - restated.value))
    return status, (f"{stated.span.text} is {in_style(central, restated)}; stated {restated.span.text} "
                    f"({READING[status]}) - {status}")


def _converted_verdict(readings: list[tuple[float, float]], restated: Claim) -> str:
    """pass when a reading is within CONVERSION_SLACK of the restated figure read as a round
    one, fail when every reading is more than CONVERSION_FAR away."""
    stated = interval(restated, round_figure=True)
    if any(overlap(scaled(reading, (1 - CONVERSION_SLACK, 1 + CONVERSION_SLACK)), stated) for reading in readings):
        return "pass"
    if any(overlap(scaled(reading, (1 / CONVERSION_FAR, CONVERSION_FAR)), stated) for reading in readings):
        return "warn"
    return "fail"
