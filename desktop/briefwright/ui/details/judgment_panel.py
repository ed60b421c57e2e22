"""The template's parts with their state, how sections show, key judgments and alert settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from briefwright.draft.alert import advice_library
from briefwright.draft.alertdraft import ALERT_FIELDS
from briefwright.draft.completion import part_state
from briefwright.draft.edits import short_label
from briefwright.draft.judgments import draft_judgment, estimative_facts
from briefwright.draft.templates import load_template
from briefwright.model.briefing import RISK_LEVELS, Judgment
from briefwright.model.errors import TemplateError
from briefwright.model.likelihood import SCALES
from briefwright.ui import commands
from briefwright.ui.details.check_list_model import CheckListModel
from briefwright.ui.details.field_error import FieldError
from briefwright.ui.details.form_widgets import check_list, drop_down
from briefwright.ui.details.item_details import narrow_form
from briefwright.ui.details.judgments_model import (
    COL_STATEMENT,
    JudgmentsModel,
)
from briefwright.ui.details.judgments_view import judgments_view
from briefwright.ui.details.sentences_model import SentencesModel
from briefwright.ui.details.validity_fields import ValidityFields
from briefwright.ui.workspace import FIELD_NAMES, Workspace

# Written parts: field, label, hint; one item per line.
WRITTEN: tuple[tuple[str, str, str], ...] = (
    ("purpose", "Purpose", "Why the reader receives this note"),
    ("implications", "Implications", "What this means for the reader; one per line"),
    ("assumptions", "Assumptions", "What the judgments rest on; one per line"),
    ("indicators", "Indicators", "Signs to watch; one per line"),
    ("recommendations", "Recommendations", "The recommended action; one per line"),
    ("next_steps", "Next steps", "Who does what, by when; one per line"),
    ("locations", "Locations", "Where the event happens; blank for the proposed places"),
    ("advice", "Advice", "Advice for travellers; blank for the library's advice"),
    ("updates_alert", "Updates", "Note when this alert updates an earlier one"),
)
_STATE_TEXT = {
    "filled": "done",
    "to complete": "To complete",
    "omitted": "left out",
    "empty": "nothing to show",
}


class JudgmentPanel(QWidget):
    """Edits parts, judgments and alert settings; every edit is an undoable command."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("judgmentPanel")
        self._ws = workspace
        self._loading = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        narrow_form(form)
        self._form = form
        # The rows of each field, shown only under a template that prints it.
        self._rows: dict[str, list[QWidget | QLayout]] = {}

        self.parts_model = CheckListModel(self._part_rows, self._on_part_checked, self)
        # Shown by the window under the outline, where the reader scans the briefing's shape.
        self.parts_view = check_list(
            "partsView", "Template parts and their state", self.parts_model
        )

        self.sections_model = CheckListModel(self._section_rows, self.show_section_full, self)
        self.sections_view = check_list(
            "sectionsFullView", "Sections shown in full text", self.sections_model
        )
        self.sections_view.setToolTip("Ticked: the section's full text; unticked: its summary")
        self.sections_view.setMaximumHeight(150)
        caption = QLabel("Sections in full te&xt")
        caption.setBuddy(self.sections_view)
        form.addRow(caption)
        form.addRow(self.sections_view)
        self._rows["sections"] = [caption, self.sections_view]

        self.sentences_model = SentencesModel(workspace, self)
        self.sentences_view = QListView()
        self.sentences_view.setObjectName("sentencesView")
        self.sentences_view.setAccessibleName("Sentences of the selected section")
        self.sentences_view.setToolTip(
            "Tick the sentences the section's summary shows; edit one to trim or reword it"
        )
        self.sentences_view.setModel(self.sentences_model)
        self.sentences_view.setWordWrap(True)
        self.sentences_view.setMinimumHeight(110)
        # Shown with the section selected in the outline (see details/item_details.py).
        selection = self.sections_view.selectionModel()
        selection.currentRowChanged.connect(
            lambda cur, _: self.sentences_model.show_section(cur.row())
        )

        self.scale_combo = drop_down(
            "scaleCombo",
            "Likelihood scale",
            "The scale of likelihood terms the judgments use"
        )
        for name, scale in SCALES.items():
            self.scale_combo.addItem(scale.title, name)
        self.scale_combo.activated.connect(
            lambda i: self._push(
                "scale", self.scale_combo.itemData(i), self.scale_combo.itemText(i)
            )
        )
        form.addRow("&Likelihood scale", self.scale_combo)

        self.judgments_model = JudgmentsModel(workspace, self)
        self.judgments_view = judgments_view(self.judgments_model)
        # The table spans the panel's width, under its label.
        caption = QLabel("Key &judgments")
        caption.setBuddy(self.judgments_view)
        form.addRow(caption)
        form.addRow(self.judgments_view)
        self._rows["judgments"] = [caption, self.judgments_view]
        self._rows["scale"] = [self.scale_combo]

        row = QHBoxLayout()
        self.add_button = QPushButton("Add")
        self.add_button.setObjectName("addJudgmentButton")
        self.add_button.setToolTip("Add a key judgment and write it")
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setObjectName("removeJudgmentButton")
        self.remove_button.setToolTip("Remove the selected key judgment")
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        form.addRow("", row)
        self._rows["judgments"].append(row)
        self.judgment_error = FieldError("judgmentError", self.judgments_view)
        form.addRow(self.judgment_error)
        self.judgments_model.refused.connect(self.judgment_error.show_problem)
        self.judgments_model.accepted.connect(lambda: self.judgment_error.show_problem(""))

        draft_row = QHBoxLayout()
        self.estimative_combo = drop_down(
            "estimativeCombo",
            "The article's estimative statements",
            "The article's estimative statements"
        )
        self.draft_button = QPushButton("Draft jud&gment")
        self.draft_button.setObjectName("draftJudgmentButton")
        self.draft_button.setToolTip("Make a draft judgment from this estimative statement")
        self.draft_button.clicked.connect(self._draft)
        draft_row.addWidget(self.estimative_combo, 1)
        draft_row.addWidget(self.draft_button)
        form.addRow("From article", draft_row)
        self._rows["judgments"].append(draft_row)

        self.risk_combo = drop_down("riskCombo", "Risk level", "The travel alert's risk level")
        for level in RISK_LEVELS:
            self.risk_combo.addItem(level.title() if level else "Not set", level)
        self.risk_combo.activated.connect(
            lambda i: self._push("risk_level", self.risk_combo.itemData(i))
        )
        form.addRow("&Risk level", self.risk_combo)
        self._rows["risk_level"] = [self.risk_combo]

        self.event_combo = drop_down(
            "eventTypeCombo",
            "Event type",
            "The kind of event; it chooses the advice"
        )
        self.event_combo.activated.connect(
            lambda i: self._push(
                "event_type", self.event_combo.itemData(i), self.event_combo.itemText(i)
            )
        )
        form.addRow("Event t&ype", self.event_combo)
        self._rows["event_type"] = [self.event_combo]

        self.validity_fields = ValidityFields(workspace, form, self)
        self.validity = self.validity_fields.edits
        for name, edit in self.validity.items():
            self._rows[name] = [edit]

        self.boxes: dict[str, QPlainTextEdit] = {}
        for name, label, hint in WRITTEN:
            box = QPlainTextEdit()
            box.setObjectName(f"{name}Edit")
            box.setAccessibleName(label)
            box.setPlaceholderText(hint)
            box.setToolTip(hint)
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
            box.textChanged.connect(lambda n=name, b=box: self._push(n, b.toPlainText()))
            self.boxes[name] = box
            form.addRow(label, box)
            self._rows[name] = [box]

        self.full_text = QCheckBox("The article in full in an appendix")
        self.full_text.setObjectName("fullTextCheck")
        self.full_text.setAccessibleName("Print the article in full in an appendix")
        self.full_text.setToolTip("Add an appendix with every paragraph of the article")
        self.full_text.toggled.connect(lambda on: self._push("full_text_appendix", on))
        form.addRow("", self.full_text)

        workspace.reset.connect(self.load)
        workspace.changed.connect(self._refresh_lists)
        # Drafting proposes the alert's fields after a pick or a template change (a SITREP's
        # location line too): show them, or the next repaint would write the old text back.
        workspace.drafted.connect(self._show_drafted)
        workspace.fieldChanged.connect(self._on_field)

    def show_fields(self, fields: frozenset[str]) -> None:
        """Show the rows of ``fields`` (see draft/template_fields.py) and hide the others."""
        for name, rows in self._rows.items():
            for row in rows:
                self._form.setRowVisible(row, name in fields)
        if not {"valid_from", "valid_to"} & fields:
            self.validity_fields.error.hide()
        if "judgments" not in fields:
            self.judgment_error.hide()

    def load(self) -> None:
        """Show the open briefing's parts, judgments and settings."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        self._loading = True
        try:
            if self.event_combo.count() == 0:
                self.event_combo.addItem("Proposed from the article", "")
                for key, entry in advice_library().items():
                    self.event_combo.addItem(entry.label, key)
            for name in (
                *self.boxes,
                "scale",
                "risk_level",
                "event_type",
                "full_text_appendix",
            ):
                self._show(name)
            self.validity_fields.show_values()
        finally:
            self._loading = False
        self._refresh_lists()

    def _refresh_lists(self) -> None:
        self.parts_model.refresh()
        current = self.sections_view.currentIndex().row()
        self.sections_model.refresh()
        if current >= 0:
            self.sections_view.setCurrentIndex(self.sections_model.index(current, 0))
        self.sentences_model.refresh()
        briefing = self._ws.briefing
        self.estimative_combo.clear()
        if briefing is None:
            return
        for fact in estimative_facts(briefing):
            self.estimative_combo.addItem(
                f"{briefing.mark(fact.ref)} {short_label(fact.text, 60)}", fact.id
            )
        self.draft_button.setEnabled(self.estimative_combo.count() > 0)

    def _part_rows(self) -> list[tuple[str, bool, str]]:
        briefing = self._ws.briefing
        if briefing is None:
            return []
        try:
            parts = load_template(briefing.template).parts
        except TemplateError:
            return []
        rows = []
        for part in parts:
            state = part_state(briefing, part)
            tip = "Untick to leave this part out of the briefing"
            rows.append((f"{part.heading} — {_STATE_TEXT[state]}", state != "omitted", tip))
        return rows

    def _on_part_checked(self, row: int, on: bool) -> None:
        briefing = self._ws.briefing
        if briefing is None:
            return
        part = load_template(briefing.template).parts[row]
        keys = [k for k in briefing.omitted_parts if k != part.key]
        if not on:
            keys.append(part.key)
        verb = "Put back" if on else "Leave out"
        self._ws.undo_stack.push(
            commands.SetOmitted(self._ws, tuple(keys), f"{verb} ‘{part.heading}’")
        )

    def _section_rows(self) -> list[tuple[str, bool, str]]:
        briefing = self._ws.briefing
        if briefing is None:
            return []
        return [
            (s.heading, s.display == "full", "Ticked: full text; unticked: key sentences")
            for s in briefing.sections
        ]

    def show_section_full(self, row: int, on: bool) -> None:
        """Show section ``row`` in full (``on``) or as its summary, as an undoable step."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        _, chosen, wording = commands.edits_view(self._ws, row)
        view = ("full" if on else "summary", chosen, wording)
        label = short_label(briefing.sections[row].heading)
        text = f"Show ‘{label}’ in full" if on else f"Summarise ‘{label}’"
        self._ws.undo_stack.push(commands.SetSectionView(self._ws, row, view, text))

    def _add(self) -> None:
        briefing = self._ws.briefing
        if briefing is None:
            return
        taken = {j.id for j in briefing.judgments}
        n = len(taken) + 1
        while f"j{n}" in taken:
            n += 1
        # Written by the user: until then it prints nothing and the part is still to complete.
        new = (*briefing.judgments, Judgment(f"j{n}", ""))
        self._ws.undo_stack.push(commands.SetJudgments(self._ws, new, "Add judgment"))
        index = self.judgments_model.index(len(new) - 1, COL_STATEMENT)
        self.judgments_view.setCurrentIndex(index)
        self.judgments_view.setFocus()
        self.judgments_view.edit(index)

    def _remove(self) -> None:
        briefing = self._ws.briefing
        row = self.judgments_view.currentIndex().row()
        if briefing is None or not 0 <= row < len(briefing.judgments):
            return
        new = tuple(j for i, j in enumerate(briefing.judgments) if i != row)
        self._ws.undo_stack.push(commands.SetJudgments(self._ws, new, f"Remove judgment {row + 1}"))

    def _draft(self) -> None:
        briefing = self._ws.briefing
        fact_id = self.estimative_combo.currentData()
        if briefing is None or not isinstance(fact_id, str):
            return
        fact = next((f for f in briefing.facts if f.id == fact_id), None)
        if fact is None:
            return
        new = (*briefing.judgments, draft_judgment(briefing, fact))
        self._ws.undo_stack.push(
            commands.SetJudgments(self._ws, new, f"Draft judgment from {briefing.mark(fact.ref)}")
        )

    def _push(self, name: str, value: object, display: str = "") -> None:
        if self._loading or self._ws.briefing is None or not isinstance(value, str | bool):
            return
        if self._ws.field(name) == value:
            return
        self._ws.undo_stack.push(commands.SetField(self._ws, name, value, display=display))

    def _show_drafted(self) -> None:
        for name in ALERT_FIELDS:
            if name in self.boxes or name in ("risk_level", "event_type"):
                self._on_field(name)

    def _on_field(self, name: str) -> None:
        if self._ws.briefing is None or name not in FIELD_NAMES:
            return
        self._loading = True
        try:
            self._show(name)
        finally:
            self._loading = False

    def _show(self, name: str) -> None:
        if name in self.boxes:
            value = str(self._ws.field(name))
            if self.boxes[name].toPlainText() != value:
                self.boxes[name].setPlainText(value)
        elif name == "scale":
            self.scale_combo.setCurrentIndex(
                max(0, self.scale_combo.findData(self._ws.field(name)))
            )
        elif name == "risk_level":
            self.risk_combo.setCurrentIndex(max(0, self.risk_combo.findData(self._ws.field(name))))
        elif name == "event_type":
            self.event_combo.setCurrentIndex(
                max(0, self.event_combo.findData(self._ws.field(name)))
            )
        elif name == "full_text_appendix":
            self.full_text.setChecked(bool(self._ws.field(name)))
