"""Every control is named for assistive technology and explained; the keyboard alone suffices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.ui_readback import wait_preview

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


def controls(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    found: list[QWidget] = []
    for cls in CONTROLS:
        found.extend(w for w in window.findChildren(cls) if w.isVisibleTo(window))
    # A combo box's own line edit and the tool bar's extension button are parts, not controls.
    return [
        w
        for w in found
        if not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
        and w.objectName() != "qt_toolbar_ext_button"
    ]


def test_every_control_has_an_accessible_name_and_a_tooltip(window) -> None:  # type: ignore[no-untyped-def]
    missing = [
        f"{type(w).__name__}:{w.objectName() or w.text() if hasattr(w, 'text') else ''}"
        for w in controls(window)
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
        or not (w.toolTip() or (isinstance(w, QAbstractButton) and w.defaultAction() is not None))
    ]
    assert missing == []


def test_keyboard_toggles_moves_and_edits_in_the_outline(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.outline_view
    view.setFocus()
    view.select_item("facts", 0)
    was = window.workspace.briefing.facts[0].included
    wait_preview(qtbot, window, lambda: qtbot.keyClick(view, Qt.Key.Key_Space))
    assert window.workspace.briefing.facts[0].included is not was
    first = window.workspace.briefing.facts[0].id
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.briefing.facts[1].id == first
    assert view.selected_item() == ("facts", 1)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    # A fact's wording is edited in a spell-checked box of a few lines; Return keeps it.
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Typed with the keyboard only.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(
        lambda: window.workspace.briefing.facts[1].text == "Typed with the keyboard only."
    )
    assert window.undo_stack.undoText() == "Reword fact 2"


def test_undo_shortcut_from_anywhere(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.outline_model.setData(
        window.outline_model.item_index("actors", 0),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert not window.workspace.briefing.actors[0].included
    window.outline_view.setFocus()
    qtbot.keyClick(window.outline_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.briefing.actors[0].included
    qtbot.keyClick(
        window.outline_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not window.workspace.briefing.actors[0].included
