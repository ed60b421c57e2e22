"""WordprocessingML pieces python-docx has no API for: shading, borders, fields, list restarts."""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

RGB = tuple[int, int, int]


def hex_colour(rgb: RGB) -> str:
    """Return ``rgb`` as Word writes it: six hex digits, no ``#``."""
    return "{:02X}{:02X}{:02X}".format(*rgb)


def _child(parent: Any, tag: str) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def _shading(fill: RGB) -> Any:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour(fill))
    return shd


def shade_run(run: Any, fill: RGB) -> None:
    """Give a run a solid background of ``fill``."""
    run._r.get_or_add_rPr().append(_shading(fill))


def shade_cell(cell: Any, fill: RGB) -> None:
    """Give a table cell a solid background of ``fill``."""
    cell._tc.get_or_add_tcPr().append(_shading(fill))


def cell_borders(cell: Any, **edges: tuple[int, RGB | None]) -> None:
    """Set a cell's borders: ``left=(size_eighths_pt, colour)``; a colour of None removes it."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = _child(tc_pr, "w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        if edge not in edges:
            continue
        size, colour = edges[edge]
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if colour else "nil")
        if colour:
            el.set(qn("w:sz"), str(size))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), hex_colour(colour))
        borders.append(el)


def cell_margins(table: Any, top: int, left: int, bottom: int, right: int) -> None:
    """Set a table's default cell margins in twentieths of a point."""
    tbl_pr = table._tbl.tblPr
    mar = _child(tbl_pr, "w:tblCellMar")
    for edge, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(value))
        el.set(qn("w:type"), "dxa")
        mar.append(el)


def table_borders(table: Any, size: int = 0, colour: RGB | None = None) -> None:
    """Set every border of a table to ``size`` eighths of a point in ``colour`` (None: none)."""
    borders = _child(table._tbl.tblPr, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if colour else "nil")
        if colour:
            el.set(qn("w:sz"), str(size))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), hex_colour(colour))
        borders.append(el)


def repeat_header(row: Any) -> None:
    """Mark a table row as a header row Word repeats at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def keep_row_whole(row: Any) -> None:
    """Mark a table row as one Word never splits across pages."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def paragraph_border(paragraph: Any, edge: str, size: int, colour: RGB) -> None:
    """Draw a rule on one edge (``bottom``, ``top``) of a paragraph; ``size`` in eighths of a pt."""
    p_pr = paragraph._p.get_or_add_pPr()
    bdr = _child(p_pr, "w:pBdr")
    el = OxmlElement(f"w:{edge}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "4")
    el.set(qn("w:color"), hex_colour(colour))
    bdr.append(el)


def add_field(paragraph: Any, instruction: str, shown: str) -> Any:
    """Append a simple field (``PAGE``, ``NUMPAGES``) showing ``shown`` until Word updates it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)
    return run


def set_fonts(r_pr_parent: Any, font: str) -> None:
    """Set every script's font of an ``rPr`` (dropping theme fonts, which would win)."""
    r_pr = _child(r_pr_parent, "w:rPr") if r_pr_parent.tag != qn("w:rPr") else r_pr_parent
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), font)


def list_style_numbering(document: Any, style_id: str = "ListNumber") -> str:
    """Return the id of the numbering instance a paragraph style numbers with."""
    style = document.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
    num_id: str = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
    return num_id


class ListNumbering:
    """Fresh numbering instances so every numbered list of a document starts at 1."""

    def __init__(self, document: Any, num_id: str) -> None:
        """Restart the numbering instance ``num_id`` (see :func:`list_style_numbering`)."""
        self._numbering = document.part.numbering_part.element
        num = self._numbering.find(f"{qn('w:num')}[@{qn('w:numId')}='{num_id}']")
        self._abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        self._next = 1 + max(
            int(n.get(qn("w:numId"))) for n in self._numbering.findall(qn("w:num"))
        )

    def restart(self) -> str:
        """Return the id of a new numbering instance that restarts at 1."""
        num_id = str(self._next)
        self._next += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), self._abstract)
        num.append(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        self._numbering.append(num)
        return num_id


def set_numbering(paragraph: Any, num_id: str) -> None:
    """Attach a paragraph to numbering instance ``num_id`` at the first level."""
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), num_id)
    num_pr.append(ilvl)
    num_pr.append(num)
    # numPr must follow pStyle and keepNext in the schema's order.
    style = p_pr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(num_pr)
    else:
        p_pr.insert(0, num_pr)
