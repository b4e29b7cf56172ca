"""What one unit is worth in another, for figures restated in another unit, currency or period
('$546m (£290m)', '10,000ft (3,048m)', '£126 a week (around £6,500 a year)').

Physical units are converted by pint, the units library science code uses; a unit that has
more than one standard reading ('tons': metric, short or long; '°C': a temperature or a
difference of one) is given every reading, so a conversion fits if any does. Exchange rates
change by the day, so a currency is known only by the range its rate to the US dollar has
kept since 1980: a restatement far outside it has a figure or a currency wrong.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..extract import Claim

if TYPE_CHECKING:
    import pint

# The claim's unit (extract/lexicon.py MEASURES) and every pint unit it may be written for.
READINGS = {
    "km": ("kilometer",), "sq km": ("kilometer**2",), "mile": ("mile", "nautical_mile"), "sq mile": ("mile**2",),
    "m": ("meter",), "cm": ("centimeter",), "mm": ("millimeter",), "ft": ("foot",), "in": ("inch",), "inch": ("inch",),
    "kg": ("kilogram",), "g": ("gram",), "mg": ("milligram",), "ml": ("milliliter",), "l": ("liter",),
    "t": ("metric_ton", "short_ton", "long_ton"), "oz": ("ounce", "troy_ounce"), "gal": ("gallon", "imperial_gallon"),
    "cu ft": ("foot**3",), "cu m": ("meter**3",), "sq ft": ("foot**2",), "acre": ("acre",), "ha": ("hectare",),
    "barrel": ("oil_barrel",), "bpd": ("oil_barrel/day",), "mph": ("mile/hour",), "km/h": ("kilometer/hour",),
    "°C": ("degC", "delta_degC"), "°F": ("degF", "delta_degF"),
    "kW": ("kilowatt",), "MW": ("megawatt",), "GW": ("gigawatt",), "kWh": ("kilowatt_hour",),
}  # not durations: 'in one year, or 70 billion kilowatt hours' is read as hours

# Units of each currency to one US dollar, the lowest and highest since 1980 (central banks'
# published annual ranges, rounded outwards). '$' alone may be another dollar than the US one.
PER_DOLLAR = {
    "USD": (1.0, 1.0), "GBP": (0.40, 0.96), "EUR": (0.62, 1.21), "JPY": (75.0, 280.0), "CHF": (0.72, 2.95),
    "CAD": (0.94, 1.62), "AUD": (0.86, 2.08), "NZD": (0.94, 2.56), "CNY": (1.49, 8.75), "INR": (7.8, 95.0),
    "HKD": (4.9, 8.0), "SGD": (1.20, 2.60), "ZAR": (0.65, 19.5), "SEK": (4.2, 11.5), "DEM": (1.36, 3.47),
    "FRF": (4.0, 10.6), "NLG": (1.5, 3.9), "ITL": (780.0, 2300.0), "ESP": (71.0, 200.0), "XEU": (0.62, 1.35),
}
DOLLARS = ("USD", "CAD", "AUD", "NZD")  # what a bare "$" may be (Hong Kong and Singapore write "HK$", "S$")
BAND_MARGIN = 2.0  # a rate up to this far outside the range is a `warn` (a rate before 1980, a misread dollar)

# Words after an amount that say it is paid each period, with how many periods make a year
# (a day: working days to calendar days).
PERIODS = (
    (re.compile(r"\s*(?:a|an|per|each|every)\s+year\b|\s*(?:a\s+|per\s+)?annum\b|\s*annually\b|\s*yearly\b", re.IGNORECASE), (1.0, 1.0)),
    (re.compile(r"\s*(?:a|per|each|every)\s+month\b|\s*monthly\b", re.IGNORECASE), (12.0, 12.0)),
    (re.compile(r"\s*(?:a|per|each|every)\s+fortnight\b|\s*fortnightly\b", re.IGNORECASE), (26.0, 26.1)),
    (re.compile(r"\s*(?:a|per|each|every)\s+week\b|\s*weekly\b", re.IGNORECASE), (52.0, 52.2)),
    (re.compile(r"\s*(?:a|per|each|every)\s+day\b|\s*daily\b", re.IGNORECASE), (250.0, 366.0)),
)


@cache
def _registry() -> pint.UnitRegistry:
    """pint, imported on the first conversion: most articles hold none, and a command that
    reads one line starts a tenth of a second sooner without it."""
    import pint

    return pint.UnitRegistry()


def period(claim: Claim) -> tuple[re.Match, tuple[float, float]] | None:
    """The words saying how often an amount is paid ('£126 a week'), with how many periods
    make a year."""
    after = claim.sentence[claim.span.end - claim.sentence_start:]
    for pattern, per_year in PERIODS:
        match = pattern.match(after)
        if match:
            return match, per_year
    return None


def converted(value: float, unit: str, into: str) -> list[float]:
    """The value in `unit` in `into`, by every reading of each that measures the same thing."""
    from pint import DimensionalityError  # loaded with the registry

    registry = _registry()
    values = []
    for source in READINGS[unit]:
        for target in READINGS[into]:
            try:  # a temperature converts to a temperature, a difference to a difference
                values.append(float(registry.Quantity(value, source).to(target).magnitude))
            except DimensionalityError:
                continue
    return values


@cache  # asked of every pair of measures in every sentence, of a few dozen units
def convertible(a: str | None, b: str | None) -> bool:
    return a in READINGS and b in READINGS and a != b and bool(converted(1.0, a, b))


def currencies(claim: Claim) -> tuple[str, ...]:
    """The currencies the figure may be in: a bare '$' any dollar."""
    if claim.unit == "USD" and "$" in claim.span.text and not re.search(r"US\$|U\.S\.|\bUS\b", claim.span.text):
        return DOLLARS
    return (claim.unit,) if claim.unit in PER_DOLLAR else ()


def rate_range(source: Claim, target: Claim) -> tuple[float, float] | None:
    """How many units of the target's currency one unit of the source's has been worth since
    1980, at the extremes; None for a currency not in PER_DOLLAR."""
    sources, targets = currencies(source), currencies(target)
    if not sources or not targets:
        return None
    lows = [PER_DOLLAR[t][0] / PER_DOLLAR[s][1] for s in sources for t in targets]
    highs = [PER_DOLLAR[t][1] / PER_DOLLAR[s][0] for s in sources for t in targets]
    return min(lows), max(highs)
