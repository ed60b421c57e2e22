"""The PDF's typographic scale and colours: one family, body 10 pt, headings 13/11 pt."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from briefwright.writers.fonts import BOLD, REGULAR, register_fonts

RGB = tuple[int, int, int]
INK = Color(0.11, 0.13, 0.16)
MUTED = Color(0.36, 0.40, 0.45)
RULE = Color(0.74, 0.77, 0.81)
ZEBRA = Color(0.955, 0.963, 0.972)
# Where a list item's text starts: past a bold two-digit number ("10.", 17.7 pt at 10 pt)
# and the 6 pt ReportLab leaves after a bullet, so items 1 to 99 all start at one edge.
LIST_INDENT = 24.0


def colour(rgb: RGB) -> Color:
    """Return a ReportLab colour for an RGB triple of 0–255 values."""
    return Color(rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)


def tint(rgb: RGB, amount: float) -> Color:
    """Return ``rgb`` mixed with white: ``amount`` 0 is the colour, 1 is white."""
    return Color(*(c / 255 + (1 - c / 255) * amount for c in rgb))


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the PDF uses, built for one accent colour and font scale."""

    title: ParagraphStyle
    field_label: ParagraphStyle
    field_value: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    quote: ParagraphStyle
    note: ParagraphStyle
    list_item: ParagraphStyle
    box_title: ParagraphStyle
    box_body: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    accent: Color
    box_fill: Color


def build_styles(accent: RGB, scale: float = 1.0) -> Styles:
    """Return the styles for ``accent`` with every size multiplied by ``scale``.

    Built once per accent, scale and faces: the styles are shared and must not be changed.
    """
    return _build_styles(accent, scale, REGULAR, BOLD)


@functools.cache
def _build_styles(accent: RGB, scale: float, regular: str, bold: str) -> Styles:
    register_fonts()
    ink = colour(accent)

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": regular,
            "bulletFontName": regular,
            "textColor": INK,
            "alignment": TA_LEFT,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, fontSize=size * scale, leading=leading * scale, **base)

    body = style("Body", 10, 12.2, spaceAfter=4 * scale)
    return Styles(
        title=style("Title", 15.5, 19, fontName=bold, textColor=ink, spaceAfter=7 * scale),
        field_label=style("FieldLabel", 7.5, 11, fontName=bold, textColor=MUTED),
        field_value=style("FieldValue", 9, 11.5),
        h1=style(
            "Heading1",
            13,
            16,
            fontName=bold,
            textColor=ink,
            spaceBefore=10 * scale,
            spaceAfter=3.5 * scale,
            keepWithNext=1,
        ),
        h2=style(
            "Heading2",
            11,
            13.5,
            fontName=bold,
            spaceBefore=4 * scale,
            spaceAfter=2 * scale,
            keepWithNext=1,
        ),
        body=body,
        small=style("Small", 8.5, 11.5, spaceAfter=1.5 * scale),
        quote=style("Quote", 9, 12, leftIndent=14 * scale, textColor=MUTED, spaceAfter=4 * scale),
        note=style("Note", 8, 10.5, textColor=MUTED, spaceBefore=3 * scale, spaceAfter=3 * scale),
        list_item=style(
            "ListItem",
            10,
            12.2,
            leftIndent=LIST_INDENT * scale,
            bulletIndent=0,
            bulletFontName=bold,
            spaceAfter=2 * scale,
        ),
        box_title=style("BoxTitle", 8.5, 11, fontName=bold, textColor=ink, spaceAfter=3 * scale),
        box_body=style("BoxBody", 10.5, 14.2, spaceAfter=3 * scale),
        cell=style("Cell", 8.5, 11),
        header_cell=style("HeaderCell", 8.5, 11, fontName=bold, textColor=Color(1, 1, 1)),
        accent=ink,
        box_fill=tint(accent, 0.9),
    )
