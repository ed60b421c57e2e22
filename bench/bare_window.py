"""A bare PySide6 window showing the sample article; prints start-to-paint timing as JSON.

Run: python bench/bare_window.py [ARTICLE]. Measured like ``briefwright gui --smoke``: from
the kernel's start time of the process to the first paint of the text view holding the
article (reported one event-loop turn later), and the peak resident memory.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "niger-coup-us-embassy-evacuation.txt"


def process_start_epoch() -> float:
    """Return when this process started, in seconds since the epoch (Linux: from the kernel)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.time() - (time.clock_gettime(time.CLOCK_BOOTTIME) - ticks)
    except (OSError, ValueError, IndexError, AttributeError):
        return time.time()


def peak_rss_mib() -> float:
    """Return this process's peak resident memory in MiB (VmHWM: its own, not a parent's)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


class FirstPaint(QObject):
    """Reports once, after the watched viewport's first paint, and quits."""

    def __init__(self, start: float) -> None:
        super().__init__()
        self.start = start
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        painted = round((time.time() - self.start) * 1000)
        print(json.dumps({"window_painted_ms": painted, "rss_mib": peak_rss_mib()}), flush=True)
        QApplication.exit(0)


def main(argv: list[str]) -> int:
    """Show the window on ``argv[0]`` (default: the sample article); return the exit status."""
    start = process_start_epoch()
    path = Path(argv[0]) if argv else SAMPLE
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(path.name)
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setPlainText(path.read_text(encoding="utf-8"))
    window.setCentralWidget(view)
    window.resize(1366, 768)
    probe = FirstPaint(start)
    view.viewport().installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
