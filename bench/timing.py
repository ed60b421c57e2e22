"""Timing one piece of work: the median of as many warm repetitions as a time budget allows."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_REPEATS = 25


@dataclass(frozen=True)
class Timing:
    """Milliseconds per repetition: the median, and every sample in run order."""

    median_ms: float
    samples_ms: tuple[float, ...]

    @property
    def n(self) -> int:
        """Return the number of timed repetitions."""
        return len(self.samples_ms)


def measure(
    work: Callable[[], object],
    budget_s: float,
    *,
    warmup: bool = True,
    max_repeats: int = MAX_REPEATS,
) -> Timing:
    """Return the timing of ``work()`` repeated while the next run still fits in ``budget_s``.

    At least one run is timed, at most ``max_repeats``. With ``warmup`` one untimed run
    comes first (caches, lazy imports, fonts). Garbage is collected between runs, outside
    the timed part. Whatever ``work`` raises propagates.
    """
    if warmup:
        work()
    samples: list[float] = []
    started = time.perf_counter()
    while len(samples) < max_repeats:
        gc.collect()
        t0 = time.perf_counter()
        work()
        samples.append((time.perf_counter() - t0) * 1000)
        spent = time.perf_counter() - started
        if spent + samples[-1] / 1000 > budget_s:
            break
    return Timing(statistics.median(samples), tuple(samples))


def percentile(values: list[float], pct: float) -> float:
    """Return the ``pct`` percentile of ``values`` (nearest rank); raise ValueError when empty."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]
