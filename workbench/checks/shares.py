"""A share recomputed: '20% of its 300 staff, or 60 people', and the part stated first,
'$41bn - or 40% of the total debt of $102.6bn'. The rate (a percentage or a fraction)
of the whole must give the part, within the precision each figure is stated to.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from itertools import islice

from ..extract import Claim
from ..extract.lexicon import DURATION_UNITS
from ..extract.relations import OF_THOSE
from .clauses import AMOUNTS, before, by_sentence, compared
from .finding import Finding
from .precision import in_style, interval, scaled, verdict

SHARE_OF = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.IGNORECASE)
RATE_OF = re.compile(
    r"(?:(?:,|-|–|\()\s*(?:or\s+)?|\b(?:amounting\s+to|representing|accounting\s+for|equal\s+to|equivalent\s+to)\s+)"
    r"(?:only\s+|just\s+)?(?:about\s+|some\s+|almost\s+|nearly\s+|around\s+)?$", re.IGNORECASE)
# 'This is nearly half of the £11,724,929': the part is the previous sentence's figure.
# 'The cuts will affect about 9% of the 55,000 staff': the part is the cut stated before.
THIS_IS = re.compile(
    r"^\s*(this|that|it|which|the\s+(?:job\s+)?(?:cuts|losses|layoffs|redundancies))\s+(?:will\s+)?"
    r"(?:is|was|represents|represented|amounts?\s+to|accounts?\s+for|affects?)\s+"
    r"(?:only\s+|just\s+)?(?:about\s+|almost\s+|nearly\s+|around\s+|some\s+)?$", re.IGNORECASE)
# 'or 40% of the total debt -': a whole named by its noun alone, no figure in the clause.
OF_NAMED = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)(?:total\s+|overall\s+|entire\s+)?([a-z]+)\s*(?:[-–),;]|$)",
                      re.IGNORECASE)
ASIDE_AFTER = re.compile(r"^\s*\([^)]*\)")
LETTERS = re.compile(r"[A-Za-z]+")
# '40% of the total debt of $102.6bn': 'of' right after the rate, and nothing that starts
# another statement ('of Circle K stock and Eller will hold 2,873,300') before the whole.
OF_WHOLE = re.compile(r"\s+of\b(?:(?!\band\b|\bfrom\b)[^,;()])*$", re.IGNORECASE)
RESTATED = re.compile(r"(?:,\s*or|\(|,\s*equal\s+to|,\s*representing|,\s*some|,\s*about)\s*$", re.IGNORECASE)


def restated_shares(claims: list[Claim]) -> list[Finding]:
    """The part first, then its share of a whole: '$41bn - or 40% of the total debt of
    $102.6bn', '700,000 people ... amounting to only 12% of the 5.8 million', '9.3 mln shares,
    representing about 55 pct of those tendered' (the whole stated before), 'Labour received
    more than £5m. This is nearly half of the £11,724,929' (the part in the sentence before)."""
    findings = []
    sentences = list(by_sentence(claims).values())
    named = cache(lambda: _named_figures(claims, sentences))  # read only if a share names its whole
    for n, indices in enumerate(sentences):
        for at, rate in enumerate(indices):
            if not _is_rate(claims[rate]):
                continue
            opening = THIS_IS.match(before(claims[rate], 80))
            if opening and n:
                part = _part_named_before(claims, sentences[max(0, n - 2):n], opening.group(1))
            else:
                part = _part_before(claims, indices[:at], rate)
            if part is None:
                continue
            whole = _whole_after(claims, indices[at + 1:at + 3], rate, part, loose=bool(opening and n)) \
                or _whole_before(claims, sentences, named, n, rate, part)
            if whole is not None:
                findings.append(_share(claims, rate, whole, part, [part, rate, whole]))
    return findings


def _is_rate(claim: Claim) -> bool:
    return (claim.kind == "percent" and claim.unit == "%") or (claim.kind == "ratio" and claim.unit is None)


def _part_named_before(claims: list[Claim], earlier: list[list[int]], subject: str) -> int | None:
    """What 'This is' or 'The cuts' refer to: the previous sentence's first amount, or, in the
    two sentences before, the amount nearest the word for the cuts ('cutting 5,000 jobs')."""
    stem = re.sub(r"(?:the\s+|job\s+|s$)", "", subject.lower())[:5]
    if subject.lower() in ("this", "that", "it", "which"):
        return next((i for i in earlier[-1] if claims[i].kind in AMOUNTS), None)
    named = [(abs(claims[i].span.start - claims[i].sentence_start - claims[i].sentence.lower().index(stem)), -i, i)
             for group in earlier for i in group if claims[i].kind in AMOUNTS and stem in claims[i].sentence.lower()]
    return min(named)[2] if named else None


def _part_before(claims: list[Claim], earlier: list[int], rate: int) -> int | None:
    """The amount the rate restates: the one just before it, passing over an old value
    ('up from 440,000 six months earlier but amounting to only 12%')."""
    if not RATE_OF.search(before(claims[rate], 30)):
        return None
    for i in reversed(earlier):
        passed_over = compared(claims[i]) or claims[i].unit in DURATION_UNITS \
            or claims[i].kind in ("year", "date")  # 'six months earlier', 'in 2004'
        if claims[i].kind in AMOUNTS and not passed_over:
            return i
        if not passed_over:
            return None
    return None


