"""A one-line label that shortens its text with "…" to its width instead of widening its pane."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text cut at the right with "…" when it does not fit; the whole text is its tool
    tip then. An ``&`` mnemonic (for a buddy) is kept and never counts as a character."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.setText(text)

    def full_text(self) -> str:
        """Return the text as given, before shortening."""
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 200), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 0)
        flags = Qt.TextFlag.TextShowMnemonic.value if self.buddy() is not None else 0
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width, flags)
        super().setText(shown)
        plain = self._full.replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.setToolTip(plain if shown != self._full else "")
