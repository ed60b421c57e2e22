"""Checks that work grows as it should, without wall-clock limits that a busy machine breaks."""

from __future__ import annotations

import time
from collections.abc import Callable

# A linear step run on ten times the input takes about ten times as long; a quadratic one a
# hundred. The limit leaves room for noise and for the fixed costs of the smaller run.
LINEAR_LIMIT = 30.0


def cpu_seconds(run: Callable[[], object], repeats: int = 2) -> float:
    """Return the least CPU time ``run`` takes over ``repeats`` calls (other processes excluded)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return max(best, 1e-4)


def growth(large: Callable[[], object], small: Callable[[], object]) -> float:
    """Return how many times more CPU time ``large`` takes than ``small``."""
    return cpu_seconds(large) / cpu_seconds(small)
