"""Printing the briefing: the pages of the PDF the preview shows, through the print dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRectF, QSizeF, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from briefwright.ui import worker
from briefwright.ui.preview.page_images import PDFIUM_LOCK, SCREEN_DPI, RenderedPages, render_pages

PRINT_DPI = 300
"""Dots per inch the pages are rendered at for the printer (or the printer's own, if less)."""


def render_for_print(pdf: bytes, dpi: int) -> RenderedPages:
    """Return every page of ``pdf`` rendered at ``dpi`` (run off the UI thread)."""
    return render_pages(pdf, zoom=dpi / SCREEN_DPI, fit_width=0)


def print_pages(images: Sequence[QImage], printer: QPrinter) -> int:
    """Paint each page image on a page of ``printer``, scaled to fit; return the pages printed.

    Raise OSError when the printer cannot be started (no such printer, file not writable).
    """
    printer.setFullPage(True)  # the PDF pages carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(
                area.left() + (area.width() - width) / 2, area.top(), width, height
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(images)


def pdf_page_size(pdf: bytes) -> QPageSize:
    """Return the size of the first page of ``pdf`` (A4 when it has none).

    Raise ValueError when ``pdf`` is not a PDF.
    """
    import pypdfium2  # loaded when the user prints, not at start

    with PDFIUM_LOCK:
        try:
            document = pypdfium2.PdfDocument(pdf)
        except pypdfium2.PdfiumError as exc:
            raise ValueError(f"not a readable PDF: {exc}") from exc
        try:
            if len(document) == 0:
                return QPageSize(QPageSize.PageSizeId.A4)
            page = document[0]
            width, height = page.get_size()
            page.close()
        finally:
            document.close()
    fuzzy = QPageSize.SizeMatchPolicy.FuzzyMatch  # Letter is Letter, not a custom size
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", fuzzy)


def ask_printer(parent: QWidget, size: QPageSize) -> QPrinter | None:
    """Ask which printer to use through the system print dialog, proposing paper of ``size``;
    None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Briefing")
    printer.setPageSize(size)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print Briefing")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


class PrintFlow(QObject):
    """Prints for the window; ``finished(pages)`` or ``failed(message)`` ends each print."""

    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.running = False

    def print_pdf(self, pdf: bytes) -> None:
        """Ask for a printer and print ``pdf`` on it (nothing when cancelled)."""
        if self.running:
            return
        printer = ask_printer(self._window, pdf_page_size(pdf))
        if printer is not None:
            self.print_to(printer, pdf)

    def print_to(self, printer: QPrinter, pdf: bytes) -> None:
        """Render ``pdf`` in the background and paint its pages on ``printer``."""
        self.running = True
        dpi = min(max(printer.resolution(), 72), PRINT_DPI)
        worker.submit(
            "print",
            render_for_print,
            pdf,
            dpi,
            on_result=lambda pages: self._paint(printer, pages),
            on_error=self._fail,
        )

    def _paint(self, printer: QPrinter, pages: RenderedPages) -> None:
        self.running = False
        try:
            count = print_pages(pages.images, printer)
        except OSError as exc:
            self.failed.emit(str(exc))
            return
        self.finished.emit(count)

    def _fail(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(f"The briefing could not be printed: {error}")
