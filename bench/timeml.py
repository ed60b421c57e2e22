"""TimeBank 1.2 and AQUAINT TimeML articles (TempEval-3 "TBAQ-cleaned"): text, DCT, TIMEX3s.

The corpus is not in the repository (the news texts are their publishers'; see
bench/data/SOURCES.md). It is read from ``$BRIEFWRIGHT_DEVDATA/tbaq-cleaned/{TimeBank,AQUAINT}``
(default ``/work/devdata``), else straight from a git mirror of the repository it comes from
(``$BRIEFWRIGHT_TBAQ_GIT``, default ``/work/.mirror/jspotter+TempEval-3/repo``) at the pinned
commit. :func:`load` returns nothing, and :func:`missing` says what is absent, when neither
is there.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEVDATA = Path(os.environ.get("BRIEFWRIGHT_DEVDATA", "/work/devdata")) / "tbaq-cleaned"
MIRROR = Path(os.environ.get("BRIEFWRIGHT_TBAQ_GIT", "/work/.mirror/jspotter+TempEval-3/repo"))
COMMIT = "7687471af8c0c81ee7f54edb618c6cd15c0f5dcc"
IN_REPOSITORY = "data/TBAQ-cleaned"
PARTS = ("TimeBank", "AQUAINT")

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"(\d{4}-\d{2}-\d{2})")
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
# Whitespace as the reader of pasted text collapses it (ingest/paragraphs.py).
_WHITESPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 of the text: its words, type and value, at ``[start, end)`` of paragraph
    ``paragraph`` (0-based) of :attr:`Doc.paragraphs`."""

    text: str
    type: str
    value: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Doc:
    """One TimeML article: its id, part (TimeBank or AQUAINT), document creation time,
    paragraphs (whitespace collapsed as the app's reader does) and TIMEX3s."""

    id: str
    part: str
    dct: date
    paragraphs: tuple[str, ...]
    timexes: tuple[Timex, ...]


def missing() -> str | None:
    """Return a line naming what is missing when the corpus can be read from nowhere."""
    if all((DEVDATA / part).is_dir() for part in PARTS) or (MIRROR / "HEAD").exists():
        return None
    return (
        f"missing: TBAQ-cleaned (TimeBank, AQUAINT) in {DEVDATA} or a git mirror at {MIRROR} "
        "(see bench/data/SOURCES.md)"
    )


def load() -> list[Doc]:
    """Return every article of TimeBank and AQUAINT in file-name order ([] when missing)."""
    return [parse(name, part, text) for part, name, text in _files()]


def _files() -> Iterator[tuple[str, str, str]]:
    """Yield (part, file name, text) of each ``.tml`` file, from the folder or the mirror."""
    if all((DEVDATA / part).is_dir() for part in PARTS):
        for part in PARTS:
            for path in sorted((DEVDATA / part).glob("*.tml")):
                yield part, path.name, path.read_text(encoding="utf-8")
        return
    if not (MIRROR / "HEAD").exists():
        return
    for part in PARTS:
        listing = _git("ls-tree", "--name-only", f"{COMMIT}:{IN_REPOSITORY}/{part}")
        for name in sorted(listing.split()):
            if name.endswith(".tml") and not name.startswith("._"):
                yield part, name, _git("show", f"{COMMIT}:{IN_REPOSITORY}/{part}/{name}")


def _git(*args: str) -> str:
    """Return the output of a git command on the mirror."""
    return subprocess.run(
        ["git", f"--git-dir={MIRROR}", *args], capture_output=True, text=True, check=True
    ).stdout


def parse(name: str, part: str, tml: str) -> Doc:
    """Return the Doc of one ``.tml`` file's text. Raises ValueError when it has no DCT day
    or no TEXT element."""
    found = _DCT.search(tml)
    if found is None or "<TEXT>" not in tml:
        raise ValueError(f"{name}: no document creation date or no TEXT")
    body = tml[tml.index("<TEXT>") + len("<TEXT>") : tml.index("</TEXT>")]
    plain, spans = _strip_tags(body)
    paragraphs, where = _paragraphs(plain)
    timexes = []
    for words, attributes, start, end in spans:
        first, last = where[start], where[end - 1]
        if first is None or last is None or first[0] != last[0]:
            continue  # a TIMEX3 over a paragraph break: none in the corpus
        timexes.append(
            Timex(
                words,
                attributes.get("type", ""),
                attributes.get("value", ""),
                first[0],
                first[1],
                last[1] + 1,
            )
        )
    return Doc(
        name.removesuffix(".tml"),
        part,
        date.fromisoformat(found.group(1)),
        tuple(paragraphs),
        tuple(timexes),
    )


def _strip_tags(body: str) -> tuple[str, list[tuple[str, dict[str, str], int, int]]]:
    """Return the text without tags (entities decoded) and each TIMEX3's words, attributes
    and span in it."""
    out: list[str] = []
    length = 0
    open_timex: tuple[dict[str, str], int] | None = None
    spans: list[tuple[str, dict[str, str], int, int]] = []
    position = 0
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[position : tag.start()])
        out.append(piece)
        length += len(piece)
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (dict(_ATTRIBUTE.findall(tag.group(3))), length)
        elif open_timex is not None:
            attributes, start = open_timex
            spans.append(("".join(out)[start:length], attributes, start, length))
            open_timex = None
    out.append(html.unescape(body[position:]))
    return "".join(out), spans


def _paragraphs(plain: str) -> tuple[list[str], list[tuple[int, int] | None]]:
    """Return the blank-line-separated paragraphs of ``plain``, whitespace collapsed, and for
    every character of ``plain`` its (paragraph, offset), or None for collapsed space."""
    where: list[tuple[int, int] | None] = [None] * (len(plain) + 1)
    paragraphs: list[str] = []
    starts = [0, *(m.end() for m in _BLANK_LINES.finditer(plain))]
    ends = [*(m.start() for m in _BLANK_LINES.finditer(plain)), len(plain)]
    for start, end in zip(starts, ends, strict=True):
        pieces: list[str] = []
        size = 0
        pending_space = False
        for i in range(start, end):
            char = plain[i]
            if _WHITESPACE.fullmatch(char):
                pending_space = size > 0
                continue
            if pending_space:
                pieces.append(" ")
                size += 1
                pending_space = False
            where[i] = (len(paragraphs), size)
            pieces.append(char)
            size += 1
        if size:
            paragraphs.append("".join(pieces))
    return paragraphs, where
