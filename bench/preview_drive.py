"""Drive the real window: toggle key facts one by one and time each until the preview follows.

Run (offscreen): QT_QPA_PLATFORM=offscreen python bench/preview_drive.py [EDITS] [--profile].
Prints one JSON object: the latency of every edit (from the check-state change to the
``preview.ready`` signal of the build that includes it), the window's own latency figures,
and the peak resident memory. With ``--profile`` it also profiles the preview build
(compose, PDF, page images) on the UI thread and adds the top functions.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer

from briefwright.draft.edits import snapshot
from briefwright.ui import create_main_window, worker
from briefwright.ui.preview.build import build_preview
from briefwright.ui.window.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "niger-coup-us-embassy-evacuation.txt"
EDIT_TIMEOUT_MS = 15_000
OPEN_TIMEOUT_MS = 60_000
PROFILE_BUILDS = 10


class Waiter:
    """Runs the event loop until the preview shows a build newer than a given count."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.loop = QEventLoop()
        self.after = 0
        self.ready_at: float | None = None
        self.reported: float | None = None
        window.preview.ready.connect(self._on_ready)
        window.preview.failed.connect(lambda _m: self.loop.exit(2))

    def _on_ready(self, latency_ms: float) -> None:
        if self.window.preview.builds > self.after and self.ready_at is None:
            self.ready_at = time.perf_counter()
            self.reported = latency_ms
            self.loop.exit(0)

    def wait(self, after: int, timeout_ms: int) -> float | None:
        """Return when a build after ``after`` was shown (perf_counter seconds), None on timeout."""
        if self.window.preview.builds > after and not self.window.preview.busy:
            return time.perf_counter()
        self.after = after
        self.ready_at = None
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self.loop.exit(1))
        timer.start(timeout_ms)
        self.loop.exec()
        timer.stop()
        return self.ready_at


def main(argv: list[str]) -> int:
    """Open the window on the sample, make the edits, print the JSON; return the exit status."""
    edits = int(argv[0]) if argv and argv[0].isdigit() else 100
    profile = "--profile" in argv
    window = create_main_window(SAMPLE)
    window.show()
    waiter = Waiter(window)
    if waiter.wait(0, OPEN_TIMEOUT_MS) is None:
        print(json.dumps({"error": "the first preview never appeared"}))
        return 1
    model = window.outline_model
    facts = model.rowCount(model.item_index("facts", 0).parent())
    latencies: list[float] = []
    reported: list[float] = []
    timeouts = 0
    for i in range(edits):
        index = model.item_index("facts", i % facts)
        checked = model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        before = window.preview.builds
        # Let the previous build's follow-up work (paint, status) settle before timing.
        window.repaint()
        t0 = time.perf_counter()
        model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)
        shown = waiter.wait(before, EDIT_TIMEOUT_MS)
        if shown is None:
            timeouts += 1
            continue
        latencies.append((shown - t0) * 1000)
        if waiter.reported is not None:
            reported.append(waiter.reported)
    result: dict[str, object] = {
        "edits": edits,
        "facts": facts,
        "latencies_ms": [round(x, 2) for x in latencies],
        "window_reported_ms": [round(x, 2) for x in reported],
        "timeouts": timeouts,
        "builds": window.preview.builds,
        "pages": window.preview_view.page_count(),
    }
    if profile:
        result["profile"] = _profile_build(window)
    result["rss_mib"] = peak_rss_mib()
    print(json.dumps(result), flush=True)
    window.undo_stack.setClean()
    window.close()
    # As the app does when it quits: no page may still be rendering while the interpreter
    # tears down the renderer's objects.
    worker.wait_idle()
    return 0


def peak_rss_mib() -> float:
    """Return this process's peak resident memory in MiB (VmHWM: its own, not a parent's)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _profile_build(window: MainWindow) -> str:
    briefing = window.workspace.require()
    view = window.preview_view
    args = (view.zoom, view.fit_width(), view.devicePixelRatioF())
    build_preview(snapshot(briefing), *args)
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    for _ in range(PROFILE_BUILDS):
        build_preview(snapshot(briefing), *args)
    profiler.disable()
    per_build = (time.perf_counter() - t0) * 1000 / PROFILE_BUILDS
    out = io.StringIO()
    out.write(f"preview build on the UI thread, {per_build:.1f} ms each under cProfile\n")
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(25)
    return out.getvalue()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
