"""PDF page furniture: the marking top and bottom and "Page x of y", drawn once pages are known."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from briefwright.writers.fonts import BOLD, REGULAR
from briefwright.writers.pdf_styles import MUTED, RULE, colour
from briefwright.writers.text_safe import xml_safe
from briefwright.writers.theme import FOOTER_SIZE, MARKING_SIZE, RGB, page_label

BAND_PAD_X = 7.0
BAND_PAD_Y = 3.2


@dataclass(frozen=True)
class Furniture:
    """What every page carries: the marking and its colours, the short title, the margins."""

    marking: str
    marking_rgb: RGB
    marking_fill: RGB | None
    footer_title: str
    left: float
    right: float
    top_marking_y: float
    bottom_marking_y: float
    footer_y: float
    created: int = 0


def canvas_maker(furniture: Furniture) -> type[Canvas]:
    """Return a Canvas class that defers each page so the furniture can say "Page x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page would also reference an unembedded Helvetica.
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # ReportLab's invariant mode dates every file 1 January 2000; the document
            # is dated by its own date-time group instead.
            stamp = self._doc._timeStamp
            stamp.t = furniture.created
            stamp.lt = time.gmtime(furniture.created)
            stamp.YMDhms = tuple(stamp.lt)[:6]

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_furniture(self, furniture, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def draw_furniture(canvas: Canvas, f: Furniture, number: int, total: int) -> None:
    """Draw the marking centred at top and bottom, the footer rule, title and page number."""
    width = canvas._pagesize[0]
    for y in (f.top_marking_y, f.bottom_marking_y):
        draw_marking(canvas, f, width / 2, y)
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(f.left, f.footer_y + 9, width - f.right, f.footer_y + 9)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    title = fit_text(canvas, xml_safe(f.footer_title), (width - f.left - f.right) * 0.7)
    canvas.drawString(f.left, f.footer_y, title)
    canvas.drawRightString(width - f.right, f.footer_y, page_label(number, total))
    canvas.restoreState()


def fit_text(canvas: Canvas, text: str, max_width: float) -> str:
    """Return ``text``, shortened with an ellipsis when it is wider than ``max_width``."""
    text = " ".join(text.split())
    if canvas.stringWidth(text, REGULAR, FOOTER_SIZE) <= max_width:
        return text
    text = text[:160]
    while len(text) > 1 and canvas.stringWidth(text + "…", REGULAR, FOOTER_SIZE) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_marking(canvas: Canvas, f: Furniture, x: float, y: float) -> None:
    """Draw the marking centred on ``x`` with its baseline at ``y``, on its fill when it has one."""
    text = xml_safe(f.marking)
    if not text:
        return
    canvas.saveState()
    if f.marking_fill is not None:
        w = canvas.stringWidth(text, BOLD, MARKING_SIZE)
        canvas.setFillColor(colour(f.marking_fill))
        canvas.rect(
            x - w / 2 - BAND_PAD_X,
            y - BAND_PAD_Y - 1.5,
            w + 2 * BAND_PAD_X,
            MARKING_SIZE + 2 * BAND_PAD_Y,
            stroke=0,
            fill=1,
        )
    canvas.setFillColor(colour(f.marking_rgb))
    canvas.setFont(BOLD, MARKING_SIZE)
    canvas.drawCentredString(x, y, text)
    canvas.restoreState()
