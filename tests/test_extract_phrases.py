"""The claim contract of DESIGN.md, phrase by phrase."""

import pytest

from workbench.extract import extract_claims
from workbench.readers import claims_of


def only(text):
    claims = extract_claims(text)
    assert len(claims) == 1, [c.span.text for c in claims]
    return claims[0]


@pytest.mark.parametrize("text, span, value, kind, unit", [
    ("Profits rose to $1.13bn last year.", "$1.13bn", 1_130_000_000, "money", "USD"),
    ("The deal was worth £600m in all.", "£600m", 600_000_000, "money", "GBP"),
    ("Shares closed at 60p on Friday.", "60p", 0.6, "money", "GBP"),
    ("Sales were 3.5 mln dlrs in March.", "3.5 mln dlrs", 3_500_000, "money", "USD"),
    ("Hong Kong had a 3.51 billion H.K. Dlr deficit.", "3.51 billion H.K. Dlr", 3_510_000_000, "money", "HKD"),
    ("Turnout was 76% in the north.", "76%", 76, "percent", "%"),
    ("Output fell 5 pct in the quarter.", "5 pct", 5, "percent", "%"),
    ("Inflation hit 10 per cent in May.", "10 per cent", 10, "percent", "%"),
    ("The route is 5km long.", "5km", 5, "measure", "km"),
    ("The work took three months in all.", "three months", 3, "measure", "month"),
    ("The city has 10 million residents.", "10 million", 10_000_000, "count", "resident"),
    ("Three firms bid for the contract.", "Three", 3, "count", "firm"),
    ("A dozen banks bid for it.", "A dozen", 12, "count", "bank"),
    ("The new building cost ₹971 crore in all.", "₹971 crore", 9_710_000_000, "money", "INR"),
    ("The loan of Rs 5000 crores was approved.", "Rs 5000 crores", 50_000_000_000, "money", "INR"),
    ("The limit would be cut to 50mg in May.", "50mg", 50, "measure", "mg"),
    ("Each patient took 250 ml daily.", "250 ml", 250, "measure", "ml"),
])
def test_figure_values_kinds_units(text, span, value, kind, unit):
    claim = only(text)
    assert (claim.span.text, claim.value, claim.kind, claim.unit) == (span, value, kind, unit)
    assert claim.low == claim.high == value


@pytest.mark.parametrize("text, span, value", [
    ("Half of voters agreed.", "Half", 0.5),
    ("Two-thirds of voters agreed.", "Two-thirds", 0.667),
    ("One in five adults smoke.", "One in five", 0.2),
])
def test_ratios(text, span, value):
    claim = only(text)
    assert (claim.span.text, claim.kind, claim.value) == (span, "ratio", value)


@pytest.mark.parametrize("text, span, low, high", [
    ("Hundreds of people marched.", "Hundreds", 200, 999),
    ("Thousands of people marched.", "Thousands", 2_000, 9_999),
    ("Tens of thousands of people marched.", "Tens of thousands", 20_000, 99_999),
    ("Dozens of people were hurt.", "Dozens", 24, 99),
    ("Millions of people watched.", "Millions", 2_000_000, 9_999_999),
])
def test_vague_magnitudes_are_approximate_intervals(text, span, low, high):
    claim = only(text)
    assert (claim.span.text, claim.low, claim.high, claim.approx) == (span, low, high, True)
    assert low < claim.value < high


@pytest.mark.parametrize("text, qualifier, low, high, approx", [
    ("Around 100 people came.", "around", 90, 110, True),
    ("More than 5,000 people fled.", "more than", 5_000, None, False),
    ("At least 30 people died.", "at least", 30, None, False),
    ("Up to 200 people were hurt.", "up to", None, 200, False),
    ("Nearly 40,000 fans attended.", "nearly", 36_000, 40_000, True),
    # written after the figure
    ("Firms with 50 or fewer staff pay less.", "or fewer", None, 50, False),
    ("Pensioners aged 65 and over got help.", "and over", 65, None, False),
    ("Some 100 or so people came.", "some", 90, 110, True),  # the hedge before it is read first
    ("It took 3 or so weeks.", "or so", 2.7, 3.3, True),
])
def test_hedges_widen_bounds_and_stay_out_of_the_span(text, qualifier, low, high, approx):
    claim = only(text)
    assert claim.span.text[0].isdigit()
    assert (claim.qualifier, claim.approx) == (qualifier, approx)
    assert claim.low == pytest.approx(low) if low is not None else claim.low is None
    assert claim.high == pytest.approx(high) if high is not None else claim.high is None


def test_a_bound_after_a_count_leaves_its_noun_counted():
    claim = only("Drinkers of three or more cups of tea were studied.")
    assert (claim.span.text, claim.low, claim.high, claim.qualifier, claim.unit) == ("three", 3, None, "or more", "cup")


