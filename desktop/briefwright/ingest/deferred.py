"""What the readers import only for the kind of file that needs it.

Plain text is read at the window's start, before the article paints: the HTML reader
(trafilatura, ~100 ms), the Word reader (python-docx), the Markdown parser (markdown-it,
~60 ms) and charset-normalizer (a last resort) load on first use. See
:mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    # The names below, for mypy and for the import contracts (the same imports, not run).
    from charset_normalizer import from_bytes as from_bytes
    from markdown_it import MarkdownIt as MarkdownIt

    from briefwright.ingest.webpage import parse_html as parse_html
    from briefwright.ingest.wordfile import parse_word as parse_word

__getattr__ = loader(
    __name__,
    {
        "from_bytes": "charset_normalizer",
        "MarkdownIt": "markdown_it",
        "parse_html": "briefwright.ingest.webpage",
        "parse_word": "briefwright.ingest.wordfile",
    },
)
