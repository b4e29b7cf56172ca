"""Static scans: bandit over the package, and templates that never switch escaping off.

bandit runs at medium severity and up (`-ll`) and must find nothing. The store formats
placeholders and its own fixed fragments into SQL, so those statements carry `# nosec B608`;
every exemption names its test and stays where it was reviewed, checked below.

Advisories for the installed distributions are `make audit` (scripts/audit.py), outside this
suite: they depend on the network and on what was published today.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "workbench"
BANDIT = Path(sys.executable).parent / "bandit"
# The reviewed exemptions: which test may be silenced where, and why it holds there.
EXEMPT = {
    "B608": "workbench/store/",  # placeholders and fixed fragments only: store.connection.marks
    "B704": "workbench/rationale.py",  # markdown-it-py with raw HTML off escapes every tag
}
NOSEC = re.compile(r"#\s*nosec\b(.*)")


def bandit(*paths: Path) -> dict:
    result = subprocess.run([BANDIT, "-ll", "-f", "json", "-q", "-r", *paths], capture_output=True, text=True)
    return json.loads(result.stdout)


def test_bandit_finds_nothing_at_medium_severity_or_above():
    report = bandit(PACKAGE)
    assert report["errors"] == []
    assert report["metrics"]["_totals"]["loc"] > 5000  # the whole package was read
    assert [(r["test_id"], r["filename"], r["line_number"]) for r in report["results"]] == []


def test_bandit_still_sees_sql_built_from_text(tmp_path):
    """The B608 marks must not blind bandit: the same statement unmarked is reported."""
    statement = (PACKAGE / "store" / "articles.py").read_text()
    unmarked = tmp_path / "unmarked.py"
    unmarked.write_text(statement.replace("# nosec B608", ""))
    assert {r["test_id"] for r in bandit(unmarked)["results"]} == {"B608"}


def test_every_exemption_names_its_test_and_stays_where_it_was_reviewed():
    marks = []
    for path in sorted(PACKAGE.rglob("*.py")):
        with path.open("rb") as source:
            marks += [(path.relative_to(ROOT).as_posix(), token.start[0], match.group(1).strip())
                      for token in tokenize.tokenize(source.readline)
                      if token.type == tokenize.COMMENT and (match := NOSEC.search(token.string))]
    assert marks, "the store's formatted statements are marked"
    for where, number, rest in marks:
        test_id = rest.split()[0] if rest else ""
        assert test_id in EXEMPT, f"{where}:{number}: '# nosec' must name one of {sorted(EXEMPT)}"
        assert where.startswith(EXEMPT[test_id]), f"{where}:{number}: {test_id} is exempt only in {EXEMPT[test_id]}"


def test_templates_never_switch_escaping_off():
    """Jinja escapes everything a template prints; the only HTML made from stored text is
    built in Python (the highlighter, rationales, search snippets), where bandit watches it."""
    switches = re.compile(r"\|\s*safe\b|autoescape\s+false|\bMarkup\b")
    found = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "templates").rglob("*.html"))
             for number, line in enumerate(path.read_text().splitlines(), 1) if switches.search(line)]
    assert len(list((ROOT / "templates").rglob("*.html"))) > 10
    assert found == []
