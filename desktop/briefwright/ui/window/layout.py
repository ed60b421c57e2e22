"""The window's columns: the article pane at once, the outline, details and preview panes later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QProgressBar, QScrollArea, QSplitter, QWidget

from briefwright.ui.window.panes import pane

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from briefwright.ui.article.source_view import SourceView
    from briefwright.ui.details.panel import DetailsPanel
    from briefwright.ui.outline.view import OutlineView
    from briefwright.ui.preview.view import PreviewView

SIDE, PREVIEW = 1, 2
STRETCH = (3, 3, 4)
DEFAULT_SIZES = (430, 420, 516)
SIDE_SIZES = (300, 110, 300)
SOURCES_SIZE = 110
"""The height the sources pane starts with, under the template's parts."""


def main_splitter(source: SourceView) -> tuple[QSplitter, QLabel]:
    """Return the three-column splitter with the article pane and its caption label.

    The side and preview columns hold empty stand-ins until :func:`fill_columns` puts the
    real panes in their place, so the first paint waits for none of them.
    """
    source_pane, caption = pane("&Article", source, "source")
    splitter = QSplitter()  # horizontal
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(source_pane)
    for name in ("sidePending", "previewPending"):
        stand_in = QWidget()
        stand_in.setObjectName(name)
        splitter.addWidget(stand_in)
    splitter.setChildrenCollapsible(False)
    _stretch(splitter)
    splitter.setSizes(list(DEFAULT_SIZES))
    return splitter, caption


def fill_columns(
    splitter: QSplitter,
    outline: OutlineView,
    details: DetailsPanel,
    preview: PreviewView,
    note: QWidget | None = None,
    sources: QWidget | None = None,
) -> QSplitter:
    """Put the outline, the template's parts and the details (one above the other) and the
    preview into ``splitter``.

    ``note`` stands under the outline, ``sources`` (the sources list) in a pane of its own
    under the parts. Return the vertical splitter holding the outline, the
    parts and the details.
    The stand-ins make way for them: the columns keep the sizes they were given.
    """
    details_scroll = QScrollArea()
    details_scroll.setObjectName("detailsScroll")
    details_scroll.setWidgetResizable(True)
    details_scroll.setFrameShape(QFrame.Shape.NoFrame)
    details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    details_scroll.setWidget(details)
    outline_pane, _ = pane("&Outline", outline, "outline")
    if note is not None:
        # Under the outline: what this template leaves off the page, before any export.
        layout = outline_pane.layout()
        if layout is not None:
            layout.addWidget(note)
    parts_pane, _ = pane("Template parts", details.judgment_panel.parts_view, "parts")
    details_pane, _ = pane("Details", details_scroll, "details")
    preview_pane, _ = pane("&Preview", preview, "preview", buddy=preview.pages_area)

    side = QSplitter(Qt.Orientation.Vertical)
    side.setObjectName("sideSplitter")
    side.addWidget(outline_pane)
    side.addWidget(parts_pane)
    sizes_side = list(SIDE_SIZES)
    if sources is not None:
        sources_pane, _ = pane("Sour&ces", sources, "sources")
        side.addWidget(sources_pane)
        # Its height comes out of the details', the outline keeps its own.
        sizes_side[-1] -= SOURCES_SIZE
        sizes_side.insert(2, SOURCES_SIZE)
    side.addWidget(details_pane)
    side.setChildrenCollapsible(False)
    side.setSizes(sizes_side)

    sizes = splitter.sizes()
    for index, widget in ((SIDE, side), (PREVIEW, preview_pane)):
        stand_in = splitter.widget(index)
        # insertWidget hands the pane to the splitter (PySide's replaceWidget leaves it owned
        # by Python, so it would vanish with the last reference to it).
        splitter.insertWidget(index, widget)
        if stand_in is not None:
            stand_in.setParent(None)
            stand_in.deleteLater()
    _stretch(splitter)
    splitter.setSizes(sizes)
    return side


def busy_indicator() -> QProgressBar:
    """Return the small, hidden, indeterminate bar the status bar shows while working."""
    busy = QProgressBar()
    busy.setObjectName("busyIndicator")
    busy.setAccessibleName("Working")
    busy.setRange(0, 0)
    busy.setMaximumWidth(140)
    busy.setMaximumHeight(14)
    busy.setTextVisible(False)
    busy.hide()
    return busy


def _stretch(splitter: QSplitter) -> None:
    # A stretch factor belongs to the widget in a column, so a replaced column needs it again.
    for index, stretch in enumerate(STRETCH):
        splitter.setStretchFactor(index, stretch)
