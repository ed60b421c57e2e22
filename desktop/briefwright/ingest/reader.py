"""Reading an article file of any supported kind into an Article."""

from __future__ import annotations

from pathlib import Path

from briefwright.ingest import deferred
from briefwright.ingest.clean import clean_text, describe_changes
from briefwright.ingest.container import OLE2_MAGIC, ZIP_MAGIC
from briefwright.ingest.dates import parse_date_prefix
from briefwright.ingest.decode import decode_bytes
from briefwright.ingest.files import read_bytes
from briefwright.ingest.header import parse_header
from briefwright.ingest.markdown_blocks import parse_markdown
from briefwright.ingest.news import Found, news_article
from briefwright.ingest.plaintext import parse_plain_text
from briefwright.model import filekinds
from briefwright.model.article import Article
from briefwright.model.errors import IngestError

WORD_SUFFIXES = frozenset(filekinds.WORD_SUFFIXES + filekinds.LEGACY_WORD_SUFFIXES)
TEXT_SUFFIXES = frozenset(filekinds.TEXT_SUFFIXES)
MARKDOWN_SUFFIXES = frozenset(filekinds.MARKDOWN_SUFFIXES)
HTML_SUFFIXES = frozenset(filekinds.HTML_SUFFIXES)
_HTML_START = ("<!doctype html", "<html", "<?xml")


def read_article(path: str | Path) -> Article:
    """Return the article in the file at ``path`` (.txt, .md, .html, .docx, or sniffed text).

    Raises IngestError with a one-line message naming the file's base name: missing file,
    folder, permission denied, larger than 20 MB, not a text file, not a Word file, legacy or
    encrypted Word file, zip bomb, or empty article.
    """
    path = Path(path)
    name = path.name or str(path)
    data = read_bytes(path)
    if not data.strip():
        raise IngestError(f"{name}: empty article")
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES or data.startswith((OLE2_MAGIC, ZIP_MAGIC)):
        article = _word_article(data, name, str(path))
    else:
        text = decode_bytes(data, name)
        kind = suffix
        if suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES:
            kind = ".html" if text.lstrip()[:20].lower().startswith(_HTML_START) else ".txt"
        if kind in MARKDOWN_SUFFIXES:
            article = _markdown_article(text, str(path))
        elif kind in HTML_SUFFIXES:
            article = html_article(text, str(path))
        else:
            article = parse_plain_text(text, path=str(path))
    if not article.paragraphs:
        raise IngestError(f"{name}: empty article")
    return article


def _markdown_article(text: str, path: str) -> Article:
    """Return the Article of Markdown ``text``: front matter or header lines, then blocks."""
    cleaned, changes = clean_text(text)
    header = parse_header(cleaned)
    parsed = parse_markdown(cleaned[header.body_start :])
    fields = parsed.fields
    when = header.date
    if when is None and fields.get("date"):
        found = parse_date_prefix(fields["date"])
        when = found[0] if found else None
    meta = Found(
        title=header.title or parsed.title or "",
        date=when,
        source=header.source or fields.get("source") or None,
        author=header.author or fields.get("author") or None,
        url=header.url or fields.get("url") or None,
    )
    return news_article(parsed.blocks, meta, path=path, cleaning=tuple(changes))


def html_article(text: str, path: str | None) -> Article:
    """Return the Article of an HTML page's main text."""
    cleaned, changes = clean_text(text)
    page = deferred.parse_html(cleaned)
    found = Found(
        title=page.title,
        date=page.date,
        source=page.source,
        author=page.author,
        url=page.url,
    )
    return news_article(page.blocks, found, path=path, cleaning=tuple(changes))


def _word_article(data: bytes, name: str, path: str) -> Article:
    """Return the Article of a Word file."""
    word = deferred.parse_word(data, name)
    # A Word file's creation date is when the file was made, not when the news was written.
    found = Found(title=word.title, weak_date=word.date, author=word.author)
    return news_article(
        word.blocks, found, path=path, cleaning=tuple(describe_changes(word.changes))
    )
