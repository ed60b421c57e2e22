"""Turning Document blocks into ReportLab flowables: paragraphs, numbered lists, tables, the box."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from briefwright.document import Block, Box, Heading, ListBlock, Para, Run, TitleBlock
from briefwright.document import Table as TableBlock
from briefwright.writers.fonts import REGULAR
from briefwright.writers.pdf_markup import chunk_runs, chunk_text, runs_markup, text_markup
from briefwright.writers.pdf_styles import RULE, ZEBRA, Styles


class FlowableBuilder:
    """Build the flowables of a document for one set of styles and one text width."""

    def __init__(self, styles: Styles, width: float) -> None:
        self.styles = styles
        self.width = width

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
                out.append(Paragraph(text_markup(block.text), style))
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
            return [Paragraph(runs_markup(runs), style, bulletText=bullet)]
        inner = ParagraphStyle(f"{style.name}-cont", parent=style, spaceBefore=0, spaceAfter=0)
        last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
        out: list[Flowable] = []
        for i, piece in enumerate(pieces):
            first, final = i == 0, i == len(pieces) - 1
            piece_style = last if final else inner
            if first and not final:
                piece_style = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
            out.append(
                Paragraph(runs_markup(piece), piece_style, bulletText=bullet if first else None)
            )
        return out

    def title_block(self, block: TitleBlock) -> list[Flowable]:
        """Return the title, a two-column table of its fields and a rule under them."""
        s = self.styles
        out: list[Flowable] = [Paragraph(text_markup(block.title), s.title)]
        if block.fields:
            out.append(self.fields_table(block.fields))
        out.append(Spacer(1, 6))
        out.append(HRFlowable(width="100%", thickness=1.4, color=s.accent, spaceAfter=10))
        return out

    def fields_table(self, fields: Sequence[tuple[str, str]]) -> Table:
        """Return the title block's fields two to a row: label, value, label, value."""
        s = self.styles
        cells = [
            [
                Paragraph(text_markup(k.upper()), s.field_label),
                Paragraph(text_markup(v), s.field_value),
            ]
            for k, v in fields
        ]
        if len(cells) % 2:
            cells.append([Spacer(1, 1), Spacer(1, 1)])
        rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
        label, value = 0.16 * self.width, 0.34 * self.width
        table = Table(rows, colWidths=[label, value, label, value], hAlign="LEFT")
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
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
        return [Paragraph(text_markup(piece), style) for piece in chunk_text(text)]

    def table(self, block: TableBlock) -> Table:
        """Return a full-width table with a repeated header row and wrapped cells."""
        s = self.styles
        widths = [w * self.width for w in block.widths]
        data = [[self.cell(h, s.header_cell) for h in block.header]]
        data += [[self.cell(c, s.cell) for c in row] for row in block.rows]
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
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
        content: list[Flowable] = [Paragraph(text_markup(block.title.upper()), s.box_title)]
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


def _chained(flowables: list[Flowable]) -> list[Flowable]:
    """Return ``flowables`` each kept with the next, so a short run of notes stays whole."""
    for f in flowables[:-1]:
        f.keepWithNext = 1
    return flowables
