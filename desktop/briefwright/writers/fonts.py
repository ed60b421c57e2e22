"""The embedded DejaVu Sans family: registered once with ReportLab so <b> and <i> map to it."""

from __future__ import annotations

import functools

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefwright.model.assets import get_asset

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
# Word needs the family name as the system knows it, not the PostScript name.
WORD_FONT = "DejaVu Sans"


@functools.cache
def register_fonts() -> str:
    """Return the family name after registering its four faces (once per process).

    Raise FileNotFoundError when a font file is missing from the installation.
    """
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(get_asset("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FAMILY
