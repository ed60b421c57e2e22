"""Ctrl+Z and Ctrl+Shift+Z in a details field act on the briefing's one undo history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def field_of(window, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Return the details field called ``name`` ("marking" is the combo's line edit)."""
    if name == "marking":
        line = window.details.marking_combo.lineEdit()
        assert line is not None
        return line
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def text_of(field: QWidget) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()  # type: ignore[attr-defined]


def focus(qtbot, window, field: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    if isinstance(field, QPlainTextEdit):
        field.moveCursor(QTextCursor.MoveOperation.End)
    elif isinstance(field, QLineEdit):
        field.end(False)


@pytest.mark.parametrize(
    ("name", "attribute"),
    [
        ("titleEdit", "title"),
        ("authorEdit", "author"),
        ("marking", "marking"),
        ("bottomLineEdit", "bottom_line"),
        ("commentEdit", "comment"),
    ],
)
def test_typing_is_undone_and_redone_by_the_stack(window, qtbot, name: str, attribute: str) -> None:  # type: ignore[no-untyped-def]
    briefing = window.workspace.briefing
    value = getattr(briefing.meta, attribute, None)
    before = value if value is not None else getattr(briefing, attribute)
    field = field_of(window, name)
    focus(qtbot, window, field)
    qtbot.keyClicks(field, " Zulu")
    typed = text_of(field)
    assert typed.endswith(" Zulu")
    steps = window.undo_stack.index()

    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert window.undo_stack.index() == steps - 1
    now = getattr(briefing.meta, attribute, None)
    assert (now if now is not None else getattr(briefing, attribute)) == before
    assert text_of(field) == before

    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL_SHIFT)
    assert window.undo_stack.index() == steps
    assert text_of(field) == typed


def test_ctrl_z_in_a_field_undoes_an_outline_change(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.outline_model
    index = model.item_index("facts", 0)
    model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not window.workspace.briefing.facts[0].included
    title = field_of(window, "titleEdit")
    assert isinstance(title, QLineEdit)
    focus(qtbot, window, title)
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert window.workspace.briefing.facts[0].included
    assert window.undo_stack.isClean()
    qtbot.keyClick(title, Qt.Key.Key_Y, CTRL)
    assert not window.workspace.briefing.facts[0].included


def test_text_boxes_keep_no_history_of_their_own(window) -> None:  # type: ignore[no-untyped-def]
    for name in ("bottomLineEdit", "commentEdit"):
        box = field_of(window, name)
        assert isinstance(box, QPlainTextEdit) and not box.isUndoRedoEnabled()


def test_typing_after_an_undo_is_a_new_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = field_of(window, "authorEdit")
    focus(qtbot, window, field)
    qtbot.keyClicks(field, "Ann")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    qtbot.keyClicks(field, "Bo")
    qtbot.keyClicks(field, "b")
    assert window.workspace.briefing.meta.author.endswith("Bob")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert not window.workspace.briefing.meta.author.endswith(("Bob", "Ann"))
