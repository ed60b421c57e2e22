"""The PDF's paragraph styles, built from the theme for one accent colour and font scale."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from briefwright.writers import theme
from briefwright.writers.fonts import BOLD, REGULAR, register_fonts
from briefwright.writers.theme import RGB


def colour(rgb: RGB) -> Color:
    """Return a ReportLab colour for an RGB triple of 0–255 values."""
    return Color(rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)


INK = colour(theme.INK)
MUTED = colour(theme.MUTED)
RULE = colour(theme.RULE)
ZEBRA = colour(theme.ZEBRA)


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the PDF uses (one per :data:`theme.LOOKS` entry), and colours."""

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

    def style(name: str, look: theme.TextLook) -> ParagraphStyle:
        face = bold if look.bold else regular
        extra: dict[str, object] = {}
        if name == "list_item":
            # The number hangs in the indent, bold like a heading's number.
            extra = {"bulletIndent": 0, "bulletFontName": bold}
        return ParagraphStyle(
            name,
            fontName=face,
            bulletFontName=extra.pop("bulletFontName", regular),
            fontSize=look.size * scale,
            leading=look.leading * scale,
            textColor=colour(theme.rgb_of(look.colour, accent)),
            alignment=TA_LEFT,
            allowWidows=0,
            allowOrphans=0,
            spaceBefore=look.before * scale,
            spaceAfter=look.after * scale,
            leftIndent=look.indent * scale,
            keepWithNext=int(look.keep_with_next),
            **extra,
        )

    looks = {name: style(name, look) for name, look in theme.LOOKS.items()}
    return Styles(
        **looks,
        accent=colour(accent),
        box_fill=colour(theme.tint(accent, theme.BOX_TINT)),
    )
