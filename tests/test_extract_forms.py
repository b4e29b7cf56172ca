"""The general ways English writes a number (issue 17, "Forms"), family by family: each read with
its kind, value, bounds and unit, and the news text each must leave as it was."""

import pytest

from workbench.checks.precision import half_unit, in_style, interval, magnitude
from workbench.extract import extract_claims

from .test_extract_linear import assert_linear


def only(text):
    claims = extract_claims(text)
    assert len(claims) == 1, [c.span.text for c in claims]
    return claims[0]


def read(text):
    return [(c.span.text, c.kind, c.value, c.unit) for c in extract_claims(text)]


@pytest.mark.parametrize("text, span, kind, value, unit", [
    # Unicode fractions, alone, after a whole, with a space.
    ("Add ⅓ cup of sugar.", "⅓ cup", "measure", 1 / 3, "cup"),
    ("Stir in ½ tbsp of butter.", "½ tbsp", "measure", 0.5, "tbsp"),
    ("The trail runs for 1½ miles.", "1½ miles", "measure", 1.5, "mile"),
    ("Use 1 ½ cups of flour.", "1 ½ cups", "measure", 1.5, "cup"),
    ("The central bank raised rates by ½%.", "½%", "percent", 0.5, "%"),
    ("The shares closed at $10¾ on Friday.", "$10¾", "money", 10.75, "USD"),
    ("¾ of voters backed the plan.", "¾", "ratio", 0.75, None),
    # Mixed fractions.
    ("The flight took 2 1/2 hours.", "2 1/2 hours", "measure", 2.5, "hour"),
    ("He was jailed for 7-1/2 years.", "7-1/2 years", "measure", 7.5, "year"),
    ("The stock rose to 10 7/8 dlrs.", "10 7/8 dlrs", "money", 10.875, "USD"),
    # Scientific notation and powers of ten.
    ("The failure probability is 2.48×10−5.", "2.48×10−5", "ratio", 2.48e-5, None),
    ("The cluster performed 4e14 operations.", "4e14", "count", 4e14, "operation"),
    ("The concentration was 9.83e-3 mol/L.", "9.83e-3 mol/L", "measure", 0.00983, "mol/L"),
    ("A mole holds 6.02 x 10^23 particles.", "6.02 x 10^23", "count", 6.02e23, "particle"),
    ("The Sun's mass is 1.989 × 10³⁰ kg.", "1.989 × 10³⁰ kg", "measure", 1.989e30, "kg"),
    ("The simulation ran 1.2E+06 iterations.", "1.2E+06", "count", 1.2e6, "iteration"),
    ("Each dose contains 10^6 cells.", "10^6", "count", 1e6, "cell"),
    # Thousands grouped by spaces: plain, no-break, thin, narrow no-break.
    ("The fine was 10 000 dollars.", "10 000 dollars", "money", 10000, "USD"),
    ("The city has 1 250 000 people.", "1 250 000", "count", 1250000, "person"),
    ("The region has 1\u2009250\u2009000 inhabitants.", "1\u2009250\u2009000", "count", 1250000, "inhabitant"),
    ("The dam holds 40\u202f000 tonnes of water.", "40\u202f000 tonnes", "measure", 40000, "t"),
    ("The route is 25\u00a0000 km long.", "25\u00a0000 km", "measure", 25000, "km"),
    ("Tickets cost €1 500 each.", "€1 500", "money", 1500, "EUR"),
    # Signs, and the accounting bracket.
    ("Temperatures fell to −15°C overnight.", "−15°C", "measure", -15, "°C"),
    ("Growth was -3.2% in the quarter.", "-3.2%", "percent", -3.2, "%"),
    ("Economists forecast minus 4 per cent.", "minus 4 per cent", "percent", -4, "%"),
    ("Inflation was negative 3 percent.", "negative 3 percent", "percent", -3, "%"),
    ("The fund's net position was −£3m.", "−£3m", "money", -3_000_000, "GBP"),
    ("The account shows $-99.99.", "$-99.99", "money", -99.99, "USD"),
    ("Your balance is -15€.", "-15€", "money", -15, "EUR"),
    ("Net loss per share: ($99.99).", "($99.99)", "money", -99.99, "USD"),
    ("Earnings per share: (12p).", "(12p)", "money", -0.12, "GBP"),
    # Currency signs after the figure, capital magnitude letters, more currencies.
    ("The menu costs 15 € a head.", "15 €", "money", 15, "EUR"),
    ("The start-up raised €10M last year.", "€10M", "money", 10_000_000, "EUR"),
    ("The fund is worth €10B.", "€10B", "money", 10_000_000_000, "EUR"),
    ("Apple's market value hit $2.174T.", "$2.174T", "money", 2_174_000_000_000, "USD"),
    ("The prize is $50K.", "$50K", "money", 50_000, "USD"),
    ("Petrobras raised R$2bn in bonds.", "R$2bn", "money", 2_000_000_000, "BRL"),
    # Units glued or spaced.
    ("The dog weighs 25lbs.", "25lbs", "measure", 25, "lb"),
    ("The steak weighs 6oz.", "6oz", "measure", 6, "oz"),
    ("The speed limit is 40kph.", "40kph", "measure", 40, "km/h"),
    ("The chip runs at 3.5 GHz.", "3.5 GHz", "measure", 3.5, "GHz"),
    ("The bank raised rates by 25bp.", "25bp", "percent", 25, "bp"),
    # Spelled fractions, and a share of a magnitude or unit.
    ("One sixth of the budget goes on debt.", "One sixth", "ratio", 0.167, None),
    ("Nine-tenths of the forest was lost.", "Nine-tenths", "ratio", 0.9, None),
    ("Output is three halves of last year's.", "three halves", "ratio", 1.5, None),
    ("A quarter of a million people marched.", "A quarter of a million", "count", 250_000, "person"),
    ("Half a million homes lack power.", "Half a million", "count", 500_000, "home"),
    ("The road is two-thirds of a mile long.", "two-thirds of a mile", "measure", 2 / 3, "mile"),
    ("Rates rose half a percentage point.", "half a percentage point", "percent", 0.5, "pp"),
    # Long spelled numbers and groups of a set size.
    ("It had three million, two hundred & forty members.", "three million, two hundred & forty", "count",
     3_000_240, "member"),
    ("The baker sold a baker's dozen of rolls.", "a baker's dozen", "count", 13, "roll"),
    ("The shop ordered a gross of pencils.", "a gross", "count", 144, "pencil"),
    ("The shop ordered two gross of pencils.", "two gross", "count", 288, "pencil"),
    ("Half a dozen ministers resigned.", "Half a dozen", "count", 6, "minister"),
    ("He bought a pair of shoes.", "a pair", "count", 2, "shoe"),
])
def test_each_form_is_read_with_its_kind_value_and_unit(text, span, kind, value, unit):
    claim = only(text)
    assert (claim.span.text, claim.kind, claim.unit) == (span, kind, unit)
    assert claim.value == pytest.approx(value, rel=1e-6) and claim.low == claim.high == claim.value


