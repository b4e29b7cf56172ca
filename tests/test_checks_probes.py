"""The probe sentences (tests/gold/probes): texts unlike the newsroom corpora, where a `fail`
on consistent figures would be a false alarm a reviewer meets on their first article."""

import json
from pathlib import Path

import pytest

from workbench.checks.rules import run_checks
from workbench.readers import claims_of

PROBES = Path(__file__).parent / "gold" / "probes"
CAUGHT_AT_LEAST = {"probe1.jsonl": 23, "probe2.jsonl": 25, "probe3.jsonl": 23}  # of 40 errors each


def _items(name):
    return [json.loads(line) for line in (PROBES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _fails(text):
    return [f for f in run_checks(claims_of(text)) if f.status == "fail"]


@pytest.mark.parametrize("name", sorted(CAUGHT_AT_LEAST))
def test_no_fail_on_consistent_figures(name):
    alarms = [(item["id"], item["text"]) for item in _items(name) if item["consistent"] and _fails(item["text"])]
    assert alarms == []


@pytest.mark.parametrize("name", sorted(CAUGHT_AT_LEAST))
def test_the_deliberate_errors_are_caught_as_before(name):
    errors = [item for item in _items(name) if not item["consistent"]]
    assert len(errors) == 40
    caught = [item["id"] for item in errors if _fails(item["text"])]
    assert len(caught) >= CAUGHT_AT_LEAST[name], sorted(set(i["id"] for i in errors) - set(caught))
