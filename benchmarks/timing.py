"""Machines are noisy: a benchmark's figure is the median of several runs."""

from __future__ import annotations

import statistics
import time


def median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
