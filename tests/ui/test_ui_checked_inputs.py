"""Inputs are checked: judgments' likelihood and confidence come from drop-downs or are read
as the scale's terms, and a date-time group or validity that is not one is refused aloud."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QScrollArea

from briefwright.model.likelihood import ICD_203
from briefwright.ui.details.choice_delegate import NOT_SET
from briefwright.ui.details.judgments_model import (
    COL_CONFIDENCE,
    COL_LIKELIHOOD,
    COL_STATEMENT,
    TO_WRITE,
)
from briefwright.ui.window.layout import DEFAULT_SIZES
from tests.ui.ui_readback import pdf_lines, wait_preview

FOREIGN_EDITOR = "commitData called with an editor that does not belong to this view"


def judgments_part(window) -> str:  # type: ignore[no-untyped-def]
    """Return the template-parts row of the key judgments, e.g. ``Key judgments — done``."""
    model = window.details.judgment_panel.parts_model
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    return next(r for r in rows if r.startswith("Key judgments"))


def open_editor(window, row: int, column: int) -> QComboBox:  # type: ignore[no-untyped-def]
    """Open the drop-down of a judgment's cell as a double-click would; return it."""
    panel = window.details.judgment_panel
    index = panel.judgments_model.index(row, column)
    panel.judgments_view.setCurrentIndex(index)
    panel.judgments_view.edit(index)
    editor = panel.judgments_view.indexWidget(index)
    assert isinstance(editor, QComboBox), editor
    return editor


