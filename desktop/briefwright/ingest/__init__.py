"""Reading article files (text, Markdown, HTML, Word) into an Article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefwright.ingest.plaintext import parse_plain_text
from briefwright.ingest.reader import read_article
from briefwright.model.article import Article
from briefwright.model.errors import IngestError

__all__ = ["article_from_html", "article_from_text", "read_article"]


def article_from_text(
    text: str, *, path: str | Path | None = None, read_on: date | None = None
) -> Article:
    """Return the Article that plain ``text`` holds (header fields, paragraphs, sentences).

    A dateline without its year takes the year from the reading date: ``read_on``, today
    when None (pasted text is read the day it is pasted). Raises IngestError("empty
    article") when the text holds no paragraph.
    """
    name = Path(path).name if path is not None else "text"
    article = parse_plain_text(
        text, path=str(path) if path is not None else None, reading=read_on
    )
    if not article.paragraphs:
        raise IngestError(f"{name}: empty article")
    return article


def article_from_html(
    markup: str, *, name: str = "page", read_on: date | None = None
) -> Article:
    """Return the Article of an HTML page's main text, read as an ``.html`` file would be
    (on ``read_on``, today when None, as :func:`article_from_text` reads).

    Raises IngestError("empty article") when the page holds no paragraph of text.
    """
    from briefwright.ingest.reader import html_article

    article = html_article(markup, None, read_on)
    if not article.paragraphs:
        raise IngestError(f"{name}: empty article")
    return article
