"""The details follow the template and the outline's selection, and fit a 900×600 window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from briefwright.model.briefing import NO_PARAGRAPH
from briefwright.ui import commands
from tests.ui.test_ui_undo_keys import focus

_SHOWN = (QLabel, QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)


def _use_template(window, name: str) -> None:  # type: ignore[no-untyped-def]
    window.undo_stack.push(commands.SetField(window.workspace, "template", name))


def _shown(window, name: str) -> bool:  # type: ignore[no-untyped-def]
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return bool(widget.isVisibleTo(window.details))


@pytest.mark.parametrize(
    ("template", "shown", "hidden"),
    [
        (
            "sitrep",
            ["bottomLineEdit", "next_stepsEdit", "judgmentsView", "scaleCombo", "sectionsFullView"],
            ["riskCombo", "valid_fromEdit", "valid_toEdit", "eventTypeCombo", "commentEdit",
             "implicationsEdit", "adviceEdit"],
        ),
        (
            "bluf-memo",
            ["bottomLineEdit", "commentEdit", "implicationsEdit", "judgmentsView"],
            ["next_stepsEdit", "riskCombo", "valid_fromEdit", "purposeEdit", "locationsEdit"],
        ),
        (
            "travel-alert",
            ["riskCombo", "eventTypeCombo", "valid_fromEdit", "locationsEdit", "adviceEdit"],
            ["judgmentsView", "scaleCombo", "addJudgmentButton", "commentEdit", "next_stepsEdit"],
        ),
    ],
)
def test_details_show_the_templates_fields_only(window, template, shown, hidden) -> None:  # type: ignore[no-untyped-def]
    _use_template(window, template)
    for name in shown:
        assert _shown(window, name), name
    for name in hidden:
        assert not _shown(window, name), name
    # Undoing the template choice brings its fields back.
    window.undo_stack.undo()
    assert _shown(window, "commentEdit") and not _shown(window, "riskCombo")


def test_a_selected_section_brings_up_its_own_controls(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    details = window.details.item_details
    briefing = window.workspace.require()
    assert details.pages.currentWidget().objectName() != "sectionDetails"
    row = max(range(len(briefing.sections)), key=lambda i: len(briefing.sections[i].paragraphs))
    window.outline_view.select_item("sections", row)
    assert details.pages.currentWidget().objectName() == "sectionDetails"
    assert details.heading.text() == briefing.sections[row].heading
    sentences = window.findChild(QAbstractItemView, "sentencesView")
    assert sentences.isVisibleTo(window.details)
    assert window.details.judgment_panel.sentences_model.section_row == row
    assert sentences.model().rowCount() >= 2
    # Its wording: typed in the heading field, the outline and the briefing follow; undoable.
    old = briefing.sections[row].heading
    focus(qtbot, window, details.heading)
    qtbot.keyClicks(details.heading, " now")
    assert briefing.sections[row].heading == old + " now"
    assert window.outline_model.data(window.outline_model.item_index("sections", row)).count(
        old + " now"
    )
    window.undo_stack.undo()
    assert briefing.sections[row].heading == old
    # Its display.
    details.full.click()
    assert briefing.sections[row].display == "full"
    window.undo_stack.undo()
    assert briefing.sections[row].display == "summary" and not details.full.isChecked()


def test_a_selected_fact_brings_up_its_wording_and_reference(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    details = window.details.item_details
    briefing = window.workspace.require()
    window.outline_view.select_item("facts", 1)
    fact = briefing.facts[1]
    assert details.pages.currentWidget().objectName() == "factDetails"
    assert details.fact_wording.toPlainText() == fact.text
    assert details.reference.currentData() == fact.paragraph
    focus(qtbot, window, details.fact_wording)
    old = fact.text
    qtbot.keyClicks(details.fact_wording, " Confirmed")
    assert fact.text == old + " Confirmed"
    window.undo_stack.undo()
    assert fact.text == old and details.fact_wording.toPlainText() == old
    paragraph = fact.paragraph
    details.reference.activated.emit(details.reference.findData(NO_PARAGRAPH))
    assert fact.paragraph == NO_PARAGRAPH
    assert window.undo_stack.undoText() == "Cite your own for fact 2"
    window.undo_stack.undo()
    assert fact.paragraph == paragraph
    assert details.reference.currentData() == paragraph


def test_a_selected_event_brings_up_its_wording(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    details = window.details.item_details
    event = window.workspace.require().events[0]
    window.outline_view.select_item("events", 0)
    assert details.pages.currentWidget().objectName() == "eventDetails"
    assert details.event_wording.toPlainText() == event.text
    assert "Nov 2023" in details.event_when.text()
    details.event_wording.setPlainText("Troops seized power.")
    assert event.text == "Troops seized power."
    window.undo_stack.undo()
    assert details.event_wording.toPlainText() == event.text != "Troops seized power."
    # An actor shows its name and role; a group row shows the hint again.
    window.outline_view.select_item("actors", 0)
    assert details.pages.currentWidget().objectName() == "actorDetails"
    assert window.workspace.require().actors[0].name == details.title.text()
    window.outline_view.setCurrentIndex(window.outline_model.index(0, 0))
    assert details.shown is None


def _viewport(window) -> QWidget:  # type: ignore[no-untyped-def]
    scroll = window.findChild(QScrollArea, "detailsScroll")
    assert scroll is not None
    viewport = scroll.viewport()
    assert viewport is not None
    return viewport


def _outside(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Return the visible labels and fields of the details that cross the viewport's sides."""
    viewport = _viewport(window)
    out = []
    for child in window.details.findChildren(QWidget):
        if not isinstance(child, _SHOWN) or not child.isVisibleTo(window.details):
            continue
        box = QRect(child.mapTo(viewport, QPoint(0, 0)), child.size())
        if box.left() < 0 or box.right() >= viewport.width():
            out.append(f"{child.objectName() or child.metaObject().className()} {box}")
    return out


