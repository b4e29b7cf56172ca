"""The part-of labels (tests/gold/parts, parts2, parts3) are well formed, and the scorer counts what it should.

The set is scored once, when the part-of work is done (`python -m benchmarks.eval --parts`):
a check here runs the labels against their texts, never the rules against the labels, so
running it spends nothing.
"""

from workbench.extract import extract_claims
from workbench.extract.scoring import score_parts

from .conftest import labelled_sets


# Each set, with the articles it holds at least (parts and parts2 scored once and spent; parts3 sealed).
LEAST_ARTICLES = {"parts": 17, "parts2": 18, "parts3": 26}


labelled = labelled_sets(LEAST_ARTICLES)


def test_every_part_and_whole_spans_its_text(labelled):
    for gold, text in labelled:
        starts = [relation["part"]["start"] for relation in gold["parts"]]
        assert starts == sorted(set(starts)), gold["id"]
        for relation in gold["parts"]:
            for figure in (relation["part"], relation["whole"]):
                assert text[figure["start"]:figure["end"]] == figure["text"], (gold["id"], figure)
            assert relation["part"]["start"] != relation["whole"]["start"], relation


def span(text, words):
    return {"start": text.index(words), "end": text.index(words) + len(words), "text": words}


def test_the_scorer_counts_a_link_right_only_to_the_labelled_whole_and_every_other_link_as_false():
    text = "Some 425 of the 850 British jihadists have returned. Sales rose to 300 from 200 units."
    gold = {"corpus": "bbc", "id": "made/1", "parts": [{"part": span(text, "425"), "whole": span(text, "850")}]}
    tally = score_parts([(gold, text)], extract_claims)
    assert (tally.relations, tally.read, tally.right) == (1, 1, 1)
    assert tally.false_links == tally.links - 1  # the labelled link is the only one not counted false
    gold["parts"][0]["whole"] = span(text, "300")  # a whole the text does not give
    tally = score_parts([(gold, text)], extract_claims)
    assert tally.right == 0 and tally.false_links == tally.links
    assert any("425" in line and "linked to" in line for line in tally.wrong)
