"""Sentence boundaries around abbreviations, decimals, initials, quotes and wrapped wire copy."""

import pytest

from workbench.extract.sentences import split_sentences


def split(text):
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("The U.S. lost 3.5 million jobs. Analysts expected more.",
     ["The U.S. lost 3.5 million jobs.", "Analysts expected more."]),
    ("It fell to 0.5. Analysts expected 1.5.", ["It fell to 0.5.", "Analysts expected 1.5."]),
    ("Mr. Smith paid $1.2m. He left.", ["Mr. Smith paid $1.2m.", "He left."]),
    ("Acme Inc. said sales rose. Shares fell.", ["Acme Inc. said sales rose.", "Shares fell."]),
    ("He met J. Smith at 10 a.m. on Jan. 5 at No. 10 Downing St. and left.",
     ["He met J. Smith at 10 a.m. on Jan. 5 at No. 10 Downing St. and left."]),
    ("Sales were 3,000 vs. 2,000 in 2019. Then 2.1%. Then 52-48. Then 5,600.",
     ["Sales were 3,000 vs. 2,000 in 2019.", "Then 2.1%.", "Then 52-48.", "Then 5,600."]),
    ("He said: “As the state falls, it survives.” In his report, Barrett claims 5,600.",
     ["He said: “As the state falls, it survives.”", "In his report, Barrett claims 5,600."]),
    # text copied from a web page that lost the space between sentences
    ("It grew for six years, since the start of the administration.While Mudavadi was right, it fell.It is wrong.",
     ["It grew for six years, since the start of the administration.", "While Mudavadi was right, it fell.",
      "It is wrong."]),
    # but not a web address, nor an abbreviation before a name
    ("See www.Example.com and Mr.Smith for 5 more.", ["See www.Example.com and Mr.Smith for 5 more."]),
])
def test_sentences_end_where_a_reader_ends_them(text, expected):
    assert split(text) == expected


def test_headlines_paragraphs_and_wrapped_wire_copy():
    text = ("Where the fighters have gone\n\nShowers continued throughout the week in\nthe Bahia cocoa zone, "
            "alleviating the drought since early\nJanuary.\n    The dry period means the temporao will be late.\n"
            "Shr 22 cts vs 14 cts\nNet 1,234,000 vs 987,000\n"
            "    Hong Kong recorded a 3.51 billion\nH.K. Dlr deficit in February.\n")
    assert split(text) == [
        "Where the fighters have gone",
        "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary.",
        "The dry period means the temporao will be late.",
        "Shr 22 cts vs 14 cts",
        "Net 1,234,000 vs 987,000",
        "Hong Kong recorded a 3.51 billion\nH.K. Dlr deficit in February.",  # a short line that carries on
    ]


def test_the_seed_has_its_21_segments(seed_text):
    assert len(split(seed_text)) == 21
