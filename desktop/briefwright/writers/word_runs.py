"""Paragraphs and runs as WordprocessingML text, parsed once per paragraph.

python-docx adds a run's text, bold, italic and colour one element at a time, each placed by
searching its parent's children in schema order; for a briefing that was a third of the DOCX's
cost. The same elements in the same order are written here as text and parsed in one go:
``<w:rPr>`` holds ``<w:b/>``, ``<w:i/>``, ``<w:color>``; tabs become ``<w:tab/>``, line
breaks ``<w:br/>``; a ``<w:t>`` with space at either end keeps it (``xml:space``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefwright.model.document import Run
from briefwright.writers.text_safe import xml_safe
from briefwright.writers.theme import REF
from briefwright.writers.word_xml import hex_colour

_W = nsdecls("w")
_BREAKS = re.compile(r"(\t|\r|\n)")
_REF_COLOUR = f'<w:color w:val="{hex_colour(REF)}"/>'


def text_xml(text: str) -> str:
    """Return the content of a run holding ``text``, as python-docx's ``Run.text`` sets it."""
    out = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(out)


def run_xml(text: str, props: str = "") -> str:
    """Return one run of ``text`` with the run properties ``props`` (already as XML)."""
    head = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{head}{text_xml(text)}</w:r>"


def runs_xml(runs: Iterable[Run]) -> str:
    """Return ``runs`` with their bold, italic and reference looks."""
    out = []
    for r in runs:
        props = ("<w:b/>" if r.bold else "") + ("<w:i/>" if r.italic else "")
        out.append(run_xml(xml_safe(r.text), props + (_REF_COLOUR if r.ref else "")))
    return "".join(out)


def paragraph_element(style_id: str, content: str) -> Any:
    """Return a new ``<w:p>`` in the style ``style_id`` ("Normal": none) holding ``content``."""
    props = "" if style_id == "Normal" else f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>'
    return parse_xml(f"<w:p {_W}>{props}{content}</w:p>")
