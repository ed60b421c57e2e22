"""Dialogs are wide enough for their whole title ("Unsaved changes", not "Unsaved chan…")."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefwright.ui.commands import SetField
from briefwright.ui.text.plain_widgets import title_width
from tests.ui.conftest import SAMPLE
from tests.ui.ui_readback import action


def test_unsaved_changes_dialog_shows_its_whole_title(qtbot, sample_briefing, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui import worker
    from briefwright.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.workspace.set_briefing(sample_briefing, project_path=None, source_path=None)
    win.undo_stack.push(SetField(win.workspace, "author", "Desk officer"))
    seen: list[tuple[str, int, int]] = []

    def look(box: QMessageBox) -> int:
        box.show()
        title = box.windowTitle()
        seen.append((title, box.width(), title_width(box, title)))
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(SAMPLE), ""))
    action(win, "actionOpen").trigger()
    [(title, width, needed)] = seen
    assert title == "Unsaved changes"
    # The title, set larger than the text as title bars do, centred between the bar's buttons.
    assert width >= needed >= 2 * QFontMetrics(win.font()).horizontalAdvance(title)
    assert not win.undo_stack.isClean() and not win.opener.loading  # Cancel kept the work
    win.undo_stack.setClean()
    worker.wait_idle()
