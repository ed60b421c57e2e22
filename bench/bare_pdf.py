"""A bare ReportLab build of a Document: stock platypus styles, no page furniture.

This is what a developer writes in an afternoon: the same paragraphs, lists and tables as the
Briefwright PDF in the same embedded DejaVu Sans family (the stock styles with their Helvetica
faces swapped for it), without markings, keep-with-next rules, colours or page numbers.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus import Table as RLTable

from briefwright.model.document import (
    Block,
    Box,
    Document,
    Heading,
    ListBlock,
    Para,
    Table,
    TitleBlock,
)
from briefwright.writers.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from html_doc import inline_markup

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
# The same four faces Briefwright embeds, in place of the stock styles' Helvetica faces.
FACES = {
    "Helvetica": REGULAR,
    "Helvetica-Bold": BOLD,
    "Helvetica-Oblique": ITALIC,
    "Helvetica-BoldOblique": BOLD_ITALIC,
}
register_fonts()
STYLES = getSampleStyleSheet()
for _style in STYLES.byName.values():
    for _attr in ("fontName", "bulletFontName"):
        if getattr(_style, _attr, None) in FACES:
            setattr(_style, _attr, FACES[getattr(_style, _attr)])
BODY = STYLES["BodyText"]
GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]
SHADE = [
    ("BACKGROUND", (0, 0), (-1, -1), colors.whitesmoke),
    ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
]


def bare_pdf_bytes(document: Document) -> bytes:
    """Return a PDF of ``document`` built with stock ReportLab styles."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE_SIZES[document.meta.page_size],
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=document.meta.title,
    )
    story: list[Flowable] = []
    for block in document.blocks:
        story.extend(_flowables(block, doc.width))
    doc.build(story)
    return out.getvalue()


def _flowables(block: Block, width: float) -> list[Flowable]:
    if isinstance(block, TitleBlock):
        return [
            Paragraph(escape(block.title), STYLES["Title"]),
            *(Paragraph(f"<b>{escape(k)}:</b> {escape(v)}", BODY) for k, v in block.fields),
        ]
    if isinstance(block, Heading):
        style = STYLES["Heading2" if block.level == 1 else "Heading3"]
        return [Paragraph(escape(block.text), style)]
    if isinstance(block, Para):
        return [Paragraph(inline_markup(block.runs), BODY)]
    if isinstance(block, ListBlock):
        items = [ListItem(Paragraph(inline_markup(item), BODY)) for item in block.items]
        bullet = "1" if block.ordered else "bullet"
        return [ListFlowable(items, bulletType=bullet, bulletFontName=REGULAR)]
    if isinstance(block, Table):
        head = [Paragraph(f"<b>{escape(h)}</b>", BODY) for h in block.header]
        rows = [[Paragraph(escape(c), BODY) for c in row] for row in block.rows]
        table = RLTable([head, *rows], colWidths=[w * width for w in block.widths], repeatRows=1)
        table.setStyle(GRID)
        return [table, Spacer(0, 6)]
    if isinstance(block, Box):
        cell = [Paragraph(f"<b>{escape(block.title)}</b>", BODY)]
        cell += [Paragraph(inline_markup(p.runs), BODY) for p in block.paras]
        box = RLTable([[cell]], colWidths=[width])
        box.setStyle(SHADE)
        return [box, Spacer(0, 6)]
    raise TypeError(f"unknown block {type(block).__name__}")
