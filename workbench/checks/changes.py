"""Rules that recompute a change: 'rose 25% to £1.2bn from £960m', 'doubled to 40 from 20',
'up 200 to 1,500 from 1,300', '£2.5bn less than the £37.5bn predicted'.

Each finds, within one sentence, the new value (after 'to'), the old value (after 'from')
and what links them, and redoes the arithmetic over every reading the stated precision
allows (see precision.py): `fail` means no reading makes the sentence add up.
"""

from __future__ import annotations

import re

from ..extract import Claim
from ..extract.lexicon import DURATION_UNITS
from .clauses import AMOUNTS, CLAUSE_BREAK, before, by_sentence, one_clause
from .finding import Finding
from .precision import interval, in_style, magnitude, overlap, scaled, subtracted, verdict

TO_BEFORE = re.compile(r"\bto\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
FROM_BEFORE = re.compile(
    r"(?:\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:(?!(?:and|or|but|to|about|with|by|in|of|at|for)\b)[\w'’-]+\s+){0,3}|\b(?:down|up|lower|higher|rise|fall|increase|decrease|drop|gain)\s+on\s+(?:a\s+)?(?:previous\s+|revised\s+)?)$",
    re.IGNORECASE)
FALL = re.compile(
    r"\b(?:f[ae]ll\w*|drop\w*|declin\w*|slump\w*|slid\w*|slip\w*|cut\w*|decreas\w*|down|lost|los(?:e|es|ing)|"
    r"plung\w*|sh[ri]\w*nk\w*|tumbl\w*|eas(?:ed|ing)|lower\w*|reduc\w*|dip\w*|decline)\b", re.IGNORECASE)
RISE = re.compile(
    r"\b(?:r[io]se|ris(?:es|ing)|jump\w*|climb\w*|gain\w*|grew|grow\w*|increas\w*|soar\w*|surg\w*|up|"
    r"boost\w*|rais\w*|widen\w*|improv\w*|advanc\w*|leap\w*|rall\w*)\b", re.IGNORECASE)
LOOSE = (0.75, 1.25)
# Not the level a change went to: a figure compared with ('less than the 47.3%'), a
# restatement ('409.0 mln dlrs, or 1.09 dlrs a share') or the change itself ('an increase of 18.1 mln').
ASIDE_BEFORE = re.compile(
    r"(?:\bthan\s+(?:the\s+|a\s+)?|\bor\s+|\(\s*|\b(?:increase|decrease|rise|fall|gain|drop|loss)\s+of\s+|"
    r"\b(?:up|down|by)\s+)$", re.IGNORECASE)
RESTATED_BEFORE = re.compile(r"(?:\bor\s+|\(\s*)$", re.IGNORECASE)  # '239,500 shares, or 4.7 pct'
THAN_AFTER = re.compile(r"\s+(less|more|lower|higher|fewer|below|above|under|over)\s+(?:than\s+)?(?:the\s+|a\s+)?", re.I)
DIFFERENCE_CUE = re.compile(r"\b(?:up|down|by|rose|fell|gained|lost|increase\s+of|decrease\s+of)\s+$", re.IGNORECASE)
YEARLY = re.compile(r"\s+(?:a\s+year|per\s+year|per\s+annum|annually|on\s+average|each\s+year|every\s+year)\b", re.IGNORECASE)
# The direction rule acts on verbs alone: 'jobs gains', 'losses' are nouns and say nothing.
WENT_UP = re.compile(
    r"\b(?:an?\s+(?:rise|increase|gain|jump)|rose|risen|rising|climb(?:ed|ing)|jump(?:ed|ing)|gain(?:ed|ing)|gr[eo]w(?:n|ing)?|increas(?:ed|ing)|"
    r"soar(?:ed|ing)|surg(?:ed|ing)|up|widen(?:ed|ing)|advanc(?:ed|ing))\b", re.IGNORECASE)
WENT_DOWN = re.compile(
    r"\b(?:an?\s+(?:decline|drop|fall|reduction|cut|decrease)|fell|fallen|falling|drop|dropp(?:ed|ing)|declin(?:ed|ing)|slump(?:ed|ing)|slid|slipp(?:ed|ing)|cut|"
    r"decreas(?:ed|ing)|down|plung(?:ed|ing)|shrunk|shrank|shrinking|tumbl(?:ed|ing)|eased|lowered|"
    r"reduc(?:ed|ing)|dipp(?:ed|ing))\b", re.IGNORECASE)
NEGATIVE_BEFORE = re.compile(r"\b(?:negative|minus)\s+$", re.IGNORECASE)
RANKS = frozenset({"place", "position", "spot", "rank", "ranking", "seed"})  # up the table is a lower number
CHANGE_NOUN_AFTER = re.compile(r"\s+(?:drop|declin|fall|rise|increas|gain|growth|cut|decreas)", re.IGNORECASE)
RANGE_BEFORE = re.compile(r"\b(?:rang\w+|between|varying|vary)\b[^.;]*$", re.IGNORECASE)
# A rate of something else: a share ('5.7 pct of turnover') or a comparison with another base.
OTHER_BASE_AFTER = re.compile(
    r"\s+(?:of\b|ahead\s+of|above|below|over|under|higher\s+than|lower\s+than|more\s+than|less\s+than)",
    re.IGNORECASE)
PER_AFTER = re.compile(r"\s*(?:per|a|to\s+the|against\s+the)\s+(?:US\s+)?(?:dollar|euro|pound|yen)", re.IGNORECASE)
TIME_PHRASE = re.compile(r"\s*(?:in|for|during|over|since|at\s+the\s+end\s+of|last|this)\b[^,;]*,\s*$", re.IGNORECASE)
RIGHT_AFTER = 20  # how far after a figure the word saying it changed may start
NEAR = 30  # how far before a change the verb that says which way it went may stand
FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
FACTOR_WORD = re.compile(rf"\b({'|'.join(FACTORS)})(?:ed|ing|e|es)\b", re.IGNORECASE)


def _pairs(claims: list[Claim], indices: list[int]) -> list[tuple[int, int]]:
    """(old, new) for each change a sentence states: the figure after 'from' with the
    nearest one after 'to' in its clause, or else the figure stated just before it with a
    rate or a direction between ('8.35 mln bpd, down 7.8 pct from 9.06 mln'); each figure
    in one pair at most, the closest pairs first."""
    olds = [i for i in indices if _changes_value(claims[i]) and FROM_BEFORE.search(before(claims[i]))
            and not RANGE_BEFORE.search(before(claims[i], 60))]
    tos = [i for i in indices if _changes_value(claims[i]) and TO_BEFORE.search(before(claims[i])) and i not in olds]

    def alike(old: int, i: int) -> bool:
        """Same kind and unit; a bare 'from 93,038' takes the unit of the figure it went to."""
        bare = (claims[old].kind, claims[old].unit) == ("count", None) and claims[i].kind in AMOUNTS \
            and magnitude(claims[old]) == magnitude(claims[i])
        return i not in olds and (bare or (claims[i].kind, claims[i].unit) == (claims[old].kind, claims[old].unit))

    def distance(pair: tuple[int, int]) -> int:
        return abs(claims[pair[0]].span.start - claims[pair[1]].span.start)

    found: list[tuple[int, int]] = []
    for old, new in sorted(((old, new) for old in olds for new in tos
                            if alike(old, new) and one_clause(claims, old, new)), key=distance):
        if not {old, new} & {i for pair in found for i in pair}:
            found.append((old, new))
    for old in olds:
        used = {i for pair in found for i in pair}
        stated_before = [i for i in indices if i < old and i not in used and alike(old, i)
                         and not ASIDE_BEFORE.search(before(claims[i]))]
        if old not in used and stated_before and one_clause(claims, stated_before[-1], old) \
                and _moves_right_after(claims, indices, stated_before[-1], old):
            found.append((old, stated_before[-1]))
    return found


def _changes_value(claim: Claim) -> bool:
    """An amount, or a rate that itself moves ('fell to 2.9 pct from 3.0 pct'), but not a
    rate that is itself a change ('revised to a 7.4 pct drop, from a 5.8 pct decline')."""
    if claim.kind == "percent":
        return claim.unit == "%" and not CHANGE_NOUN_AFTER.match(claim.sentence, claim.span.end - claim.sentence_start)
    return claim.kind in AMOUNTS


def _moves_right_after(claims: list[Claim], indices: list[int], first: int, last: int) -> bool:
    """A rate, or a word saying which way the figure went, just after the first figure or
    after an aside and a time phrase: '8.35 mln bpd, down 7.8 pct from', '$630m (£481.5m) in
    the fourth quarter, down from'; not '1.7 billion dlr charge against earnings, down from'."""
    sentence, offset = claims[first].sentence, claims[first].sentence_start
    start, end = claims[first].span.end - offset, claims[last].span.start - offset
    rates = [claims[i].span.start - offset for i in indices if first < i < last and claims[i].kind == "percent"]
    words = [m.start() for m in (*FALL.finditer(sentence, start, end), *RISE.finditer(sentence, start, end))]
    if any(at - start <= RIGHT_AFTER for at in rates + words):
        return True
    return bool(rates + words) and bool(TIME_PHRASE.match(re.sub(r"\([^)]*\)", "", sentence[start:min(rates + words)])))


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


def _rate_of(claims: list[Claim], indices: list[int], rate: int, old: int, new: int) -> bool:
    """Whether the rate states this change: a verb of change beside it ('rose 10 pct', '34 pct
    down'; not 'was 78.1 pct') and no other amount between it and the change's figures."""
    claim = claims[rate]
    at = claim.span.start - claim.sentence_start
    beside = claim.sentence[max(0, at - 25):claim.span.end - claim.sentence_start + 25]
    # 'fell from 7,613 to 6,630, or 12.9%': the verb is the change's own. After the old figure
    # ('from 962,400 shares, or 12.4 pct') the rate restates that figure as a share instead.
    follows = rate > new > old and RESTATED_BEFORE.search(before(claim, at - (claims[new].span.end - claim.sentence_start)))
    if follows:
        first = min(claims[old].span.start, claims[new].span.start) - claim.sentence_start
        beside = claim.sentence[max(0, first - NEAR):at]
    if not (FALL.search(beside) or RISE.search(beside)):
        return False
    nearest = min((old, new), key=lambda i: abs(claims[i].span.start - claim.span.start))
    low, high = sorted((rate, nearest))
    return not any(low < i < high and claims[i].kind in AMOUNTS and not RESTATED_BEFORE.search(before(claims[i]))
                   for i in indices)


def _wrong_way(claims: list[Claim], old: int, new: int) -> list[Finding]:
    """'fell to 29.0 pct from 3.0 pct': with no rate to recompute, the direction alone must hold."""
    sentence, offset = claims[old].sentence, claims[old].sentence_start
    first = min(claims[old].span.start, claims[new].span.start) - offset
    last = max(claims[old].span.end, claims[new].span.end) - offset
    if claims[new].unit in RANKS | DURATION_UNITS or any(NEGATIVE_BEFORE.search(before(claims[i])) for i in (old, new)) or any(PER_AFTER.match(sentence, claims[i].span.end - offset) for i in (old, new)):
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
