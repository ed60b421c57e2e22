"""Print: the preview's PDF through a printer, here one that writes a PDF file."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from briefwright.ui.preview import print_flow
from tests.ui.ui_readback import EXPORT_TIMEOUT_MS, action


def _file_printer(path: Path, size: QPageSize) -> QPrinter:
    """Return what the print dialog gives for "Print to file": a PDF printer, paper proposed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(size)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_writes_every_preview_page(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(print_flow, "ask_printer", lambda parent, size: _file_printer(target, size))
    with qtbot.waitSignal(window.desk.printing.finished, timeout=EXPORT_TIMEOUT_MS) as blocker:
        action(window, "actionPrint").trigger()
    pages = window.preview_view.page_count()
    assert blocker.args == [pages]
    printed = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(printed.pages) == pages
    preview = PdfReader(io.BytesIO(window.preview.pdf))
    # The printed page has the preview's page size (within a point).
    for a, b in zip(printed.pages, preview.pages, strict=True):
        assert abs(float(a.mediabox.width) - float(b.mediabox.width)) < 2
    assert "Printed" in window.statusBar().currentMessage()


def test_cancelled_print_dialog_prints_nothing(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(print_flow, "ask_printer", lambda parent, size: None)
    action(window, "actionPrint").trigger()
    assert not window.desk.printing.running
