"""Claims -> findings. Pure: no Flask, no database.

Each rule takes the claims of one article (part_of as an index into that list)
and returns findings whose `claims` are indices into the same list; rules.py lists them
and runs them (`run_checks`).

The package brings only what a finding is, not the rules: the statement reader (reader.py)
loads without them, for the commands that only extract.
"""

from __future__ import annotations

from .finding import STATUSES, Finding

__all__ = ["STATUSES", "Finding"]
