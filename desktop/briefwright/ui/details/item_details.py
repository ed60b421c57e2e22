"""The selected outline row's own controls: a section's wording, display and sentences; a
fact's wording, reference and credibility; an event's wording; an actor's name and role."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefwright.draft import credibility
from briefwright.draft.edits import as_item_kind, items_of, short_label
from briefwright.model.analysis import type_name
from briefwright.model.article import paragraph_mark
from briefwright.model.briefing import NO_PARAGRAPH
from briefwright.model.sources import CREDIBILITIES, CREDIBILITY_NAMES
from briefwright.ui import commands
from briefwright.ui.details.sentences_model import SentencesModel
from briefwright.ui.outline.rows import event_when
from briefwright.ui.outline.view import OutlineView
from briefwright.ui.workspace import Workspace

Selected = tuple[str, int] | None
PAGES = ("none", "sections", "facts", "events", "actors")
_HINT = "Select a section, fact, event or actor in the outline to edit it here."


def follow_outline(details: ItemDetails, view: OutlineView) -> None:
    """Show in ``details`` the item selected in outline ``view``, whenever it changes."""
    view.selectionModel().currentChanged.connect(lambda *_: details.refresh())
    details.follow(view.selected_item)


def narrow_form(form: QFormLayout) -> None:
    """Set ``form`` up for a narrow column: labels above their fields when space is short."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _text_box(name: str, accessible: str, tip: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setToolTip(tip)
    box.setPlaceholderText(tip)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
    return box