@pytest.mark.parametrize("text, span, kind, low, high, unit", [
    ("The dose is between 44 mg and 50 mg.", "44 mg and 50 mg", "measure", 44, 50, "mg"),
    ("The dose is 44 mg to 50 mg.", "44 mg to 50 mg", "measure", 44, 50, "mg"),
    ("Lows will range from −18 °C to −34 °C.", "−18 °C to −34 °C", "measure", -34, -18, "°C"),
    ("Tickets cost between £200 and £300.", "£200 and £300", "money", 200, 300, "GBP"),
    ("The repairs will cost £5m-£7m.", "£5m-£7m", "money", 5_000_000, 7_000_000, "GBP"),
    ("Forecasts span -5% to +5%.", "-5% to +5%", "percent", -5, 5, "%"),
    ("The value was 9.83e-3 +/- 1e-5 in all.", "9.83e-3 +/- 1e-5", "ratio", 0.00982, 0.00984, None),
    ("The rod is 5 ± 0.2 mm long.", "5 ± 0.2 mm", "measure", 4.8, 5.2, "mm"),
])
def test_ranges_and_errors_with_a_unit_at_both_ends_are_one_claim(text, span, kind, low, high, unit):
    claim = only(text)
    assert (claim.span.text, claim.kind, claim.unit) == (span, kind, unit)
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))
    assert claim.value == pytest.approx((low + high) / 2)


