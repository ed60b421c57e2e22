"""The briefing's look for every writer: type scale, colours, tints, widths, footer, marking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from briefwright.model.markings import RGB

# Colours as 0–255 RGB; each writer converts them to its own kind once.
INK: RGB = (28, 33, 41)
MUTED: RGB = (92, 102, 115)
REF: RGB = (92, 102, 112)
RULE: RGB = (189, 196, 207)
ZEBRA: RGB = (243, 245, 248)
WHITE: RGB = (255, 255, 255)
# How far the bottom-line box's fill is mixed from the template's accent toward white.
BOX_TINT = 0.9

Colour = Literal["ink", "muted", "accent", "white"]

# Where a list item's text starts: past a bold two-digit number ("10.", 17.7 pt at 10 pt)
# and the 6 pt ReportLab leaves after a bullet, so items 1 to 99 all start at one edge.
LIST_INDENT = 24.0

MARKING_SIZE = 9.5
FOOTER_SIZE = 7.5

# The title block's fields, two to a row: label, value, label, value (fractions of the text
# width); a block with a single field gives it a label and the rest of the width.
FIELD_WIDTHS: tuple[float, ...] = (0.16, 0.34, 0.16, 0.34)
SINGLE_FIELD_WIDTHS: tuple[float, ...] = (0.2, 0.8)


@dataclass(frozen=True)
class TextLook:
    """One kind of text: size and line height in points, weight, colour and spacing."""

    size: float
    leading: float
    bold: bool = False
    colour: Colour = "ink"
    before: float = 0.0
    after: float = 0.0
    indent: float = 0.0
    keep_with_next: bool = False


LOOKS: dict[str, TextLook] = {
    "title": TextLook(15.5, 19, bold=True, colour="accent", after=7),
    "field_label": TextLook(7.5, 11, bold=True, colour="muted"),
    "field_value": TextLook(9, 11.5),
    "h1": TextLook(13, 16, bold=True, colour="accent", before=10, after=3.5, keep_with_next=True),
    "h2": TextLook(11, 13.5, bold=True, before=4, after=2, keep_with_next=True),
    "body": TextLook(10, 12.2, after=4),
    "small": TextLook(8.5, 11.5, after=1.5),
    "quote": TextLook(9, 12, colour="muted", indent=14, after=4),
    "note": TextLook(8, 10.5, colour="muted", before=3, after=3),
    "list_item": TextLook(10, 12.2, indent=LIST_INDENT, after=2),
    "box_title": TextLook(8.5, 11, bold=True, colour="accent", after=3),
    "box_body": TextLook(10.5, 14.2, after=3),
    "cell": TextLook(8.5, 11),
    "header_cell": TextLook(8.5, 11, bold=True, colour="white"),
}


def rgb_of(colour: Colour, accent: RGB) -> RGB:
    """Return the RGB of a named colour for a template whose accent is ``accent``."""
    if colour == "accent":
        return accent
    return {"ink": INK, "muted": MUTED, "white": WHITE}[colour]


def tint(rgb: RGB, amount: float) -> RGB:
    """Return ``rgb`` mixed with white: ``amount`` 0 is the colour, 1 is white."""
    r, g, b = (round(c + (255 - c) * amount) for c in rgb)
    return (r, g, b)


def footer_title(product: str, title: str) -> str:
    """Return the footer's text: the product name and the briefing's title."""
    return f"{product} · {title}" if product else title


# The footer's page number: the words before the page and before the page count.
PAGE_LABEL = ("Page ", " of ")


def page_label(number: int, total: int) -> str:
    """Return the footer's page number as printed (``Page 2 of 3``)."""
    return f"{PAGE_LABEL[0]}{number}{PAGE_LABEL[1]}{total}"
