"""A bare python-docx build of a Document: the default template's styles, nothing more."""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph

from briefwright.model.document import (
    Block,
    Box,
    Document,
    Heading,
    ListBlock,
    Para,
    Run,
    Table,
    TitleBlock,
)


def bare_docx_bytes(document: Document) -> bytes:
    """Return a DOCX of ``document`` built with python-docx's stock styles."""
    doc = new_docx()
    doc.core_properties.title = document.meta.title
    for block in document.blocks:
        _add(doc, block)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _runs(paragraph: Paragraph, runs: tuple[Run, ...]) -> None:
    for run in runs:
        r = paragraph.add_run(run.text)
        r.bold = run.bold or None
        r.italic = run.italic or None


def _add(doc: DocxDocument, block: Block) -> None:
    add_paragraph = doc.add_paragraph
    if isinstance(block, TitleBlock):
        doc.add_heading(block.title, 0)
        for key, value in block.fields:
            p = add_paragraph()
            p.add_run(f"{key}: ").bold = True
            p.add_run(value)
    elif isinstance(block, Heading):
        doc.add_heading(block.text, block.level)
    elif isinstance(block, Para):
        _runs(add_paragraph(), block.runs)
    elif isinstance(block, ListBlock):
        style = "List Number" if block.ordered else "List Bullet"
        for item in block.items:
            _runs(add_paragraph(style=style), item)
    elif isinstance(block, Table):
        table = doc.add_table(rows=1, cols=len(block.header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, block.header, strict=True):
            cell.text = text
        for row in block.rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    elif isinstance(block, Box):
        add_paragraph(block.title, style="Intense Quote")
        for para in block.paras:
            _runs(add_paragraph(style="Quote"), para.runs)
    else:
        raise TypeError(f"unknown block {type(block).__name__}")
