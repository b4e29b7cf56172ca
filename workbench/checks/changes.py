"""Rules that recompute a change: 'rose 25% to £1.2bn from £960m', 'doubled to 40 from 20',
'up 200 to 1,500 from 1,300', '£2.5bn less than the £37.5bn predicted'.

Each finds, within one sentence, the new value (after 'to'), the old value (after 'from')
and what links them, and redoes the arithmetic over every reading the stated precision
allows (see precision.py): `fail` means no reading makes the sentence add up.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .clauses import AMOUNTS, CLAUSE_BREAK, before, by_sentence, one_clause
from .finding import Finding
from .precision import interval, in_style, overlap, scaled, subtracted, verdict

TO_BEFORE = re.compile(r"\bto\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
FROM_BEFORE = re.compile(
    r"(?:\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,3}|\bon\s+(?:a\s+)?(?:previous\s+|revised\s+)?)$", re.IGNORECASE)
FALL = re.compile(
    r"\b(?:f[ae]ll\w*|drop\w*|declin\w*|slump\w*|slid\w*|slip\w*|cut\w*|decreas\w*|down|lost|los[se]\w*|"
    r"plung\w*|sh[ri]\w*nk\w*|tumbl\w*|eas(?:ed|ing)|lower\w*|reduc\w*|dip\w*|decline)\b", re.IGNORECASE)
RISE = re.compile(
    r"\b(?:r[io]se|ris(?:es|ing)|jump\w*|climb\w*|gain\w*|grew|grow\w*|increas\w*|soar\w*|surg\w*|up|"
    r"boost\w*|rais\w*|widen\w*|improv\w*|advanc\w*|leap\w*|rall\w*)\b", re.IGNORECASE)
LOOSE = (0.75, 1.25)
THAN_AFTER = re.compile(r"\s+(less|more|lower|higher|fewer|below|above|under|over)\s+(?:than\s+)?(?:the\s+|a\s+)?", re.I)
DIFFERENCE_CUE = re.compile(r"\b(?:up|down|by|rose|fell|gained|lost|increase\s+of|decrease\s+of)\s+$", re.IGNORECASE)
YEARLY = re.compile(r"\s+(?:a\s+year|per\s+year|per\s+annum|annually|on\s+average|each\s+year|every\s+year)\b", re.IGNORECASE)
FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
FACTOR_WORD = re.compile(rf"\b({'|'.join(FACTORS)})(?:ed|ing|e|es)\b", re.IGNORECASE)


def _old_and_new(claims: list[Claim], indices: list[int]) -> tuple[int, int] | None:
    """The figure after 'from' and the one after 'to', of the same kind and unit, in one clause;
    or, with no 'to', the figure stated first: '8.35 mln bpd, down 7.8 pct from 9.06 mln'."""
    olds = [i for i in indices if claims[i].kind in AMOUNTS and FROM_BEFORE.search(before(claims[i]))]
    news = [i for i in indices if claims[i].kind in AMOUNTS and TO_BEFORE.search(before(claims[i]))]
    rates = [i for i in indices if claims[i].kind == "percent"]
    news += [i for i in indices if claims[i].kind in AMOUNTS and i not in olds and i not in news
             and any(i < rate < old for old in olds for rate in rates)]
    for new in news:
        for old in olds:
            if old != new and (claims[old].kind, claims[old].unit) == (claims[new].kind, claims[new].unit) \
                    and one_clause(claims, old, new):
                return old, new
    return None


def _direction(claims: list[Claim], rate: int, old: int, new: int) -> int:
    """-1 for a fall, +1 for a rise: the verb nearest the rate says which."""
    claim = claims[rate]
    start = claim.span.start - claim.sentence_start
    window = claim.sentence[max(0, start - 40): start + 40]
    falls, rises = list(FALL.finditer(window)), list(RISE.finditer(window))
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


def _stated_changes(claims: list[Claim]):
    """(the sentence's claim indices, old, new) for each sentence that states a change."""
    for indices in by_sentence(claims).values():
        pair = _old_and_new(claims, indices)
        if pair is not None:
            yield indices, *pair


def changes(claims: list[Claim]) -> list[Finding]:
    """'rose 25% to £1.2bn from £960m': old x (1 + rate) must give new."""
    findings = []
    for indices, old, new in _stated_changes(claims):
        pair = (old, new)
        rates = [
            i for i in indices
            if claims[i].kind == "percent" and claims[i].unit == "%" and i not in pair
            and not TO_BEFORE.search(before(claims[i])) and not FROM_BEFORE.search(before(claims[i]))
            and one_clause(claims, i, old, new)
        ]
        if any(YEARLY.match(claims[i].sentence, claims[i].span.end - claims[i].sentence_start) for i in rates):
            continue  # '6% a year': compounding over years the rule does not read
        factor_word = _factor_word(claims, old, new)
        if rates:
            rate = rates[0]
            sign = _direction(claims, rate, old, new)
            low, high = interval(claims[rate])
            factor = (1 + sign * high / 100, 1 + sign * low / 100) if sign < 0 else (1 + low / 100, 1 + high / 100)
            implied = scaled(interval(claims[old]), factor)
            involved, said = [rate, new, old], f"{claims[rate].span.text} {'fall' if sign < 0 else 'rise'}"
        elif factor_word:
            value = FACTORS[factor_word.group(1).lower()]
            implied = scaled(interval(claims[old]), (value, value))
            involved, said = [new, old], factor_word.group(0).lower()
        else:
            continue
        status = verdict(implied, interval(claims[new]))
        reading = {"pass": "within rounding", "warn": "just outside rounding", "fail": "does not add up"}[status]
        if not rates and status == "fail" and overlap(scaled(implied, LOOSE), interval(claims[new])):
            # 'halved', 'doubled' are said of changes only roughly so
            status, reading = "warn", f"not {said}, if the word is meant exactly"
        central = claims[old].value * (
            1 + sign * claims[rate].value / 100 if rates else FACTORS[factor_word.group(1).lower()])
        explanation = (f"{said} from {claims[old].span.text} gives {in_style(central, claims[old])}; "
                       f"stated {claims[new].span.text} ({reading}) - {status}")
        findings.append(Finding("change", involved, status, explanation))
    return findings


def differences(claims: list[Claim]) -> list[Finding]:
    """'up 200 to 1,500 from 1,300': new - old must be the stated difference."""
    findings = []
    for indices, old, new in _stated_changes(claims):
        for i in indices:
            claim = claims[i]
            same_quantity = (claim.kind, claim.unit) == (claims[new].kind, claims[new].unit) or (
                claim.kind == claims[new].kind == "percent" and claim.unit == "pp")  # points between rates
            if i in (old, new) or not same_quantity or not DIFFERENCE_CUE.search(before(claim, 20)):
                continue
            sign = -1 if FALL.search(before(claim, 20)) else 1
            stated = interval(claim)
            implied = subtracted(interval(claims[new]), interval(claims[old]))
            if sign < 0:
                implied = (-implied[1], -implied[0])
            status = verdict(implied, stated)
            explanation = (f"{claims[new].span.text} - {claims[old].span.text} = "
                           f"{in_style(abs(claims[new].value - claims[old].value), claim)}; "
                           f"stated {claim.span.text} - {status}")
            findings.append(Finding("difference", [i, new, old], status, explanation))
            break
    return findings


def compared_differences(claims: list[Claim]) -> list[Finding]:
    """'£35bn - £2.5bn less than the £37.5bn predicted': A = B - D (or + D for 'more than')."""
    findings = []
    for indices in by_sentence(claims).values():
        for at, difference in enumerate(indices):
            d = claims[difference]
            if d.kind not in AMOUNTS or at == 0 or at + 1 >= len(indices):
                continue
            end = d.span.end - d.sentence_start
            comparison = THAN_AFTER.match(d.sentence, end)
            reference, stated = indices[at + 1], indices[at - 1]
            if not comparison or not all((claims[i].kind, claims[i].unit) == (d.kind, d.unit) for i in (reference, stated)):
                continue
            if claims[reference].span.start - d.sentence_start > end + comparison.end() - comparison.start() + 12:
                continue  # the compared figure must follow 'less than' at once
            sign = -1 if comparison.group(1).lower() in ("less", "lower", "below", "fewer", "under") else 1
            implied = subtracted(interval(claims[reference]), interval(d)) if sign < 0 else \
                tuple(a + b for a, b in zip(interval(claims[reference]), interval(d)))
            status = verdict(implied, interval(claims[stated]))
            central = claims[reference].value + sign * d.value
            explanation = (f"{claims[reference].span.text} {'-' if sign < 0 else '+'} {d.span.text} = "
                           f"{in_style(central, claims[stated])}; stated {claims[stated].span.text} - {status}")
            findings.append(Finding("difference", [difference, stated, reference], status, explanation))
    return findings
