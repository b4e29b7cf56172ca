"""Text -> numeric claims. Pure: no Flask, no database."""

from .claim import KINDS, Claim, Span
from .pipeline import extract_claims

__all__ = ["KINDS", "Claim", "Span", "extract_claims"]
