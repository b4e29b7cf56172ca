"""A change with no rate to recompute must at least go the way its words say: 'fell to
29.0 pct from 3.0 pct' cannot be right. Only verbs of change count ('jobs gains' and
'losses' are nouns that say nothing of the figures), and numbers that move the other way
round from what they measure are left alone.
"""

from __future__ import annotations

import re

from ..extract import Claim
from ..extract.lexicon import DURATION_UNITS
from .clauses import CLAUSE_BREAK, before
from .finding import Finding
from .precision import interval

WENT_UP = re.compile(
    r"\b(?:an?\s+(?:rise|increase|gain|jump)|rose|risen|rising|climb(?:ed|ing)|jump(?:ed|ing)|gain(?:ed|ing)|gr[eo]w(?:n|ing)?|increas(?:ed|ing)|"
    r"soar(?:ed|ing)|surg(?:ed|ing)|up|widen(?:ed|ing)|advanc(?:ed|ing))\b", re.IGNORECASE)
WENT_DOWN = re.compile(
    r"\b(?:an?\s+(?:decline|drop|fall|reduction|cut|decrease)|fell|fallen|falling|drop|dropp(?:ed|ing)|declin(?:ed|ing)|slump(?:ed|ing)|slid|slipp(?:ed|ing)|cut|"
    r"decreas(?:ed|ing)|down|plung(?:ed|ing)|shrunk|shrank|shrinking|tumbl(?:ed|ing)|eased|lowered|"
    r"reduc(?:ed|ing)|dipp(?:ed|ing))\b", re.IGNORECASE)
NEGATIVE_BEFORE = re.compile(r"\b(?:negative|minus)\s+$", re.IGNORECASE)
RANKING = re.compile(r"\b(?:charts?|rankings?|league\s+table|top\s+(?:\d+|ten|five|three|20|40))\b", re.IGNORECASE)
RANKS = frozenset({"place", "position", "spot", "rank", "ranking", "seed"})  # up the table is a lower number
QUOTED_AGAINST = re.compile(
    r"\b(?:against|to)\s+(?:the|its)\s+(?:U\.S\.\s+)?(?:dollar|yen|mark|pound|currency|counterpart)\b", re.IGNORECASE)
PER_AFTER = re.compile(r"\s*(?:per|a|to\s+the|against\s+the)\s+(?:US\s+)?(?:dollar|euro|pound|yen)", re.IGNORECASE)
NEAR = 30  # how far before a change the verb that says which way it went may stand


def _either_way(claims: list[Claim], old: int, new: int) -> bool:
    """Numbers that rise as the thing falls, or the other way round: a chart position moves
    up to a lower number, '43.305 per US dollar' is a stronger rupee, 'from a negative 1.4 pct'
    is below zero, and a shorter interval between sailings is a more frequent service."""
    sentence, offset = claims[old].sentence, claims[old].sentence_start
    return (claims[new].unit in RANKS | DURATION_UNITS or bool(RANKING.search(sentence))
            or any(NEGATIVE_BEFORE.search(before(claims[i])) for i in (old, new))
            or any(PER_AFTER.match(sentence, claims[i].span.end - offset) for i in (old, new))
            or bool(QUOTED_AGAINST.search(sentence))
            or any("/" in claims[i].span.text for i in (old, new)))  # '1.3055/60', '2.0/2.5 mln': quotes, ranges


def wrong_way(claims: list[Claim], old: int, new: int) -> list[Finding]:
    """'fell to 29.0 pct from 3.0 pct': with no rate to recompute, the direction alone must hold."""
    sentence, offset = claims[old].sentence, claims[old].sentence_start
    first = min(claims[old].span.start, claims[new].span.start) - offset
    last = max(claims[old].span.end, claims[new].span.end) - offset
    if _either_way(claims, old, new):
        return []
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
