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
    r"(?:\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,3}|\b(?:down|up|lower|higher|rise|fall|increase|decrease|drop|gain)\s+on\s+(?:a\s+)?(?:previous\s+|revised\s+)?)$",
    re.IGNORECASE)
FALL = re.compile(
    r"\b(?:f[ae]ll\w*|drop\w*|declin\w*|slump\w*|slid\w*|slip\w*|cut\w*|decreas\w*|down|lost|los(?:e|es|ing)|"
    r"plung\w*|sh[ri]\w*nk\w*|tumbl\w*|eas(?:ed|ing)|lower\w*|reduc\w*|dip\w*|decline)\b", re.IGNORECASE)
RISE = re.compile(
    r"\b(?:r[io]se|ris(?:es|ing)|jump\w*|climb\w*|gain\w*|grew|grow\w*|increas\w*|soar\w*|surg\w*|up|"
    r"boost\w*|rais\w*|widen\w*|improv\w*|advanc\w*|leap\w*|rall\w*)\b", re.IGNORECASE)
LOOSE = (0.75, 1.25)
THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+|a\s+)?$", re.IGNORECASE)  # a figure compared with, not a level
THAN_AFTER = re.compile(r"\s+(less|more|lower|higher|fewer|below|above|under|over)\s+(?:than\s+)?(?:the\s+|a\s+)?", re.I)
DIFFERENCE_CUE = re.compile(r"\b(?:up|down|by|rose|fell|gained|lost|increase\s+of|decrease\s+of)\s+$", re.IGNORECASE)
YEARLY = re.compile(r"\s+(?:a\s+year|per\s+year|per\s+annum|annually|on\s+average|each\s+year|every\s+year)\b", re.IGNORECASE)
# The direction rule acts on verbs alone: 'jobs gains', 'losses' are nouns and say nothing.
WENT_UP = re.compile(
    r"\b(?:rose|risen|rising|climb(?:ed|ing)|jump(?:ed|ing)|gain(?:ed|ing)|gr[eo]w(?:n|ing)?|increas(?:ed|ing)|"
    r"soar(?:ed|ing)|surg(?:ed|ing)|up|widen(?:ed|ing)|advanc(?:ed|ing))\b", re.IGNORECASE)
WENT_DOWN = re.compile(
    r"\b(?:fell|fallen|falling|dropp(?:ed|ing)|declin(?:ed|ing)|slump(?:ed|ing)|slid|slipp(?:ed|ing)|cut|"
    r"decreas(?:ed|ing)|down|plung(?:ed|ing)|shrunk|shrank|shrinking|tumbl(?:ed|ing)|eased|lowered|"
    r"reduc(?:ed|ing)|dipp(?:ed|ing))\b", re.IGNORECASE)
RANKS = frozenset({"place", "position", "spot", "rank", "ranking", "seed"})  # up the table is a lower number
PER_AFTER = re.compile(r"\s*(?:per|a|to\s+the|against\s+the)\s+(?:US\s+)?(?:dollar|euro|pound|yen)", re.IGNORECASE)
NEAR = 30  # how far before a change the verb that says which way it went may stand
FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
FACTOR_WORD = re.compile(rf"\b({'|'.join(FACTORS)})(?:ed|ing|e|es)\b", re.IGNORECASE)


def _pairs(claims: list[Claim], indices: list[int]) -> list[tuple[int, int]]:
    """(old, new) for each change a sentence states: the figure after 'from' with the one
    after 'to' in its clause, or else the figure stated just before it with a rate or a
    direction between ('8.35 mln bpd, down 7.8 pct from 9.06 mln'); each figure in one pair."""
    olds = [i for i in indices if _changes_value(claims[i]) and FROM_BEFORE.search(before(claims[i]))]
    tos = [i for i in indices if _changes_value(claims[i]) and TO_BEFORE.search(before(claims[i])) and i not in olds]
    found: list[tuple[int, int]] = []
    for old in olds:
        used = {i for pair in found for i in pair}
        alike = [i for i in indices if i not in olds and i not in used
                 and (claims[i].kind, claims[i].unit) == (claims[old].kind, claims[old].unit)]
        near = sorted((i for i in alike if i in tos and one_clause(claims, old, i)),
                      key=lambda i: abs(claims[i].span.start - claims[old].span.start))
        new = near[0] if near else None
        stated_before = [i for i in alike if i < old and not THAN_BEFORE.search(before(claims[i]))]
        if new is None and stated_before and one_clause(claims, stated_before[-1], old) \
                and _moves_between(claims, indices, stated_before[-1], old):
            new = stated_before[-1]
        if new is not None:
            found.append((old, new))
    return found