def test_a_couple_is_about_two():
    claim = only("The minister met a couple of officials.")
    assert (claim.span.text, claim.value, claim.low, claim.high, claim.approx, claim.unit) == (
        "a couple", 2, 2, 2, True, "official")


@pytest.mark.parametrize("text, expected", [
    # A year is not the first group of a spaced number, nor are model numbers, fractions of a quote or plurals.
    ("In 2019 3 000 people came.", [("2019", "year", 2019, None), ("3 000", "count", 3000, "person")]),
    ("It ordered 10 737-800 planes.", [("10", "count", 10, None), ("737-800", "count", 768.5, "plane")]),
    ("Airbus sold 15 747s.", [("15", "count", 15, None)]),
    # 'e' in a name or an id is no exponent; neither is a relay's 'x'.
    ("Boeing's 7E7 will fly.", []),
    ("The id was 1e5f3a.", []),
    ("He ran in the 4x100m relay.", []),
    # A dash between figures or words is no sign.
    ("Arsenal won 3-1 at home.", [("3-1", "score", 3, None)]),
    ("Covid-19 cases rose.", []),
    ("Prices rose 8%-10% last week.", [("8%-10%", "percent", 9, "%")]),
    ("Sales fell 4% last year.", [("4%", "percent", 4, "%")]),
    # A bracket in running text is an aside, and list numbers are not money.
    ("It made $54.9m (£29.5m) in all.", [("$54.9m", "money", 54_900_000, "USD"), ("£29.5m", "money", 29_500_000, "GBP")]),
    ("The fee (£1.2m) was paid in March.", [("£1.2m", "money", 1_200_000, "GBP")]),
    # Gross is 144 only as 'a gross of'; a score of points is no twenty.
    ("Gross domestic product rose 2%.", [("2%", "percent", 2, "%")]),
    ("It had a gross margin of 5%.", [("5%", "percent", 5, "%")]),
    ("He got a score of 85 in the test.", [("85", "count", 85, None)]),
    # Quarters and halves are also periods and parts of a match; a cup is also a competition.
    ("Profits fell for two quarters.", [("two", "count", 2, "quarter")]),
    ("It lost both of the two halves of the match.", [("two", "count", 2, "half")]),
    ("They won two cup ties.", [("two", "count", 2, "tie")]),
    ("A dozen banks bid.", [("A dozen", "count", 12, "bank")]),
])
def test_news_text_keeps_its_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, half", [
    ("The fine was 10 000 dollars.", 0.5),  # the spaced groups are one number, not '10' with a magnitude
    ("The trail runs for 1½ miles.", 0.5),
    ("It fell by −£3m.", 500_000),
    ("Net loss per share: ($99.99).", 0.005),
    ("The cluster performed 4.2e14 operations.", 0.05e14),
])
def test_the_checks_read_written_precision_through_the_same_grammar(text, half):
    claim = only(text)
    assert half_unit(claim) == pytest.approx(half)
    assert magnitude(claim) is not None and magnitude(claim) > 0
    low, high = interval(claim)
    assert low < claim.value < high


def test_an_amount_below_nil_is_restated_without_its_own_sign_or_brackets():
    assert in_style(-4_000_000, only("It fell by −£3m.")) == "-£4m"
    assert in_style(5_000_000, only("It fell by −£3m.")) == "£5m"
    assert in_style(-12.5, only("Net loss per share: ($99.99).")) == "-$12.5"


@pytest.mark.parametrize("unit", ["1 000 ", "1\u2009", "1½ 2 1/2 ", "1e5 1 x 10^", "-1 : (£1) ± ", "a couple of one sixth of a "])
def test_the_new_forms_take_linear_time(unit):
    assert_linear("", unit)
