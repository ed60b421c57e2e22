"""The Word styles a briefing uses: Word's own, re-set to one font family and one scale."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from briefwright.writers.fonts import WORD_FONT
from briefwright.writers.word_xml import set_fonts

RGB = tuple[int, int, int]
INK: RGB = (28, 33, 41)
MUTED: RGB = (92, 102, 115)
REF: RGB = (92, 102, 112)
ZEBRA: RGB = (243, 245, 248)


def tint(rgb: RGB, amount: float) -> RGB:
    """Return ``rgb`` mixed with white: ``amount`` 0 is the colour, 1 is white."""
    r, g, b = (round(c + (255 - c) * amount) for c in rgb)
    return (r, g, b)


def _look(
    style: Any,
    size: float,
    *,
    scale: float,
    colour: RGB = INK,
    bold: bool | None = None,
    italic: bool | None = None,
    before: float = 0,
    after: float = 4,
    keep_next: bool | None = None,
) -> None:
    font = style.font
    font.size = Pt(size * scale)
    font.color.rgb = RGBColor(*colour)
    font.bold = bold
    font.italic = italic
    fmt = style.paragraph_format
    fmt.space_before = Pt(before * scale)
    fmt.space_after = Pt(after * scale)
    fmt.line_spacing = 1.12
    if keep_next is not None:
        fmt.keep_with_next = keep_next
    set_fonts(style.element, WORD_FONT)


def _custom(doc: Any, style_id: str, name: str) -> Any:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), style_id)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    return style


def setup_styles(doc: Any, accent: RGB, scale: float) -> None:
    """Set the document's fonts, sizes and colours on Word's built-in and our own styles."""
    styles = doc.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    set_fonts(defaults.find(qn("w:rPrDefault")), WORD_FONT)
    _look(styles["Normal"], 10, scale=scale, after=4.5)
    title = styles["Title"]
    _look(title, 16, scale=scale, colour=accent, bold=True, after=6)
    border = title.element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
    if border is not None:
        border.getparent().remove(border)
    _look(
        styles["Heading 1"],
        13,
        scale=scale,
        colour=accent,
        bold=True,
        before=11,
        after=4,
        keep_next=True,
    )
    _look(styles["Heading 2"], 11, scale=scale, bold=True, before=6, after=2, keep_next=True)
    _look(styles["List Number"], 10, scale=scale, after=2.5)
    _look(styles["List Bullet"], 10, scale=scale, after=2.5)
    _look(styles["Quote"], 9, scale=scale, colour=MUTED, italic=False, after=4)
    styles["Quote"].paragraph_format.left_indent = Pt(14 * scale)
    _look(_custom(doc, "SmallText", "Small Text"), 8.5, scale=scale, after=1.5)
    _look(_custom(doc, "NoteText", "Note Text"), 8, scale=scale, colour=MUTED, before=3, after=3)
    _look(_custom(doc, "TableText", "Table Text"), 8.5, scale=scale, after=0)
    _look(_custom(doc, "BoxText", "Box Text"), 10.5, scale=scale, after=3)
