"""Keeping the preview in step with the briefing: debounced PDF builds off the UI thread."""

from __future__ import annotations

import gc
import io
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from briefwright.draft.edits import snapshot
from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from briefwright.model.document import Document
from briefwright.model.errors import BriefwrightError
from briefwright.ui import worker
from briefwright.ui.preview.page_images import RenderedPages, render_pages
from briefwright.ui.preview.view import PreviewView
from briefwright.ui.workspace import Workspace

DEBOUNCE_MS = 60


@dataclass(frozen=True)
class Built:
    """A finished preview: the Document, the PDF bytes and the pages rendered from them."""

    document: Document | None
    pdf: bytes
    pages: RenderedPages


def build_preview(briefing: Briefing, zoom: float, width: int, dpr: float) -> Built:
    """Return the composed Document, its PDF and the rendered pages (run off the UI thread).

    Raise what compose or the PDF writer raise.
    """
    # The PDF writer (and ReportLab) load with the first preview, off the UI thread.
    from briefwright.writers.pdf import write_pdf

    document = compose(briefing)
    buffer = io.BytesIO()
    write_pdf(document, buffer)
    pdf = buffer.getvalue()
    return Built(
        document, pdf, render_pages(pdf, zoom=zoom, fit_width=width, device_pixel_ratio=dpr)
    )


def rerender(pdf: bytes, zoom: float, width: int, dpr: float) -> Built:
    """Return the pages of an already built PDF at another zoom."""
    return Built(None, pdf, render_pages(pdf, zoom=zoom, fit_width=width, device_pixel_ratio=dpr))


class PreviewBuilder(QObject):
    """Rebuilds the preview after each change; at most one build runs, the latest wins.

    ``ready(latency_ms)`` is emitted when new pages are shown: the time from the first
    change they include to their display. ``failed(message)`` when a build fails.
    """

    ready = Signal(float)
    failed = Signal(str)

    def __init__(self, workspace: Workspace, view: PreviewView) -> None:
        super().__init__(view)
        self._ws = workspace
        self._view = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._content_dirty = False
        self._render_dirty = False
        self._busy = False
        self._pending_since: float | None = None
        self._running_since: float | None = None
        self._last_width = 0
        self._last_change = 0.0
        self.document: Document | None = None
        self.pdf: bytes = b""
        self.latencies_ms: list[float] = []
        self.builds = 0
        workspace.changed.connect(self.schedule)
        view.zoomChanged.connect(self._on_zoom)
        view.viewportResized.connect(self.width_changed)

    @property
    def busy(self) -> bool:
        """Return whether a build is running or waiting."""
        return self._busy or self._timer.isActive()

    def schedule(self) -> None:
        """Rebuild the preview shortly (changes within the debounce interval are built once)."""
        if self._ws.briefing is None:
            return
        now = time.perf_counter()
        if self._pending_since is None:
            self._pending_since = now
        self._content_dirty = True
        # A lone change (a click) builds at once; a burst (typing) is built once it pauses.
        quiet = now - self._last_change > DEBOUNCE_MS / 1000
        self._last_change = now
        self._timer.start(0 if quiet and not self._busy else DEBOUNCE_MS)

    def width_changed(self) -> None:
        """Re-render at the new width when the pages fit the width and it changed noticeably."""
        width = self._view.fit_width()
        if self._view.zoom == 0 and self.pdf and abs(width - self._last_width) > 2:
            self._render_dirty = True
            self._timer.start()

    def _on_zoom(self, _zoom: float) -> None:
        if self.pdf:
            self._render_dirty = True
            self._timer.start(0)

    def _start(self) -> None:
        if self._busy:
            return
        briefing = self._ws.briefing
        if briefing is None:
            return
        width = self._view.fit_width()
        self._last_width = width
        dpr = self._view.devicePixelRatioF()
        zoom = self._view.zoom
        if self._content_dirty:
            self._content_dirty = False
            self._render_dirty = False
            self._running_since, self._pending_since = self._pending_since, None
            self._busy = True
            worker.submit(
                "preview",
                build_preview,
                snapshot(briefing),
                zoom,
                width,
                dpr,
                on_result=self._on_built,
                on_error=self._on_error,
            )
        elif self._render_dirty and self.pdf:
            self._render_dirty = False
            self._running_since = None
            self._busy = True
            worker.submit(
                "preview-render",
                rerender,
                self.pdf,
                zoom,
                width,
                dpr,
                on_result=self._on_built,
                on_error=self._on_error,
            )

    def _on_built(self, built: Built) -> None:
        self._busy = False
        if built.document is not None:
            self.document = built.document
            self.builds += 1
        self.pdf = built.pdf
        self._view.show_pages(built.pages)
        latency = 0.0
        if self._running_since is not None:
            latency = (time.perf_counter() - self._running_since) * 1000
            self.latencies_ms.append(latency)
            self._running_since = None
        self._view.status.setText(
            f"{page_count(len(built.pages.images))} · updated in {latency:.0f} ms"
            if latency
            else page_count(len(built.pages.images))
        )
        self.ready.emit(latency)
        if self.builds == 1 and built.document is not None:
            QTimer.singleShot(0, self, settle_heap)
        if self._content_dirty or self._render_dirty:
            self._timer.start(0)

    def _on_error(self, error: BaseException) -> None:
        self._busy = False
        self._running_since = None
        if isinstance(error, BriefwrightError | ValueError | OSError):
            message = f"The preview could not be built: {error}"
        else:
            message = f"The preview could not be built ({type(error).__name__}: {error})."
        self._view.show_message(message)
        self.failed.emit(message)
        if self._content_dirty or self._render_dirty:
            self._timer.start(0)


def settle_heap() -> None:
    """Take what start-up made out of the garbage collector's sight, once the first preview shows.

    The language model, the libraries and the window are a heap of long-lived objects that
    every full collection walked again, in the middle of an edit. Frozen, they are left alone;
    the collector still frees what is made from now on. No collection first: that would be
    the very pause this avoids (what start-up left in cycles stays, once). Once a process:
    a second window's first preview finds the start-up heap frozen already.
    """
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()


_settled = False


def page_count(n: int) -> str:
    """Return ``"1 page"`` or ``"n pages"``."""
    return "1 page" if n == 1 else f"{n} pages"
