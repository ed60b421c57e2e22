"""The desktop window (everything that imports Qt lives in this package)."""

from __future__ import annotations

from pathlib import Path

from briefwright.ui.app import application, sample_article_path
from briefwright.ui.window.main_window import MainWindow


def create_main_window(path: str | Path | None = None) -> MainWindow:
    """Return the main window, not yet shown, opening ``path`` (default: the sample article).

    The file opens in the background; wait for the window's ``briefingLoaded`` signal.
    A QApplication is created when none exists.
    """
    application()
    window = MainWindow()
    window.open_path(Path(path) if path is not None else sample_article_path())
    return window
