"""Right-to-left text put in the order a PDF draws it: Arabic joined, RTL runs reversed."""

from __future__ import annotations

import re

# Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, their
# presentation forms); text without any is returned untouched.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Explicit direction marks, embeddings, overrides and isolates are invisible and have no
# glyph in the font; they are left out of the page. Honouring an override would also let a
# file name like "\u202eexe.txt" pass for "txt.exe" in the briefing.
_DIRECTION_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visual_order(text: str) -> str:
    """Return ``text`` as drawn left to right: RTL runs reversed, Arabic letters joined.

    The base direction is left to right (briefings are written in English); a run of
    right-to-left words is kept together, so quoted names and phrases read correctly as long
    as they do not wrap across lines.
    """
    text = _DIRECTION_CONTROLS.sub("", text)
    if not _RTL.search(text):
        return text
    # Loaded only for a text that needs it: most briefings have no right-to-left words.
    from arabic_reshaper import reshape
    from bidi import get_display

    return str(get_display(reshape(text), base_dir="L"))
