"""docs/checks.md's table of rules is the one the rules' records give (scripts/rules_table.py)."""

from scripts.rules_table import DOC, with_table


def test_the_table_of_rules_in_the_docs_is_written_from_the_rules():
    text = DOC.read_text(encoding="utf-8")
    assert with_table(text) == text, "run scripts/rules_table.py"
