"""The sealed relations (tests/gold/sealed to sealed8) are well formed; this reads no finding.

The sealed set is scored once, when the rules' work is done (`make score-sealed`): a
check here runs the labels against their texts, never the rules against the labels, so
running it spends nothing.
"""

import json

import pytest

from workbench.checks.scoring import load_relations

from .conftest import CORPUS, TESTS

SETS = {"sealed": (120, 60), "sealed2": (120, 40), "sealed3": (120, 35), "sealed4": (240, 75), "sealed5": (300, 80), "sealed6": (360, 85), "sealed7": (220, 80), "sealed8": (320, 85)}  # each set: the relations and articles it holds at least
RULES = {"sum", "part_of", "share", "change", "difference", "superlative", "vague", "repeated"}
TIERS = {"sentence", "adjacent", "distant"}


@pytest.fixture(scope="module", params=SETS)
def folder(request):
    return TESTS / "gold" / request.param


@pytest.fixture(scope="module")
def relations(folder):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent: the relations' texts are read from the corpus")
    return load_relations(folder, CORPUS)


def figures(relation):
    for role in relation.figures.values():
        yield from role if isinstance(role, list) else [role]


def test_every_figure_spans_its_text(relations):
    for relation in relations:
        for figure in figures(relation):
            assert relation.text[figure["start"]:figure["end"]] == figure["text"], (relation.id, figure)


def test_every_relation_names_a_rule_a_tier_and_a_figure_to_perturb(folder):
    for path in sorted(folder.glob("*.json")):
        for relation in json.loads(path.read_text(encoding="utf-8"))["relations"]:
            assert relation["rule"] in RULES, path
            assert relation["tier"] in TIERS, path
            assert relation["perturb"] is None or relation["perturb"] in relation["figures"], path


def test_the_set_is_large_enough_to_score(folder, relations):
    least_relations, least_articles = SETS[folder.name]
    assert len(relations) >= least_relations
    assert len({(r.corpus, r.id) for r in relations}) >= least_articles


def test_every_cue_is_words_of_its_text(folder, relations):
    """A relation's `cue`, where the set records one, is copied from the article as written."""
    labels = [r for path in sorted(folder.glob("*.json"))
              for r in json.loads(path.read_text(encoding="utf-8"))["relations"]]
    assert len(labels) == len(relations)
    for label, relation in zip(labels, relations):
        assert label.get("cue") is None or label["cue"] in relation.text, (relation.id, label["cue"])
