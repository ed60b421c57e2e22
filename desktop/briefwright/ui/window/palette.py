"""Following the system's light or dark colour scheme, also where the style would not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DARK: dict[QPalette.ColorRole, tuple[int, int, int]] = {
    QPalette.ColorRole.Window: (45, 45, 48),
    QPalette.ColorRole.WindowText: (230, 230, 230),
    QPalette.ColorRole.Base: (30, 30, 32),
    QPalette.ColorRole.AlternateBase: (40, 40, 43),
    QPalette.ColorRole.ToolTipBase: (55, 55, 58),
    QPalette.ColorRole.ToolTipText: (230, 230, 230),
    QPalette.ColorRole.PlaceholderText: (150, 150, 150),
    QPalette.ColorRole.Text: (230, 230, 230),
    QPalette.ColorRole.Button: (50, 50, 53),
    QPalette.ColorRole.ButtonText: (230, 230, 230),
    QPalette.ColorRole.BrightText: (255, 255, 255),
    QPalette.ColorRole.Light: (70, 70, 74),
    QPalette.ColorRole.Midlight: (60, 60, 64),
    QPalette.ColorRole.Mid: (40, 40, 43),
    QPalette.ColorRole.Dark: (22, 22, 24),
    QPalette.ColorRole.Shadow: (0, 0, 0),
    QPalette.ColorRole.Highlight: (38, 110, 200),
    QPalette.ColorRole.HighlightedText: (255, 255, 255),
    QPalette.ColorRole.Link: (110, 170, 255),
    QPalette.ColorRole.LinkVisited: (170, 140, 255),
}
_DISABLED_TEXT = (125, 125, 125)


def dark_palette() -> QPalette:
    """Return a dark palette for styles that do not bring one."""
    palette = QPalette()
    for role, rgb in _DARK.items():
        palette.setColor(role, QColor(*rgb))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(*_DISABLED_TEXT))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Return whether ``palette`` draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Make ``app`` dark or light as ``scheme`` says, when its style did not do so already."""
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())


def follow_system_scheme(app: QApplication) -> None:
    """Apply the system's colour scheme now and whenever it changes."""
    hints = app.styleHints()
    apply_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
