"""PDF and Word export side by side: Briefwright, the bare libraries, and the peers' tools."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from bare_docx import bare_docx_bytes
from bare_pdf import bare_pdf_bytes
from briefwright.app.export import export_briefing
from briefwright.model.document import Document
from briefwright.writers.pdf import write_pdf
from briefwright.writers.word import write_docx
from content import Content
from html_doc import document_html
from markdown_doc import document_markdown
from peers import OUT, Peer
from report import Results, Row
from timing import measure

# Seconds each tool may spend per size; one run is always timed, however long.
BUDGET_S = {1: 3.0, 10: 5.0, 100: 10.0}
PROCESS_TIMEOUT_S = 600

BW_EXPORT = "Briefwright export_briefing (compose + write, in process)"
BW_PDF = "Briefwright write_pdf (in process)"
BARE_RL = "bare ReportLab (in process)"
WEASY = "WeasyPrint on equivalent HTML (in process)"
LIBRE = "LibreOffice our DOCX → PDF (process)"
BW_DOCX = "Briefwright write_docx (in process)"
BARE_DOCX = "bare python-docx (in process)"
PANDOC = "pandoc Markdown → DOCX (process)"


def _label(n: int) -> str:
    return f"×{n}"


def _timed(
    results: Results, group: str, name: str, n: int, work: Callable[[], object], warm: bool
) -> None:
    timing = measure(work, BUDGET_S[n], warmup=warm)
    results.add(Row(group, name, _label(n), round(timing.median_ms, 2), "ms", timing.n))


def _skipped(results: Results, group: str, name: str, n: int, why: str) -> None:
    results.add(Row(group, name, _label(n), None, "ms", 0, why))


def _to_buffer(write: Callable[[Document, io.BytesIO], None], doc: Document) -> Callable[[], None]:
    return lambda: write(doc, io.BytesIO())


def run_pdf(results: Results, content: Content, peers: dict[str, Peer]) -> None:
    """Measure every PDF route at every size and record the rows under ``PDF``."""
    group = "PDF"
    briefing = content.briefing
    _timed(
        results, group, BW_EXPORT, 1, lambda: export_briefing(briefing, io.BytesIO(), "pdf"), True
    )
    weasy = peers["weasyprint"]
    html_class = None
    if weasy.available:
        from weasyprint import HTML

        html_class = HTML
    for n, doc in content.documents.items():
        warm = n == 1
        _timed(results, group, BW_PDF, n, _to_buffer(write_pdf, doc), warm)
        _timed(results, group, BARE_RL, n, lambda doc=doc: bare_pdf_bytes(doc), warm)
        if html_class is not None:
            html = document_html(doc)
            _timed(results, group, WEASY, n, lambda h=html: html_class(string=h).write_pdf(), warm)
        else:
            _skipped(results, group, WEASY, n, weasy.note)
    _run_libreoffice(results, content, peers["soffice"])


def _run_libreoffice(results: Results, content: Content, soffice: Peer) -> None:
    group = "PDF"
    if not soffice.available:
        for n in content.documents:
            _skipped(results, group, LIBRE, n, soffice.note)
        return
    work = Path(tempfile.mkdtemp(prefix="libreoffice-", dir=_out()))
    # A private profile: the user's own is left alone, and its first-run setup is not timed.
    profile = f"-env:UserInstallation=file://{work / 'profile'}"
    try:
        commands = {}
        for n, doc in content.documents.items():
            source = work / f"briefing-x{n}.docx"
            write_docx(doc, source)
            commands[n] = [
                shutil.which("soffice") or "soffice",
                "--headless",
                "--norestore",
                profile,
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "pdf"),
                str(source),
            ]
        _time_commands(results, group, LIBRE, commands)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_docx(results: Results, content: Content, peers: dict[str, Peer]) -> None:
    """Measure every Word route at every size and record the rows under ``DOCX``."""
    group = "DOCX"
    briefing = content.briefing
    _timed(
        results, group, BW_EXPORT, 1, lambda: export_briefing(briefing, io.BytesIO(), "docx"), True
    )
    for n, doc in content.documents.items():
        warm = n == 1
        _timed(results, group, BW_DOCX, n, _to_buffer(write_docx, doc), warm)
        _timed(results, group, BARE_DOCX, n, lambda doc=doc: bare_docx_bytes(doc), warm)
    pandoc = peers["pandoc"]
    if not pandoc.available:
        for n in content.documents:
            _skipped(results, group, PANDOC, n, pandoc.note)
        return
    work = Path(tempfile.mkdtemp(prefix="pandoc-", dir=_out()))
    try:
        commands = {}
        for n, doc in content.documents.items():
            source = work / f"briefing-x{n}.md"
            source.write_text(document_markdown(doc), encoding="utf-8")
            commands[n] = [
                shutil.which("pandoc") or "pandoc",
                "-f",
                "markdown",
                "-t",
                "docx",
                "-o",
                str(work / f"briefing-x{n}.docx"),
                str(source),
            ]
        _time_commands(results, group, PANDOC, commands)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _time_commands(
    results: Results, group: str, label: str, commands: dict[int, list[str]]
) -> None:
    """Time each size's conversion as a whole process; a failure stops the peer with one row."""
    try:
        for n, command in commands.items():

            def convert(command: list[str] = command) -> None:
                subprocess.run(command, check=True, capture_output=True, timeout=PROCESS_TIMEOUT_S)

            _timed(results, group, label, n, convert, n == 1)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        results.add(Row(group, label, "", None, "ms", 0, f"failed: {exc}"))


def _out() -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT
