"""An article from the clipboard or from dropped text, read as the same file would be:
Markdown through the Markdown reader, HTML through the page reader, else plain text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from briefwright.ingest import article_from_html, article_from_text
from briefwright.ingest.pasted import article_from_markdown, looks_like_markdown
from briefwright.model.article import Article
from briefwright.model.errors import IngestError

PASTED_NAME = "Pasted article"
MARKDOWN_MIME = "text/markdown"


def has_article(mime: QMimeData | None) -> bool:
    """Return whether ``mime`` carries text or HTML that could be an article."""
    if mime is None:
        return False
    return (mime.hasHtml() and bool(mime.html().strip())) or (
        mime.hasText() and bool(mime.text().strip())
    )


def article_from_mime(mime: QMimeData | None) -> Article:
    """Return the article ``mime`` holds: its text read as a ``.md`` file when it is Markdown
    (``#`` headings, bold, links …, or typed ``text/markdown``), else its HTML read as a web
    page, else its plain text.

    HTML that yields no paragraph falls back to the plain text beside it. Raise IngestError
    when there is neither.
    """

    if mime is None or not has_article(mime):
        raise IngestError("The clipboard holds no text to make an article of.")
    text = mime.text() if mime.hasText() else ""
    if mime.hasFormat(MARKDOWN_MIME) and not text.strip():
        text = bytes(mime.data(MARKDOWN_MIME).data()).decode("utf-8", "replace")
    if text.strip() and (mime.hasFormat(MARKDOWN_MIME) or looks_like_markdown(text)):
        # A code editor's copy of Markdown comes with coloured HTML of the source: the
        # Markdown is the article.
        return article_from_markdown(text, name=PASTED_NAME)
    if mime.hasHtml() and mime.html().strip():
        try:
            return article_from_html(mime.html(), name=PASTED_NAME)
        except IngestError:
            if not (mime.hasText() and mime.text().strip()):
                raise
    return article_from_text(mime.text(), path=None)
