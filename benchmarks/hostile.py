"""Hostile texts: shapes that once made extraction or the checks super-linear, at 10 KB and 100 KB.

Each is an opening and a unit repeated after it. Linear work takes 10 times as long on the
larger text; tests/test_extract_linear.py fails a shape past 30 times, and `make bench`
prints the medians and the ratio of each.
"""

from __future__ import annotations

from workbench.checks.rules import run_checks
from workbench.extract import extract_claims

from .timing import median_seconds

SMALL, LARGE = 10_000, 100_000
# A figure at the end: a block without one is passed over unread.
CLOSING = " x 5"
# The shapes reported to run for minutes.
REPORTED = [
    ("", "one "), ("", "(1 "), ("", "١٢٣ "), ("", "1-"), ("", "1/"), ("", "."), ("", "!"), ("Aa", " "),
    ("x Corp said 5 ", "Aa "),
]
# Shapes that each give one rule of the checks many figures to pair up across the article.
CHECKED = [("x Corp said 5 ", unit) for unit in (
    "thousands of ",  # vague words against exact figures (each a part of the next)
    "BT has 5 broadband customers in the UK in 2004. ",  # the same quantity stated again
    "a record 6 and the previous record of 5 ",  # records against the records they beat
    "5 debt, or 5% of the total debt ",  # shares of a whole stated before
    "the largest in 1 ",  # superlatives against the figures of their sentence
    "a total of 5 including 1 ",  # totals against their parts
)]


def hostile(opening: str, unit: str, size: int) -> str:
    room = size - len(opening) - len(CLOSING)
    return opening + (unit * (room // len(unit) + 1))[:room] + CLOSING


def main(runs: int = 3) -> None:
    """Extraction, then the checks over its claims, as an import runs them: medians in ms."""
    print(f"{'hostile text (opening + unit repeated)':44} {'extract 10 KB':>13} {'100 KB':>8} {'checks 10 KB':>13} "
          f"{'100 KB':>8} {'ratio':>6}")
    for opening, unit in (*REPORTED, *CHECKED):
        row = []
        for size in (SMALL, LARGE):
            text = hostile(opening, unit, size)
            claims = extract_claims(text)
            row += [median_seconds(lambda: extract_claims(text), runs), median_seconds(lambda: run_checks(claims), runs)]
        small, large = row[0] + row[1], row[2] + row[3]
        label = (f"{opening}+ " if opening else "") + repr(unit)
        print(f"{label[:44]:44} {1000 * row[0]:13.1f} {1000 * row[2]:8.1f} {1000 * row[1]:13.1f} "
              f"{1000 * row[3]:8.1f} {large / small:6.1f}")
