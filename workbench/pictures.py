"""A check drawn as the small picture of its arithmetic that the public page shows beside
its words: parts stacked against their total, the old and new bars of a change with the
stated and the computed rate, a part inside its whole.

This holds the geometry only, from the finding and its figures as the export has them;
templates/public/_picture.html draws it as SVG on the server, so the page needs no script.
A check of another shape, or of figures that cannot stand as bars (nil, negative, a
change from nothing), gets no picture: its words say it all.
"""

from __future__ import annotations

from dataclasses import dataclass

from .checks.finding import fmt

WIDTH = 300  # the longest bar, in the picture's units
STACKED = ("parts-within-total", "sum", "sum-equals", "sum-at-most", "parts-within-whole")
RATES = ("percent", "ratio")


@dataclass(frozen=True)
class Bar:
    row: int
    start: float
    width: float
    label: str
    role: str  # part, total, whole, old, new: the page's colours and patterns follow it


@dataclass(frozen=True)
class Picture:
    kind: str  # stack, part or change
    bars: list[Bar]
    notes: list[str]  # words set under the bars: the stated and computed rates of a change
    rows: int


def picture(finding: dict, claims: dict[int, dict]) -> Picture | None:
    figures = [claims[i] for i in finding["claims"] if i in claims]
    if len(figures) != len(finding["claims"]) or any(not isinstance(c["value"], (int, float)) for c in figures):
        return None
    rule = finding["rule"]
    if rule == "share" and len(figures) == 3:  # rate, whole, part
        return _part(figures[2], figures[1])
    if rule == "percent-of":  # the first is p% of the second
        return _part(figures[0], figures[1])
    if rule == "parts-within-whole" and len(figures) == 2:
        return _part(figures[0], figures[1])
    if rule in STACKED:
        return _stack(figures[:-1], figures[-1])
    if rule == "change" and " gives " in finding["explanation"]:
        return _change(finding, figures)
    return None


def _scale(*values: float) -> float | None:
    top = max(values)
    return WIDTH / top if top > 0 and min(values) >= 0 else None


def _stack(parts: list[dict], total: dict) -> Picture | None:
    values = [p["value"] for p in parts]
    scale = _scale(sum(values), total["value"])
    if scale is None:
        return None
    bars, start = [Bar(0, 0, total["value"] * scale, total["span"]["text"], "total")], 0.0
    for part in parts:
        bars.append(Bar(1, start, part["value"] * scale, part["span"]["text"], "part"))
        start += part["value"] * scale
    return Picture("stack", bars, [f"{' + '.join(p['span']['text'] for p in parts)} = {fmt(sum(values))}"], 2)


def _part(part: dict, whole: dict) -> Picture | None:
    scale = _scale(part["value"], whole["value"])
    if scale is None:
        return None
    return Picture("part", [Bar(0, 0, whole["value"] * scale, whole["span"]["text"], "whole"),
                            Bar(0, 0, part["value"] * scale, part["span"]["text"], "part")],
                   [f"{part['span']['text']} of {whole['span']['text']}"], 1)


def _change(finding: dict, figures: list[dict]) -> Picture | None:
    """The rule's findings list [rate, new, old] or [new, old]; a reviewer's [old, new]. The
    stated change is what its explanation says before the old figure ('25% rise from')."""
    if finding["origin"] == "reviewer":
        old, new = figures
    elif len(figures) == 3 and figures[0]["kind"] in RATES:
        new, old = figures[1], figures[2]
    elif len(figures) == 2:
        new, old = figures
    else:
        return None
    scale = _scale(old["value"], new["value"])
    if scale is None or old["value"] == 0:
        return None
    said = finding["explanation"].split(" gives ")[0]
    said = said.removesuffix(old["span"]["text"]).strip().removesuffix(" from")
    computed = 100 * (new["value"] - old["value"]) / old["value"]
    return Picture("change", [Bar(0, 0, old["value"] * scale, old["span"]["text"], "old"),
                              Bar(1, 0, new["value"] * scale, new["span"]["text"], "new")],
                   [f"stated: {said}", f"computed: {'+' if computed >= 0 else '−'}{fmt(round(abs(computed), 1))}%"], 2)
