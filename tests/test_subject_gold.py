"""The subject labels (tests/gold/subjects) are well formed, and the scorer counts what it
should; this reads no subject the rules give the set's own articles.

The set is scored once, when the subject work is done (`python -m benchmarks.eval
--subjects`): a check here runs the labels against their texts, never the rules against the
labels, so running it spends nothing.
"""

import pytest

from workbench.extract import extract_claims
from workbench.extract.scoring import load_subjects, score_subjects

from .conftest import CORPUS, TESTS

READINGS = {"possessor", "phrase", "verb-subject", "carried", "none"}
LEAST_ARTICLES = 20


@pytest.fixture(scope="module")
def labelled():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent: the labels' texts are read from the corpus")
    return load_subjects(TESTS / "gold" / "subjects", CORPUS)


def test_every_figure_spans_its_text_and_says_how_its_subject_was_found(labelled):
    assert len(labelled) >= LEAST_ARTICLES
    for gold, text in labelled:
        starts = [figure["start"] for figure in gold["figures"]]
        assert starts == sorted(set(starts)), gold["id"]
        for figure in gold["figures"]:
            assert text[figure["start"]:figure["end"]] == figure["text"], (gold["id"], figure)
            assert figure["why"] in READINGS and (figure["subject"] is None) == (figure["why"] == "none"), figure
            assert figure["subject"] is None or figure["subject"].lower() in text.lower(), figure


def test_the_scorer_counts_a_subject_right_only_where_extraction_names_it():
    text = "Turkey had 900 returnees. Exports rose 5%."
    gold = {"corpus": "bbc", "id": "made/1", "figures": [
        {"start": text.index("900"), "end": text.index("900") + 3, "text": "900", "subject": "Turkey", "why": "verb-subject"},
        {"start": text.index("5%"), "end": text.index("5%") + 2, "text": "5%", "subject": "a name no sentence uses",
         "why": "phrase"},
        {"start": text.index("Exports"), "end": text.index("Exports") + 7, "text": "Exports", "subject": None, "why": "none"},
    ]}
    tally = score_subjects([(gold, text)], extract_claims)
    assert tally.figures == 3
    assert dict(tally.found) == {"verb-subject": 1, "phrase": 1}  # no figure is read at 'Exports'
    assert dict(tally.right) == {"verb-subject": 1}
    assert len(tally.wrong) == 1 and "a name no sentence uses" in tally.wrong[0]
