"""SVG icons from resources/icons, drawn in the palette's text colour at any size."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from briefwright.model.assets import APP_ID, get_asset

_ALIASES: dict[str, str] = {"app": "briefwright"}


class _PaletteSvgEngine(QIconEngine):
    """Renders an SVG whose ``currentColor`` becomes the palette's text colour when drawn.

    Drawing from the vector at each size keeps icons sharp on high-DPI screens, and reading
    the palette at paint time follows a switch between light and dark.
    """

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        # Drawn once per size, mode, scale and colour: a toolbar repaints its icons at every
        # edit, and drawing an SVG costs a tenth of a millisecond or more each time.
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self._svg)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        data = self._svg.replace(b"currentColor", _colour(mode).encode("ascii"))
        renderer = QSvgRenderer(QByteArray(data))
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), mode, state, scale, _colour(mode))
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size * scale), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def isNull(self) -> bool:
        return not self._svg


def _colour(mode: QIcon.Mode) -> str:
    """Return the palette's text colour for ``mode``, read at paint time (light or dark)."""
    disabled = mode == QIcon.Mode.Disabled
    group = QPalette.ColorGroup.Disabled if disabled else QPalette.ColorGroup.Normal
    return str(QApplication.palette().color(group, QPalette.ColorRole.WindowText).name())


@cache
def _svg(name: str) -> bytes:
    return get_asset("icons", f"{_ALIASES.get(name, name)}.svg").read_bytes()


def icon(name: str) -> QIcon:
    """Return the icon ``resources/icons/<name>.svg``; raise FileNotFoundError if it is missing."""
    return QIcon(_PaletteSvgEngine(_svg(name)))


def app_icon() -> QIcon:
    """Return the application icon (drawn in its own colours)."""
    return QIcon(str(get_asset("icons", "app", f"{APP_ID}.svg")))
