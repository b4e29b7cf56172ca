"""Write the table of rules in docs/checks.md from the rules' records (workbench/checks/rules.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from workbench.checks.rules import table

DOC = Path(__file__).resolve().parent.parent / "docs" / "checks.md"
START, END = "<!-- rules: written by scripts/rules_table.py -->\n", "<!-- rules end -->\n"


def with_table(text: str) -> str:
    before, rest = text.split(START, 1)
    return before + START + table() + END + rest.split(END, 1)[1]


if __name__ == "__main__":
    DOC.write_text(with_table(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    sys.stdout.write(f"wrote the table of rules in {DOC}\n")
