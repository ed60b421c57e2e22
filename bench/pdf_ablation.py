"""The PDF writer with its extras switched off one at a time, to see what each one costs.

Each variant patches the writer only while its context is open (nothing is changed on
disk): Type 1 Helvetica instead of the embedded TrueType family, no keep-with-next
grouping, no page furniture ("Page x of y", markings), a named colour for source references,
widows and orphans allowed, and all five at once. ``callgrind_export.py`` counts the
instructions of each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate

import briefwright.writers.pdf as pdf_writer
import briefwright.writers.pdf_markup as pdf_markup
import briefwright.writers.pdf_styles as pdf_styles


@contextmanager
def _patched(target: object, name: str, value: object) -> Iterator[None]:
    old = getattr(target, name)
    setattr(target, name, value)
    try:
        yield
    finally:
        setattr(target, name, old)


@contextmanager
def _type1_fonts() -> Iterator[None]:
    with _patched(pdf_styles, "REGULAR", "Helvetica"), _patched(pdf_styles, "BOLD",
                                                                 "Helvetica-Bold"):
        yield


@contextmanager
def _no_keep_with_next() -> Iterator[None]:
    with _patched(BaseDocTemplate, "handle_keepWithNext", lambda self, flowables: None):
        yield


@contextmanager
def _no_furniture() -> Iterator[None]:
    with _patched(pdf_writer, "canvas_maker", lambda furniture: Canvas):
        yield


@contextmanager
def _named_ref_colour() -> Iterator[None]:
    with _patched(pdf_markup, "REF_COLOUR", "gray"):
        yield


@contextmanager
def _widows_allowed() -> Iterator[None]:
    build = pdf_writer.build_styles

    def allowing(*args: Any, **kwargs: Any) -> Any:
        styles = build(*args, **kwargs)
        for value in vars(styles).values():
            if isinstance(value, ParagraphStyle):
                value.allowWidows = value.allowOrphans = 1
        return styles

    with _patched(pdf_writer, "build_styles", allowing):
        yield


@contextmanager
def _all_off() -> Iterator[None]:
    with (
        _type1_fonts(),
        _no_keep_with_next(),
        _no_furniture(),
        _named_ref_colour(),
        _widows_allowed(),
    ):
        yield


VARIANTS: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "Helvetica (Type 1) instead of embedded DejaVu Sans (TrueType)": _type1_fonts,
    "no keep-with-next grouping (KeepWithNext)": _no_keep_with_next,
    "no page furniture (NumberedCanvas: markings, Page x of y)": _no_furniture,
    "source-reference colour by name instead of '#5C6670'": _named_ref_colour,
    "widows and orphans allowed (allowWidows/allowOrphans=1)": _widows_allowed,
    "all five switched off (the rest is layout: title table, box, more flowables)": _all_off,
}
