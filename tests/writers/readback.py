"""Reading exported PDF and DOCX files back as text, for assertions."""

from __future__ import annotations

import io
import re

import docx
import pypdf
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Return ``text`` without any whitespace (line wrapping differs between formats)."""
    return _SPACE.sub("", text)


def pdf_pages(data: bytes) -> list[str]:
    """Return the extracted text of every page of a PDF."""
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    """Return the text of the whole PDF, pages joined."""
    return "\n".join(pdf_pages(data))


def pdf_marking_positions(data: bytes, marking: str) -> list[tuple[bool, bool]]:
    """Return, per page, whether ``marking`` is printed near the top and near the bottom."""
    found: list[tuple[bool, bool]] = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        height = float(page.mediabox.height)
        ys: list[float] = []

        def visit(
            text: str, cm: list[float], tm: list[float], *_: object, ys: list[float] = ys
        ) -> None:
            if text.strip() == marking:
                ys.append(tm[5] * cm[3] + cm[5])

        page.extract_text(visitor_text=visit)
        found.append((any(y > height - 60 for y in ys), any(y < 60 for y in ys)))
    return found


def docx_lines(data: bytes) -> list[str]:
    """Return the body of a DOCX in order: one line per paragraph, one per table row."""
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxParagraph):
            lines.append(item.text)
        elif isinstance(item, DocxTable):
            for row in item.rows:
                lines.append(" | ".join(c.text for c in row.cells))
    return lines


def docx_header_footer(data: bytes) -> tuple[str, str]:
    """Return the text of the first section's header and footer (fields as their XML)."""
    section = docx.Document(io.BytesIO(data)).sections[0]
    header = "\n".join(p.text for p in section.header.paragraphs)
    footer = section.footer._element.xml
    return header, footer


def in_order(haystack: str, needles: list[str]) -> list[str]:
    """Return the needles not found in ``haystack`` in the given order (empty when all are)."""
    missing: list[str] = []
    pos = 0
    for needle in needles:
        at = haystack.find(needle, pos)
        if at < 0:
            missing.append(needle)
        else:
            pos = at + len(needle)
    return missing
