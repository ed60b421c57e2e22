"""The layout-neutral document every writer reads: blocks of styled runs, lists, tables, boxes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# 1980-01-01T00:00:00Z: the earliest time a ZIP (and so a DOCX) entry can carry.
ZIP_EPOCH = 315532800

@dataclass(frozen=True)
class Run:
    """A piece of text with one style; ``ref`` marks a source reference such as ``[¶4]``."""

    text: str
    bold: bool = False
    italic: bool = False
    ref: bool = False


@dataclass(frozen=True)
class Heading:
    """A heading; ``level`` 1 (part) or 2 (section within a part)."""

    text: str
    level: int = 1


ParaStyle = Literal["body", "small", "quote", "note"]


@dataclass(frozen=True)
class Para:
    """A paragraph of runs."""

    runs: tuple[Run, ...]
    style: ParaStyle = "body"

    @property
    def text(self) -> str:
        """Return the paragraph's plain text."""
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class ListBlock:
    """A numbered (``ordered``) or bulleted list; each item is a tuple of runs."""

    items: tuple[tuple[Run, ...], ...]
    ordered: bool = True


# A table of at most this many rows is kept on one page in every format: a row or two
# carried over alone to the next page reads as a fragment.
KEEP_WHOLE_ROWS = 8
# A last part of at most this many blocks after its heading (the sources and notes) goes
# overleaf with the end of the part before it rather than stand alone on a last page.
SHORT_TAIL_BLOCKS = 2


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``widths`` are fractions of the text width, summing to 1."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class Box:
    """A shaded box set apart from the text (the bottom line); ``title`` is its label."""

    title: str
    paras: tuple[Para, ...]


@dataclass(frozen=True)
class TitleBlock:
    """The title and the labelled fields under it (subject, date-time group, author …)."""

    title: str
    fields: tuple[tuple[str, str], ...]


Block = Heading | Para | ListBlock | Table | Box | TitleBlock


@dataclass(frozen=True)
class DocMeta:
    """Document properties and page set-up the writers need.

    ``marking_rgb`` is the marking's text colour and ``marking_fill`` its background
    (``None`` for none): TLP markings are coloured text on black.
    ``created`` is seconds since the epoch (from ``SOURCE_DATE_EPOCH`` when set).
    ``accent`` is the template's colour for headings and table header rows; ``product``
    the template's display name (``"BLUF memo"``) for running footers.
    """

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    marking: str
    marking_rgb: tuple[int, int, int] = (0, 0, 0)
    marking_fill: tuple[int, int, int] | None = None
    page_size: Literal["A4", "Letter"] = "A4"
    created: int = 0
    font_scale: float = 1.0
    accent: tuple[int, int, int] = (31, 58, 95)
    product: str = ""


@dataclass(frozen=True)
class Document:
    """A briefing laid out as blocks, in reading order."""

    meta: DocMeta
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def short_tail(self) -> int:
        """Return the index of the last part's heading when that part is short enough (its
        heading and at most SHORT_TAIL_BLOCKS blocks) to be kept with the end of the part
        before it, so it never stands alone on a last page; -1 otherwise."""
        last = max(
            (i for i, b in enumerate(self.blocks) if isinstance(b, Heading) and b.level == 1),
            default=-1,
        )
        if last <= 0 or len(self.blocks) - last - 1 > SHORT_TAIL_BLOCKS:
            return -1
        return last

    def plain_lines(self) -> list[str]:
        """Return the text of every block, one line per paragraph, list item or table row."""
        lines: list[str] = []
        for b in self.blocks:
            if isinstance(b, TitleBlock):
                lines.append(b.title)
                lines.extend(f"{k}: {v}" for k, v in b.fields)
            elif isinstance(b, Heading | Para):
                lines.append(b.text)
            elif isinstance(b, ListBlock):
                lines.extend("".join(r.text for r in item) for item in b.items)
            elif isinstance(b, Table):
                lines.append(" | ".join(b.header))
                lines.extend(" | ".join(row) for row in b.rows)
            elif isinstance(b, Box):
                lines.append(b.title)
                lines.extend(p.text for p in b.paras)
        return lines
