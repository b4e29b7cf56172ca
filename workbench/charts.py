"""Bar charts for the dashboard, as geometry: a row per item, its bar cut into segments
(a failed, warned and passed share, say), scaled to the longest row.

templates/partials/_chart.html draws them as SVG on the server. Each row is labelled and
carries its numbers in words, and each kind of segment has a pattern as well as a shade,
so a chart reads without colour; the page sets a table of the same numbers beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 240  # the longest bar


@dataclass(frozen=True)
class Segment:
    kind: str
    start: float
    width: float
    count: int


@dataclass(frozen=True)
class Row:
    label: str
    segments: list[Segment]
    note: str  # the row's numbers in words

    @property
    def end(self) -> float:
        return self.segments[-1].start + self.segments[-1].width if self.segments else 0.0


def rows(items: list[tuple[str, dict[str, int]]], kinds: tuple[str, ...]) -> list[Row]:
    """`items` are (label, count of each kind); segments follow `kinds`, empty ones left out."""
    top = max((sum(counts.get(k, 0) for k in kinds) for _, counts in items), default=0)
    scale = WIDTH / top if top else 0.0
    drawn = []
    for label, counts in items:
        segments, start = [], 0.0
        for kind in kinds:
            count = counts.get(kind, 0)
            if count:
                segments.append(Segment(kind, start, count * scale, count))
                start += count * scale
        note = " · ".join(f"{counts[k]} {k}" for k in kinds if counts.get(k)) if len(kinds) > 1 else \
            str(counts.get(kinds[0], 0))
        drawn.append(Row(label, segments, note))
    return drawn
