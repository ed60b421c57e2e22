"""Markdown articles as plain blocks: headings, list items, paragraphs, code kept as text.

Markdown is parsed as CommonMark (markdown-it-py) with raw HTML off: tags stay literal text,
nothing is rendered or executed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

from briefwright.ingest.paragraphs import Block

_FRONT_MATTER_FENCE = re.compile(r"---[^\S\n]*\n")
_FRONT_MATTER_FIELD = re.compile(
    r"(title|date|source|author|url)[^\S\n]*:[^\S\n]*(.*)", re.IGNORECASE
)
# Tokens inside a paragraph or heading whose text is what a reader sees.
_TEXT_TOKENS = frozenset(("text", "code_inline", "html_inline"))


@dataclass(frozen=True)
class MarkdownText:
    """The blocks of a Markdown article and the fields its front matter or title gave."""

    blocks: list[Block]
    title: str | None
    fields: dict[str, str]


def parse_markdown(text: str) -> MarkdownText:
    """Return the blocks of Markdown ``text`` (already cleaned) with inline markup removed.

    A leading ``# Title`` (before any other text) becomes the title and not a paragraph;
    YAML-style front matter between ``---`` lines gives title, date, source, author, url.
    Each paragraph, list item, quoted paragraph and code block is a block. Raises nothing.
    """
    fields, text = _front_matter(text)
    blocks: list[Block] = []
    title: str | None = None
    tokens = _parser().parse(text)
    for i, token in enumerate(tokens):
        if token.type in ("fence", "code_block"):
            blocks.append(Block(token.content.rstrip("\n"), "body"))
        elif token.type == "inline" and i > 0:
            opener = tokens[i - 1]
            content = inline_text(token).strip()
            if not content:
                continue
            if opener.type != "heading_open":
                blocks.append(Block(content, "body"))
            elif opener.tag == "h1" and title is None and not blocks and "title" not in fields:
                title = content
            else:
                blocks.append(Block(content, "heading"))
    return MarkdownText(blocks=blocks, title=fields.get("title") or title, fields=fields)


@functools.cache
def _parser() -> MarkdownIt:
    """Return the CommonMark parser, raw HTML off, ~~strikethrough~~ on (made once)."""
    # Loaded for the first Markdown article (~60 ms), not at the window's start.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("strikethrough")


def inline_text(token: Token) -> str:
    """Return the text a reader sees in an inline token: markup dropped, an image's alt kept."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(inline_text(child))
    return "".join(parts)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return the known fields of a leading ``---`` front matter block and the text after it."""
    if _FRONT_MATTER_FENCE.match(text) is None:
        return {}, text
    end = text.find("\n---", 3)
    if end < 0 or end > 10_000:
        return {}, text
    fields: dict[str, str] = {}
    for line in text[text.index("\n") + 1 : end].split("\n"):
        match = _FRONT_MATTER_FIELD.fullmatch(line.strip())
        if match is not None and match.group(1).lower() not in fields:
            fields[match.group(1).lower()] = match.group(2).strip().strip("\"'")
    rest = text.find("\n", end + 1)
    return fields, text[rest + 1 :] if rest >= 0 else ""
