"""The layering rules: extract/ and checks/ are pure, SQL lives only in store/."""

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "workbench"
SQL = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE|CREATE)\s+(?:\*|\w+|INTO|FROM|TABLE|INDEX|TRIGGER)\b")
DB_CALLS = re.compile(r"\.(?:execute|query|insert|insert_all|upsert|rows_where)\(")


def sources(*parts):
    return sorted((PACKAGE.joinpath(*parts)).rglob("*.py"))


@pytest.mark.parametrize("path", sources("extract") + sources("checks"), ids=lambda p: p.name)
def test_extract_and_checks_import_no_flask_or_database(path):
    text = path.read_text()
    assert not re.search(r"^\s*(?:import|from)\s+(?:flask|sqlite3|sqlite_utils|\.\.store|\.\.web)", text, re.M)


@pytest.mark.parametrize("path", [p for p in sources() if "store" not in p.parts], ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_sql_outside_the_store(path):
    text = path.read_text()
    assert not SQL.search(text), SQL.search(text)
    assert not DB_CALLS.search(text), DB_CALLS.search(text)
