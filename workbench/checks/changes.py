"""A change recomputed: 'rose 25% to £1.2bn from £960m', 'doubled to 40 from 20'; with
nothing to recompute, its direction (directions.py): 'fell to 29.0 pct from 3.0 pct'.

The old and new values come from pairs.py; the rule redoes the arithmetic over every
reading the stated precision allows (see precision.py): `fail` means no reading makes
the sentence add up.
"""

from __future__ import annotations

import re

from ..extract import Claim
from ..extract.lexicon import DURATION_UNITS
from ..extract.relations import LARGEST_SLIP
from .clauses import AMOUNTS, CLAUSE_BREAK, before, by_sentence, one_clause
from .directions import NEAR, wrong_way
from .finding import Finding
from .pairs import FALL, FROM_BEFORE, RISE, TO_BEFORE, stated_changes
from .precision import interval, in_style, overlap, scaled, verdict

LOOSE = (0.75, 1.25)
RESTATED_BEFORE = re.compile(r"(?:\bor\s+|\(\s*)$", re.IGNORECASE)  # '239,500 shares, or 4.7 pct'
YEARLY = re.compile(r"\s+(?:a\s+year|per\s+year|per\s+annum|annually|on\s+average|each\s+year|every\s+year)\b", re.IGNORECASE)
LEVEL_BEFORE = re.compile(r"\b(?:was|were|is|are|stood\s+at)\s+(?:a\s+|an\s+)?$", re.IGNORECASE)  # 'use was 78.1 pct'
RATE_AFTER = 30  # how far after a change's figures its rate may follow ('from 12.04 mln, up 1.8 pct')
OWN_REACH = 25  # 'up 1.8 pct to an average 12.25 mln': how close the rate's own new level stands
# A rate of something else: a share ('5.7 pct of turnover') or a comparison with another base.
OTHER_BASE_AFTER = re.compile(
    r"\s+(?:of\b|ahead\s+of|above|below|over|under|higher\s+than|lower\s+than|more\s+than|less\s+than"
    r"|on\s+a\s+(?:comparable|same|like)|in\s+comparable|excluding)",
    re.IGNORECASE)
ABOVE_AFTER = re.compile(
    r"\s+(above|below|over|under|higher\s+than|lower\s+than|up\s+on|down\s+on)\s+(?:the\s+|a\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d['’]s\s+|[A-Z][a-z]+['’]s\s+|year-ago\s+|previous\s+)?", re.IGNORECASE)
FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
FACTOR_WORD = re.compile(rf"\b({'|'.join(FACTORS)})(?:ed|ing|e|es)\b", re.IGNORECASE)


def _direction(claims: list[Claim], rate: int, old: int, new: int) -> int:
    """-1 for a fall, +1 for a rise: the verb nearest the rate says which."""
    claim = claims[rate]
    start = claim.span.start - claim.sentence_start
    window = claim.sentence[max(0, start - 40): start + 40]
    falls, rises = list(FALL.finditer(window)), list(RISE.finditer(window))
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(claim.sentence, 0, start)]
    clause = claim.sentence[breaks[-1] if breaks else 0:start + 40]
    if FALL.search(clause) and RISE.search(clause):  # 'fell, largely as the result of the rising dollar, by 8.18 pct'
        return -1 if claims[new].value < claims[old].value else 1
    if falls or rises:
        nearest = min(falls + rises, key=lambda m: abs(m.start() - 40))
        return -1 if nearest in falls else 1
    return -1 if claims[new].value < claims[old].value else 1


def _factor_word(claims: list[Claim], old: int, new: int) -> re.Match | None:
    """'doubled', 'halving' in the clause that states the old and new figures."""
    sentence, offset = claims[old].sentence, claims[old].sentence_start
    first = min(claims[old].span.start, claims[new].span.start) - offset
    last = max(claims[old].span.end, claims[new].span.end) - offset
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, first)]
    return FACTOR_WORD.search(sentence, breaks[-1] if breaks else 0, last)


