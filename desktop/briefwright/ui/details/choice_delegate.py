"""A table cell edited with a drop-down of its choices, where the user may also type or paste."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

NOT_SET = "Not set"
"""The drop-down's entry for the empty value."""

AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with an editable drop-down of ``choices(column)`` ("" shown as Not set).

    Picking an entry keeps it at once; typed or pasted text goes to the model as written, for
    the model to read as one of its choices or refuse with a message. Each editor is
    committed once, then closed: never again after it left the view.
    """

    def __init__(self, choices: Callable[[int], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("choiceEditor")
        heading = index.model().headerData(
            index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        combo.setAccessibleName(str(heading or "Choice"))
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value in self._choices(index.column()):
            combo.addItem(value or NOT_SET, value)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter commits now, not in a queued call that could come after the editor closed.
        if (
            isinstance(watched, QComboBox)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._commit(watched)
            return True
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        row = editor.findData(value)
        if row >= 0:
            editor.setCurrentIndex(row)
        else:
            editor.setEditText(value)
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        model.setData(index, chosen(editor), Qt.ItemDataRole.EditRole)


def chosen(combo: QComboBox) -> str:
    """Return the value a drop-down holds: an entry's value, else the text typed into it."""
    text = combo.currentText()
    row = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if row >= 0:
        value = combo.itemData(row)
        return str(value) if value is not None else text
    return text
