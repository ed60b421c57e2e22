"""A captioned pane: the building block of the window's three columns."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefwright.ui.text.elided_label import ElidedLabel


def pane(
    title: str, body: QWidget, name: str, buddy: QWidget | None = None
) -> tuple[QWidget, QLabel]:
    """Return a pane with a caption above ``body`` and the caption label.

    The caption's mnemonic (Alt+letter) moves the focus to ``buddy`` (default ``body``).
    """
    pane = QWidget()
    pane.setObjectName(f"{name}Pane")
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    # A long caption (an article's title) is shortened, never widening the column.
    caption = ElidedLabel(title)
    caption.setObjectName(f"{name}Caption")
    font = caption.font()
    font.setBold(True)
    caption.setFont(font)
    caption.setContentsMargins(8, 6, 8, 6)
    caption.setBuddy(buddy or body)
    layout.addWidget(caption)
    layout.addWidget(body, 1)
    return pane, caption
