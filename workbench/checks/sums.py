"""Rules that add figures up: parts against a stated total, parts against their whole."""

from __future__ import annotations

from ..extract import Claim
from ..extract.relations import OF_THOSE, SIBLING
from .finding import FIT, Finding, compare_sum, fmt, sum_line
from .groups import parts_by_whole, place_total, subject_breakdown



def parts_within_total(claims: list[Claim]) -> list[Finding]:
    """The per-subject figures must not add up to more than the total across places."""
    total = place_total(claims)
    parts = subject_breakdown(claims, total)
    if total is None or len(parts) < 2:
        return []
    whole = claims[total]
    status, summed = compare_sum([claims[i] for i in parts], whole)
    subjects = ", ".join(claims[i].subject for i in parts)
    explanation = f"{sum_line([claims[i] for i in parts], whole, summed)}: {subjects} {FIT[status]} the total"
    if whole.unit:
        explanation += f" ({whole.unit})"
    return [Finding("parts-within-total", [*parts, total], status, explanation)]


def parts_within_whole(claims: list[Claim]) -> list[Finding]:
    """'425 of the 850': a part cannot exceed its whole, nor can parts together."""
    findings = []
    # Parts named in one sentence are one breakdown and add up; parts named apart ('four of
    # Japan's six ...', later 'five of them') or set beside another ('39 of 65 were increasing
    # euro holdings, with 29 cutting back on the dollar') may overlap, so each is weighed alone.
    groups: dict[tuple, list[int]] = {}
    for whole, parts in parts_by_whole(claims).items():
        for i in parts:
            at = claims[i].span.start - claims[i].sentence_start
            apart = OF_THOSE.match(claims[i].sentence, claims[i].span.end - claims[i].sentence_start) \
                or SIBLING.search(claims[i].sentence, 0, at)
            alone = i if apart else None
            groups.setdefault((whole, claims[i].sentence_start, alone), []).append(i)
    for (whole_index, _, _), part_indices in groups.items():
        whole = claims[whole_index]
        parts = [claims[i] for i in part_indices]
        status, summed = compare_sum(parts, whole)
        explanation = sum_line(parts, whole, summed)
        if len(parts) == 1 and whole.value:
            share = 100 * parts[0].value / whole.value
            # below 1%, to its first digits: '8 of 18,198 is 0.04%', not '0%'
            explanation += f": {fmt(parts[0].value)} of {fmt(whole.value)} is {fmt(round(share, 1) if share >= 1 else float(f'{share:.2g}'))}%"
        else:
            named = " and ".join(c.subject or c.unit or c.span.text for c in parts)  # "women and children"
            explanation += f": {named} {FIT[status]} {fmt(whole.value)}"
        findings.append(Finding("parts-within-whole", [*part_indices, whole_index], status, explanation))
    return findings