def test_a_range_is_one_claim_with_its_midpoint():
    claim = only("Between 5 and 10 people died.")
    assert (claim.low, claim.high, claim.value, claim.unit) == (5, 10, 7.5, "person")
    percent = only("Prices rose 5-10% last year.")
    assert (percent.span.text, percent.kind, percent.low, percent.high) == ("5-10%", "percent", 5, 10)


@pytest.mark.parametrize("text", [
    "He bought an MP3 player.",
    "Leaders met at the G8 summit.",
    "Sony's PlayStation 2 sold well.",
    "Section 28 was repealed.",
    "Formula One returns to the city.",
    "The firm is now one of the biggest investors in Google.",
    "No one knows where they went.",
    "Call 020 7946 0958 for details.",
    "Even with Insat 1C in orbit, the launch went ahead.",  # a capital C after a name is no temperature
    "She lives at 4C Park Road.",
    "Walking lowers the risk of type 2 diabetes.",  # a member of a numbered series: which one, not how many
    "The phase 3 trials ended early.",
    "The firm filed for chapter 11 protection.",
])
def test_names_codes_and_pronouns_are_not_claims(text):
    assert [c.span.text for c in extract_claims(text)] == []


def test_an_age_in_years_and_days_is_no_range():
    assert [(c.span.text, c.kind) for c in extract_claims("He won the seat aged 21 and 144 days.")] == [
        ("21", "age"), ("144 days", "measure")]


def test_a_series_word_before_a_comma_names_no_series():
    assert [c.span.text for c in extract_claims("At the end of the series, one celebrity will win.")] == ["one"]


def test_year_is_kept_but_a_count_of_2000_people_is_a_count():
    assert only("It was founded in 2014.").kind == "year"
    assert only("Some 2000 people came.").kind == "count"


def test_elided_noun_comes_from_the_previous_figure():
    claims = extract_claims("Turkey had 900 fighters. Another 800 went to Tunisia and 760 to Egypt.")
    assert [(c.value, c.unit, c.subject) for c in claims] == [
        (900, "fighter", "Turkey"), (800, "fighter", "Tunisia"), (760, "fighter", "Egypt")]


def test_a_bare_amount_with_a_magnitude_is_of_the_last_amount_written_with_one():
    claims = extract_claims("Of this, £1.1 billion went on consultants. Police recorded 6.5 million offences, "
                            "up from 4.3 million in 2013. Revenues were 475.6 mln dlrs, of which 456.2 mln came from clubs.")
    assert [(c.span.text, c.kind, c.unit) for c in claims if c.kind != "year"] == [
        ("£1.1 billion", "money", "GBP"), ("6.5 million", "count", "offence"), ("4.3 million", "count", "offence"),
        ("475.6 mln dlrs", "money", "USD"), ("456.2 mln", "money", "USD")]
    # a measure or a counted noun carries within its sentence only; a currency through the paragraph
    claims = extract_claims("Antarctica lost 150 billion tonnes of ice. The population grew from 1.2 million. "
                            "Turnover was 953 mln dlrs. Profit fell to 20 mln.")
    assert [(c.span.text, c.kind, c.unit) for c in claims] == [
        ("150 billion tonnes", "measure", "t"), ("1.2 million", "count", None),
        ("953 mln dlrs", "money", "USD"), ("20 mln", "money", "USD")]


@pytest.mark.parametrize("text, span, value", [
    ("It fell to 0.5. Analysts expected 1.5.", "0.5", 0.5),
    ("Growth was 2.75 in the year.", "2.75", 2.75),
])
def test_decimals_are_figures_but_version_numbers_are_not(text, span, value):
    claim = extract_claims(text)[0]
    assert (claim.span.text, claim.value) == (span, value)
    assert extract_claims("Upgrade to version 4.2.1 now.") == []


@pytest.mark.parametrize("text", [
    "Verdicts went for the company in eight of the trials, one of which included about 1,150 plaintiffs.",
    "The contract involved supplying 13 telephone exchanges including 68,000 lines.",
    "On hand in dealer inventory were 35,000 of the two models.",
    "Motorola has shipped about 300,000 of its 32-bit microprocessors.",
    "Japan bought 31,000 tonnes. Some 100,000 of this shipment has already been purchased.",
    "Net income was 23.1 mln dlrs of 1.51 dlr a share.",
    "It lost money in the first six months of the three years.",
    "Moody's affirmed Delta Air Lines Inc's 977 mln dlrs of debt and upgraded Western Air Lines Inc's 216 mln dlrs of debt.",
    "125,000 of Chevrolet's two newest cars - the four-door Corsica sedan and two-door Beretta - were ordered.",
    "The agency has published ratings on 90 issues of 45 euromarket issuers.",
    "Elections will be held in all but three of the nation's 47 prefectures.",
    "The remaining 10 billion consists of seven billion owed by agencies.",
    "The club posted a deficit of £14m, with costs of £106m against revenue of £72m.",
    "GMAC is raising 500 mln dlrs via offerings of 300 mln dlrs of notes due 1990.",
    "The 140 mln franc issue comprised 70,000 bonds of 2,000 franc nominal value each.",
    "Jobs were revised up to 139,000 in September instead of 96,000.",
    "There are 16 newcomers in the squad of 46.",
    "The line carried five mln barrels a year, and 50 km of which was damaged.",
])
def test_figures_that_are_no_part_of_the_figure_named_after_them(text):
    assert all(c.part_of is None for c in extract_claims(text))


