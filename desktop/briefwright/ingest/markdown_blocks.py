"""Markdown articles as plain blocks: headings, list items, paragraphs, code kept as text.

Raw HTML inside Markdown stays literal text: nothing is rendered or executed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefwright.ingest.paragraphs import Block

_FRONT_MATTER_FENCE = re.compile(r"---[^\S\n]*\n")
_FRONT_MATTER_FIELD = re.compile(
    r"(title|date|source|author|url)[^\S\n]*:[^\S\n]*(.*)", re.IGNORECASE
)
_ATX_HEADING = re.compile(r" {0,3}(#{1,6})(?=[^\S\n]|$)")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(=+|-+)[^\S\n]*")
_RULE = re.compile(r" {0,3}(?:(?:\*[^\S\n]*){3,}|(?:-[^\S\n]*){3,}|(?:_[^\S\n]*){3,})")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"( {0,12})(?:[-*+]|\d{1,9}[.)])[^\S\n]+(.*)")
_QUOTE_MARKER = re.compile(r" {0,3}>[^\S\n]?")
_REFERENCE_DEFINITION = re.compile(r" {0,3}\[[^\]\n]+\]:[^\S\n]*\S+.*")

# Inline markup; negated classes keep every pattern linear on hostile input.
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^<>\s]+)>")
_CODE_SPAN = re.compile(r"(`{1,3})([^\n]{1,500}?)(?<!`)\1(?!`)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])")
# Escaped characters wait in a private-use plane while the markup around them is removed.
_ESCAPED_BASE = 0xF0000
_UNESCAPE = re.compile("[\U000f0000-\U000f007f]")


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
    Raises nothing.
    """
    fields, text = _front_matter(text)
    lines = text.split("\n")
    blocks: list[Block] = []
    current: list[str] = []
    current_kind = "body"
    title: str | None = None

    def flush() -> None:
        nonlocal current_kind
        if current:
            joined = "\n".join(current)
            if current_kind != "code":
                joined = strip_inline(joined)
            blocks.append(Block(joined, "body"))
            current.clear()
        current_kind = "body"

    def heading(text: str, level: int) -> None:
        nonlocal title
        flush()
        content = strip_inline(text).strip()
        if not content:
            return
        if level == 1 and title is None and not blocks and "title" not in fields:
            title = content
            return
        blocks.append(Block(content, "heading"))

    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        fence = _FENCE.match(line)
        if fence is not None:
            flush()
            marker = fence.group(1)
            current_kind = "code"
            while index < len(lines) and not lines[index].lstrip().startswith(marker):
                current.append(lines[index])
                index += 1
            index += 1
            flush()
            continue
        if not line.strip():
            flush()
            continue
        atx = _ATX_HEADING.match(line)
        if atx is not None:
            heading(_heading_text(line[atx.end() :]), len(atx.group(1)))
            continue
        setext = _SETEXT_UNDERLINE.fullmatch(line)
        if setext is not None and len(current) == 1 and current_kind == "body":
            text_line = current.pop()
            heading(text_line, 1 if setext.group(1).startswith("=") else 2)
            continue
        if _RULE.fullmatch(line) is not None:
            flush()
            continue
        if _REFERENCE_DEFINITION.fullmatch(line) is not None:
            continue
        quote = _QUOTE_MARKER.match(line)
        if quote is not None:
            line = line[quote.end() :]
            if not line.strip():
                flush()
                continue
        item = _LIST_ITEM.fullmatch(line)
        if item is not None:
            flush()
            current_kind = "item"
            current.append(item.group(2))
            continue
        current.append(line)
    flush()
    return MarkdownText(blocks=blocks, title=fields.get("title") or title, fields=fields)


def _heading_text(rest: str) -> str:
    """Return an ATX heading's text without its optional closing run of ``#``."""
    content = rest.strip()
    without = content.rstrip("#")
    if without != content and (not without or without[-1].isspace()):
        content = without.rstrip()
    return content


def strip_inline(text: str) -> str:
    """Return ``text`` with Markdown emphasis, code spans, links and images reduced to text."""
    text = _ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE_SPAN.sub(r"\2", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(r"\1", text)
    return _UNESCAPE.sub(lambda m: chr(ord(m.group()) - _ESCAPED_BASE), text)


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
