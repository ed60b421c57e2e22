"""A travel alert's validity: Valid from and Valid until, kept only when they make sense."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit

from briefwright.draft.field_checks import validity_problem
from briefwright.ui import commands
from briefwright.ui.details.field_error import FieldError
from briefwright.ui.workspace import Workspace

NAMES = ("valid_from", "valid_to")
_START_HINT = "YYYY-MM-DD; blank for the article's date"


class ValidityFields(QObject):
    """The two day fields and the message under them; each kept edit is an undoable command.

    A day that is not YYYY-MM-DD, an end without a start (neither Valid from nor the
    article's date) and an end before the start are refused with a message, never stored.
    """

    def __init__(self, workspace: Workspace, form: QFormLayout, parent: QObject | None = None):
        super().__init__(parent)
        self._ws = workspace
        self.edits: dict[str, QLineEdit] = {}
        for name, label, hint in (
            ("valid_from", "Valid from", _START_HINT),
            ("valid_to", "Valid until", "YYYY-MM-DD; blank for the latest date it names"),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"{name}Edit")
            edit.setAccessibleName(label)
            edit.setPlaceholderText(hint)
            edit.setToolTip(hint)
            edit.textEdited.connect(lambda text, n=name: self._on_edited(n, text))
            edit.editingFinished.connect(workspace.end_merge_session)
            self.edits[name] = edit
            form.addRow(label, edit)
        self.error = FieldError("validityError", self.edits["valid_to"])
        form.addRow(self.error)
        workspace.fieldChanged.connect(self._on_field)

    def show_values(self) -> None:
        """Show what the briefing holds, and name the article's date a blank start stands for."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        for name in NAMES:
            value = str(self._ws.field(name))
            if self.edits[name].text() != value:
                self.edits[name].setText(value)
        day = briefing.lead_article.date
        self.edits["valid_from"].setPlaceholderText(
            f"{_START_HINT} ({day.isoformat()})" if day is not None else "YYYY-MM-DD"
        )
        shown = self.edits["valid_from"].text(), self.edits["valid_to"].text()
        self.error.show_problem(validity_problem(shown[0], shown[1], day))

    def _on_field(self, name: str) -> None:
        if name in (*NAMES, "article_date"):
            self.show_values()

    def _on_edited(self, name: str, text: str) -> None:
        briefing = self._ws.briefing
        if briefing is None:
            return
        pair = {"valid_from": briefing.valid_from, "valid_to": briefing.valid_to, name: text}
        problem = validity_problem(pair["valid_from"], pair["valid_to"], briefing.lead_article.date)
        if self.error.show_problem(problem) and self._ws.field(name) != text:
            self._ws.undo_stack.push(commands.SetField(self._ws, name, text))