def type_into(combo: QComboBox, text: str) -> None:
    """Type ``text`` over what the drop-down holds and press Enter."""
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_a_judgment_is_written_then_assessed_with_drop_downs_and_typed_words(
    window, qtbot, qt_messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    panel = window.details.judgment_panel
    error = window.findChild(QLabel, "judgmentError")
    briefing = window.workspace.require()
    assert judgments_part(window) == "Key judgments — To complete"

    # Add opens the statement for writing; until written it prints nothing, and the part
    # is still to complete.
    wait_preview(qtbot, window, panel.add_button.click)
    model = panel.judgments_model
    assert model.index(0, COL_STATEMENT).data() == TO_WRITE
    assert judgments_part(window) == "Key judgments — To complete"
    assert not any("New judgment" in line for line in pdf_lines(window.preview.pdf))
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "wordingEditor"
    QTest.keyClicks(editor, "The junta will stay in power")
    wait_preview(qtbot, window, lambda: QTest.keyClick(editor, Qt.Key.Key_Return))
    assert briefing.judgments[0].statement == "The junta will stay in power"
    assert judgments_part(window) == "Key judgments — done"

    # The likelihood is a drop-down of the scale's terms; picking one keeps it.
    combo = open_editor(window, 0, COL_LIKELIHOOD)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == [NOT_SET, *(t.term for t in ICD_203.terms)]
    row = combo.findText("unlikely")
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    assert briefing.judgments[0].likelihood == "unlikely"

    # Words a user types are read as the scale's term.
    type_into(open_editor(window, 0, COL_LIKELIHOOD), "probable")
    assert briefing.judgments[0].likelihood == "likely"
    type_into(open_editor(window, 0, COL_CONFIDENCE), "medium")
    assert briefing.judgments[0].confidence == "moderate"
    assert error.isHidden()

    # What fits no term is refused aloud and the value kept.
    type_into(open_editor(window, 0, COL_CONFIDENCE), "maybe so")
    assert briefing.judgments[0].confidence == "moderate"
    assert error.isVisible()
    assert error.text() == "‘maybe so’ is not a confidence level: choose high, moderate or low."
    type_into(open_editor(window, 0, COL_LIKELIHOOD), "medium")
    assert briefing.judgments[0].likelihood == "likely"
    assert error.text().startswith("‘medium’ is not a likelihood on the ICD 203 scale: choose")
    type_into(open_editor(window, 0, COL_CONFIDENCE), "High")
    assert briefing.judgments[0].confidence == "high"
    assert error.isHidden()

    wait_preview(qtbot, window, lambda: None)
    lines = " ".join(pdf_lines(window.preview.pdf))
    assert "The junta will stay in power — Likely (55–80 %), high confidence" in lines
    assert not [m for m in qt_messages if FOREIGN_EDITOR in m]
    # Every step is undoable: back to no judgment at all.
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert briefing.judgments == []


def test_every_judgment_column_shows_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The window as it first opens on a 1366×768 screen.
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.main_splitter.setSizes(list(DEFAULT_SIZES))
    panel = window.details.judgment_panel
    panel.add_button.click()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    model = panel.judgments_model
    model.setData(model.index(0, COL_STATEMENT), "The junta will stay in power")
    model.setData(model.index(0, COL_LIKELIHOOD), "roughly even chance")
    model.setData(model.index(0, COL_CONFIDENCE), "moderate")
    view = panel.judgments_view
    qtbot.waitUntil(lambda: view.horizontalHeader().length() > 0)
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0
    # The table itself is whole in the details pane, which never scrolls sideways.
    scroll = window.findChild(QScrollArea, "detailsScroll")
    right = view.mapTo(scroll.viewport(), QPoint(view.width(), 0)).x()
    assert right <= scroll.viewport().width()
    assert window.details.width() <= scroll.viewport().width()
    for column in range(model.columnCount()):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= view.viewport().width()
    metrics = view.fontMetrics()
    for column, text in ((COL_CONFIDENCE, "Confidence"), (COL_LIKELIHOOD, "roughly even chance")):
        assert header.sectionSize(column) > metrics.horizontalAdvance(text)


def test_date_time_group_takes_only_a_date_time_group(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = window.findChild(QLineEdit, "dtgEdit")
    error = window.findChild(QLabel, "dtgError")
    briefing = window.workspace.require()
    before = briefing.meta.dtg
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "yesterday noon")
    assert briefing.meta.dtg == before
    assert error.isVisible()
    assert error.text().startswith("‘yesterday noon’ is not a date-time group")
    assert field.accessibleDescription() == error.text()

    field.selectAll()
    wait_preview(qtbot, window, lambda: QTest.keyClicks(field, "121430Z NOV 23"))
    assert briefing.meta.dtg == "121430Z NOV 23"
    assert error.isHidden()
    assert "121430Z NOV 23" in " ".join(pdf_lines(window.preview.pdf))
    QTest.keyClick(field, Qt.Key.Key_Return)  # ends this undo step

    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert briefing.meta.dtg == "" and error.isHidden()
    window.undo_stack.undo()
    assert field.text() == "121430Z NOV 23" and error.isHidden()


def test_validity_is_refused_when_it_ends_before_it_starts_or_has_no_start(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.details.judgment_panel
    start, end = panel.validity["valid_from"], panel.validity["valid_to"]
    error = window.findChild(QLabel, "validityError")
    briefing = window.workspace.require()
    assert "2023-11-12" in start.placeholderText()  # the article's date stands in

    QTest.keyClicks(start, "2023-11-20")
    assert briefing.valid_from == "2023-11-20" and error.isHidden()
    QTest.keyClicks(end, "2023-11-19")
    assert briefing.valid_to == ""
    assert error.isVisible()
    assert error.text() == "Valid until (2023-11-19) is before Valid from (2023-11-20)."
    end.clear()
    QTest.keyClicks(end, "2023-11-25")
    assert briefing.valid_to == "2023-11-25" and error.isHidden()

    # A start after the end is refused too.
    start.selectAll()
    QTest.keyClicks(start, "2023-11-30")
    assert briefing.valid_from == "2023-11-20" and error.isVisible()

    # Without Valid from and without an article date, an end has nothing to start from.
    start.selectAll()
    QTest.keyClick(start, Qt.Key.Key_Delete)
    end.selectAll()
    QTest.keyClick(end, Qt.Key.Key_Delete)
    assert (briefing.valid_from, briefing.valid_to) == ("", "")
    date_edit = window.findChild(QLineEdit, "articleDateEdit")
    date_edit.clear()
    date_edit.editingFinished.emit()
    assert briefing.lead_article.date is None
    QTest.keyClicks(end, "2023-11-25")
    assert briefing.valid_to == ""
    assert error.text() == "Valid until needs a Valid from: the article has no date to start from."
    assert start.placeholderText() == "YYYY-MM-DD"
