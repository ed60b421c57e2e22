"""Paragraph fragments made without ReportLab's markup parser, for our own few tags.

ReportLab turns a paragraph's markup into fragments (stretches of text in one look) with a
parser built on ``html.parser``; for a briefing that was a sixth of the PDF's cost. Our
markup is escaped text inside ``<b>``, ``<i>`` and ``<font color="#RRGGBB">`` only
(``pdf_markup``), so its fragments are made here: for each set of open tags, the fragment
the parser makes for it (asked once per style), copied for every stretch of text between
tags and entities, as the parser copies it. Any other markup goes to the parser.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

_TOKEN = re.compile(r"<[^<>]*>|[^<]+")
_OPEN = re.compile(r'<(b|i)>|<(font) color="#[0-9A-Fa-f]{6}">')
_CLOSE = {"</b>": "b", "</i>": "i", "</font>": "font"}
_PIECE = re.compile(r"&amp;|&lt;|&gt;|[^&]+")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
# What cleanBlockQuotedText changes: white space other than a space, two spaces in a row, a
# space at either end (``\s`` and ``str.split`` agree on what white space is).
_UNCLEAN = re.compile(r"[^\S ]|  |^ | $")
_new_frag = object.__new__
# Per style, the parser's fragment for each tuple of open tags.
_FACES: weakref.WeakKeyDictionary[ParagraphStyle, dict[tuple[str, ...], Any]] = (
    weakref.WeakKeyDictionary()
)


def quick_frags(markup: str, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """Return ``markup`` as ReportLab cleans it and its fragments, or None for the parser.

    None when the markup holds another tag or entity, its tags do not nest, or no text.
    """
    # ReportLab's cleaning joins lines and runs of white space; most text has none to join.
    text = cleanBlockQuotedText(markup) if _UNCLEAN.search(markup) else markup
    open_tags: list[str] = []
    kinds: list[str] = []
    runs: list[tuple[tuple[str, ...], str]] = []
    for token in _TOKEN.findall(text):
        if token[0] != "<":
            pieces = _PIECE.findall(token)
            if sum(map(len, pieces)) != len(token):
                return None  # a bare "&": the parser decides what it means
            faces = tuple(open_tags)
            runs += [(faces, _ENTITIES.get(p, p)) for p in pieces]
        elif token in _CLOSE:
            if not kinds or kinds.pop() != _CLOSE[token]:
                return None
            open_tags.pop()
        else:
            opened = _OPEN.fullmatch(token)
            if opened is None:
                return None
            kinds.append(opened.group(1) or opened.group(2))
            open_tags.append(token)
    if kinds or not runs or sum(map(len, _TOKEN.findall(text))) != len(text):
        return None
    frags = []
    # Every fragment of one paragraph shares one list of links and of lines, as when parsed.
    link: list[Any] = []
    us_lines: list[Any] = []
    for faces, piece in runs:
        face = _face(style, faces)
        if face is None:
            return None
        # copy.copy(face), as the parser copies its fragments, without the generic machinery.
        frag = _new_frag(ParaFrag)
        state = frag.__dict__
        state.update(face.__dict__)
        state["link"] = link
        state["us_lines"] = us_lines
        state["text"] = piece
        frags.append(frag)
    return text, frags


def _face(style: ParagraphStyle, tags: tuple[str, ...]) -> Any:
    faces = _FACES.get(style)
    if faces is None:
        faces = _FACES.setdefault(style, {})
    if tags not in faces:
        closing = "".join("</b>" if t == "<b>" else "</i>" if t == "<i>" else "</font>"
                          for t in reversed(tags))
        _, frags, bullets = ParaParser().parse("".join(tags) + "x" + closing, style)
        faces[tags] = frags[0] if frags and len(frags) == 1 and not bullets else None
    return faces[tags]