def changes(claims: list[Claim]) -> list[Finding]:
    """'rose 25% to £1.2bn from £960m': old x (1 + rate) must give new."""
    findings = []
    for indices, old, new in stated_changes(claims):
        pair = (old, new)
        rates = [
            i for i in indices
            if claims[i].kind == "percent" and claims[i].unit == "%" and i not in pair
            and not TO_BEFORE.search(before(claims[i])) and not FROM_BEFORE.search(before(claims[i]))
            and one_clause(claims, i, old, new) and claims[new].kind != "percent"  # rates beside rates are levels
            and not OTHER_BASE_AFTER.match(
                claims[i].sentence, claims[i].span.end - claims[i].sentence_start)
            and _rate_of(claims, indices, i, old, new)
        ]
        if any(YEARLY.match(claims[i].sentence, claims[i].span.end - claims[i].sentence_start) for i in rates):
            continue  # '6% a year': compounding over years the rule does not read
        factor_word = _factor_word(claims, old, new)
        if rates:
            rate = min(rates, key=lambda i: abs(claims[i].span.start - claims[new].span.start))
            sign = _direction(claims, rate, old, new)
            implied = _grown(claims, old, rate, sign)
            involved, said = [rate, new, old], f"{claims[rate].span.text} {'fall' if sign < 0 else 'rise'}"
        elif factor_word:
            value = FACTORS[factor_word.group(1).lower()]
            implied = scaled(interval(claims[old]), (value, value))
            involved, said = [new, old], factor_word.group(0).lower()
        else:
            findings += wrong_way(claims, old, new)
            continue
        status = verdict(implied, interval(claims[new]))
        reading = {"pass": "within rounding", "warn": "just outside rounding", "fail": "does not add up"}[status]
        if not rates and status == "fail" and overlap(scaled(implied, LOOSE), interval(claims[new])):
            # 'halved', 'doubled' are said of changes only roughly so
            status, reading = "warn", f"not {said}, if the word is meant exactly"
        elif rates and status == "fail" and overlap(_grown(claims, old, rate, sign, True), interval(claims[new])):
            status, reading = "warn", f"only if {claims[rate].span.text} is a round figure"
        central = claims[old].value * (
            1 + sign * claims[rate].value / 100 if rates else FACTORS[factor_word.group(1).lower()])
        explanation = (f"{said} from {claims[old].span.text} gives {in_style(central, claims[old])}; "
                       f"stated {claims[new].span.text} ({reading}) - {status}")
        findings.append(Finding("change", involved, status, explanation))
    return findings


def compared_levels(claims: list[Claim]) -> list[Finding]:
    """'Imports rose to 24.12 billion dlrs, up 2.6 pct from January's 23.52 billion and 42 pct
    above the 16.98 billion dlrs recorded in February 1986': the level, compared with another
    base by a rate, must be that base grown by the rate."""
    findings = []
    for indices in by_sentence(claims).values():
        for at, i in enumerate(indices):
            rate = claims[i]
            compared = ABOVE_AFTER.match(rate.sentence, rate.span.end - rate.sentence_start) \
                if rate.kind == "percent" and rate.unit == "%" else None
            base = next((j for j in indices[at + 1:] if claims[j].kind in AMOUNTS), None) if compared else None
            if base is None or claims[base].span.start - rate.sentence_start != compared.end():
                continue
            level = next((j for j in reversed(indices[:at]) if (claims[j].kind, claims[j].unit) ==
                          (claims[base].kind, claims[base].unit) and not FROM_BEFORE.search(before(claims[j]))), None)
            if level is None or claims[base].unit in DURATION_UNITS \
                    or not claims[base].value / LARGEST_SLIP <= claims[level].value <= claims[base].value * LARGEST_SLIP:
                continue  # '12 months to end-January', 'seven cts' a share against '2.7 mln dlrs': other things
            findings.append(_compared_level(claims, i, level, base, compared.group(1).lower()))
    return findings


