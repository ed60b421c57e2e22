"""ReportLab paragraph markup built only from our own tags around escaped text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from briefwright.model.document import Run
from briefwright.writers.bidi_order import visual_order
from briefwright.writers.text_safe import xml_safe
from briefwright.writers.theme import REF

# Laying out one paragraph costs more than linear time in its length; pieces of this many
# words keep a 10,000-word paragraph well under a second.
CHUNK_WORDS = 150
REF_COLOUR = "#{:02X}{:02X}{:02X}".format(*REF)
# ReportLab splits a word wider than the line letter by letter, in time that grows with the
# square of its length: a 1 MB "word" took minutes. Longer words than this are cut into
# pieces of LONG_WORD_PIECE characters, which then wrap like ordinary words.
LONG_WORD = 300
LONG_WORD_PIECE = 60
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD + 1},}}")


def break_long_words(text: str) -> str:
    """Return ``text`` with every word over LONG_WORD characters cut into spaced pieces."""
    if len(text) <= LONG_WORD:
        return text

    def cut(match: re.Match[str]) -> str:
        word = match.group(0)
        return " ".join(word[i : i + LONG_WORD_PIECE] for i in range(0, len(word), LONG_WORD_PIECE))

    return _LONG_WORD.sub(cut, text)


def printable(text: str) -> str:
    """Return ``text`` as the page draws it: XML-safe, long words cut, in visual order."""
    return xml_safe(visual_order(break_long_words(text)))


def text_markup(text: str) -> str:
    """Return ``text`` escaped so ReportLab prints it literally (no tags, entities or images)."""
    return escape(printable(text))


def run_markup(run: Run) -> str:
    """Return one run as markup: escaped text inside our own bold, italic or reference tags."""
    out = text_markup(run.text)
    if run.ref:
        out = f'<font color="{REF_COLOUR}">{out}</font>'
    if run.bold:
        out = f"<b>{out}</b>"
    if run.italic:
        out = f"<i>{out}</i>"
    return out


def runs_markup(runs: Iterable[Run]) -> str:
    """Return the markup of several runs in order."""
    return "".join(run_markup(r) for r in runs)


@dataclass(frozen=True)
class OneFont:
    """A paragraph in a single face whose only colour change is a source reference at its end.

    ``markup`` is the whole text in that face without the colour; ``ref_tail`` the reference
    as it prints (one word, no spaces), or "" when there is none. Such a paragraph breaks into
    lines exactly as the coloured markup does, since colour changes no width, and ReportLab
    lays out a text in one face several times faster than a text in several.
    """

    markup: str
    ref_tail: str


def one_font(runs: Sequence[Run]) -> OneFont | None:
    """Return ``runs`` as a paragraph in one face, or None when they need full markup.

    That is when bold or italic changes between runs, or a reference is not a single word
    at the very end.
    """
    if not runs:
        return OneFont("", "")
    first = runs[0]
    if any(r.bold != first.bold or r.italic != first.italic for r in runs):
        return None
    body_end = len(runs)
    while body_end and runs[body_end - 1].ref:
        body_end -= 1
    if any(r.ref for r in runs[:body_end]):
        return None
    tail = "".join(printable(r.text) for r in runs[body_end:]).strip()
    if len(tail.split()) > 1:
        return None
    out = "".join(text_markup(r.text) for r in runs)
    if first.bold:
        out = f"<b>{out}</b>"
    if first.italic:
        out = f"<i>{out}</i>"
    return OneFont(out, tail)


def chunk_runs(runs: Sequence[Run], limit: int = CHUNK_WORDS) -> list[list[Run]]:
    """Return ``runs`` cut into pieces of at most about ``limit`` words, styles kept.

    Short text comes back as one piece, unchanged; overlong words are cut first.
    """
    runs = [r if len(r.text) <= LONG_WORD else _like(r, break_long_words(r.text)) for r in runs]
    # A text of n characters holds at most (n + 1) // 2 words: most need no counting.
    if sum((len(r.text) + 1) // 2 for r in runs) <= limit:
        return [runs]
    if sum(len(r.text.split()) for r in runs) <= limit:
        return [runs]
    pieces: list[list[Run]] = [[]]
    count = 0
    for run in runs:
        words = run.text.split(" ")
        start = 0
        for i, word in enumerate(words):
            if word:
                count += 1
            if count >= limit:
                pieces[-1].append(_like(run, " ".join(words[start : i + 1])))
                pieces.append([])
                start, count = i + 1, 0
        rest = " ".join(words[start:])
        if rest:
            pieces[-1].append(_like(run, rest))
    return [p for p in pieces if any(r.text.strip() for r in p)]


def chunk_text(text: str, limit: int = CHUNK_WORDS) -> list[str]:
    """Return ``text`` cut into pieces of at most ``limit`` words (a single piece when short)."""
    return ["".join(r.text for r in piece) for piece in chunk_runs((Run(text),), limit)]


def _like(run: Run, text: str) -> Run:
    return Run(text, bold=run.bold, italic=run.italic, ref=run.ref)