def _changes_value(claim: Claim) -> bool:
    """An amount, or a rate that itself moves ('fell to 2.9 pct from 3.0 pct')."""
    return claim.kind in AMOUNTS or (claim.kind == "percent" and claim.unit == "%")


def _moves_between(claims: list[Claim], indices: list[int], first: int, last: int) -> bool:
    """A rate, or a word saying which way the figure went, between two figures."""
    if any(first < i < last and claims[i].kind == "percent" for i in indices):
        return True
    between = claims[first].sentence[claims[first].span.end - claims[first].sentence_start:
                                     claims[last].span.start - claims[last].sentence_start]
    return bool(FALL.search(between) or RISE.search(between))


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
        for old, new in _pairs(claims, indices):
            yield indices, old, new


def changes(claims: list[Claim]) -> list[Finding]:
    """'rose 25% to £1.2bn from £960m': old x (1 + rate) must give new."""
    findings = []
    for indices, old, new in _stated_changes(claims):
        pair = (old, new)
        rates = [
            i for i in indices
            if claims[i].kind == "percent" and claims[i].unit == "%" and i not in pair
            and not TO_BEFORE.search(before(claims[i])) and not FROM_BEFORE.search(before(claims[i]))
            and one_clause(claims, i, old, new) and claims[new].kind != "percent"  # rates beside rates are levels
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
            findings += _wrong_way(claims, old, new)
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


def _wrong_way(claims: list[Claim], old: int, new: int) -> list[Finding]:
    """'fell to 29.0 pct from 3.0 pct': with no rate to recompute, the direction alone must hold."""
    sentence, offset = claims[old].sentence, claims[old].sentence_start
    first = min(claims[old].span.start, claims[new].span.start) - offset
    last = max(claims[old].span.end, claims[new].span.end) - offset
    if claims[new].unit in RANKS or any(PER_AFTER.match(sentence, claims[i].span.end - offset) for i in (old, new)):
        return []  # '43.305 per US dollar': a currency quoted the other way round rises as it falls
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, first)]
    said = sentence[max(breaks[-1] if breaks else 0, first - NEAR):last]
    falls, rises = bool(WENT_DOWN.search(said)), bool(WENT_UP.search(said))
    if falls == rises:
        return []  # no direction word, or both: nothing said about which way it went
    (old_low, old_high), (new_low, new_high) = interval(claims[old]), interval(claims[new])
    if (rises and new_high < old_low) or (falls and new_low > old_high):
        said, went = ("rise", "lower") if rises else ("fall", "higher")
        return [Finding("change", [new, old], "fail",
                        f"said to {said} from {claims[old].span.text} to {claims[new].span.text}, "
                        f"but {claims[new].span.text} is {went} - fail")]
    return []


def differences(claims: list[Claim]) -> list[Finding]:
    """'up 200 to 1,500 from 1,300': new - old must be the stated difference."""
    findings = []
    for indices, old, new in _stated_changes(claims):
        for i in indices:
            claim = claims[i]
            same_quantity = (claim.kind, claim.unit) == (claims[new].kind, claims[new].unit) or (
                claim.kind == claims[new].kind == "percent" and claim.unit == "pp")  # points between rates
            if i in (old, new) or not same_quantity or not DIFFERENCE_CUE.search(before(claim, 20)) \
                    or not one_clause(claims, i, old, new):
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
