"""The message under a field that says why what was typed there is not kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from briefwright.ui.window.palette import is_dark

_RED_ON_LIGHT = QColor(176, 0, 32)
_RED_ON_DARK = QColor(255, 128, 128)


class FieldError(QLabel):
    """A plain-text message in red, hidden while all is well; ``field`` gets it as its
    accessible description too, so a screen reader says it."""

    def __init__(self, name: str, field: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName("Input error")
        self._field = field
        palette = self.palette()
        red = _RED_ON_DARK if is_dark(palette) else _RED_ON_LIGHT
        palette.setColor(QPalette.ColorRole.WindowText, red)
        self.setPalette(palette)
        self.hide()

    def show_problem(self, message: str) -> bool:
        """Show ``message`` (hide the label when it is ``""``); return True when all is well."""
        self.setText(message)
        self.setVisible(bool(message))
        if self._field is not None:
            self._field.setAccessibleDescription(message)
        return not message
