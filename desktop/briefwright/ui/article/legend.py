"""What the colours in the article mean: a strip under the article, shown on first run."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from briefwright.ui.article.source_view import ACTOR_TINT, FACT_TINT, FIND_TINT
from briefwright.ui.text.plain_widgets import plain_label
from briefwright.ui.window.icons import icon

LEGEND: tuple[tuple[QColor, str, str, str], ...] = (
    (FACT_TINT, "Blue", "Key fact", "a sentence used as a key fact"),
    (ACTOR_TINT, "Beige", "Actor", "a mention of a key actor"),
    (FIND_TINT, "Green", "Find", "a hit of Find"),
)
"""Each highlight of the article: its colour, the colour's name, a short label, what it marks."""


def legend_html() -> str:
    """Return the legend as HTML rows for the help text."""
    rows = "".join(
        f"<tr><td style='background:rgba({c.red()},{c.green()},{c.blue()},{c.alphaF():.2f})'>"
        f"&nbsp;&nbsp;&nbsp;&nbsp;</td><td>&nbsp;<b>{name}</b>: {meaning}</td></tr>"
        for c, name, _short, meaning in LEGEND
    )
    return f"<table cellspacing='4'>{rows}</table>"


def swatch(color: QColor) -> QLabel:
    """Return a small square label filled with ``color`` over the base colour."""
    label = QLabel()
    label.setFixedSize(16, 16)
    label.setAutoFillBackground(True)
    palette = label.palette()
    base = palette.color(QPalette.ColorRole.Base)
    alpha = color.alphaF()
    mixed = QColor(
        round(color.red() * alpha + base.red() * (1 - alpha)),
        round(color.green() * alpha + base.green() * (1 - alpha)),
        round(color.blue() * alpha + base.blue() * (1 - alpha)),
    )
    palette.setColor(QPalette.ColorRole.Window, mixed)
    label.setPalette(palette)
    label.setFrameShape(QFrame.Shape.Box)
    return label


class LegendBar(QFrame):
    """A strip naming each highlight colour; ``dismissed()`` when the user closes it."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendBar")
        self.setAccessibleName("What the colours mean")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(plain_label("Colours:"))
        for color, name, short, meaning in LEGEND:
            layout.addWidget(swatch(color))
            text = plain_label(short)
            text.setToolTip(f"{name}: {meaning}")
            # The key gives way in a narrow pane: it must never set the pane's width.
            text.setMinimumWidth(1)
            layout.addWidget(text)
        layout.addStretch(1)
        close = QToolButton()
        close.setObjectName("legendClose")
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        close.setToolTip("Hide the colour key (Help ▸ What the Colours Mean shows it again)")
        close.setAccessibleName("Hide the colour key")
        close.clicked.connect(self._dismiss)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
