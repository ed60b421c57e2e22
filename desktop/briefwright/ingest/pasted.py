"""Pasted text as an article: Markdown through the Markdown file reader, else plain text."""

from __future__ import annotations

import re
from datetime import date

from briefwright.ingest.reader import read_text
from briefwright.model.article import Article
from briefwright.model.errors import IngestError

# Signs of Markdown that plain news text does not carry: front matter, an ATX heading, a
# bold span, a line in emphasis (``*By …*``), a link.
_MARKDOWN_SIGNS = (
    re.compile(r"\A\s*---[^\S\n]*\n(?:.*\n)*?[A-Za-z]+[^\S\n]*:"),
    re.compile(r"^#{1,6}[^\S\n]+\S", re.MULTILINE),
    re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"),
    re.compile(r"^[^\S\n]*[*_][^*_\s][^*_\n]*[*_][^\S\n]*$", re.MULTILINE),
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),
)


def looks_like_markdown(text: str) -> bool:
    """Return whether ``text`` is written in Markdown (front matter, ``#`` headings, bold or
    emphasised lines, links), not plain text that merely has a dash or an asterisk."""
    return any(sign.search(text) for sign in _MARKDOWN_SIGNS)


def article_from_markdown(
    text: str, *, name: str = "text", read_on: date | None = None
) -> Article:
    """Return the Article of Markdown ``text``, read as a ``.md`` file would be (on
    ``read_on``, today when None). Raises IngestError("empty article") without a paragraph."""
    article = read_text(text, "markdown", None, read_on)
    if not article.paragraphs:
        raise IngestError(f"{name}: empty article")
    return article
