"""The Word writer: a Document as a DOCX in Word's own styles, marked on every page."""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass
from typing import Any

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import nsdecls
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

from briefwright.model.document import (
    KEEP_WHOLE_ROWS,
    Block,
    Box,
    DocMeta,
    Document,
    Heading,
    ListBlock,
    Para,
    Run,
    Table,
    TitleBlock,
)
from briefwright.store.atomic import Target, write_bytes
from briefwright.writers import theme
from briefwright.writers.text_safe import xml_safe
from briefwright.writers.theme import MUTED, RULE, WHITE, ZEBRA
from briefwright.writers.title_fields import field_rows, spans_width
from briefwright.writers.word_package import fixed_time, package_members, reproducible_zip
from briefwright.writers.word_runs import paragraph_element, run_xml, runs_xml
from briefwright.writers.word_styles import setup_styles
from briefwright.writers.word_xml import (
    ListNumbering,
    add_field,
    cell_borders,
    cell_margins,
    hex_colour,
    keep_row_whole,
    list_style_numbering,
    paragraph_border,
    repeat_header,
    set_numbering,
    shade_cell,
    shade_run,
    table_borders,
)

PAGE_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_X = Mm(20)
MARGIN_TOP = Mm(20)
MARGIN_BOTTOM = Mm(20)


def write_docx(document: Document, target: Target) -> None:
    """Write ``document`` as a Word file to a path (atomically) or to a binary stream.

    Raise ExportError when the file cannot be written; an existing file is left intact.
    """
    write_bytes(target, docx_bytes(document))


def docx_bytes(document: Document) -> bytes:
    """Return the DOCX of ``document``; the same Document always gives the same bytes."""
    builder = WordBuilder(document.meta)
    tail = document.short_tail()
    for index, block in enumerate(document.blocks):
        if index == tail - 1:
            builder.add_kept_with_next(block)
        else:
            builder.add(block)
    members = package_members(builder.doc.part.package)
    members[STYLES] = builder.base.styles
    return reproducible_zip(members, document.meta.created)


STYLES = "word/styles.xml"
# What the style sheet is while a document is built: the build never reads it.
_STAND_IN_STYLES = f"<w:styles {nsdecls('w')}/>".encode()


@dataclass(frozen=True)
class _Base:
    """A blank document with the styles and page set up: its package, with a stand-in style
    sheet, the real style sheet, and the numbering instance of Word's List Number style."""

    package: bytes
    styles: bytes
    list_number: str


@functools.lru_cache(maxsize=8)
def _base(accent: tuple[int, int, int], scale: float, page_size: str) -> _Base:
    """Return python-docx's blank document with the styles and page set up.

    Setting Word's styles from the theme costs more than the rest of a briefing; it depends
    only on the accent, the scale and the page, so it is done once for each and every export
    starts from a copy (stored, not compressed: it is only read back). The style sheet
    (350 kB) is the same in every export from it: it is kept as written and the copy has a
    stand-in, so no export parses or writes it again.
    """
    doc = new_docx()
    setup_styles(doc, accent, scale)
    section = doc.sections[0]
    width, height = PAGE_MM[page_size]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.left_margin = section.right_margin = MARGIN_X
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.header_distance = section.footer_distance = Mm(8)
    members = package_members(doc.part.package)
    styles = members[STYLES]
    members[STYLES] = _STAND_IN_STYLES
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
        for name, blob in members.items():
            package.writestr(name, blob)
    return _Base(out.getvalue(), styles, list_style_numbering(doc))


