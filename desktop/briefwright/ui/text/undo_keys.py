"""Sending Undo and Redo keys typed in a text field to the window's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_EXTRA_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def is_undo_key(event: QKeyEvent) -> bool:
    """Return True when ``event`` is one of the Undo or Redo shortcuts."""
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == key for key in _EXTRA_KEYS)


class UndoKeysToStack(QObject):
    """Event filter that keeps a text field from taking Undo and Redo for itself.

    Text fields claim Ctrl+Z before the window's shortcuts see it and undo only their own
    typing. Every edit in them is already a command on the briefing's undo stack, so the
    keys are passed on to the Edit menu's actions instead, and one history serves the window.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if event.type() in keys and isinstance(event, QKeyEvent) and is_undo_key(event):
            # Left unaccepted, the override lets the window's shortcut fire; a key press
            # that still arrives (nothing to undo, so the action is off) does nothing.
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def watch(self, field: QWidget) -> None:
        """Filter ``field``'s keys; a plain-text box also stops keeping its own history."""
        if isinstance(field, QPlainTextEdit):
            field.setUndoRedoEnabled(False)
        field.installEventFilter(self)
