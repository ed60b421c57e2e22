"""Drive the real window: open one report, add the others as sources, read the peak memory.

Run (offscreen): QT_QPA_PLATFORM=offscreen python bench/sources_drive.py FILE... [--trace]
Opens the first file as a new briefing, waits for it, adds every other file at once (as File ▸
Add Article… does), waits until they are merged and the preview shows the merged briefing,
then prints one JSON object: the peak resident memory (VmHWM) after the first article and
after all of them, the resident memory at the end, the largest peak of the model processes
a large batch is analysed in, the seconds the addition took, the longest the UI thread was
blocked meanwhile (the longest gap between ticks of a 5 ms timer, from the start of the
addition until the preview shows it), the sources and the facts joined across them. With
``--trace`` it also follows Python's own allocations (tracemalloc, which slows everything
down) and adds the lines holding the most at the end and at the peak.
"""

from __future__ import annotations

import json
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance

from briefwright.ui import create_main_window, worker
from briefwright.ui.window.main_window import MainWindow

OPEN_TIMEOUT_MS = 120_000
ADD_TIMEOUT_MS = 600_000
TRACE_FRAMES = 8
TOP_LINES = 25
TICK_MS = 5


def status_mib(key: str) -> float:
    """Return this process's ``key`` line of /proc/self/status (VmHWM, VmRSS) in MiB."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(f"{key}:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _wait(
    signal: SignalInstance, timeout_ms: int, until: Callable[[], bool] | None = None
) -> bool:
    """Run the event loop until ``signal`` fires (and ``until()`` holds, when given) or the
    time is up; return whether it fired."""
    loop = QEventLoop()
    fired = {"ok": False}

    def on_signal(*_args: object) -> None:
        if until is None or until():
            fired["ok"] = True
            loop.exit(0)

    signal.connect(on_signal)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: loop.exit(1))
    timer.start(timeout_ms)
    loop.exec()
    timer.stop()
    signal.disconnect(on_signal)
    return fired["ok"]


def _preview_after(window: MainWindow, builds: int, timeout_ms: int) -> bool:
    """Wait until the preview shows a build after ``builds``; return whether it did."""
    preview = window.preview
    if preview.builds > builds and not preview.busy:
        return True
    return _wait(preview.ready, timeout_ms, lambda: preview.builds > builds)


class _Stalls:
    """Ticks of a short timer on the UI thread; the longest gap between two is the longest
    the window could not answer the user."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop ticking; return the longest gap in milliseconds."""
        self._tick()
        self._timer.stop()
        return round(self.longest * 1000, 1)


def _top(snapshot: tracemalloc.Snapshot) -> list[str]:
    stats = snapshot.statistics("traceback")[:TOP_LINES]
    out = []
    for s in stats:
        frames = " < ".join(f"{Path(f.filename).name}:{f.lineno}" for f in s.traceback[:4])
        out.append(f"{s.size / 2**20:7.1f} MiB {s.count:8d} blocks  {frames}")
    return out


def main(argv: list[str]) -> int:
    """Open, add, wait and print the JSON; return the exit status."""
    trace = "--trace" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if len(paths) < 2:
        print(json.dumps({"error": "give two article files or more"}))
        return 2
    if trace:
        tracemalloc.start(TRACE_FRAMES)
    window = create_main_window(paths[0])
    window.show()
    if not _wait(window.briefingLoaded, OPEN_TIMEOUT_MS) or not _preview_after(
        window, 0, OPEN_TIMEOUT_MS
    ):
        print(json.dumps({"error": "the first article never opened"}))
        return 1
    one = status_mib("VmHWM")
    builds = window.preview.builds
    stalls = _Stalls()
    stalls.start()
    t0 = time.perf_counter()
    added: list[list[str]] = []
    window.adder.added.connect(added.append)
    if not window.adder.add_paths(paths[1:]):
        print(json.dumps({"error": "the articles could not be added"}))
        return 1
    if not _wait(window.adder.busyChanged, ADD_TIMEOUT_MS, lambda: not window.adder.running):
        print(json.dumps({"error": "adding the articles never finished"}))
        return 1
    merged_s = time.perf_counter() - t0
    if not added or not _preview_after(window, builds, OPEN_TIMEOUT_MS):
        print(json.dumps({"error": "the merged briefing never reached the preview"}))
        return 1
    shown_s = time.perf_counter() - t0
    blocked_ms = stalls.stop()
    briefing = window.workspace.require()
    result: dict[str, object] = {
        "sources": len(briefing.sources),
        "joined": sum(1 for f in briefing.facts if f.also),
        "facts": len(briefing.facts),
        "add_s": round(merged_s, 2),
        "preview_s": round(shown_s, 2),
        "ui_blocked_ms": blocked_ms,
        "rss_one_mib": one,
        "rss_mib": status_mib("VmHWM"),
        "rss_end_mib": status_mib("VmRSS"),
        # The model processes a large batch is analysed in (forked, then reaped): the
        # largest one's peak, the pages it shares with the window counted in it.
        "children_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }
    if trace:
        current, peak = tracemalloc.get_traced_memory()
        result["traced_mib"] = round(current / 2**20, 1)
        result["traced_peak_mib"] = round(peak / 2**20, 1)
        result["top"] = _top(tracemalloc.take_snapshot())
    print(json.dumps(result), flush=True)
    window.undo_stack.setClean()
    window.close()
    # As the app does when it quits: no page may still be rendering while the interpreter
    # tears down the renderer's objects.
    worker.wait_idle()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