@pytest.mark.parametrize(
    ("template", "kind"),
    [("bluf-memo", "sections"), ("sitrep", "facts"), ("travel-alert", "events"), ("intsum", "")],
)
def test_details_fit_a_900_by_600_window(window, qtbot, template: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    window.resize(900, 600)
    viewport = _viewport(window)
    qtbot.waitUntil(lambda: viewport.width() < 300)
    _use_template(window, template)
    if kind:
        window.outline_view.select_item(kind, 0)
    qtbot.waitUntil(lambda: window.details.width() <= viewport.width())
    assert _outside(window) == []
    sentences = window.findChild(QAbstractItemView, "sentencesView")
    if kind == "sections":
        assert sentences.isVisibleTo(window.details)
        assert sentences.horizontalScrollBar().maximum() == 0


def test_tab_keeps_the_focused_field_and_its_label_in_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(900, 600)
    viewport = _viewport(window)
    qtbot.waitUntil(lambda: viewport.width() < 300)
    focus(qtbot, window, window.details.template_combo)
    seen = 0
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        field = QApplication.focusWidget()
        if field is None or not window.details.isAncestorOf(field):
            continue
        seen += 1
        qtbot.waitUntil(lambda f=field: _in_view(window, f), timeout=2000)
    assert seen >= 8


def _in_view(window, field: QWidget) -> bool:  # type: ignore[no-untyped-def]
    """Return whether ``field`` shows within the details pane: whole, or filling the pane
    from its top when it is taller; never with the panel scrolled sideways (the labels at
    its left edge stay in view)."""
    viewport = _viewport(window)
    box = QRect(field.mapTo(viewport, QPoint(0, 0)), field.size())
    tall = box.height() > viewport.height() - 30
    upright = 0 <= box.top() <= 30 if tall else box.top() >= 0 and box.bottom() < viewport.height()
    return (
        upright
        and box.left() >= 0
        and box.right() < viewport.width()
        and window.details.mapTo(viewport, QPoint(0, 0)).x() == 0
    )
