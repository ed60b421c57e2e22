"""The article's date in the details: shown, marked when its year was inferred, editable."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from briefwright.ui import commands
from briefwright.ui.workspace import Workspace

INFERRED_NOTE = "Year inferred from the reading date: check it against the article."
PUBLISHED_TIP = "The date the article was published; blank leaves its dates unresolved"


def parse_article_date(text: str) -> date | None:
    """Return the date ``text`` names (ISO, ``2026-03-03``); None for blank text.

    Raise ValueError with a message for the user when it is no real ISO date.
    """
    flat = text.strip()
    if not flat:
        return None
    try:
        return date.fromisoformat(flat)
    except ValueError:
        raise ValueError(f"‘{flat}’ is not a date: write it as 2026-03-03") from None


class ArticleDateField(QWidget):
    """The article date (editing it resolves every date again, undoably), whether its year
    was inferred, and the switch that dates relative days in printed sentences."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("articleDateEdit")
        self.edit.setPlaceholderText("e.g. 2026-03-03")
        self.edit.setAccessibleName("Article date")
        self.edit.editingFinished.connect(self._on_edited)
        self.note = QLabel()
        self.note.setObjectName("articleDateNote")
        self.note.setWordWrap(True)
        self.notes = QCheckBox("Date relative da&ys")
        self.notes.setObjectName("dateNotesCheck")
        self.notes.setToolTip(
            "When the article's day is not the briefing's, a relative day of a printed sentence "
            "carries the date it names: “on Monday [2 Mar]”"
        )
        self.notes.toggled.connect(self._on_notes)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        layout.addWidget(self.notes)
        workspace.reset.connect(self.load)
        workspace.fieldChanged.connect(self._on_field)

    def load(self) -> None:
        """Show the open briefing's article date, its note and the switch."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        day = briefing.lead_article.date
        if self.edit.text() != (day.isoformat() if day else ""):
            self.edit.setText(day.isoformat() if day else "")
        inferred = day is not None and briefing.lead_article.date_inferred
        self.note.setText(INFERRED_NOTE if inferred else "")
        self.note.setVisible(inferred)
        self.edit.setToolTip(INFERRED_NOTE if inferred else PUBLISHED_TIP)
        self.notes.blockSignals(True)
        self.notes.setChecked(briefing.date_notes)
        self.notes.blockSignals(False)

    def _on_field(self, name: str) -> None:
        if name in ("article_date", "date_notes"):
            self.load()

    def _on_edited(self) -> None:
        briefing = self._ws.briefing
        if briefing is None:
            return
        try:
            day = parse_article_date(self.edit.text())
        except ValueError as exc:
            self.note.setText(str(exc))
            self.note.show()
            return
        if day == briefing.lead_article.date and not (day and briefing.lead_article.date_inferred):
            self.load()
            return
        self._ws.undo_stack.push(commands.SetArticleDate(self._ws, day))

    def _on_notes(self, on: bool) -> None:
        if self._ws.briefing is not None and self._ws.briefing.date_notes != on:
            self._ws.end_merge_session()
            self._ws.undo_stack.push(commands.SetField(self._ws, "date_notes", on))
