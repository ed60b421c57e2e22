"""The window's parts work without the window: each is given only what it needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl, Signal
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from briefwright.ui.files.autosaver import Autosaver
from briefwright.ui.files.file_commands import FileCommands
from briefwright.ui.settings import Settings
from briefwright.ui.window.staging import Staging
from briefwright.ui.workspace import Workspace


def _file_commands(qtbot) -> FileCommands:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    workspace = Workspace(parent)
    return FileCommands(
        parent, workspace, Settings(), Autosaver(workspace, None, parent), QStatusBar(parent)
    )


def test_a_dropped_file_is_asked_to_be_opened(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = _file_commands(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dropped.txt"))])
    assert files.accepts_drop(mime)
    with qtbot.waitSignal(files.openRequested) as asked:
        assert files.drop(mime)
    assert asked.args == [str(tmp_path / "dropped.txt")]


def test_a_dropped_text_is_asked_to_be_opened_as_an_article(qtbot) -> None:  # type: ignore[no-untyped-def]
    files = _file_commands(qtbot)
    mime = QMimeData()
    mime.setText("Envoys met in Accra on Tuesday to talk about the border.\n\n" * 3)
    with qtbot.waitSignal(files.articleRequested) as asked:
        assert files.drop(mime)
    assert "Accra" in asked.args[0].paragraphs[0].text


def test_nothing_to_open_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    files = _file_commands(qtbot)
    empty = QMimeData()
    assert not files.accepts_drop(empty)
    assert not files.drop(empty)


def test_a_recent_file_is_asked_to_be_opened(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = _file_commands(qtbot)
    kept = tmp_path / "kept.briefing"
    kept.write_text("{}", "utf-8")  # only files still on disk are listed
    Settings().add_recent_file(kept)
    menu = QMenu()
    files.fill_recent_menu(menu)
    first = menu.actions()[0]
    assert first.text() == "&1 kept.briefing"
    with qtbot.waitSignal(files.openRequested) as asked:
        first.trigger()
    assert asked.args == [str(kept.resolve())]


class _Painter(QWidget):
    painted = Signal()


def test_staged_work_waits_for_the_first_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _Painter()
    qtbot.addWidget(view)
    done: list[str] = []
    staging = Staging(lambda: done.append("panes"), view.painted, view)
    assert staging.waiting
    staging.defer(lambda: done.append("analysis"))
    assert done == []
    with qtbot.waitCallback() as ran:
        staging.defer(ran)
        view.painted.emit()
    assert done == ["analysis", "panes"]
    assert not staging.waiting
    staging.defer(lambda: done.append("later"))
    assert done == ["analysis", "panes", "later"]


def test_without_a_paint_to_wait_for_work_runs_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[str] = []
    staging = Staging(lambda: done.append("panes"), None, parent)
    assert not staging.waiting
    staging.defer(lambda: done.append("analysis"))
    staging.run()
    assert done == ["analysis"]
