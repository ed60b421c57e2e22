"""The key judgments as an editable table: statement, likelihood, confidence, support."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from briefwright.draft.judgment_terms import (
    confidence_level,
    confidence_refusal,
    likelihood_refusal,
    likelihood_term,
)
from briefwright.model.briefing import Judgment
from briefwright.model.likelihood import CONFIDENCE_LEVELS, scale_of
from briefwright.ui import commands
from briefwright.ui.workspace import Workspace

COLUMNS = ("Judgment", "Likelihood", "Confidence", "Supported by")
COL_STATEMENT, COL_LIKELIHOOD, COL_CONFIDENCE, COL_SUPPORT = range(4)
TO_WRITE = "New judgment: double-click to write it"
"""What the Judgment cell of a judgment not yet written shows (it prints nothing)."""
AnyIndex = QModelIndex | QPersistentModelIndex


class JudgmentsModel(QAbstractTableModel):
    """One row per key judgment; every edit is an undoable command on the workspace.

    A likelihood or confidence typed in the user's words is read as the scale's term
    ("probable" is "likely"); ``refused(message)`` says why a value was not kept, and
    ``accepted()`` follows every edit kept.
    """

    refused = Signal(str)
    accepted = Signal()

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._rows = 0
        workspace.reset.connect(self.refresh)
        workspace.fieldChanged.connect(self._on_field)

    def refresh(self) -> None:
        """Read the judgments again."""
        self.beginResetModel()
        self._rows = len(self._items())
        self.endResetModel()

    def _on_field(self, name: str) -> None:
        if name not in ("judgments", "scale"):
            return
        if len(self._items()) != self._rows:
            self.refresh()
        elif self._rows:
            # The same rows with other values: an editor open on one of them stays open.
            last = self.index(self._rows - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _items(self) -> list[Judgment]:
        return self._ws.briefing.judgments if self._ws.briefing is not None else []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = self._items()
        if not index.isValid() or not 0 <= index.row() < len(items):
            return None
        j = items[index.row()]
        unwritten = index.column() == COL_STATEMENT and not j.statement.strip()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            col = index.column()
            if col == COL_STATEMENT:
                shown = unwritten and role == Qt.ItemDataRole.DisplayRole
                return TO_WRITE if shown else j.statement
            if col == COL_LIKELIHOOD:
                return j.likelihood or ("" if role == Qt.ItemDataRole.EditRole else "To complete")
            if col == COL_CONFIDENCE:
                return j.confidence or ("" if role == Qt.ItemDataRole.EditRole else "To complete")
            return ", ".join(self._refs(j))
        if role == Qt.ItemDataRole.ForegroundRole and unwritten:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_SUPPORT:
            return "The paragraphs that support it: type their numbers, e.g. ¶4, ¶6"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_LIKELIHOOD:
            briefing = self._ws.briefing
            return scale_of(briefing.scale).legend() if briefing is not None else None
        return None

    def _refs(self, j: Judgment) -> list[str]:
        briefing = self._ws.briefing
        if briefing is None:
            return []
        refs = sorted({f.ref for f in briefing.facts if f.id in j.support})
        return [briefing.mark(ref) for ref in refs]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _support(self, text: str) -> tuple[str, ...] | None:
        """Return the facts behind paragraph numbers typed as ``¶4, ¶6`` or ``4 6``: each
        paragraph's ticked key facts, else its first sentence; None when a number names no
        paragraph of the article."""
        briefing = self._ws.briefing
        if briefing is None:
            return None
        numbers = [int(n) for n in re.findall(r"\d+", text)]
        out: list[str] = []
        for pid in dict.fromkeys(numbers):
            facts = [f for f in briefing.facts if f.paragraph == pid]
            if not facts:
                return None
            ticked = [f.id for f in facts if f.included]
            out += ticked or [min(facts, key=lambda f: f.sentence).id]
        return tuple(out)

    def choices(self, column: int) -> list[str]:
        """Return the values a likelihood or confidence cell may take ("" for unset)."""
        briefing = self._ws.briefing
        if column == COL_LIKELIHOOD and briefing is not None:
            return ["", *(t.term for t in scale_of(briefing.scale).terms)]
        if column == COL_CONFIDENCE:
            return ["", *CONFIDENCE_LEVELS]
        return []

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        items = self._items()
        if role != Qt.ItemDataRole.EditRole or not 0 <= index.row() < len(items):
            return False
        text = " ".join(str(value).split())
        j = items[index.row()]
        col = index.column()
        if col == COL_STATEMENT:
            if not text or text == j.statement:
                return False
            changed = dataclasses.replace(j, statement=text)
        elif col == COL_LIKELIHOOD:
            scale = scale_of(self._ws.require().scale)
            term = likelihood_term(text, scale)
            if term is None:
                self.refused.emit(likelihood_refusal(text, scale))
                return False
            changed = dataclasses.replace(j, likelihood=term)
        elif col == COL_CONFIDENCE:
            level = confidence_level(text)
            if level is None:
                self.refused.emit(confidence_refusal(text))
                return False
            changed = dataclasses.replace(j, confidence=level)
        elif col == COL_SUPPORT:
            support = self._support(text)
            if support is None:
                self.refused.emit(f"‘{text}’ names a paragraph the article does not have.")
                return False
            changed = dataclasses.replace(j, support=support)
        else:
            return False
        if changed == j:
            self.accepted.emit()
            return False
        new = tuple(changed if i == index.row() else x for i, x in enumerate(items))
        self._ws.undo_stack.push(
            commands.SetJudgments(self._ws, new, f"Edit judgment {index.row() + 1}")
        )
        self.accepted.emit()
        return True
