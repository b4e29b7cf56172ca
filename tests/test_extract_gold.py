"""Extraction scored on the hand-labelled gold set (tests/gold): the scores must not fall back.

The floors are the scores reached when they were last raised; `make eval` prints the
current figures and every miss. The corpus texts come from ../shared/corpus.
"""

import pytest

from workbench.extract import extract_claims
from workbench.extract.scoring import FIELDS, load_gold, score

from .conftest import CORPUS, TESTS

# span+value F1, then field accuracy over the hits, over all gold articles. The gold's subjects
# follow an older reading (a name, else null); the guideline now names a measured phrase too
# ('the average house price') and what a count counts when nothing else is named ('162
# quangos'), where this gold has null. So "subject" is held near where it stands, "named
# subject" (where the gold names one) guards the names, and the subject sets
# (tests/gold/subjects*) measure the rest. Reading the noun an amount modifies ('a 125 mln dlr
# eurobond') took "subject" from 0.608 to 0.587 on this gold and the second sealed set from
# 44 to 53 of 98 figures, so its floor moved from 0.60 to 0.58. Reading past a bracket with no
# figure and into the clause a fronted phrase opens named four figures this gold leaves null
# ('Global gross domestic product (GDP) is tipped to be 4.1%'; 'For over two decades, ... these
# agencies have mushroomed'): 0.587 to 0.580, with the development subject sets 301 to 346 of
# 624, so the floor is 0.57.
FLOORS = {"f1": 0.98, "kind": 0.97, "unit": 0.93, "subject": 0.57, "named subject": 0.74, "approx": 0.98, "part_of": 0.93}


@pytest.fixture(scope="module")
def tallies(request):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent: the gold articles' texts are read from the corpus")
    seed = (TESTS.parent / "workbench" / "demo" / "isis-returnees.txt").read_text(encoding="utf-8")
    articles = load_gold(TESTS / "gold", CORPUS, {("seed", "isis-returnees"): seed})
    assert len(articles) >= 26 and sum(not c["optional"] for a in articles for c in a.claims) >= 400
    return score(articles, extract_claims)


def test_the_seed_is_perfect_on_every_field(tallies):
    seed = tallies["seed"]
    assert (seed.misses, seed.false_alarms) == (0, 0)
    assert all(seed.accuracy(name) == 1.0 for name in FIELDS), seed.examples


@pytest.mark.parametrize("measure", FLOORS)
def test_scores_stay_above_their_floor(tallies, measure):
    everything = tallies["all"]
    if measure == "f1":
        value = everything.f1
    elif measure == "named subject":
        value = everything.named_subject
    else:
        value = everything.accuracy(measure)
    assert value >= FLOORS[measure], f"{measure} fell to {value:.3f}"


@pytest.mark.parametrize("corpus", ["bbc", "reuters"])
def test_each_corpus_reads_at_least_97_percent_of_its_figures(tallies, corpus):
    assert tallies[corpus].f1 >= 0.97