def test_a_bare_amount_takes_the_currency_written_before_it():
    claims = extract_claims("Sales fell to 5.70 mln dlrs from 6.1 mln, and stocks to one\nmln.")
    assert [(c.span.text, c.value, c.kind, c.unit) for c in claims] == [
        ("5.70 mln dlrs", 5_700_000, "money", "USD"), ("6.1 mln", 6_100_000, "money", "USD"),
        ("one\nmln", 1_000_000, "money", "USD")]


def test_an_account_named_by_its_year_is_a_year():
    assert [(c.span.text, c.kind) for c in extract_claims("1985 revs includes 700,000 finder's fee.")] == [
        ("1985", "year"), ("700,000", "count")]


def test_a_year_range_is_one_year():
    assert [(c.span.text, c.kind) for c in extract_claims("Growth of 7.1% in 2005-6.")] == [
        ("7.1%", "percent"), ("2005-6", "year")]


def test_dates_are_kept_as_their_own_kind():
    claims = extract_claims("It opened on 31 December 2014 and closed in March 2015.")
    assert [(c.span.text, c.kind, c.value) for c in claims] == [
        ("31 December 2014", "date", 2014), ("March 2015", "date", 2015)]


@pytest.mark.parametrize("text, part, whole", [
    ("Four out of 10 voters agreed.", "Four", "10"),
    ("The firm cut 30 of its 200 staff.", "30", "200"),
    ("Some 425 of the 850 British jihadists returned.", "425", "850"),
    ("It offered to repay its creditors $220m (£117m) of the $550m it lost.", "$220m", "$550m"),
    ("Revenues were 475.6 mln dlrs in 1986, of which 456.2 mln came from the clubs.", "456.2 mln", "475.6 mln dlrs"),
    ("Sweeps have caught 31,000 pupils. In almost 14,000 of those cases parents were there.", "14,000", "31,000"),
    ("UKIP took in £63,081. Just £8,170 of this was cash.", "£8,170", "£63,081"),
    ("The daily Borba said 88 of Yugoslavia's 174 commercial banks broke the law.", "88", "174"),
    ("He has played in 13 of the club's last 14 games.", "13", "14"),
    ("Some 39 nations out of 65 signed the treaty.", "39", "65"),
    ("There are 47 recovered species out of nearly 2,000 listed.", "47", "2,000"),
    ("Only 44 of the European top 50 firms did so.", "44", "50"),
    ("There are 16 newcomers in the 46-strong team.", "16", "46"),
    ("With 285 of the 4,000-strong workforce on strike, the port is shut.", "285", "4,000"),
    ("He filed 57 bills, 12 of which became law.", "12", "57"),
    ("The fund holds $40bn, $12bn of it in bonds.", "$12bn", "$40bn"),
    ("The trawl found 11 people had been prosecuted, five of whom were convicted.", "five", "11"),
    ("Under the $168m settlement - $155m of which will be covered by insurance - none admit it.", "$155m", "$168m"),
    # a noun after 'of the' that names a figure stated before: what it counts, or a word beside it
    ("The council runs 40 schools. Twelve of the schools are in the north.", "Twelve", "40"),
    ("It has orders exceeding 1.5 mln dlrs. It expects 700,000 dlrs of the orders to ship in May.", "700,000 dlrs", "1.5 mln dlrs"),
    ("The 43-km link will open in May. The 32-km stretch of the link in Ecuador cost $10m.", "32-km", "43-km"),
    ("It set a 950 mln dlr loan loss provision. It listed 565 mln dlrs of the loan loss provision as credit losses.",
     "565 mln dlrs", "950 mln dlr"),
])
def test_part_of_relations(text, part, whole):
    claims = extract_claims(text)
    texts = [c.span.text for c in claims]
    assert claims[texts.index(part)].part_of == texts.index(whole)


