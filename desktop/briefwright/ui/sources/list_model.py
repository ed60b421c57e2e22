"""The sources list's table: each source's id, title, outlet, date and reliability grade."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from briefwright.model.sources import GRADE_NAMES, GRADES, Grade, Source
from briefwright.ui.sources.commands import SetSourceField
from briefwright.ui.text.plain_widgets import plain_tooltip
from briefwright.ui.workspace import Workspace

COL_ID, COL_TITLE, COL_OUTLET, COL_DATE, COL_GRADE = range(5)
HEADERS = ("Source", "Title", "Outlet", "Date", "Reliability")
SourceIdRole = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def grade_label(grade: Grade) -> str:
    """Return how the list names a reliability grade: ``B · usually reliable``."""
    return f"{grade} · {GRADE_NAMES[grade]}"


def source_title(source: Source, fallback: str = "") -> str:
    """Return the title a source is listed under: its own, its article's, else ``fallback``
    (the file's name), else the opening words of its article."""
    if source.title or source.article.title or fallback:
        return source.title or source.article.title or fallback
    paragraphs = source.article.paragraphs
    words = paragraphs[0].text.split() if paragraphs else []
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


class SourcesModel(QAbstractTableModel):
    """The open briefing's sources, one row each (S1 first); outlet and grade are edited
    in place, each edit one undoable step. ``graded(outlet, grade)`` is called when the user
    grades a source (the window remembers the grade for the outlet)."""

    def __init__(
        self,
        workspace: Workspace,
        graded: Callable[[str, str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._graded = graded
        self._rows: list[Source] = []
        workspace.sourcesChanged.connect(self.set_rows)
        self.set_rows()

    def set_rows(self) -> None:
        """Read the open briefing's sources again."""
        self.beginResetModel()
        briefing = self._ws.briefing
        self._rows = list(briefing.sources) if briefing is not None else []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def source_at(self, row: int) -> Source:
        """Return the source of row ``row``; raise IndexError past the last."""
        return self._rows[row]

    def row_of(self, sid: str) -> int:
        """Return the row of source ``sid``, or -1."""
        return next((n for n, s in enumerate(self._rows) if s.id == sid), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == SourceIdRole:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (s.id, source_title(s), s.outlet, s.date, grade_label(s.grade))[column]
        if role == Qt.ItemDataRole.EditRole:
            return (s.id, s.title, s.outlet, s.date, s.grade)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_OUTLET:
                return "Who published it; double-click to edit"
            if column == COL_GRADE:
                return (
                    f"Reliability of the source (Admiralty): {grade_label(s.grade)}. "
                    "Double-click to grade it; the grade is proposed for this outlet next time"
                )
            return plain_tooltip(f"{s.id}: {source_title(s) or 'untitled'}")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_OUTLET, COL_GRADE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        s = self._rows[index.row()]
        text = " ".join(str(value).split())
        if index.column() == COL_OUTLET and text != s.outlet:
            self._push(SetSourceField(self._ws, s.id, "outlet", text))
            return True
        if index.column() == COL_GRADE and text in GRADES and text != s.grade:
            self._push(SetSourceField(self._ws, s.id, "grade", text))
            if self._graded is not None:
                self._graded(s.outlet, text)
            return True
        return False

    def _push(self, command: SetSourceField) -> None:
        # An edit in the list is a step of its own, never merged with typing elsewhere.
        self._ws.end_merge_session()
        self._ws.undo_stack.push(command)
        self._ws.end_merge_session()
