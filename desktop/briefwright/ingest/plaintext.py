"""Plain-text articles: optional header fields, then paragraphs separated by blank lines."""

from __future__ import annotations

from datetime import date

from briefwright.ingest.clean import clean_text
from briefwright.ingest.header import parse_header
from briefwright.ingest.news import Found, news_article
from briefwright.ingest.paragraphs import blocks_from_text
from briefwright.model.article import Article


def parse_plain_text(
    text: str, *, path: str | None = None, reading: date | None = None
) -> Article:
    """Return the Article that plain ``text`` holds (cleaned, header parsed, paragraphs built).

    The title comes from a ``title`` header line, else from a headline line, else it is "";
    a byline and a dateline fill the metadata (see :func:`news_article`; a dateline without
    its year takes it from the ``reading`` date, today when None). Raises nothing; an
    article without paragraphs is the caller's to reject.
    """
    cleaned, changes = clean_text(text)
    header = parse_header(cleaned)
    body = cleaned[header.body_start :]
    found = Found(
        title=header.title or "",
        date=header.date,
        source=header.source,
        author=header.author,
        url=header.url,
    )
    return news_article(
        blocks_from_text(body), found, path=path, cleaning=tuple(changes), reading=reading
    )
