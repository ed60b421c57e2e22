"""Reading an article file of any supported kind into an Article."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from briefwright.ingest import reading as clock
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
_HTML_START = ("<!doctype html", "<html", "<?xml")


def read_article(path: str | Path, *, read_on: date | None = None) -> Article:
    """Return the article in the file at ``path`` (.txt, .md, .html, .docx, or sniffed text).

    A dateline without its year takes the year from the reading date: ``read_on``, or when
    None the earlier of today and the day the file was last modified (see
    :func:`briefwright.ingest.reading.reading_date`).

    Raises IngestError with a one-line message naming the file's base name: missing file,
    folder, permission denied, larger than 20 MB, not a text file, not a Word file, legacy or
    encrypted Word file, zip bomb, or empty article.
    """
    path = Path(path)
    name = path.name or str(path)
    data = read_bytes(path)
    if not data.strip():
        raise IngestError(f"{name}: empty article")
    reading = read_on if read_on is not None else clock.reading_date(_modified(path))
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES or data.startswith((OLE2_MAGIC, ZIP_MAGIC)):
        article = _word_article(data, name, str(path), reading)
    else:
        text = decode_bytes(data, name)
        # A file of no known suffix is sniffed: a page, else plain text.
        kind = filekinds.text_kind(suffix) or (
            "html" if text.lstrip()[:20].lower().startswith(_HTML_START) else "text"
        )
        article = read_text(text, kind, str(path), reading)
    if not article.paragraphs:
        raise IngestError(f"{name}: empty article")
    return article


def read_text(
    text: str, kind: filekinds.TextKind, path: str | None = None, reading: date | None = None
) -> Article:
    """Return the Article of decoded ``text`` of ``kind`` (plain text, Markdown or HTML), as
    a file of that kind reads: what a pasted article goes through too. ``reading`` is the
    reading date for a year-less dateline (today when None). Raises IngestError for noise."""
    return _TEXT_READERS[kind](text, path, reading)


def _modified(path: Path) -> float | None:
    """Return the file's modification time (POSIX), or None when it cannot be read."""
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def _plain_article(text: str, path: str | None, reading: date | None) -> Article:
    return parse_plain_text(text, path=path, reading=reading)


def _markdown_article(text: str, path: str | None, reading: date | None) -> Article:
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
    return news_article(
        parsed.blocks, meta, path=path, cleaning=tuple(changes), reading=reading
    )


def html_article(text: str, path: str | None, reading: date | None = None) -> Article:
    """Return the Article of an HTML page's main text (a year-less dateline read against the
    ``reading`` date, today when None)."""
    cleaned, changes = clean_text(text)
    # The page reader (trafilatura, ~100 ms) loads with the first web page.
    from briefwright.ingest.webpage import parse_html

    page = parse_html(cleaned)
    found = Found(
        title=page.title,
        date=page.date,
        source=page.source,
        author=page.author,
        url=page.url,
    )
    return news_article(
        page.blocks, found, path=path, cleaning=tuple(changes), reading=reading
    )


def _word_article(data: bytes, name: str, path: str, reading: date) -> Article:
    """Return the Article of a Word file."""
    # The Word reader (python-docx) loads with the first Word file.
    from briefwright.ingest.wordfile import parse_word

    word = parse_word(data, name)
    # A Word file's creation date is when the file was made, not when the news was written.
    found = Found(title=word.title, weak_date=word.date, author=word.author)
    return news_article(
        word.blocks,
        found,
        path=path,
        cleaning=tuple(describe_changes(word.changes)),
        reading=reading,
    )


_TEXT_READERS: dict[filekinds.TextKind, Callable[[str, str | None, date | None], Article]] = {
    "text": _plain_article,
    "markdown": _markdown_article,
    "html": html_article,
}
"""The reader of each kind of text, one row each (the suffixes: model/filekinds.py)."""
