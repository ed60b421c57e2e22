"""Turning text blocks into numbered paragraphs: whitespace, huge blocks, sentences."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefwright.ingest.sentences import split_sentences
from briefwright.model.article import Paragraph, ParagraphKind

MAX_PARAGRAPH_CHARS = 3000
"""A longer paragraph is split so that analysis and layout never see a giant block."""

# Any whitespace run except no-break spaces, which the author chose on purpose.
_WHITESPACE_RUN = re.compile(r"[^\S\u00a0\u2007\u202f]+")
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")


@dataclass(frozen=True)
class Block:
    """A piece of an article's text as a reader found it, with its kind ("body" or "heading")."""

    text: str
    kind: ParagraphKind = "body"


def blocks_from_text(text: str, kind: ParagraphKind = "body") -> list[Block]:
    """Return the blank-line-separated blocks of ``text`` (not yet normalised)."""
    return [Block(part, kind) for part in _BLANK_LINES.split(text) if part.strip()]


def normalize_block(text: str) -> str:
    """Return ``text`` with line breaks joined and whitespace runs collapsed to one space."""
    return _WHITESPACE_RUN.sub(" ", text).strip()


def build_paragraphs(blocks: Iterable[Block], limit: int = MAX_PARAGRAPH_CHARS) -> tuple[
    Paragraph, ...
]:
    """Return the paragraphs of ``blocks``, numbered from 1, with their sentences.

    Blocks are normalised (:func:`normalize_block`); empty ones are dropped; one longer than
    ``limit`` characters becomes several paragraphs. Raises ValueError if ``limit`` < 1.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    paragraphs: list[Paragraph] = []
    for block in blocks:
        text = normalize_block(block.text)
        for piece in split_long(text, limit):
            paragraphs.append(
                Paragraph(
                    id=len(paragraphs) + 1,
                    text=piece,
                    sentences=split_sentences(piece),
                    kind=block.kind,
                )
            )
    return tuple(paragraphs)


def split_long(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """Return ``text`` cut into pieces of at most ``limit`` characters, none empty.

    Cuts fall at sentence boundaries where possible, else at a space, else anywhere (but not
    before a combining mark). Text within the limit comes back whole. Linear in its length.
    """
    if not text.strip():
        return []
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    current_end = 0
    for sentence in split_sentences(text):
        if sentence.end - start <= limit:
            current_end = sentence.end
            continue
        if current_end > start:
            pieces.append(text[start:current_end].strip())
            start = _skip_space(text, current_end)
        if sentence.end - start <= limit:
            current_end = sentence.end
            continue
        # One sentence longer than the limit: cut it at spaces.
        for piece in _cut_at_spaces(text, start, sentence.end, limit):
            pieces.append(piece)
        start = _skip_space(text, sentence.end)
        current_end = start
    if current_end > start:
        pieces.append(text[start:current_end].strip())
    return [piece for piece in pieces if piece]


def _skip_space(text: str, position: int) -> int:
    """Return the first position at or after ``position`` that is not whitespace."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _cut_at_spaces(text: str, start: int, end: int, limit: int) -> Iterator[str]:
    """Yield ``text[start:end]`` in pieces of at most ``limit`` characters."""
    while end - start > limit:
        cut = text.rfind(" ", start + 1, start + limit + 1)
        if cut <= start:
            cut = start + limit
            # Keep a base letter and its combining marks together when the run allows.
            back = cut
            while back > start + 1 and unicodedata.combining(text[back]):
                back -= 1
            if back > start + 1:
                cut = back
        piece = text[start:cut].strip()
        if piece:
            yield piece
        start = _skip_space(text, cut)
    piece = text[start:end].strip()
    if piece:
        yield piece
