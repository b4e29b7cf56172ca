"""Claims -> findings. Pure: no Flask, no database.

Each rule takes the claims of one article (part_of as an index into that list)
and returns findings whose `claims` are indices into the same list; rules.py lists them.
"""

from __future__ import annotations

from .finding import STATUSES, Finding
from .rules import RULES, run_checks

__all__ = ["RULES", "STATUSES", "Finding", "run_checks"]
