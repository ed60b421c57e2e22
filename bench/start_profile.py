"""Profile the window's start on the UI thread, from the first import to the painted article.

Run (offscreen): python bench/start_profile.py [ARTICLE]; prints the profile summary.
"""

from __future__ import annotations

import cProfile
import sys
import time
from pathlib import Path

from profiling import summarize

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "niger-coup-us-embassy-evacuation.txt"


def main(argv: list[str]) -> int:
    """Open the window like ``briefwright gui`` and profile it until the article is painted.

    The window is started as ``gui`` starts it (staged): what the profile shows is what runs
    before the first paint; the outline, details and preview panes follow it.
    """
    path = Path(argv[0]) if argv else SAMPLE
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    from PySide6.QtCore import QEventLoop

    from briefwright.ui.app import application, start_window

    application()
    window = start_window(str(path), recover=False)
    window.persist_settings = False
    loop = QEventLoop()
    window.source_view.painted.connect(loop.quit)
    loop.exec()
    profiler.disable()
    wall = (time.perf_counter() - t0) * 1000
    print(summarize(profiler, "window start to painted article (UI thread)", wall))
    window.undo_stack.setClean()
    from briefwright.ui import worker

    worker.wait_idle()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
