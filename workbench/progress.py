"""One status line for a long import on a terminal: how many, how fast, how long to go."""

from __future__ import annotations

import time
from typing import TextIO

REDRAW_SECONDS = 0.1


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}:{seconds:02d}"


class Progress:
    """Redrawn in place at most ten times a second; `total` bytes, when known, gives the time left."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self.stream, self.total = stream, total
        self.started = self.drawn = time.monotonic()
        self.width = 0

    def update(self, articles: int, consumed: int, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.drawn < REDRAW_SECONDS:
            return
        self.drawn = now
        elapsed = max(now - self.started, 1e-9)
        line = f"Importing: {articles:,} articles, {articles / elapsed:,.0f}/s"
        if self.total and consumed:
            done = min(consumed / self.total, 1.0)
            line += f", {done:.0%}, about {_clock(elapsed / done - elapsed)} left"
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()
