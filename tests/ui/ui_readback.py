"""Reading exported files back, and small drivers of the window shared by the window tests."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document as open_docx
from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

EXPORT_TIMEOUT_MS = 30_000


def pdf_lines(source: Path | bytes) -> list[str]:
    """Return the text lines of every page of a PDF file or PDF bytes, white space tidied."""
    data = source if isinstance(source, bytes) else source.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    lines: list[str] = []
    for page in reader.pages:
        lines.extend(" ".join(line.split()) for line in page.extract_text().splitlines())
    return [line for line in lines if line]


def docx_lines(path: Path) -> list[str]:
    """Return the text of every paragraph and table cell of a Word file, in order."""
    document = open_docx(str(path))
    lines = [" ".join(p.text.split()) for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(" ".join(cell.text.split()) for cell in row.cells)
    return [line for line in lines if line]


def action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    """Return the window's action with object name ``name``."""
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def export(qtbot, window, monkeypatch, target: Path, fmt: str) -> Path:  # type: ignore[no-untyped-def]
    """Export through the menu action, answering the save dialog with ``target``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    name = "actionExportPdf" if fmt == "pdf" else "actionExportDocx"
    with qtbot.waitSignal(window.exports.finished, timeout=EXPORT_TIMEOUT_MS) as blocker:
        action(window, name).trigger()
    box = window.exports.last_message
    if box is not None:
        box.close()
    return Path(blocker.args[0])


def wait_preview(qtbot, window, change) -> None:  # type: ignore[no-untyped-def]
    """Run ``change()`` and wait until the preview shows a build made after it."""
    builds = window.preview.builds
    change()
    qtbot.waitUntil(
        lambda: window.preview.builds > builds and not window.preview.busy,
        timeout=EXPORT_TIMEOUT_MS,
    )
