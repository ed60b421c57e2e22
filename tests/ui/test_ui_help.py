"""Help: the guide, the colour key on first run, the empty state's links, the shortcut list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from briefwright.ui.window.help_dialog import HelpDialog, shortcut_markdown, shortcut_rows
from tests.ui.conftest import REPO
from tests.ui.ui_readback import action

CONTRACT = (
    "actionNewFromClipboard",
    "actionFind",
    "actionPrint",
    "actionAddFact",
    "actionAddSection",
    "actionHelp",
)


def test_contract_actions_exist_with_their_keys(window) -> None:  # type: ignore[no-untyped-def]
    keys = {name: action(window, name).shortcut().toString() for name in CONTRACT}
    assert keys["actionFind"] == "Ctrl+F"
    assert keys["actionPrint"] == "Ctrl+P"
    assert keys["actionHelp"] == "F1"
    assert keys["actionNewFromClipboard"] == "Ctrl+Shift+V"


def test_help_lists_every_shortcut_of_the_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    action(window, "actionHelp").trigger()
    dialog = window.findChild(HelpDialog, "helpDialog")
    assert dialog is not None and dialog.isVisible()
    listed = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    for a in window.findChildren(QAction):
        if a.objectName() and a.shortcuts():
            assert any(a.shortcut().toString() in keys for keys in listed), a.objectName()
    assert "Blue" in dialog.guide.toPlainText()
    action(window, "actionHelp").trigger()  # one help window, brought to the front
    assert len(window.findChildren(HelpDialog)) == 1
    dialog.close()


def test_readme_lists_the_same_shortcuts(window) -> None:  # type: ignore[no-untyped-def]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = shortcut_markdown(shortcut_rows(window.findChildren(QAction)))
    assert table in readme, "README's shortcut table differs from the window's: regenerate it"


def test_colour_key_shows_until_closed(qtbot, no_questions) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui.window.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    assert first.desk.legend.isVisible()
    close = first.desk.legend.findChild(QToolButton, "legendClose")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not first.desk.legend.isVisible()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert not again.desk.legend.isVisible()
    action(again, "actionLegend").trigger()
    assert again.desk.legend.isVisible()


def test_empty_window_offers_open_and_paste(qtbot, no_questions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui.files.file_commands import FileCommands
    from briefwright.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.desk.empty_state.isVisible()
    assert "Open an article" in win.desk.empty_state.text()
    asked: list[bool] = []
    monkeypatch.setattr(FileCommands, "choose_file", lambda self: asked.append(True))
    win.desk.empty_state.linkActivated.emit("open")
    assert asked == [True]
    win.source_view.setPlainText("text")
    assert not win.desk.empty_state.isVisible()
