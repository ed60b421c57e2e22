"""Showing text from an article so that Qt never takes it as HTML or loads what it names."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QMessageBox, QSizePolicy, QSpacerItem, QWidget

_TOOLTIP_LIMIT = 600
# A title bar holds more than its title: window managers set the title larger and bolder than
# the dialog's text and centre it between the window's icon and buttons on one side and as
# much room kept on the other.
_TITLE_SCALE = 1.25
_TITLE_BAR_EXTRA = 200


def plain_tooltip(text: str) -> str:
    """Return ``text`` as tool-tip markup that shows it literally, wrapped, and cut if very long.

    Tool tips guess whether a string is HTML; escaping it inside our own ``<p>`` makes the
    guess harmless and lets long text wrap.
    """
    if len(text) > _TOOLTIP_LIMIT:
        text = text[:_TOOLTIP_LIMIT].rstrip() + "…"
    body = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Return a label that shows ``text`` as plain text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """Return a window-modal message box whose texts are plain text; the caller shows it."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
        # The informative text has no format setter of its own: keep it out of rich-text mode.
        for label in box.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        # A message box sizes itself to its texts; this keeps it as wide as its title needs,
        # so the title bar never cuts it ("Unsaved chan…").
        spacer = QSpacerItem(
            title_width(box, title), 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum
        )
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    return box


def title_width(window: QWidget, title: str) -> int:
    """Return how wide ``window`` must be for a title bar to show ``title`` whole."""
    text = QFontMetrics(window.font()).horizontalAdvance(title)
    return int(text * _TITLE_SCALE) + _TITLE_BAR_EXTRA


def show_error(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    """Show an error dialog without blocking and return it."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, text, informative)
    box.setObjectName("errorDialog")
    box.open()
    return box
