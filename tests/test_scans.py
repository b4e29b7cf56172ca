"""Static and supply-chain scans: bandit over the package, and PyPI's advisories over what is installed.

bandit runs at medium severity and up (`-ll`) and must find nothing. The store formats
placeholders and its own fixed fragments into SQL, so those statements carry `# nosec B608`;
every exemption names its test and stays where it was reviewed, checked below.

Advisories: pip-audit asks PyPI for /pypi/NAME/VERSION/json, which the registry this
project is built against answers with 404, so pip-audit skips every package and reports
nothing. PyPI's /pypi/NAME/json carries the same advisories (the PyPA advisory database,
through OSV) for the latest release, so each installed distribution must be that release
and have none listed. A dependency whose newest release leaves Python 3.11 behind therefore
fails here, on purpose: its installed release can no longer be audited on this network.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import sys
import tokenize
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "workbench"
BANDIT = Path(sys.executable).parent / "bandit"
# The reviewed exemptions: which test may be silenced where, and why it holds there.
EXEMPT = {
    "B608": "workbench/store/",  # placeholders and fixed fragments only: store.connection.marks
    "B704": "workbench/web/rationale.py",  # markdown-it-py with raw HTML off escapes every tag
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


def _installed() -> dict[str, str]:
    """Every distribution in this environment but the workbench itself, by PyPI's normalised name."""
    names = {re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower(): dist.version
             for dist in importlib.metadata.distributions()}
    names.pop("workbench")
    return names


def _pypi(name: str) -> dict:
    with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=60) as response:
        return json.load(response)


def test_no_installed_distribution_has_a_known_vulnerability():
    installed = _installed()
    assert "flask" in installed and "pytest" in installed
    with ThreadPoolExecutor(8) as pool:
        answers = dict(zip(installed, pool.map(_pypi, installed)))
    problems = []
    for name, version in sorted(installed.items()):
        latest = answers[name]["info"]["version"]
        if version != latest:
            problems.append(f"{name} {version}: PyPI lists advisories only for its latest release, {latest}; "
                            "reinstall (make clean test) to audit it")
        for advisory in answers[name]["vulnerabilities"]:
            if advisory.get("withdrawn"):
                continue
            problems.append(f"{name} {version}: {advisory['id']} (fixed in {', '.join(advisory['fixed_in'])})")
    assert problems == []


def test_templates_never_switch_escaping_off():
    """Jinja escapes everything a template prints; the only HTML made from stored text is
    built in Python (the highlighter, rationales, search snippets), where bandit watches it."""
    switches = re.compile(r"\|\s*safe\b|autoescape\s+false|\bMarkup\b")
    found = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "templates").rglob("*.html"))
             for number, line in enumerate(path.read_text().splitlines(), 1) if switches.search(line)]
    assert len(list((ROOT / "templates").rglob("*.html"))) > 10
    assert found == []
