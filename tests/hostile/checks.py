"""What a faithful export is, and the guards around each hostile case (time, local files)."""

from __future__ import annotations

import contextlib
import io
import re
import signal
import sys
import unicodedata
import zipfile
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pypdf
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont

from briefwright.draft.summary import printed_sentences
from briefwright.model.briefing import Briefing
from briefwright.writers.fonts import REGULAR, register_fonts
from briefwright.writers.text_safe import xml_safe

_SPACE = re.compile(r"\s+")
# Text this close to a page edge is page furniture (marking, footer), not the body.
_FURNITURE_BAND = 18 * mm


def squash(text: str) -> str:
    """Return ``text`` without whitespace: line wrapping differs between formats."""
    return _SPACE.sub("", text)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the block when it runs longer than ``seconds`` (main thread)."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pdf_body_text(data: bytes) -> str:
    """Return the text of every page's body, without the marking and footer lines.

    A paragraph that runs over a page break then reads as one piece.
    """
    pieces: list[str] = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        height = float(page.mediabox.height)

        def visit(
            text: str, cm: list[float], tm: list[float], *_: Any, height: float = height
        ) -> None:
            y = tm[5] * cm[3] + cm[5]
            if _FURNITURE_BAND < y < height - _FURNITURE_BAND:
                pieces.append(text)

        page.extract_text(visitor_text=visit)
    return "".join(pieces)


def docx_all_text(data: bytes) -> str:
    """Return the text of every XML part of a DOCX (body, headers, properties), tags kept."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(
            archive.read(n).decode("utf-8", "replace")
            for n in archive.namelist()
            if n.endswith((".xml", ".rels"))
        )


def pdf_normal(text: str) -> str:
    """Return ``text`` as the PDF can show it: whitespace gone, characters without a glyph gone.

    Compatibility forms are folded (NFKC). The embedded DejaVu Sans lacks CJK, emoji and
    some format characters (U+007F); ReportLab prints its missing-glyph box for them, which
    pypdf reads back as NUL. Those are dropped from both sides of the comparison.
    """
    covered = _covered()
    return "".join(c for c in squash(_compatible(xml_safe(text))) if ord(c) in covered)


def pdf_extracted(text: str) -> str:
    """Return extracted PDF text normalised as :func:`pdf_normal` (missing glyphs dropped)."""
    covered = _covered()
    return "".join(c for c in squash(_compatible(text)) if ord(c) in covered)


_DIRECTION_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _compatible(text: str) -> str:
    # The PDF draws Arabic in its joined presentation forms (what a reader sees); NFKC maps
    # them back to the letters. Invisible direction controls are left off the page on purpose
    # (an override must not disguise a file name), so they are dropped from both sides.
    return _DIRECTION_CONTROLS.sub("", unicodedata.normalize("NFKC", text))


def docx_normal(text: str) -> str:
    """Return ``text`` as a DOCX holds it: whitespace gone, XML-invalid characters as U+FFFD."""
    return squash(xml_safe(text))


_COVERED: set[int] = set()


def _covered() -> set[int]:
    if not _COVERED:
        register_fonts()
        _COVERED.update(getFont(REGULAR).face.charToGlyph)
        _COVERED.discard(0)
    return _COVERED


def included_texts(briefing: Briefing) -> list[str]:
    """Return the texts the export must show: included sections' paragraphs and facts."""
    texts = [
        briefing.lead_article.paragraph(pid).text
        for section in briefing.included_sections()
        if section.display == "full"
        for pid in section.paragraphs
    ]
    texts += [
        s.text
        for section in briefing.included_sections()
        if section.display == "summary"
        for s in printed_sentences(briefing, section)
        if not any(s.text in t for t in texts)
    ]
    texts += [f.text.strip() for f in briefing.included_facts()]
    return [t for t in texts if t.strip()]


class OpenWatch:
    """Records every Python-level open of a path containing ``needle`` (an audit hook)."""

    def __init__(self) -> None:
        self.needle: str | None = None
        self.seen: list[str] = []
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.needle is None or event != "open" or not args:
            return
        path = args[0]
        if isinstance(path, bytes):
            path = path.decode("utf-8", "replace")
        if isinstance(path, str) and self.needle in path:
            self.seen.append(path)


OPEN_WATCH = OpenWatch()
