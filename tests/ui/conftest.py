"""Fixtures for the window tests: offscreen Qt, private settings, one analysed sample."""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QMessageBox

from briefwright.model.briefing import Briefing

REPO = Path(__file__).resolve().parents[2]
# The window opens the copy shipped inside the package (byte for byte the one in seeds/).
SAMPLE = REPO / "desktop/briefwright/resources/seeds/niger-coup-us-embassy-evacuation.txt"
LOAD_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point QSettings at a fresh folder so tests neither read nor change the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the app-data folder (autosaves) at a fresh folder, never the user's own."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("BRIEFWRIGHT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    """Return the list the messages Qt logs (its warnings too) are appended to during a test.

    The handler is a local function the fixture holds on to: Qt keeps no reference of its own.
    """
    messages: list[str] = []

    def keep(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        messages.append(message)

    previous = qInstallMessageHandler(keep)
    yield messages
    qInstallMessageHandler(previous)


@pytest.fixture(scope="session")
def sample_briefing_once() -> Briefing:
    """Return the sample article's proposed Briefing, analysed once for the whole run."""
    from briefwright.app.pipeline import open_briefing

    return open_briefing(SAMPLE)


@pytest.fixture
def sample_briefing(sample_briefing_once: Briefing) -> Briefing:
    """Return a private copy of the analysed sample Briefing."""
    return copy.deepcopy(sample_briefing_once)


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "Discard" when the window would ask about unsaved changes."""
    from briefwright.ui.files.file_commands import FileCommands

    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(FileCommands, "ask_unsaved", lambda self: discard)


@pytest.fixture
def window(qtbot, no_questions: None, sample_briefing: Briefing):  # type: ignore[no-untyped-def]
    """Return the real main window on the analysed sample, with its preview shown.

    The sample is analysed once per run and handed to each window (as opening it would);
    ``opened_window`` goes through ``create_main_window`` and the background load instead.
    """
    from briefwright.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.preview.ready, timeout=LOAD_TIMEOUT_MS):
        win.workspace.set_briefing(sample_briefing, project_path=None, source_path=SAMPLE)
    yield win
    _teardown(win)


@pytest.fixture
def opened_window(qtbot, no_questions: None, sample_briefing_once: Briefing):  # type: ignore[no-untyped-def]
    """Return the window made by ``create_main_window()`` once the sample is loaded and shown."""
    from briefwright.ui import create_main_window

    win = create_main_window()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.preview.ready, timeout=LOAD_TIMEOUT_MS):
        win.show()
        qtbot.waitUntil(lambda: win.workspace.briefing is not None, timeout=LOAD_TIMEOUT_MS)
    yield win
    _teardown(win)


def _teardown(win) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui import worker

    win.undo_stack.setClean()
    worker.wait_idle()
