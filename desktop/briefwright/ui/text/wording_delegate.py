"""Editing wording in a view (a fact or a section paragraph in the outline, a judgment's
statement): a spell-checked box of a few lines.

Enter keeps the wording, Shift+Enter starts a new line, Esc cancels; other cells (section
headings) keep the one-line editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from briefwright.ui.outline.model import KindRole
from briefwright.ui.text import spelling
from briefwright.ui.text.spelling import SpellService

EDITOR_LINES = 4
_WORDING_KINDS = ("facts", "paragraph")

AnyIndex = QModelIndex | QPersistentModelIndex


class WordingEditor(QPlainTextEdit):
    """A few lines of plain text; ``committed()`` on Enter (Shift+Enter is a new line)."""

    committed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.committed.emit()
            return
        super().keyPressEvent(event)


def outline_wording(index: AnyIndex) -> bool:
    """Return whether an outline row holds wording (a fact or a section paragraph)."""
    return index.data(KindRole) in _WORDING_KINDS


class WordingDelegate(QStyledItemDelegate):
    """Gives the cells ``wants`` picks (default: the outline's facts and paragraphs) a
    :class:`WordingEditor` spell-checked by ``service``."""

    def __init__(
        self,
        service: SpellService,
        parent: QWidget | None = None,
        *,
        wants: Callable[[AnyIndex], bool] = outline_wording,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._wants = wants

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if not self._wants(index):
            return super().createEditor(parent, option, index)
        editor = WordingEditor(parent)
        editor.setObjectName("wordingEditor")
        editor.setAccessibleName("Wording")
        editor.setTabChangesFocus(True)
        editor.highlighter = spelling.attach(editor, self._service)  # type: ignore[attr-defined]
        editor.committed.connect(lambda: self._commit(editor))
        return editor

    def _commit(self, editor: WordingEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, WordingEditor):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, WordingEditor):
            text = " ".join(editor.toPlainText().split())
            if text:
                model.setData(index, text, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        if not isinstance(editor, WordingEditor):
            super().updateEditorGeometry(editor, option, index)
            return
        rect = option.rect
        height = editor.fontMetrics().lineSpacing() * EDITOR_LINES + 12
        parent = editor.parentWidget()
        bottom = parent.height() if parent is not None else rect.top() + height
        top = max(min(rect.top(), bottom - height), 0)
        editor.setGeometry(rect.left(), top, rect.width(), height)
