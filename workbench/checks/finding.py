"""The finding record and the number formatting its one-line explanations share."""

from __future__ import annotations

from dataclasses import dataclass

from ..extract import Claim
from .precision import in_style, interval

STATUSES = ("pass", "fail", "warn")


@dataclass
class Finding:
    rule: str
    claims: list[int]  # indices into the article's claim list
    status: str
    explanation: str
    origin: str = "auto"


def fmt(number: float | int | None) -> str:
    """5600 -> '5,600'; 0.5 -> '0.5'; None (an open bound) -> '?'."""
    if number is None:
        return "?"
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".")


def label(claim: Claim) -> str:
    """'900 (Turkey)': the figure as written with what it is about, for explanations."""
    about = claim.subject or claim.unit
    return f"{claim.span.text} ({about})" if about else claim.span.text


def compare_sum(parts: list[Claim], whole: Claim) -> tuple[str, int | float]:
    """Whether the parts fit in the whole, honouring hedges and rounding: pass when every
    reading of the parts fits, fail when none does, warn in between."""
    total = sum(c.value for c in parts)
    low = sum(interval(c)[0] for c in parts if interval(c)[0] > float("-inf"))
    high = sum(interval(c)[1] for c in parts)
    whole_low, whole_high = interval(whole)
    if high <= whole_low:
        return "pass", total
    if low > whole_high:
        return "fail", total
    return "warn", total


FIT = {"pass": "within", "fail": "exceed", "warn": "may exceed (hedged figures)"}


def sum_line(parts: list[Claim], whole: Claim, total: float | int) -> str:
    """'900 + 800 + 760 + 425 = 2,885 <= 5,600' (or '>' when it does not fit)."""
    relation = "<=" if total <= whole.value else ">"
    terms = " + ".join(c.span.text for c in parts)
    if len(parts) == 1:
        return f"{terms} {relation} {whole.span.text}"
    return f"{terms} = {in_style(total, whole)} {relation} {whole.span.text}"
