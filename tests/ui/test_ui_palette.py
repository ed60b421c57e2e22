"""The window follows the system's dark or light colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefwright.ui.window.palette import apply_scheme, dark_palette, is_dark


def test_dark_palette_is_dark_and_readable() -> None:
    palette = dark_palette()
    assert is_dark(palette)
    from PySide6.QtGui import QPalette

    text = palette.color(QPalette.ColorRole.Text).lightness()
    base = palette.color(QPalette.ColorRole.Base).lightness()
    assert text - base > 150


def test_scheme_switches_the_palette_both_ways(qapp) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    try:
        apply_scheme(app, Qt.ColorScheme.Dark)
        assert is_dark(app.palette())
        apply_scheme(app, Qt.ColorScheme.Light)
        assert not is_dark(app.palette())
    finally:
        app.setStyle(style)
        app.setPalette(palette)