class ItemDetails(QWidget):
    """Shows the controls of the item ``selected()`` names; every edit is an undoable command.

    ``sentences`` is the list of a section's sentences (its model follows the section shown);
    ``set_display`` shows section ``row`` in full (True) or as its summary.
    """

    def __init__(
        self,
        workspace: Workspace,
        sentences: QListView,
        set_display: Callable[[int, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetails")
        self.setAccessibleName("Selected item")
        self._ws = workspace
        self._set_display = set_display
        self._selected: Callable[[], Selected] = lambda: None
        self._loading = False
        self.shown: Selected = None
        model = sentences.model()
        assert isinstance(model, SentencesModel)
        self._sentences_model = model

        self.title = QLabel(_HINT)
        self.title.setObjectName("itemDetailsTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.pages = QStackedWidget()
        self.pages.setObjectName("itemDetailsPages")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.pages)

        self.pages.addWidget(QWidget())  # nothing selected

        section = QWidget()
        section.setObjectName("sectionDetails")
        form = QFormLayout(section)
        form.setContentsMargins(0, 0, 0, 0)
        narrow_form(form)
        self.heading = QLineEdit()
        self.heading.setObjectName("sectionHeadingEdit")
        self.heading.setAccessibleName("Section heading")
        self.heading.setToolTip("The heading the section prints under")
        self.heading.textEdited.connect(self._on_heading)
        self.heading.editingFinished.connect(workspace.end_merge_session)
        form.addRow("&Heading", self.heading)
        self.full = QCheckBox("Show in f&ull")
        self.full.setObjectName("sectionFullCheck")
        self.full.setAccessibleName("Show the section in full")
        self.full.setToolTip("Ticked: every paragraph; unticked: the sentences ticked below")
        self.full.toggled.connect(self._on_full)
        form.addRow(self.full)
        caption = QLabel("Se&ntences (tick what the summary shows; edit to reword)")
        caption.setWordWrap(True)
        caption.setBuddy(sentences)
        form.addRow(caption)
        sentences.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sentences.setResizeMode(QListView.ResizeMode.Adjust)
        form.addRow(sentences)
        self.pages.addWidget(section)

        fact = QWidget()
        fact.setObjectName("factDetails")
        form = QFormLayout(fact)
        form.setContentsMargins(0, 0, 0, 0)
        narrow_form(form)
        self.fact_wording = _text_box(
            "factWordingEdit", "Fact wording", "The fact as it prints; F2 in the outline too"
        )
        self.fact_wording.textChanged.connect(self._on_fact_wording)
        form.addRow(_caption("&Wording", self.fact_wording))
        form.addRow(self.fact_wording)
        self.reference = QComboBox()
        self.reference.setObjectName("factReferenceCombo")
        self.reference.setAccessibleName("Fact reference")
        self.reference.setToolTip("The article paragraph the fact cites, or your own")
        self.reference.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reference.setMinimumContentsLength(8)
        self.reference.activated.connect(self._on_reference)
        form.addRow("&Reference", self.reference)
        self.credibility = QComboBox()
        self.credibility.setObjectName("factCredibilityCombo")
        self.credibility.setAccessibleName("Fact credibility")
        self.credibility.setToolTip(
            "How credible the fact is (1 confirmed … 6 cannot be judged); proposed from how "
            "many independent sources carry it and their grades"
        )
        self.credibility.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.credibility.setMinimumContentsLength(8)
        self.credibility.addItem("As proposed", "")
        for value in CREDIBILITIES:
            self.credibility.addItem(f"{value} {CREDIBILITY_NAMES[value]}", value)
        self.credibility.activated.connect(self._on_credibility)
        self._fact_form = form
        form.addRow("&Credibility", self.credibility)
        self.pages.addWidget(fact)

        event = QWidget()
        event.setObjectName("eventDetails")
        form = QFormLayout(event)
        form.setContentsMargins(0, 0, 0, 0)
        narrow_form(form)
        self.event_when = QLabel()
        self.event_when.setObjectName("eventDateLabel")
        self.event_when.setWordWrap(True)
        form.addRow("Date", self.event_when)
        self.event_wording = _text_box(
            "eventWordingEdit", "Event wording", "The event as the timeline prints it"
        )
        self.event_wording.textChanged.connect(self._on_event_wording)
        form.addRow(_caption("&Wording", self.event_wording))
        form.addRow(self.event_wording)
        self.pages.addWidget(event)

        actor = QWidget()
        actor.setObjectName("actorDetails")
        form = QFormLayout(actor)
        form.setContentsMargins(0, 0, 0, 0)
        self.actor_text = QLabel()
        self.actor_text.setObjectName("actorDetailsText")
        self.actor_text.setWordWrap(True)
        self.actor_text.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.actor_text)
        self.pages.addWidget(actor)

        workspace.reset.connect(self.refresh)
        workspace.changed.connect(self.refresh)

    def follow(self, selected: Callable[[], Selected]) -> None:
        """Show the item ``selected()`` names now and after every change."""
        self._selected = selected
        self.refresh()

    def refresh(self) -> None:
        """Show the controls of the selected item with what the briefing holds."""
        briefing = self._ws.briefing
        target = self._selected() if briefing is not None else None
        kind, row = target if target is not None else ("none", -1)
        known = briefing is not None and kind != "none"
        if known and not 0 <= row < len(items_of(self._ws.require(), as_item_kind(kind))):
            kind, row = "none", -1
        changed = (kind, row) != (self.shown or ("none", -1))
        self.shown = (kind, row) if kind != "none" else None
        self._loading = True
        try:
            self._turn_to(PAGES.index(kind))
            if kind == "sections":
                self._show_section(row, changed)
            elif kind == "facts":
                self._show_fact(row)
            elif kind == "events":
                self._show_event(row)
            elif kind == "actors":
                self._show_actor(row)
            else:
                self.title.setText(_HINT)
        finally:
            self._loading = False

    def _turn_to(self, page: int) -> None:
        """Show ``page``; the others take no room, so the panel is as tall as what it shows."""
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == page else QSizePolicy.Policy.Ignored
            widget = self.pages.widget(i)
            if widget is not None:
                widget.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(page)
        self.pages.updateGeometry()

    def _show_section(self, row: int, changed: bool) -> None:
        section = self._ws.require().sections[row]
        self.title.setText(f"Section {row + 1}: {short_label(section.heading, 40)}")
        _set_line(self.heading, section.heading)
        self.full.setChecked(section.display == "full")
        if changed or self._sentences_model.section_row != row:
            self._sentences_model.show_section(row)

    def _show_fact(self, row: int) -> None:
        briefing = self._ws.require()
        fact = briefing.facts[row]
        lead = fact.printed_as or f"Fact {row + 1}"
        self.title.setText(lead if fact.included else f"{lead} (not ticked)")
        _set_box(self.fact_wording, fact.text)
        marks = [NO_PARAGRAPH, *(p.id for p in briefing.article_of(fact.source).paragraphs)]
        if self.reference.count() != len(marks):
            self.reference.clear()
            self.reference.addItem("Your own", NO_PARAGRAPH)
            for p in briefing.article_of(fact.source).paragraphs:
                self.reference.addItem(f"{paragraph_mark(p.id)} {short_label(p.text, 30)}", p.id)
        self.reference.setCurrentIndex(max(0, self.reference.findData(fact.paragraph)))
        # Credibility is graded against the sources; with one article the pane stays as it was.
        self._fact_form.setRowVisible(self.credibility, briefing.several_sources)
        proposed = credibility.proposed_credibility(briefing, fact)
        self.credibility.setItemText(0, f"As proposed: {proposed} {CREDIBILITY_NAMES[proposed]}")
        self.credibility.setCurrentIndex(max(0, self.credibility.findData(fact.credibility)))

    def _show_event(self, row: int) -> None:
        event = self._ws.require().events[row]
        self.title.setText(f"Event {row + 1}" + ("" if event.included else " (not ticked)"))
        quoted = event.date_text and event.date_text != event.date
        said = f" (“{event.date_text}”)" if quoted else ""
        self.event_when.setText(event_when(event) + said)
        _set_box(self.event_wording, event.text)

    def _show_actor(self, row: int) -> None:
        actor = self._ws.require().actors[row]
        self.title.setText(actor.name)
        lines = [type_name(actor.label, actor.subtype)]
        if actor.role:
            lines.append(f"Role: {actor.role}")
        if actor.aliases:
            lines.append(f"Also: {', '.join(actor.aliases)}")
        lines.append("Tick it in the outline to list it among the key actors.")
        self.actor_text.setText("\n".join(lines))

    # --- edits -------------------------------------------------------------------------------

    def _row(self, kind: str) -> int:
        if self._loading or self.shown is None or self.shown[0] != kind:
            return -1
        return self.shown[1]

    def _on_heading(self, text: str) -> None:
        row = self._row("sections")
        if row >= 0 and text.strip() and text.strip() != self._ws.require().sections[row].heading:
            self._ws.undo_stack.push(commands.RenameSection(self._ws, row, text.strip()))

    def _on_full(self, on: bool) -> None:
        row = self._row("sections")
        if row >= 0:
            self._ws.end_merge_session()
            self._set_display(row, on)

    def _on_fact_wording(self) -> None:
        row = self._row("facts")
        text = self.fact_wording.toPlainText().strip()
        if row >= 0 and text and text != self._ws.require().facts[row].text:
            self._ws.undo_stack.push(commands.RewordFact(self._ws, row, text))

    def _on_reference(self, index: int) -> None:
        row = self._row("facts")
        paragraph = self.reference.itemData(index)
        if row < 0 or not isinstance(paragraph, int):
            return
        if paragraph != self._ws.require().facts[row].paragraph:
            label = paragraph_mark(paragraph) if paragraph != NO_PARAGRAPH else "your own"
            self._ws.end_merge_session()
            self._ws.undo_stack.push(commands.SetFactReference(self._ws, row, paragraph, label))

    def _on_credibility(self, index: int) -> None:
        row = self._row("facts")
        value = self.credibility.itemData(index)
        if row < 0 or not isinstance(value, str):
            return
        if value != self._ws.require().facts[row].credibility:
            self._ws.end_merge_session()
            self._ws.undo_stack.push(commands.SetFactCredibility(self._ws, row, value))

    def _on_event_wording(self) -> None:
        row = self._row("events")
        text = self.event_wording.toPlainText().strip()
        if row >= 0 and text and text != self._ws.require().events[row].text:
            self._ws.undo_stack.push(commands.RewordEvent(self._ws, row, text))


def _caption(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _set_line(edit: QLineEdit, value: str) -> None:
    """Show ``value`` unless the field already says it (spaces typed at its ends kept)."""
    if edit.text().strip() != value:
        edit.setText(value)
        if not edit.hasFocus():
            edit.setCursorPosition(0)


def _set_box(box: QPlainTextEdit, value: str) -> None:
    if box.toPlainText().strip() != value:
        box.setPlainText(value)
