"""Plain-text articles: optional header fields, then paragraphs separated by blank lines."""

from __future__ import annotations

from briefwright.ingest.clean import clean_text
from briefwright.ingest.header import parse_header
from briefwright.ingest.paragraphs import blocks_from_text, build_paragraphs
from briefwright.model.article import Article


def parse_plain_text(text: str, *, path: str | None = None) -> Article:
    """Return the Article that plain ``text`` holds (cleaned, header parsed, paragraphs built).

    The title comes from a ``title`` header line, else it is "". Raises nothing; an article
    without paragraphs is the caller's to reject.
    """
    cleaned, changes = clean_text(text)
    header = parse_header(cleaned)
    body = cleaned[header.body_start :]
    return Article(
        title=header.title or "",
        paragraphs=build_paragraphs(blocks_from_text(body)),
        date=header.date,
        source=header.source,
        author=header.author,
        url=header.url,
        path=path,
        cleaning=tuple(changes),
    )
