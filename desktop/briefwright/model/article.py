"""The article as read: metadata, paragraphs and sentences with character offsets."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from briefwright.model.schema import Ref, not_stored

# A field typed ParagraphRef holds a paragraph id; a project file is checked for ids the
# article does not have.
PARAGRAPH = Ref("paragraph", "refers to paragraph {}, which the article does not have")
ParagraphRef = Annotated[int, PARAGRAPH]
ParagraphKind = Literal["body", "heading"]


PARAGRAPH_MARK = "¶"
"""The sign before a paragraph's number wherever a briefing cites one (``[¶4]``)."""


def paragraph_mark(pid: int) -> str:
    """Return how paragraph ``pid`` is named in references and in the window: ``¶4``."""
    return f"{PARAGRAPH_MARK}{pid}"


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span ``[start, end)`` of its paragraph's text."""

    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph; ``id`` is 1-based and is what a briefing cites as ``¶id``.

    ``kind`` is ``"body"`` or ``"heading"`` (a heading line of a Word or HTML article).
    """

    id: int
    text: str
    # Derived from the text; a project file does not store them.
    sentences: tuple[Sentence, ...] = not_stored(default=())
    kind: ParagraphKind = "body"

    def sentence_text(self, index: int) -> str:
        """Return the text of sentence ``index``; raise IndexError when there is none."""
        s = self.sentences[index]
        return self.text[s.start : s.end]


@dataclass(frozen=True)
class Article:
    """An article ready for analysis.

    ``cleaning`` lists, in words a user can read, what the text cleaner changed
    (e.g. ``"3 control characters replaced by U+FFFD"``). A news layout gives ``author``
    (its byline), ``place`` and ``outlet`` (its dateline's city and agency, or the site's
    name) and ``dateline`` (as written; it is no longer at the start of the lead paragraph).
    ``date_inferred`` is true when the year of ``date`` came from the reading date, not from
    the article (a wire dateline such as ``NAIROBI, March 3 (Reuters) -`` gives none).
    """

    title: str
    paragraphs: tuple[Paragraph, ...]
    date: date | None = None
    date_inferred: bool = False
    source: str | None = None
    author: str | None = None
    url: str | None = None
    path: str | None = None
    place: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    cleaning: tuple[str, ...] = not_stored(default=(), compare=False)

    @property
    def text(self) -> str:
        """Return the paragraphs joined by blank lines (what the project file stores)."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def sha256(self) -> str:
        """Return the SHA-256 hex digest of :attr:`text` encoded as UTF-8."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def paragraph(self, pid: int) -> Paragraph:
        """Return the paragraph whose id is ``pid``; raise KeyError when there is none."""
        if 1 <= pid <= len(self.paragraphs) and self.paragraphs[pid - 1].id == pid:
            return self.paragraphs[pid - 1]
        for p in self.paragraphs:
            if p.id == pid:
                return p
        raise KeyError(pid)

    @property
    def lead_paragraph(self) -> int:
        """Return the id of the first body paragraph (the news lead), or 1 when there is none."""
        return next((p.id for p in self.paragraphs if p.kind == "body"), 1)

    @property
    def word_count(self) -> int:
        """Return the number of whitespace-separated words in the article."""
        return sum(len(p.text.split()) for p in self.paragraphs)
