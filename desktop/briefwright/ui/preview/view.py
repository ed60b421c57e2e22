"""The preview pane: every page of the real PDF, with zoom and page navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefwright.ui.preview.page_images import RenderedPages
from briefwright.ui.text.elided_label import ElidedLabel
from briefwright.ui.text.plain_widgets import plain_label
from briefwright.ui.window.icons import icon

FIT_WIDTH = 0.0
ZOOM_STEPS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
_PAGE_GAP = 14


class _Pages(QScrollArea):
    """The scrolling column of pages; Ctrl+wheel zooms; ``resized`` when the viewport resizes."""

    zoomStep = Signal(int)
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomStep.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class PreviewView(QWidget):
    """Shows rendered pages; ``zoomChanged(zoom)`` asks for a new rendering (0 = fit width)."""

    zoomChanged = Signal(float)
    viewportResized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewView")
        self.setAccessibleName("Preview of the briefing")
        self._zoom = FIT_WIDTH
        self._labels: list[QLabel] = []
        self._page_count = 0

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(4)
        self.prev_button = self._tool_button("go-previous", "Previous page", "Previous page")
        self.next_button = self._tool_button("go-next", "Next page", "Next page")
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setRange(1, 1)
        self.page_spin.setAccessibleName("Page number")
        self.page_spin.setToolTip("Go to page")
        self.page_spin.setKeyboardTracking(False)
        self.page_total = plain_label("of 1")
        self.page_total.setAccessibleName("Page count")
        self.zoom_out_button = self._tool_button("zoom-out", "Zoom out (Ctrl+-)", "Zoom out")
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("zoomCombo")
        self.zoom_combo.setAccessibleName("Zoom")
        self.zoom_combo.setToolTip("Zoom of the preview")
        self.zoom_combo.addItem("Fit width", FIT_WIDTH)
        for step in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{round(step * 100)} %", step)
        self.zoom_in_button = self._tool_button("zoom-in", "Zoom in (Ctrl++)", "Zoom in")
        self.status = ElidedLabel("")
        self.status.setObjectName("previewStatus")
        self.status.setAccessibleName("Preview status")
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The status gives way first when the pane is narrow, so no control is cut off.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(0)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.zoom_in_button)

        self.pages_area = _Pages()
        self.pages_area.setObjectName("previewPages")
        self.pages_area.setAccessibleName("Preview pages")
        self.pages_area.setToolTip("")
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages_area.setFrameShape(QFrame.Shape.NoFrame)
        self.pages_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.pages_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._column = QWidget()
        self._column.setBackgroundRole(QPalette.ColorRole.Dark)
        self._column_layout = QVBoxLayout(self._column)
        self._column_layout.setContentsMargins(_PAGE_GAP, _PAGE_GAP, _PAGE_GAP, _PAGE_GAP)
        self._column_layout.setSpacing(_PAGE_GAP)
        self._column_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._message = plain_label("Preparing the preview…")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setForegroundRole(QPalette.ColorRole.BrightText)
        self._column_layout.addWidget(self._message)
        self.pages_area.setWidget(self._column)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.pages_area, 1)

        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_combo.activated.connect(self._on_zoom_chosen)
        self.pages_area.zoomStep.connect(self.step_zoom)
        self.pages_area.resized.connect(self.viewportResized)
        self.pages_area.verticalScrollBar().valueChanged.connect(self._sync_page_spin)
        self._update_navigation()

    # --- public ----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """Return the zoom asked for: 0 for fit width, else a factor of the real size."""
        return self._zoom

    def fit_width(self) -> int:
        """Return the width in logical pixels a page fits into at "Fit width"."""
        bar = self.pages_area.verticalScrollBar().sizeHint().width()
        return max(self.pages_area.viewport().width() - 2 * _PAGE_GAP - bar, 100)

    def page_count(self) -> int:
        """Return the number of pages shown."""
        return self._page_count

    def page_pixmap(self, page: int) -> QPixmap:
        """Return the image of page ``page`` (0-based) as shown."""
        return self._labels[page].pixmap()

    def set_zoom(self, zoom: float) -> None:
        """Choose a zoom (0 for fit width) and ask for pages at that zoom."""
        self._zoom = zoom
        # At fit width a page a few pixels too wide (until re-rendered) must not add a scroll bar.
        self.pages_area.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if zoom == FIT_WIDTH
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        index = self.zoom_combo.findData(zoom)
        if index < 0:
            self.zoom_combo.addItem(f"{round(zoom * 100)} %", zoom)
            index = self.zoom_combo.count() - 1
        self.zoom_combo.setCurrentIndex(index)
        self.zoomChanged.emit(zoom)

    def step_zoom(self, direction: int) -> None:
        """Zoom in (``direction`` > 0) or out by one step from what is shown."""
        shown = self._shown_zoom if self._zoom == FIT_WIDTH else self._zoom
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > shown + 0.01]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < shown - 0.01]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def show_pages(self, pages: RenderedPages) -> None:
        """Show rendered pages, keeping the reading position."""
        self._message.hide()
        self._shown_zoom = pages.zoom
        bar = self.pages_area.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        while len(self._labels) < len(pages.images):
            label = QLabel()
            label.setFrameShape(QFrame.Shape.Box)
            label.setLineWidth(1)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(f"Page {len(self._labels) + 1}")
            self._column_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        for label, image in zip(self._labels, pages.images, strict=False):
            label.setPixmap(QPixmap.fromImage(image))
            label.show()
        for label in self._labels[len(pages.images) :]:
            label.hide()
        self._page_count = len(pages.images)
        self.page_spin.setRange(1, max(self._page_count, 1))
        self.page_total.setText(f"of {self._page_count}")
        self._column.adjustSize()
        bar.setValue(round(ratio * bar.maximum()))
        self._update_navigation()

    def show_message(self, text: str) -> None:
        """Show a message instead of pages (for a preview that could not be built)."""
        for label in self._labels:
            label.hide()
        self._page_count = 0
        self._message.setText(text)
        self._message.show()
        self._update_navigation()

    def current_page(self) -> int:
        """Return the 0-based page at the top of the view."""
        top = self.pages_area.verticalScrollBar().value() + self.pages_area.viewport().height() // 3
        for i, label in enumerate(self._labels[: self._page_count]):
            if label.geometry().bottom() + _PAGE_GAP >= top:
                return i
        return max(self._page_count - 1, 0)

    def go_to_page(self, page: int) -> None:
        """Scroll page ``page`` (0-based) to the top of the view."""
        if not 0 <= page < self._page_count:
            return
        self.pages_area.verticalScrollBar().setValue(
            self._labels[page].geometry().top() - _PAGE_GAP
        )
        self._update_navigation(page)

    # --- internals -------------------------------------------------------------------------

    _shown_zoom = 1.0

    def _tool_button(self, icon_name: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        return button

    def _on_zoom_chosen(self, index: int) -> None:
        value = self.zoom_combo.itemData(index)
        self.set_zoom(float(value) if value is not None else FIT_WIDTH)

    def _sync_page_spin(self) -> None:
        self._update_navigation()

    def _update_navigation(self, page: int | None = None) -> None:
        current = self.current_page() if page is None else page
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(current + 1)
        self.page_spin.blockSignals(False)
        self.prev_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < self._page_count - 1)
        self.page_spin.setEnabled(self._page_count > 1)
