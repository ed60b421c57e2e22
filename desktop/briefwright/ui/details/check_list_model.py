"""A flat list of checkable rows over the briefing: template parts, or sections in full text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    """Rows from ``rows()``: each ``(text, checked, tooltip)``; a check calls ``on_check``.

    The model reads afresh on :meth:`refresh`, which the owner calls when the briefing changes.
    """

    def __init__(
        self,
        rows: Callable[[], list[tuple[str, bool, str]]],
        on_check: Callable[[int, bool], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._rows_of = rows
        self._on_check = on_check
        self._rows: list[tuple[str, bool, str]] = []

    def refresh(self) -> None:
        """Read the rows again."""
        self.beginResetModel()
        self._rows = self._rows_of()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, checked, tip = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self._on_check(index.row(), on)
        return True
