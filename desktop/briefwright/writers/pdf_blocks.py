"""Turning Document blocks into ReportLab flowables: paragraphs, numbered lists, tables, the box."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from briefwright.model.document import (
    KEEP_WHOLE_ROWS,
    Block,
    Box,
    Heading,
    ListBlock,
    Para,
    Run,
    TitleBlock,
)
from briefwright.model.document import Table as TableBlock
from briefwright.writers.fonts import REGULAR
from briefwright.writers.pdf_frags import quick_frags
from briefwright.writers.pdf_markup import (
    REF_COLOUR,
    chunk_runs,
    chunk_text,
    one_font,
    runs_markup,
    text_markup,
)
from briefwright.writers.pdf_styles import RULE, ZEBRA, Styles
from briefwright.writers.theme import FIELD_WIDTHS
from briefwright.writers.title_fields import field_rows, spans_width

REF_INK = HexColor(REF_COLOUR)


class TextParagraph(Paragraph):
    """A Paragraph that lays its lines out once per width and can end in a coloured reference.

    ReportLab measures a flowable again for every keep-with-next group, table row and frame
    it is offered to; the lines depend only on the width, so the first layout is kept.
    ``ref_tail`` is text at the very end printed in REF_COLOUR (see ``one_font``).
    """

    _laid_out_at: float | None = None
    ref_tail = ""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,
        frags: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        # The parts of a split paragraph come with their fragments made already.
        quick = quick_frags(text, style) if frags is None and text is not None else None
        if quick is not None:
            text, frags = quick
        super().__init__(text, style, bulletText, frags=frags, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Return the paragraph's width and height at ``availWidth``."""
        if availWidth != self._laid_out_at:
            width, height = super().wrap(availWidth, availHeight)
            if height >= 0x7FFFFFFF:
                return width, height
            self._laid_out_at = availWidth
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Return the parts that fit and the rest; the last part keeps the reference."""
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if not hasattr(self, "blPara"):
            # ReportLab drops the layout when nothing fits; it must be made again.
            self._laid_out_at = None
        if parts and self.ref_tail:
            parts[-1].ref_tail = self.ref_tail
        return parts

    def beginText(self, x: float, y: float) -> PDFTextObject:
        """Return the text object the lines are drawn into, colouring the reference."""
        blpara = self.blPara
        if not self.ref_tail or blpara.kind != 0:
            return super().beginText(x, y)
        return _TailColoured(self.canv, x, y, self.ref_tail, len(blpara.lines), blpara.textColor)


class _TailColoured(PDFTextObject):
    """A text object that prints ``tail`` at the end of its last line in REF_COLOUR."""

    def __init__(
        self, canvas: Canvas, x: float, y: float, tail: str, lines: int, ink: Color
    ) -> None:
        super().__init__(canvas, x, y)
        self._tail = tail
        self._lines_left = lines
        self._ink = ink

    def _textOut(self, text: str, TStar: int = 0) -> None:
        self._lines_left -= 1
        tail = self._tail
        if self._lines_left or not text.endswith(tail):
            super()._textOut(text, TStar)
            return
        head = text[: -len(tail)]
        if head:
            super()._textOut(head, 0)
        self.setFillColor(REF_INK)
        super()._textOut(tail, TStar)
        self.setFillColor(self._ink)


class FlowableBuilder:
    """Build the flowables of a document for one set of styles and one text width."""

    def __init__(self, styles: Styles, width: float, keep_height: float = 0.0) -> None:
        self.styles = styles
        self.width = width
        self.keep_height = keep_height

    def build(self, blocks: Iterable[Block]) -> list[Flowable]:
        """Return the flowables for ``blocks`` in order."""
        out: list[Flowable] = []
        small: list[Flowable] = []
        for block in blocks:
            if isinstance(block, Para) and block.style == "small":
                small += self.para(block.runs, self.styles.small)
                continue
            if small:
                out += _chained(small)
                small = []
            if isinstance(block, TitleBlock):
                out += self.title_block(block)
            elif isinstance(block, Heading):
                style = self.styles.h1 if block.level <= 1 else self.styles.h2
                out.append(TextParagraph(text_markup(block.text), style))
            elif isinstance(block, Para):
                out += self.para(block.runs, self._para_style(block.style))
            elif isinstance(block, ListBlock):
                out += self.list_block(block)
            elif isinstance(block, TableBlock):
                out.append(self.table(block))
            elif isinstance(block, Box):
                out.append(self.box(block))
        return out + _chained(small)

    def _para_style(self, name: str) -> ParagraphStyle:
        return {
            "small": self.styles.small,
            "quote": self.styles.quote,
            "note": self.styles.note,
        }.get(name, self.styles.body)

    def para(
        self, runs: Sequence[Run], style: ParagraphStyle, bullet: str | None = None
    ) -> list[Flowable]:
        """Return a paragraph, as several flowables of one look when it is very long."""
        pieces = chunk_runs(runs)
        if len(pieces) == 1:
            return [_run_paragraph(runs, style, bullet)]
        inner = ParagraphStyle(f"{style.name}-cont", parent=style, spaceBefore=0, spaceAfter=0)
        last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
        out: list[Flowable] = []
        for i, piece in enumerate(pieces):
            first, final = i == 0, i == len(pieces) - 1
            piece_style = last if final else inner
            if first and not final:
                piece_style = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
            out.append(_run_paragraph(piece, piece_style, bullet if first else None))
        return out

    def title_block(self, block: TitleBlock) -> list[Flowable]:
        """Return the title, a two-column table of its fields and a rule under them."""
        s = self.styles
        out: list[Flowable] = [TextParagraph(text_markup(block.title), s.title)]
        if block.fields:
            out.append(self.fields_table(block.fields))
        out.append(Spacer(1, 6))
        out.append(HRFlowable(width="100%", thickness=1.4, color=s.accent, spaceAfter=10))
        return out

    def fields_table(self, fields: Sequence[tuple[str, str]]) -> Table:
        """Return the title block's fields: short ones two to a row (label, value, label,
        value), a long one (a subject line) on a row of its own across the width."""
        s = self.styles
        widths = [w * self.width for w in FIELD_WIDTHS]
        rows: list[list[Flowable]] = []
        spans: list[int] = []
        for r, group in enumerate(field_rows(fields)):
            cells: list[Flowable] = []
            for k, v in group:
                cells += [
                    TextParagraph(text_markup(k.upper()), s.field_label),
                    TextParagraph(text_markup(v), s.field_value),
                ]
            if len(group) == 1:
                cells += [Spacer(1, 1), Spacer(1, 1)]
            if spans_width(group):
                spans.append(r)
            rows.append(cells)
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                *(("SPAN", (1, r), (3, r)) for r in spans),
            ]
        )
        return table

    def list_block(self, block: ListBlock) -> list[Flowable]:
        """Return one hanging-indented paragraph per item, numbered or bulleted."""
        out: list[Flowable] = []
        for number, item in enumerate(block.items, start=1):
            bullet = f"{number}." if block.ordered else "•"
            out += self.para(item, self.styles.list_item, bullet=bullet)
        return out

    def cell(self, text: str, style: ParagraphStyle) -> list[Flowable]:
        """Return a table cell's paragraphs; long text is cut so a row can split across pages."""
        return [TextParagraph(text_markup(piece), style) for piece in chunk_text(text)]

    def table(self, block: TableBlock) -> Table:
        """Return a full-width table with a repeated header row and wrapped cells."""
        s = self.styles
        widths = [w * self.width for w in block.widths]
        data = [[self.cell(h, s.header_cell) for h in block.header]]
        data += [[self.cell(c, s.cell) for c in row] for row in block.rows]
        table = WholeTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        if len(block.rows) <= KEEP_WHOLE_ROWS:
            table.max_whole_height = self.keep_height
        table.setStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), s.accent),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
            ]
        )
        table.spaceAfter = 6
        return table

    def box(self, block: Box) -> Table:
        """Return the shaded box: its label and paragraphs on a tint, with an accent bar."""
        s = self.styles
        content: list[Flowable] = [TextParagraph(text_markup(block.title.upper()), s.box_title)]
        for para in block.paras:
            content += self.para(para.runs, s.box_body)
        table = Table([[content]], colWidths=[self.width], splitInRow=1, hAlign="LEFT")
        table.setStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), s.box_fill),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBEFORE", (0, 0), (0, -1), 3, s.accent),
                ("LEFTPADDING", (0, 0), (-1, -1), 11),
                ("RIGHTPADDING", (0, 0), (-1, -1), 11),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
        table.spaceAfter = 4
        return table


class WholeTable(Table):
    """A table that moves to the next page whole rather than leave a row or two behind,
    when it is no taller than ``max_whole_height`` (0: it splits as any table)."""

    max_whole_height = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Return nothing (start on the next page) for a short table, else its parts."""
        _, height = self.wrap(availWidth, availHeight)
        if height <= self.max_whole_height:
            return []
        return list(super().split(availWidth, availHeight))


def _run_paragraph(runs: Sequence[Run], style: ParagraphStyle, bullet: str | None) -> Flowable:
    """Return a paragraph of ``runs``, in one face without colour markup where it can be."""
    plain = one_font(runs)
    if plain is None:
        return TextParagraph(runs_markup(runs), style, bulletText=bullet)
    paragraph = TextParagraph(plain.markup, style, bulletText=bullet)
    paragraph.ref_tail = plain.ref_tail
    return paragraph


def _chained(flowables: list[Flowable]) -> list[Flowable]:
    """Return ``flowables`` each kept with the next, so a short run of notes stays whole."""
    for f in flowables[:-1]:
        f.keepWithNext = 1
    return flowables
