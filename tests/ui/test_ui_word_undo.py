"""Ctrl+Z after typing in a details text field undoes the last word, not the whole typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_ui_undo_keys import CTRL, field_of, focus, text_of


def test_ctrl_z_undoes_the_last_word_of_the_bottom_line(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = field_of(window, "bottomLineEdit")
    before = text_of(box)
    focus(qtbot, window, box)
    qtbot.keyClicks(box, " Flights resume, officials said")
    assert window.workspace.require().bottom_line == before + " Flights resume, officials said"

    for expected in (" Flights resume, officials", " Flights resume", " Flights", ""):
        qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
        assert text_of(box) == before + expected
        assert window.workspace.require().bottom_line == before + expected
    # Redo brings the words back one at a time.
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert text_of(box) == before + " Flights"


def test_a_line_field_is_undone_word_by_word(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = field_of(window, "authorEdit")
    focus(qtbot, window, field)
    field.clear()
    window.workspace.end_merge_session()
    qtbot.keyClicks(field, "Desk officer Ann")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert window.workspace.require().meta.author == "Desk officer"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert window.workspace.require().meta.author == "Desk"
