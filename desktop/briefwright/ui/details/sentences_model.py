"""The sentences of one section: tick those its summary shows, edit one to trim or reword it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from briefwright.draft.edits import short_label
from briefwright.draft.summary import article_sentence, section_facts
from briefwright.model.article import paragraph_mark
from briefwright.model.briefing import FactItem
from briefwright.ui import commands
from briefwright.ui.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex


class SentencesModel(QAbstractListModel):
    """The sentences of section :attr:`section_row`; every change is an undoable command."""

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.section_row = -1
        self._facts: list[FactItem] = []
        self._shown: set[str] = set()

    def show_section(self, row: int) -> None:
        """Show the sentences of section ``row`` (none for -1 or a row out of range)."""
        self.section_row = row
        self.refresh()

    def refresh(self) -> None:
        """Read the section's sentences and its summary again."""
        self.beginResetModel()
        briefing = self._ws.briefing
        self._facts, self._shown = [], set()
        if briefing is not None and 0 <= self.section_row < len(briefing.sections):
            section = briefing.sections[self.section_row]
            self._facts = section_facts(briefing, section)
            # What the summary prints, and what it leaves to the part that prints it already.
            self._shown = {*section.printed, *section.elsewhere}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._facts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        briefing = self._ws.briefing
        if briefing is None or not 0 <= index.row() < len(self._facts):
            return None
        fact = self._facts[index.row()]
        section = briefing.sections[self.section_row]
        text = section.sentence_wording.get(fact.id) or article_sentence(briefing, fact)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            there = f"  → {fact.printed_as}" if fact.id in section.elsewhere else ""
            return f"{paragraph_mark(fact.paragraph)} {text}{there}"
        if role == Qt.ItemDataRole.CheckStateRole:
            shown = fact.id in self._shown
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if fact.id in section.elsewhere:
                return f"Printed as {fact.printed_as}, so not again here; edit to trim or reword it"
            return "Ticked: the summary shows it; edit to trim or reword it"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEditable
        )

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        briefing = self._ws.briefing
        if briefing is None or not 0 <= index.row() < len(self._facts):
            return False
        fact = self._facts[index.row()]
        display, _, wording = commands.edits_view(self._ws, self.section_row)
        # Picking by hand starts from what the summary shows now, in reading order.
        picked = [f.id for f in self._facts if f.id in self._shown]
        name = short_label(briefing.sections[self.section_row].heading)
        if role == Qt.ItemDataRole.CheckStateRole:
            on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            picked = [i for i in picked if i != fact.id] + ([fact.id] if on else [])
            text = f"{'Show' if on else 'Hide'} a sentence of ‘{name}’"
            view = (display, tuple(picked), wording)
        elif role == Qt.ItemDataRole.EditRole:
            new = " ".join(str(value).split())
            original = article_sentence(briefing, fact)
            words = dict(wording)
            if new and new != original:
                words[fact.id] = new
            else:
                words.pop(fact.id, None)
            if tuple(sorted(words.items())) == wording:
                return False
            text = f"Reword a sentence of ‘{name}’"
            view = (display, tuple(picked), tuple(sorted(words.items())))
        else:
            return False
        self._ws.undo_stack.push(commands.SetSectionView(self._ws, self.section_row, view, text))
        return True