def _whole_after(claims: list[Claim], later: list[int], rate: int, part: int, loose: bool = False) -> int | None:
    """The whole after 'of'; of the part's unit, unless the sentence names its part by a noun
    ('The cuts will affect 9% of the 55,000 staff' after 'cutting 5,000 jobs')."""
    return next((i for i in later if (claims[i].kind == claims[part].kind if loose else _alike(claims, i, part))
                 and OF_WHOLE.match(_between(claims, rate, i))), None)


def _whole_before(claims: list[Claim], sentences: list[list[int]], named: Callable[[], dict[tuple, list[tuple[int, int]]]],
                  n: int, rate: int, part: int) -> int | None:
    """A whole stated earlier: 'of those tendered' is the last such figure in the two sentences
    before; 'of the total debt' the last earlier figure named as debt ('its $102.6bn debt')."""
    after = claims[rate].sentence[claims[rate].span.end - claims[rate].sentence_start:]
    if OF_THOSE.match(after):
        recent = (i for group in reversed(sentences[max(0, n - 2):n]) for i in reversed(group))
        return next((i for i in recent if _alike(claims, i, part)), None)
    of_named = OF_NAMED.match(after)
    if of_named is None:
        return None
    noun, kind = of_named.group(1).lower(), claims[part].kind
    # The last in the sentences before, of the part's unit or none: each list is in sentence order.
    found = [figures[bisect_left(figures, (n, -1)) - 1] for figures in
             (named().get((noun, kind, unit), []) for unit in {claims[part].unit, None}) if figures and figures[0][0] < n]
    return max(found)[1] if found else None


def _named_figures(claims: list[Claim], sentences: list[list[int]]) -> dict[tuple, list[tuple[int, int]]]:
    """(sentence number, index) of the figures each word after them names, by that word, kind and
    unit: looked up, not searched for in every sentence before each share."""
    named: dict[tuple, list[tuple[int, int]]] = {}
    for n, group in enumerate(sentences):
        for i in group:
            for word in dict.fromkeys(_words_after(claims[i])):
                named.setdefault((word, claims[i].kind, claims[i].unit), []).append((n, i))
    return named


def _words_after(claim: Claim) -> list[str]:
    """The few words after a figure, past a conversion in brackets: '$102.6bn (£53.51bn) debt'."""
    rest = ASIDE_AFTER.sub("", claim.sentence[claim.span.end - claim.sentence_start:], count=1)
    return [w.group().lower() for w in islice(LETTERS.finditer(rest), 3)]


def _alike(claims: list[Claim], whole: int, part: int) -> bool:
    """Of the part's kind, and its unit or none ('the 5.8 million who needed them')."""
    return claims[whole].kind == claims[part].kind and claims[whole].unit in (claims[part].unit, None)


def shares(claims: list[Claim]) -> list[Finding]:
    """'20% of its 300 staff, or 60 people': the rate of the whole must give the part."""
    findings = []
    for indices in by_sentence(claims).values():
        for rate_at, rate in enumerate(indices):
            if claims[rate].kind not in ("percent", "ratio") or claims[rate].unit not in ("%", None):
                continue
            later = indices[rate_at + 1:]
            whole = next((i for i in later[:1] if claims[i].kind in AMOUNTS and SHARE_OF.match(
                claims[i].sentence[claims[rate].span.end - claims[i].sentence_start:
                                   claims[i].span.start - claims[i].sentence_start])), None)
            if whole is None:
                continue
            part = next((i for i in later[1:3] if claims[i].kind == claims[whole].kind
                         and RESTATED.search(before(claims[i], 25))), None)
            if part is None:
                continue
            findings.append(_share(claims, rate, whole, part, [rate, whole, part]))
    return findings


def _between(claims: list[Claim], first: int, second: int) -> str:
    return claims[first].sentence[claims[first].span.end - claims[first].sentence_start:
                                  claims[second].span.start - claims[second].sentence_start]


def _share(claims: list[Claim], rate: int, whole: int, part: int, order: list[int]) -> Finding:
    """The rate (a percentage or a fraction) of the whole must give the part."""
    per_unit = 0.01 if claims[rate].kind == "percent" else 1

    def implied(round_rate: bool) -> tuple[float, float]:
        low, high = interval(claims[rate], round_rate)
        return scaled(interval(claims[whole]), (low * per_unit, high * per_unit))

    status = verdict(implied(False), interval(claims[part]))
    reading = ""
    if status == "fail" and verdict(implied(True), interval(claims[part])) == "pass":
        status, reading = "warn", f" (only if {claims[rate].span.text} is a round figure)"
    central = claims[whole].value * claims[rate].value * per_unit
    explanation = (f"{claims[rate].span.text} of {claims[whole].span.text} is {in_style(central, claims[part])}; "
                   f"stated {claims[part].span.text}{reading} - {status}")
    return Finding("share", order, status, explanation)
