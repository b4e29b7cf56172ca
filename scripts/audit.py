"""Known advisories for every distribution installed in this environment: `make audit`.

PyPI lists the advisories of the PyPA database (through OSV) under `vulnerabilities` in its
JSON API. This asks `/pypi/NAME/VERSION/json` for the installed release, as pip-audit does.
Some mirrors answer only `/pypi/NAME/json`, which lists the advisories of the newest release:
there an installed release that is the newest is audited, and an older one is reported as
not audited rather than passed.

It reaches the network and reads what was published today, so it is never part of
`make test`: a test suite must give the same answer tomorrow.

Exits 0 when no advisory applies, 1 when one does, and with --strict also 1 when a
distribution could not be audited.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

PYPI = "https://pypi.org/pypi"


def installed() -> dict[str, str]:
    """Every distribution here but the workbench itself, by PyPI's normalised name."""
    names = {re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower(): dist.version
             for dist in importlib.metadata.distributions()}
    names.pop("workbench", None)
    return names


def _get(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def audit(name: str, version: str) -> tuple[list[str], str | None]:
    """The advisories that apply to this release, and why it could not be audited, if it could not."""
    answer = _get(f"{PYPI}/{name}/{version}/json")
    if answer is None:
        answer = _get(f"{PYPI}/{name}/json")
        if answer is None:
            return [], "not on PyPI"
        if answer["info"]["version"] != version:
            return [], f"this index lists advisories only for the newest release, {answer['info']['version']}"
    return [f"{advisory['id']} (fixed in {', '.join(advisory.get('fixed_in') or ['no release'])})"
            for advisory in answer.get("vulnerabilities", []) if not advisory.get("withdrawn")], None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="fail when a distribution could not be audited")
    args = parser.parse_args(argv)
    found = installed()
    with ThreadPoolExecutor(8) as pool:
        results = dict(zip(found, pool.map(lambda name: audit(name, found[name]), found)))
    vulnerable = unaudited = 0
    for name, (advisories, reason) in sorted(results.items()):
        for advisory in advisories:
            vulnerable += 1
            print(f"{name} {found[name]}: {advisory}")
        if reason:
            unaudited += 1
            print(f"{name} {found[name]}: not audited: {reason}", file=sys.stderr)
    print(f"{len(found)} distributions: {vulnerable} known advisories, {unaudited} not audited")
    return 1 if vulnerable or (args.strict and unaudited) else 0


if __name__ == "__main__":
    sys.exit(main())
