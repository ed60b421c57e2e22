"""The Word styles a briefing uses: Word's own, re-set from the theme to one family and scale."""

from __future__ import annotations

import dataclasses
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from briefwright.writers import theme
from briefwright.writers.fonts import WORD_FONT
from briefwright.writers.theme import RGB
from briefwright.writers.word_xml import set_fonts

# Word spaces lines as a multiple of the face's own line height, which for the bundled family
# comes close to the theme's leading (fixed points in the PDF) at this multiple.
WORD_LINE_SPACING = 1.12

# Word's built-in style (or ours, by id and name) for each kind of text in the theme.
_BUILT_IN = {
    "body": "Normal",
    "title": "Title",
    "h1": "Heading 1",
    "h2": "Heading 2",
    "quote": "Quote",
}
_LISTS = ("List Number", "List Bullet")
_CUSTOM = {
    "small": ("SmallText", "Small Text"),
    "note": ("NoteText", "Note Text"),
    "cell": ("TableText", "Table Text"),
    "box_body": ("BoxText", "Box Text"),
}


def _apply(style: Any, look: theme.TextLook, accent: RGB, scale: float) -> None:
    font = style.font
    font.size = Pt(look.size * scale)
    font.color.rgb = RGBColor(*theme.rgb_of(look.colour, accent))
    font.bold = True if look.bold else None
    # Word's own Quote style is italic; the theme's quote is not.
    font.italic = False if style.name == "Quote" else None
    fmt = style.paragraph_format
    fmt.space_before = Pt(look.before * scale)
    fmt.space_after = Pt(look.after * scale)
    fmt.line_spacing = WORD_LINE_SPACING
    if look.indent:
        fmt.left_indent = Pt(look.indent * scale)
    if look.keep_with_next:
        fmt.keep_with_next = True
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
    for key, name in _BUILT_IN.items():
        _apply(styles[name], theme.LOOKS[key], accent, scale)
    border = styles["Title"].element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
    if border is not None:
        border.getparent().remove(border)
    # Word's numbering definition sets a list's indent; the rest of the look is the theme's.
    list_look = dataclasses.replace(theme.LOOKS["list_item"], indent=0.0)
    for name in _LISTS:
        _apply(styles[name], list_look, accent, scale)
    for key, (style_id, name) in _CUSTOM.items():
        _apply(_custom(doc, style_id, name), theme.LOOKS[key], accent, scale)