def _compared_level(claims: list[Claim], rate: int, level: int, base: int, comparison: str) -> Finding:
    sign = -1 if comparison in ("below", "lower than", "down on", "under") else 1
    status = verdict(_grown(claims, base, rate, sign), interval(claims[level]))
    if status == "fail" and overlap(_grown(claims, base, rate, sign, True), interval(claims[level])):
        status = "warn"  # only if the rate is a round figure
    central = claims[base].value * (1 + sign * claims[rate].value / 100)
    explanation = (f"{claims[rate].span.text} {'below' if sign < 0 else 'above'} {claims[base].span.text} is "
                   f"{in_style(central, claims[base])}; stated {claims[level].span.text} - {status}")
    return Finding("change", [rate, level, base], status, explanation)


def _grown(claims: list[Claim], old: int, rate: int, sign: int, round_rate: bool = False) -> tuple[float, float]:
    """Every value the old figure gives when it rises (sign 1) or falls (-1) by the rate."""
    low, high = interval(claims[rate], round_rate)
    factor = (1 - high / 100, 1 - low / 100) if sign < 0 else (1 + low / 100, 1 + high / 100)
    return scaled(interval(claims[old]), factor)


def _rate_of(claims: list[Claim], indices: list[int], rate: int, old: int, new: int) -> bool:
    """Whether the rate states this change: a verb of change beside it ('rose 10 pct', '34 pct
    down'; not 'was 78.1 pct') and no other amount between it and the change's figures."""
    claim = claims[rate]
    at = claim.span.start - claim.sentence_start
    beside = claim.sentence[max(0, at - 25):claim.span.end - claim.sentence_start + 25]
    # 'fell from 7,613 to 6,630, or 12.9%': the verb is the change's own. After the old figure
    # ('from 962,400 shares, or 12.4 pct') the rate restates that figure as a share instead.
    restated = RESTATED_BEFORE.search(before(claim))
    follows = rate > new > old and RESTATED_BEFORE.search(before(claim, at - (claims[new].span.end - claim.sentence_start)))
    if follows:
        first = min(claims[old].span.start, claims[new].span.start) - claim.sentence_start
        beside = claim.sentence[max(0, first - NEAR):at]
    elif restated:
        return False  # '3.23 mln, or 11.7 pct, from 3.30 mln': the jobless rate, not the fall
    if not (FALL.search(beside) or RISE.search(beside)) or LEVEL_BEFORE.search(before(claim)):
        return False
    last = max((old, new), key=lambda i: claims[i].span.end)
    if rate > last and not follows and at - (claims[last].span.end - claim.sentence_start) > RATE_AFTER:
        return False  # '... from 617,000 in 1986 and worldwide appliance output would rise 31.7 pct'
    own = next((i for i in indices if i > rate and claims[i].kind in AMOUNTS), None)
    if own is not None and own not in (old, new) and TO_BEFORE.search(before(claims[own])) \
            and claims[own].span.start - claim.span.end <= OWN_REACH:
        return False  # 'up 45.3 pct to 260,000' is the change of the 260,000, not of this pair
    stated = next((i for i in reversed(indices) if i < rate and claims[i].kind in AMOUNTS), None)
    if stated is not None and stated not in (old, new) and claim.span.start - claims[stated].span.end <= OWN_REACH \
            and not (old < stated < new or new < stated < old):
        return False  # 'AMC 1,198, down 50 pct, Volkswagen 2,145, down from 3,342': the 1,198's fall
    nearest = min((old, new), key=lambda i: abs(claims[i].span.start - claim.span.start))
    low, high = sorted((rate, nearest))
    return not any(low < i < high and claims[i].kind in AMOUNTS and not RESTATED_BEFORE.search(before(claims[i]))
                   for i in indices)
