"""Text -> numeric claims. Pure: no Flask, no database."""

from .claim import AMOUNT_KINDS, KINDS, Claim, Span
from .pipeline import extract_claims

__all__ = ["AMOUNT_KINDS", "KINDS", "Claim", "Span", "extract_claims"]
