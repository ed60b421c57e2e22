"""Where the time goes when a target is missed: cProfile summaries with shares of the total."""

from __future__ import annotations

import cProfile
import pstats
import time
from collections.abc import Callable

TOP = 18


def summarize(profiler: cProfile.Profile, title: str, wall_ms: float, top: int = TOP) -> str:
    """Return the top functions by cumulative and by own time, each as a % of ``wall_ms``."""
    stats = pstats.Stats(profiler)
    entries = stats.stats  # type: ignore[attr-defined]
    rows = []
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in entries.items():
        where = _short(filename)
        label = f"{where}:{line}({name})" if line else name
        rows.append((label, calls, own * 1000, cumulative * 1000))
    lines = [title, f"wall {wall_ms:.1f} ms", "", "by cumulative time:"]
    for label, calls, _own, cum in sorted(rows, key=lambda r: -r[3])[:top]:
        lines.append(f"  {100 * cum / wall_ms:5.1f}%  {cum:8.1f} ms  {calls:7d}×  {label}")
    lines += ["", "by own time:"]
    for label, calls, own, _cum in sorted(rows, key=lambda r: -r[2])[:top]:
        lines.append(f"  {100 * own / wall_ms:5.1f}%  {own:8.1f} ms  {calls:7d}×  {label}")
    return "\n".join(lines)


def _short(filename: str) -> str:
    for marker in ("site-packages/", "desktop/", "lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def profile_work(work: Callable[[], object], repeats: int, title: str) -> str:
    """Return the summary of ``work()`` run ``repeats`` times under cProfile (after one warm-up)."""
    work()
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    for _ in range(repeats):
        work()
    profiler.disable()
    wall = (time.perf_counter() - t0) * 1000
    return summarize(profiler, f"{title} ({repeats} runs under cProfile)", wall)