def test_a_sentence_opening_on_the_total_or_most_of_it_takes_its_whole_from_the_sentence_before():
    """`workbench extract` links through the checks' statement reader too (workbench.readers)."""
    for text, part, whole in [("The UK has 650 MPs. Of the total, 220 are women.", "220", "650"),
                              ("The ministry spent £12m. Most of it, £9m, went on staff.", "£9m", "£12m"),
                              ("Among the 60 passengers were 12 children and 20 women.", "12", "60"),
                              # a period before is no group pointed back to
                              ("The study followed 4,200 adults for 11 years. Of those, 312 developed diabetes.", "312", "4,200"),
                              # a count followed by a plain verb counts what the whole counts
                              ("Of the country's 360 million households, 100 million receive cable TV programmes.", "100 million", "360 million")]:
        claims = claims_of(text)
        texts = [c.span.text for c in claims]
        assert claims[texts.index(part)].part_of == texts.index(whole), text


@pytest.mark.parametrize("text, part", [
    ("The club has 160,000 members. Ten of the players were injured.", "Ten"),  # no figure of the players
    ("It will buy up to 50,000 of its shares. It has bought 107,000 of its shares.", "107,000"),  # more than that
    ("It has 900,000 common shares. It will issue 200,000 shares of its common stock.", "200,000"),  # what, not whose
    ("The 12 trials ran for 40 days. Two days of the trials were lost.", "Two days"),  # a duration is no group
    ("It will mint two mln silver coins and 900,000 of the gold coins.", "900,000"),  # the words name other coins
    ("The limit is 80mg. Drivers within 30mg of the limit face a ban.", "30mg"),  # a distance from it, no part
    ("It sold 40 mln dlrs of bonds. It sold 60 mln dlrs of the new issue of bonds.", "60 mln dlrs"),  # another 'of' follows
])
def test_a_noun_after_of_the_names_no_whole_the_text_does_not_count(text, part):
    claims = extract_claims(text)
    assert next(c for c in claims if c.span.text == part).part_of is None


def test_a_fronted_group_with_no_figure_names_the_whole_its_list_is_parts_of():
    text = ("The office received 1,250 complaints in 2022, up from 980 the year before. Of the complaints, 640 "
            "concerned delays and 410 concerned staff; the remaining 200 were about fees.")
    claims = claims_of(text)
    assert [(c.span.text, c.part_of) for c in claims if c.kind == "count"] == [
        ("1,250", None), ("980", None), ("640", 0), ("410", 0), ("200", 0)]  # not the level the change went from
    # a group the text never counts is no whole
    assert all(c.part_of is None for c in claims_of("The office received 1,250 letters. Of the complaints, 640 were late."))


def test_a_figure_opened_by_another_or_the_remaining_is_a_part_of_the_whole_the_figure_before_is_a_part_of():
    for text, part, whole in [
            ("The bank sold 800 billion yen of bills. Of the total, 400 billion yen will yield 3.85 pct. "
             "Another 400 billion yen will yield 3.80 pct.", 3, 0),
            ("Of the 40 victims, 25 were men. The remaining 15 were women.", 2, 0),
            ("Of the 40 victims, 25 were men. Another 12 were children.", 2, 0)]:
        assert claims_of(text)[part].part_of == whole, text
    # with no part before it, 'another' adds to nothing: 'Another 800 have returned to Tunisia'
    claims = claims_of("Turkey had the largest contingent with 900 fighters. Another 800 have returned to Tunisia.")
    assert [c.part_of for c in claims] == [None, None]


def test_of_which_without_a_comma_makes_the_figure_before_it_a_whole_not_a_part():
    claims = extract_claims("It includes a benefit of 2.5 mln, and approximately 150,000\nof which 140,000 relates to tax.")
    assert [(c.span.text, c.part_of) for c in claims] == [("2.5 mln", None), ("150,000", None), ("140,000", 1)]


@pytest.mark.parametrize("text, span, kind, value", [
    ("The meeting starts at 3pm.", "3pm", "time", 15),
    ("The 31-year-old won.", "31-year-old", "age", 31),
    ("Support was highest among those aged 18 to 24.", "18 to 24", "age", 21),  # an age range, not a count of 24
    ("Those aged between 25 and 34 were split.", "25 and 34", "age", 29.5),
    ("Hewitt won 6-3 in the final.", "6-3", "score", 6),
    ("Rates rose 2.5 percentage points.", "2.5 percentage points", "percent", 2.5),
    ("It raised 94.8 mln stg.", "94.8 mln stg", "money", 94_800_000),
    ("Profit was 22 cts a share.", "22 cts", "money", 0.22),
    ("Sales were one and a half million.", "one and a half million", "count", 1_500_000),
    ("He paid 2.5 million for it.", "2.5 million", "count", 2_500_000),
])
def test_more_of_the_guideline(text, span, kind, value):
    claim = next(c for c in extract_claims(text) if c.span.text == span)
    assert (claim.kind, claim.value) == (kind, value)
