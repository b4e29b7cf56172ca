"""A share recomputed: '20% of its 300 staff, or 60 people', and the part stated first,
'$41bn - or 40% of the total debt of $102.6bn'. The rate (a percentage or a fraction)
of the whole must give the part, within the precision each figure is stated to.
"""

from __future__ import annotations

import re

from ..extract import Claim
from .clauses import AMOUNTS, before, by_sentence
from .finding import Finding
from .precision import in_style, interval, scaled, verdict

SHARE_OF = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.IGNORECASE)
RATE_OF = re.compile(r"(?:,|-|–|\()\s*(?:or\s+)?(?:about\s+|some\s+|almost\s+|nearly\s+)?$", re.IGNORECASE)
# '40% of the total debt of $102.6bn': 'of' right after the rate, and nothing that starts
# another statement ('of Circle K stock and Eller will hold 2,873,300') before the whole.
OF_WHOLE = re.compile(r"\s+of\b(?:(?!\band\b|\bfrom\b)[^,;()])*$", re.IGNORECASE)
RESTATED = re.compile(r"(?:,\s*or|\(|,\s*equal\s+to|,\s*representing|,\s*some|,\s*about)\s*$", re.IGNORECASE)


def restated_shares(claims: list[Claim]) -> list[Finding]:
    """'$41bn - or 40% of the total debt of $102.6bn': the part first, then its share of a whole."""
    findings = []
    for indices in by_sentence(claims).values():
        for at, rate in enumerate(indices):
            if claims[rate].kind != "percent" or claims[rate].unit != "%" or not at:
                continue
            part = indices[at - 1]
            if claims[part].kind not in AMOUNTS or not RATE_OF.search(before(claims[rate], 20)):
                continue
            whole = next((i for i in indices[at + 1:at + 3] if (claims[i].kind, claims[i].unit) ==
                          (claims[part].kind, claims[part].unit) and OF_WHOLE.match(_between(claims, rate, i))), None)
            if whole is None:
                continue
            findings.append(_share(claims, rate, whole, part, [part, rate, whole]))
    return findings


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
    low, high = interval(claims[rate])
    implied = scaled(interval(claims[whole]), (low * per_unit, high * per_unit))
    status = verdict(implied, interval(claims[part]))
    central = claims[whole].value * claims[rate].value * per_unit
    explanation = (f"{claims[rate].span.text} of {claims[whole].span.text} is {in_style(central, claims[part])}; "
                   f"stated {claims[part].span.text} - {status}")
    return Finding("share", order, status, explanation)