class WordBuilder:
    """A python-docx document being filled block by block for one DocMeta."""

    def __init__(self, meta: DocMeta) -> None:
        self.meta = meta
        self.base = _base(meta.accent, meta.font_scale, meta.page_size)
        self.doc = new_docx(io.BytesIO(self.base.package))
        self.accent = meta.accent
        self.width = int(Mm(PAGE_MM[meta.page_size][0]) - 2 * MARGIN_X)
        self._section_end = self.doc.element.body.get_or_add_sectPr()
        self.numbering = ListNumbering(self.doc, self.base.list_number)
        self._header_footer()
        self._properties()

    def add_kept_with_next(self, block: Block) -> None:
        """Add ``block`` kept on the page of what follows it (paragraphs and table rows)."""
        paragraphs, tables = len(self.doc.paragraphs), len(self.doc.tables)
        self.add(block)
        added = list(self.doc.paragraphs[paragraphs:])
        for table in self.doc.tables[tables:]:
            added += [cell.paragraphs[0] for row in table.rows for cell in row.cells]
        for paragraph in added:
            paragraph.paragraph_format.keep_with_next = True

    def _marking_paragraph(self, paragraph: Any) -> None:
        meta = self.meta
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(
            f"\u00a0{xml_safe(meta.marking)}\u00a0" if meta.marking_fill else xml_safe(meta.marking)
        )
        run.bold = True
        run.font.size = Pt(theme.MARKING_SIZE)
        run.font.color.rgb = RGBColor(*meta.marking_rgb)
        if meta.marking_fill is not None:
            shade_run(run, meta.marking_fill)

    def _header_footer(self) -> None:
        section = self.doc.sections[0]
        self._marking_paragraph(section.header.paragraphs[0])
        footer = section.footer
        line = footer.paragraphs[0]
        # The Footer style's own tab stops would catch the right-aligned page number.
        line._p.style = None  # Normal, the default: no style named
        line.paragraph_format.tab_stops.add_tab_stop(Emu(self.width), WD_TAB_ALIGNMENT.RIGHT)
        line.paragraph_format.space_after = Pt(4)
        paragraph_border(line, "top", 4, RULE)
        self._small_run(line, xml_safe(theme.footer_title(self.meta.product, self.meta.title)))
        # Word counts pages itself: the label is written with fields in place of the numbers.
        before, between = theme.PAGE_LABEL
        self._small_run(line, "\t" + before)
        self._small_field(line, "PAGE", "1")
        self._small_run(line, between)
        self._small_field(line, "NUMPAGES", "1")
        self._marking_paragraph(footer.add_paragraph())

    def _small_run(self, paragraph: Any, text: str) -> None:
        run = paragraph.add_run(text)
        run.font.size = Pt(theme.FOOTER_SIZE)
        run.font.color.rgb = RGBColor(*MUTED)

    def _small_field(self, paragraph: Any, instruction: str, shown: str) -> None:
        result = DocxRun(add_field(paragraph, instruction, shown), paragraph)
        result.font.size = Pt(theme.FOOTER_SIZE)
        result.font.color.rgb = RGBColor(*MUTED)

    def _properties(self) -> None:
        meta = self.meta
        props = self.doc.core_properties
        props.title = xml_safe(meta.title)
        props.author = xml_safe(meta.author)
        props.subject = xml_safe(meta.subject)
        props.keywords = xml_safe(", ".join(meta.keywords))
        props.comments = ""
        props.category = meta.product
        props.last_modified_by = xml_safe(meta.author)
        props.revision = 1
        props.created = props.modified = fixed_time(meta.created).replace(tzinfo=None)
        package = self.doc.part.package
        for rid in [rid for rid, rel in package.rels.items() if rel.reltype == RT.THUMBNAIL]:
            del package.rels[rid]

    def add(self, block: object) -> None:
        """Append one block of the Document."""
        if isinstance(block, TitleBlock):
            self.title_block(block)
        elif isinstance(block, Heading):
            self.paragraph(((Run(block.text),)), "Heading1" if block.level <= 1 else "Heading2")
        elif isinstance(block, Para):
            self.paragraph(block.runs, _PARA_STYLES.get(block.style, "Normal"))
        elif isinstance(block, ListBlock):
            self.list_block(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Box):
            self.box(block)

    def paragraph(self, runs: tuple[Run, ...], style_id: str, container: Any = None) -> Any:
        """Return a new paragraph of ``runs`` in the style whose id is ``style_id``."""
        p = paragraph_element(style_id, runs_xml(runs))
        if container is None:
            # Before the body's section properties, where python-docx would put it.
            self._section_end.addprevious(p)
            return DocxParagraph(p, self.doc._body)
        # A cell holds its properties and paragraphs only: a new one goes last.
        container._tc.append(p)
        return DocxParagraph(p, container)

    def title_block(self, block: TitleBlock) -> None:
        """Add the title, a borderless table of the fields two to a row, and a rule."""
        self.paragraph((Run(block.title),), "Title")
        if block.fields:
            fields = list(block.fields)
            cols = 4 if len(fields) > 1 else 2
            table = self.doc.add_table(rows=0, cols=cols)
            table_borders(table)
            table.autofit = False
            cell_margins(table, 10, 0, 10, 80)
            widths = theme.FIELD_WIDTHS if cols == 4 else theme.SINGLE_FIELD_WIDTHS
            for column, w in zip(table.columns, widths, strict=True):
                column.width = Emu(int(self.width * w))
            rows = field_rows(fields) if cols == 4 else [[f] for f in fields]
            for group in rows:
                cells = table.add_row().cells
                for j, (label, value) in enumerate(group):
                    self._field_cell(cells[2 * j], label.upper(), theme.LOOKS["field_label"])
                    self._field_cell(cells[2 * j + 1], value, theme.LOOKS["field_value"])
                for cell, w in zip(cells, widths, strict=True):
                    cell.width = Emu(int(self.width * w))
                if cols == 4 and spans_width(group):
                    cells[1].merge(cells[3])
        rule = self.doc.add_paragraph()
        rule.paragraph_format.space_after = Pt(8)
        rule.paragraph_format.space_before = Pt(0)
        paragraph_border(rule, "bottom", 10, self.accent)
        self._shrink(rule)

    def _field_cell(self, cell: Any, text: str, look: theme.TextLook) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(xml_safe(text))
        run.bold = look.bold
        run.font.size = Pt(look.size * self.meta.font_scale)
        run.font.color.rgb = RGBColor(*theme.rgb_of(look.colour, self.accent))

    def _shrink(self, paragraph: Any) -> None:
        fmt = paragraph.paragraph_format
        fmt.line_spacing = Pt(2)

    def list_block(self, block: ListBlock) -> None:
        """Add the items in List Number (restarting at 1) or List Bullet."""
        if block.ordered:
            num_id = self.numbering.restart()
            for item in block.items:
                set_numbering(self.paragraph(item, "ListNumber"), num_id)
        else:
            for item in block.items:
                self.paragraph(item, "ListBullet")

    def table(self, block: Table) -> None:
        """Add a grid table whose shaded header row repeats on each page, filled row by row."""
        table = self.doc.add_table(rows=0, cols=len(block.header))
        table._tbl.tblPr.style = "TableGrid"
        table_borders(table, 4, RULE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        cell_margins(table, 40, 90, 40, 90)
        widths = [Emu(int(self.width * w)) for w in block.widths]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        header = table.add_row()
        repeat_header(header)
        for cell, text, width in zip(header.cells, block.header, widths, strict=True):
            cell.width = width
            shade_cell(cell, self.accent)
            self._cell_text(cell, text, f'<w:b/><w:color w:val="{hex_colour(WHITE)}"/>')
        keep = len(block.rows) <= KEEP_WHOLE_ROWS
        for n, row in enumerate(block.rows):
            added = table.add_row()
            for cell, text, width in zip(added.cells, row, widths, strict=True):
                cell.width = width
                if n % 2:
                    shade_cell(cell, ZEBRA)
                self._cell_text(cell, text)
                # Word keeps a table on one page when every row but the last keeps with
                # the next and no row splits.
                last = n == len(block.rows) - 1
                cell.paragraphs[0].paragraph_format.keep_with_next = keep and not last
            if keep:
                keep_row_whole(added)
        if keep:
            for cell in header.cells:
                cell.paragraphs[0].paragraph_format.keep_with_next = True
        self._gap()

    def _cell_text(self, cell: Any, text: str, props: str = "") -> None:
        """Fill a new cell's paragraph with ``text`` in Table Text, with run properties."""
        empty = cell._tc.p_lst[0]
        empty.getparent().replace(
            empty, paragraph_element("TableText", run_xml(xml_safe(text), props))
        )

    def _gap(self) -> None:
        gap = self.doc.add_paragraph()
        gap.paragraph_format.space_after = Pt(0)
        gap.paragraph_format.line_spacing = Pt(6)

    def box(self, block: Box) -> None:
        """Add the bottom line as a single shaded cell with an accent bar on its left."""
        table = self.doc.add_table(rows=1, cols=1)
        table.autofit = False
        cell_margins(table, 120, 200, 100, 200)
        cell = table.rows[0].cells[0]
        cell.width = Emu(self.width)
        shade_cell(cell, theme.tint(self.accent, theme.BOX_TINT))
        cell_borders(cell, left=(24, self.accent), top=(0, None), right=(0, None), bottom=(0, None))
        label = cell.paragraphs[0]
        label.paragraph_format.space_after = Pt(3)
        run = label.add_run(xml_safe(block.title.upper()))
        look = theme.LOOKS["box_title"]
        run.bold = look.bold
        run.font.size = Pt(look.size * self.meta.font_scale)
        run.font.color.rgb = RGBColor(*theme.rgb_of(look.colour, self.accent))
        for para in block.paras:
            paragraph = self.paragraph(para.runs, "BoxText", container=cell)
            paragraph.paragraph_format.space_after = Pt(3)
        self._gap()


_PARA_STYLES = {"body": "Normal", "small": "SmallText", "quote": "Quote", "note": "NoteText"}
