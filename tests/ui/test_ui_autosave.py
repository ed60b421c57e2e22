"""Unsaved work is autosaved, removed once safe, and offered back after a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefwright.model.briefing import Briefing
from briefwright.store import autosave
from briefwright.store.project import load_project, loads, save_project
from briefwright.ui.commands import SetField
from briefwright.ui.files.autosaver import AUTOSAVE_LAG
from tests.ui.conftest import LOAD_TIMEOUT_MS, SAMPLE
from tests.ui.ui_readback import action

REPO = Path(__file__).resolve().parents[2]
WRITE_TIMEOUT_MS = 10_000

CRASH = """
import os, signal, sys
from briefwright.store.autosave import write_autosave
from briefwright.draft.edits import set_meta
from briefwright.store.project import load_project
briefing = load_project(sys.argv[1])
set_meta(briefing, "title", sys.argv[2])
write_autosave(briefing, "crashed:" + sys.argv[1], original=sys.argv[1])
os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
"""


def autosaves(folder: Path) -> list[Path]:
    """Return the autosave files in the app-data folder ``folder``."""
    return sorted((folder / "autosave").glob(f"*{autosave.AUTOSAVE_SUFFIX}"))


def autosaved_briefing(file: Path) -> tuple[dict[str, object], Briefing]:
    """Return an autosave's envelope and the Briefing it holds."""
    envelope = json.loads(file.read_text("utf-8"))
    return envelope, loads(json.dumps(envelope["project"]).encode("utf-8"))


def tick_and_wait(window, qtbot) -> Path:  # type: ignore[no-untyped-def]
    """Fire the autosave timer's slot and return the file the background write produced."""
    with qtbot.waitSignal(window.autosaver.written, timeout=WRITE_TIMEOUT_MS) as written:
        assert window.autosaver.tick() is not None
    return Path(written.args[0])


def edit(window, name: str = "author", value: str = "Desk officer") -> None:  # type: ignore[no-untyped-def]
    window.undo_stack.push(SetField(window.workspace, name, value))


def test_no_autosave_without_unsaved_changes(window, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.autosaver.tick() is None
    assert autosaves(private_data_dir) == []
    assert window.autosaver.timer.interval() == AUTOSAVE_LAG * 1000 <= 10_000
    assert window.autosaver.timer.isActive()


def test_edit_is_autosaved_then_save_removes_it(
    window, qtbot, monkeypatch, private_data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    edit(window)
    file = tick_and_wait(window, qtbot)
    assert autosaves(private_data_dir) == [file]
    envelope, briefing = autosaved_briefing(file)
    assert briefing == window.workspace.briefing
    assert briefing.meta.author == "Desk officer"
    assert envelope["original"] == str(SAMPLE)
    # Nothing changed since: the next tick writes nothing.
    assert window.autosaver.tick() is None

    target = tmp_path / "saved.briefing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(window, "actionSave").trigger()
    assert target.is_file()
    assert autosaves(private_data_dir) == []
    assert window.autosaver.tick() is None


@pytest.mark.parametrize(
    "make_safe",
    [
        pytest.param(lambda w: w.undo_stack.undo(), id="undo-to-saved-state"),
        pytest.param(lambda w: (w.undo_stack.setClean(), w.close()), id="clean-close"),
    ],
)
def test_autosave_removed_when_the_work_is_safe(
    window, qtbot, private_data_dir: Path, make_safe: Callable[[object], object]
) -> None:  # type: ignore[no-untyped-def]
    edit(window)
    tick_and_wait(window, qtbot)
    assert len(autosaves(private_data_dir)) == 1
    make_safe(window)
    assert autosaves(private_data_dir) == []


def test_interval_is_injectable(qtbot) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui.window.main_window import MainWindow

    win = MainWindow(autosave_interval=0.25)
    qtbot.addWidget(win)
    assert win.autosaver.timer.interval() == 250


def crash_with_autosave(project: Path, title: str) -> None:
    """Run another process that autosaves ``project`` retitled ``title``, then is killed."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(project), title],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0 and not done.stderr.strip(), done.stderr


def answer(monkeypatch: pytest.MonkeyPatch, label: str) -> list[tuple[str, str, Qt.TextFormat]]:
    """Make every message box click the button labelled ``label``; return what was asked."""
    asked: list[tuple[str, str, Qt.TextFormat]] = []

    def exec_(box: QMessageBox) -> int:
        asked.append((box.text(), box.informativeText(), box.textFormat()))
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        buttons[label].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


@pytest.fixture
def crashed_project(sample_briefing: Briefing, tmp_path: Path) -> Path:
    """Return a saved project whose unsaved, retitled copy a killed process left autosaved."""
    project = tmp_path / "niger.briefing"
    save_project(sample_briefing, project)
    crash_with_autosave(project, "Recovered <b>title</b> & more")
    return project


def started_window(qtbot):  # type: ignore[no-untyped-def]
    """Return the window as the application starts it (offering recovery first)."""
    from briefwright.ui.app import start_window

    win = start_window(None)
    qtbot.addWidget(win)
    return win


def test_crash_is_offered_for_recovery_at_start(
    qtbot, monkeypatch, no_questions: None, crashed_project: Path, private_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui import worker

    [crashed] = autosaves(private_data_dir)
    asked = answer(monkeypatch, "Recover")
    win = started_window(qtbot)

    [(text, details, text_format)] = asked
    assert text == "Recover unsaved briefing?"
    assert text_format == Qt.TextFormat.PlainText
    assert "Recovered <b>title</b> & more" in details
    assert str(crashed_project) in details
    assert "Autosaved: " in details
    expected = load_project(crashed_project)
    expected.meta.title = "Recovered <b>title</b> & more"
    assert not win.opener.loading
    assert win.workspace.briefing == expected
    assert not win.undo_stack.isClean()
    assert win.isWindowModified()
    assert win.workspace.project_path == crashed_project
    # The crashed autosave stays until this window's own autosave replaces it ...
    assert autosaves(private_data_dir) == [crashed]
    ours = tick_and_wait(win, qtbot)
    assert autosaves(private_data_dir) == [ours]
    # ... and saving to the original project removes every autosave.
    action(win, "actionSave").trigger()
    assert load_project(crashed_project) == expected
    assert autosaves(private_data_dir) == []
    worker.wait_idle()


@pytest.mark.parametrize(("label", "kept"), [("Discard", False), ("Later", True)])
def test_discard_or_later_opens_the_default_article(
    qtbot,
    monkeypatch,
    no_questions: None,
    crashed_project: Path,
    private_data_dir: Path,
    label: str,
    kept: bool,
) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui import worker

    [crashed] = autosaves(private_data_dir)
    asked = answer(monkeypatch, label)
    win = started_window(qtbot)
    assert len(asked) == 1
    assert (autosaves(private_data_dir) == [crashed]) is kept
    assert win.opener.loading
    qtbot.waitUntil(lambda: win.workspace.briefing is not None, timeout=LOAD_TIMEOUT_MS)
    assert win.workspace.source_path == SAMPLE
    assert win.undo_stack.isClean()
    worker.wait_idle()


def test_nothing_is_asked_without_a_crash(qtbot, monkeypatch, no_questions: None) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui import worker

    asked = answer(monkeypatch, "Recover")
    win = started_window(qtbot)
    assert asked == []
    assert win.opener.loading
    qtbot.waitUntil(lambda: win.workspace.briefing is not None, timeout=LOAD_TIMEOUT_MS)
    worker.wait_idle()
