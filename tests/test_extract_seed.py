"""The seed article must come out perfectly: every figure, every field, nothing else."""

from workbench.extract import extract_claims


def test_seed_matches_gold_claim_for_claim(seed_text, seed_gold):
    got = [claim.to_dict() for claim in extract_claims(seed_text)]
    assert [c["span"]["text"] for c in got] == [c["text"] for c in seed_gold["claims"]]
    for claim, gold in zip(got, seed_gold["claims"]):
        expected = {k: v for k, v in gold.items() if k not in ("start", "end", "text", "optional")}
        expected["span"] = {"start": gold["start"], "end": gold["end"], "text": gold["text"]}
        assert claim == expected, gold["text"]


def test_seed_spans_index_into_the_text(seed_text):
    for claim in extract_claims(seed_text):
        assert seed_text[claim.span.start:claim.span.end] == claim.span.text


def test_seed_key_readings(seed_text):
    claims = {c.span.text: c for c in extract_claims(seed_text)}
    assert claims["900"].subject == "Turkey" and claims["900"].qualifier == "largest"
    assert claims["800"].subject == "Tunisia" and claims["800"].unit == "fighter"
    assert claims["760"].subject == "Saudi Arabia" and claims["760"].unit == "fighter"
    assert claims["100"].approx and claims["100"].qualifier == "around"
    assert (claims["thousands"].low, claims["thousands"].high) == (2000, 9999)
    assert (claims["hundreds"].low, claims["hundreds"].high) == (200, 999)
    assert claims["10 million"].value == 10_000_000
    assert claims["2014"].kind == "year"
    assert claims["5,600"].value == 5600 and claims["33"].unit == "country"


def test_seed_part_of_links_425_to_850_and_women_children_to_425(seed_text):
    claims = extract_claims(seed_text)
    texts = [c.span.text for c in claims]
    assert claims[texts.index("425")].part_of == texts.index("850")
    assert claims[texts.index("100")].part_of == texts.index("425")
    assert claims[texts.index("50")].part_of == texts.index("425")


def test_no_one_is_not_a_figure(seed_text):
    assert "one" not in {c.span.text.lower() for c in extract_claims(seed_text)}
