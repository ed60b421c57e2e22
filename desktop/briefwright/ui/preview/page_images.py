"""PDF pages as QImages, rendered with PDFium (safe to call from any thread, one at a time)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0
SCREEN_DPI = 96.0

# PDFium is not thread-safe: two previews rendering at once on the worker pool, or a print
# on the UI thread during a render, crashed the process inside libpdfium (a trap, no
# exception). Every use of PDFium holds this lock.
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class RenderedPages:
    """The pages of one PDF at one zoom: images in device pixels and the zoom they show."""

    images: tuple[QImage, ...]
    zoom: float
    device_pixel_ratio: float


def render_pages(
    pdf: bytes, *, zoom: float, fit_width: int, device_pixel_ratio: float = 1.0
) -> RenderedPages:
    """Return every page of ``pdf`` as an image.

    ``zoom`` 1.0 shows a page at its real size on a 96-dpi screen; ``zoom`` 0 fits the widest
    page into ``fit_width`` logical pixels. Raise ValueError when ``pdf`` is not a PDF.
    """
    # Loaded on the first preview, off the UI thread: start-up does not wait for PDFium.
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise ValueError(f"the preview is not a readable PDF: {exc}") from exc
        try:
            if zoom <= 0:
                # The sizes without loading the pages: each load parses the page again.
                sizes = (document.get_page_size(i) for i in range(len(document)))
                widest = max((width for width, _ in sizes), default=595.0)
                zoom = max(fit_width, 100) / (widest * SCREEN_DPI / POINTS_PER_INCH)
            scale = zoom * SCREEN_DPI / POINTS_PER_INCH * device_pixel_ratio
            images = []
            for page in document:
                bitmap = page.render(scale=scale, prefer_bgrx=True)
                # BGRx bytes are Qt's RGB32 on little-endian machines; copy() detaches the
                # buffer, so the bitmap can be closed at once.
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                ).copy()
                bitmap.close()
                image.setDevicePixelRatio(device_pixel_ratio)
                images.append(image)
                page.close()
            return RenderedPages(tuple(images), zoom, device_pixel_ratio)
        finally:
            document.close()
