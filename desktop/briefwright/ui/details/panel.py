"""The details panel: the selected item's controls, then the briefing's title block, marking,
template and the fields its template prints."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefwright.draft.field_checks import dtg_problem
from briefwright.draft.template_fields import template_fields
from briefwright.draft.templates import load_template, template_titles
from briefwright.model.errors import TemplateError
from briefwright.model.markings import STANDARD_MARKINGS
from briefwright.ui import commands
from briefwright.ui.details.article_date import ArticleDateField
from briefwright.ui.details.drafted_fields import DRAFTED, shown_value
from briefwright.ui.details.field_error import FieldError
from briefwright.ui.details.item_details import ItemDetails, narrow_form
from briefwright.ui.details.judgment_panel import JudgmentPanel
from briefwright.ui.text.undo_keys import UndoKeysToStack
from briefwright.ui.workspace import FIELD_NAMES, Workspace

_LINE_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("title", "&Title", "The briefing's title", "Title of the briefing"),
    ("subject", "&Subject", "One line on what the briefing is about", "Subject"),
    ("dtg", "&Date-time group", "e.g. 121430Z NOV 23 or 2023-11-12 14:30", "Date-time group"),
    ("author", "A&uthor", "Who wrote the briefing", "Author"),
    ("distribution", "D&istribution", "Who receives it", "Distribution"),
)


# Room above a field for the caption a narrow column puts over it.
_CAPTION_ROOM = 22


def template_choices() -> list[tuple[str, str]]:
    """Return ``(name, title)`` for every installed template, in name order."""
    return sorted(template_titles().items())


class DetailsPanel(QWidget):
    """Edits the briefing's details; every edit is an undoable command on the workspace."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setAccessibleName("Briefing details")
        self._ws = workspace
        self._loading = False
        self.line_edits: dict[str, QLineEdit] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 10)
        self.briefing_caption = QLabel("Briefing")
        self.briefing_caption.setObjectName("briefingDetailsTitle")
        bold = self.briefing_caption.font()
        bold.setBold(True)
        self.briefing_caption.setFont(bold)
        outer.addWidget(self.briefing_caption)
        body = QWidget()
        body.setObjectName("briefingDetails")
        outer.addWidget(body)
        outer.addStretch(1)
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        narrow_form(form)
        self._form = form

        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        self.template_combo.setAccessibleName("Template")
        self.template_combo.setToolTip("The kind of product: BLUF memo, SITREP, INTSUM …")
        self.template_combo.activated.connect(self._on_template)
        for combo in (self.template_combo,):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        form.addRow("Te&mplate", self.template_combo)

        self.marking_combo = QComboBox()
        self.marking_combo.setObjectName("markingCombo")
        self.marking_combo.setEditable(True)
        self.marking_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.marking_combo.addItems(list(STANDARD_MARKINGS))
        self.marking_combo.setAccessibleName("Handling marking")
        self.marking_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.marking_combo.setMinimumContentsLength(10)
        self.marking_combo.setToolTip(
            "Shown at the top and bottom of every page; choose one or type your own"
        )
        line = self.marking_combo.lineEdit()
        assert line is not None
        line.textEdited.connect(lambda text: self._push("marking", text))
        line.editingFinished.connect(self._ws.end_merge_session)
        self.marking_combo.activated.connect(self._on_marking_chosen)
        # The template may suggest a marking; the marking stays the user's choice.
        self.marking_hint = QLabel()
        self.marking_hint.setObjectName("markingSuggestion")
        self.marking_hint.setTextFormat(Qt.TextFormat.RichText)
        self.marking_hint.setWordWrap(True)
        self.marking_hint.linkActivated.connect(self._on_marking_suggested)
        self.marking_hint.hide()

        for name, label, placeholder, accessible in _LINE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"{name}Edit")
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(accessible)
            edit.setToolTip(placeholder)
            edit.setClearButtonEnabled(False)
            edit.textEdited.connect(self._pusher(name))
            edit.editingFinished.connect(self._ws.end_merge_session)
            self.line_edits[name] = edit
            form.addRow(label, edit)
            if name == "dtg":
                self.dtg_error = FieldError("dtgError", edit)
                form.addRow("", self.dtg_error)
                self.article_date = ArticleDateField(workspace)
                # Under its label, across the panel: its switch is the widest line there.
                caption = QLabel("Articl&e date")
                caption.setBuddy(self.article_date.edit)
                form.addRow(caption)
                form.addRow(self.article_date)
            if name == "author":
                form.addRow("Mar&king", self.marking_combo)
                form.addRow("", self.marking_hint)

        self.bottom_line = self._text_box(
            "bottomLineEdit",
            "Bottom line",
            "One to three sentences a reader can act on; shown first, set apart",
            "bottom_line",
            lines=3,
        )
        form.addRow("&Bottom line", self.bottom_line)
        self.comment = self._text_box(
            "commentEdit",
            "Analyst comment",
            "Your assessment, kept apart from the facts",
            "comment",
            lines=3,
        )
        form.addRow("Analyst &comment", self.comment)

        self.appendix = QCheckBox("&Quote sources in an appendix")
        self.appendix.setObjectName("appendixCheck")
        self.appendix.setAccessibleName("Quote source sentences in an appendix")
        self.appendix.setToolTip("Add an appendix quoting the article sentence behind each fact")
        self.appendix.toggled.connect(self._on_appendix)
        form.addRow("", self.appendix)
        self.judgment_panel = JudgmentPanel(workspace, self)
        form.addRow(self.judgment_panel)
        # First in the panel: what the outline's selected row is, with its own controls.
        self.item_details = ItemDetails(
            workspace, self.judgment_panel.sentences_view, self.judgment_panel.show_section_full
        )
        outer.insertWidget(0, self.item_details)
        order = [
            self.template_combo,
            *(self.line_edits[n] for n in ("title", "subject", "dtg", "author")),
            self.marking_combo,
            self.line_edits["distribution"],
            self.bottom_line,
            self.comment,
            self.appendix,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        # One undo history for the window: the fields hand Ctrl+Z to the briefing's stack.
        self.undo_keys = UndoKeysToStack(self)
        for field in (*self.line_edits.values(), line, self.bottom_line, self.comment):
            self.undo_keys.watch(field)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        workspace.reset.connect(self.load)
        workspace.fieldChanged.connect(self._on_field_changed)
        # A proposed subject or bottom line is drafted again as items are (un)ticked.
        workspace.changed.connect(self._on_drafted_changed)
        self.setEnabled(False)

    def load(self) -> None:
        """Show the open briefing's details."""
        self.setEnabled(self._ws.briefing is not None)
        if self._ws.briefing is None:
            return
        if self.template_combo.count() == 0:
            # Reading the templates waits until a briefing is open: not on the way to the
            # window's first paint.
            for name, title in template_choices():
                self.template_combo.addItem(title, name)
        for name in (
            *self.line_edits,
            "marking",
            "bottom_line",
            "comment",
            "template",
            "source_appendix",
        ):
            self._on_field_changed(name)

    def show_template_fields(self) -> None:
        """Show the fields the briefing's template prints and hide the others."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        fields = template_fields(briefing.template)
        for name, box in (("bottom_line", self.bottom_line), ("comment", self.comment)):
            self._form.setRowVisible(box, name in fields)
        self.judgment_panel.show_fields(fields)

    def _text_box(
        self, object_name: str, accessible: str, tip: str, field: str, lines: int
    ) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(object_name)
        box.setAccessibleName(accessible)
        box.setToolTip(tip)
        box.setPlaceholderText(tip)
        box.setTabChangesFocus(True)
        height = QFontMetrics(box.font()).lineSpacing() * lines + 14
        box.setFixedHeight(height)
        box.textChanged.connect(lambda: self._push(field, box.toPlainText()))
        return box

    def _pusher(self, name: str) -> Callable[[str], None]:
        if name == "dtg":
            # Only a date-time group (or nothing) is kept; anything else is named and refused.
            return lambda text: self._push(name, text) if self._dtg_ok(text) else None
        return lambda text: self._push(name, text)

    def _dtg_ok(self, text: str) -> bool:
        """Return whether ``text`` may be the date-time group; show why when it may not."""
        return self.dtg_error.show_problem(dtg_problem(text))

    def _push(self, name: str, value: str | bool, display: str = "") -> None:
        if self._loading or self._ws.briefing is None or shown_value(self._ws, name) == value:
            return
        self._ws.undo_stack.push(commands.SetField(self._ws, name, value, display=display))

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Leaving a text box ends its undo step: typing there again is a new step.
        if old in (self.bottom_line, self.comment):
            self._ws.end_merge_session()
        if new is not None and self.isAncestorOf(new):
            # After the scroll area's own scrolling to the field's cursor, which runs next.
            QTimer.singleShot(0, new, lambda: self._keep_in_view(new))

    def _keep_in_view(self, field: QWidget) -> None:
        """Scroll the panel so that the whole of ``field`` and the caption above it show (a
        text box's own scrolling would show its cursor line only), never sideways."""
        parent = self.parentWidget()
        scroll = parent.parentWidget() if parent is not None else None
        if not isinstance(scroll, QScrollArea):
            return
        top = max(0, field.mapTo(self, QPoint(0, 0)).y() - _CAPTION_ROOM)
        height = field.height() + _CAPTION_ROOM
        viewport = scroll.viewport()
        if viewport is not None and height > viewport.height():
            # Taller than the pane: from its caption down, as much as fits.
            scroll.horizontalScrollBar().setValue(0)
            scroll.verticalScrollBar().setValue(top)
            return
        scroll.ensureVisible(0, top + height // 2, 0, height // 2 + 4)

    def _on_template(self, index: int) -> None:
        name = self.template_combo.itemData(index)
        if isinstance(name, str):
            self._ws.end_merge_session()
            self._push("template", name, self.template_combo.itemText(index))

    def _on_marking_chosen(self, index: int) -> None:
        self._ws.end_merge_session()
        self._push("marking", self.marking_combo.itemText(index))
        self._ws.end_merge_session()

    def _on_marking_suggested(self, marking: str) -> None:
        self._ws.end_merge_session()
        self._push("marking", marking)
        self._ws.end_merge_session()

    def _show_marking_suggestion(self) -> None:
        """Show the template's suggested marking when it differs from the briefing's."""
        briefing = self._ws.briefing
        try:
            template = load_template(briefing.template) if briefing is not None else None
        except TemplateError:
            template = None
        if template is None or briefing is None or template.marking == briefing.meta.marking:
            self.marking_hint.hide()
            return
        self.marking_hint.setText(
            f"The {template.title} suggests "
            f'<a href="{template.marking}">{template.marking}</a>'
        )
        self.marking_hint.show()

    def _on_appendix(self, on: bool) -> None:
        self._ws.end_merge_session()
        self._push("source_appendix", on)

    def _on_drafted_changed(self) -> None:
        for name in DRAFTED:
            self._on_field_changed(name)

    def _on_field_changed(self, name: str) -> None:
        """Show a field's value after an edit, undo or load, leaving the cursor where it was."""
        if self._ws.briefing is None or name not in FIELD_NAMES:
            return
        value = shown_value(self._ws, name)
        self._loading = True
        try:
            if name in self.line_edits:
                edit = self.line_edits[name]
                if edit.text() != value:
                    edit.setText(str(value))
                    if not edit.hasFocus():
                        edit.setCursorPosition(0)
                if name == "dtg":
                    self._dtg_ok(edit.text())
            elif name == "marking":
                if self.marking_combo.currentText() != value:
                    self.marking_combo.setEditText(str(value))
            elif name in ("bottom_line", "comment"):
                box = self.bottom_line if name == "bottom_line" else self.comment
                if box.toPlainText() != value:
                    box.setPlainText(str(value))
            elif name == "template":
                index = self.template_combo.findData(value)
                if index < 0:
                    self.template_combo.addItem(str(value), value)
                    index = self.template_combo.count() - 1
                self.template_combo.setCurrentIndex(index)
            elif name == "source_appendix":
                self.appendix.setChecked(bool(value))
            if name in ("marking", "template"):
                self._show_marking_suggestion()
            if name == "template":
                self.show_template_fields()
        finally:
            self._loading = False
