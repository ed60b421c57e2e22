"""What the empty article pane says: open an article or paste one, with links that do it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit

MESSAGE = (
    "<p style='font-size:large'><a href='open'>Open an article</a> or "
    "<a href='paste'>paste one</a></p>"
    "<p>Text, Markdown, web pages and Word files; or drop one here.<br>"
    "<a href='help'>How Briefwright works</a> (F1)</p>"
)


class EmptyState(QLabel):
    """A message over an empty text view; ``linkActivated`` carries ``open``, ``paste`` or
    ``help``. It hides itself while the view holds text."""

    chosen = Signal(str)

    def __init__(self, view: QPlainTextEdit) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self.setAccessibleName("Open an article or paste one")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(MESSAGE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self.chosen)
        self._view = view
        view.setPlaceholderText("")  # the message takes its place
        view.document().contentsChanged.connect(self._follow)
        view.viewport().installEventFilter(self)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect().adjusted(16, 16, -16, -16))
        return super().eventFilter(watched, event)

    def _follow(self) -> None:
        self.setVisible(self._view.document().isEmpty())
