"""The kinds of file an article may come in, by suffix: one list for reader, CLI and window."""

from __future__ import annotations

TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".text")
MARKDOWN_SUFFIXES: tuple[str, ...] = (".md", ".markdown")
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml")
WORD_SUFFIXES: tuple[str, ...] = (".docx",)
# Recognised only to say what to do with it ("legacy .doc: save as .docx first").
LEGACY_WORD_SUFFIXES: tuple[str, ...] = (".doc",)

ARTICLE_SUFFIXES: tuple[str, ...] = (
    *TEXT_SUFFIXES,
    *MARKDOWN_SUFFIXES,
    *HTML_SUFFIXES,
    *WORD_SUFFIXES,
)
"""Every suffix of an article Briefwright reads: what a folder export picks up and what the
window's Open dialog offers."""


def dialog_filter() -> str:
    """Return the Open dialog's filter: the articles, then all files (sniffed on reading)."""
    patterns = " ".join(f"*{s}" for s in ARTICLE_SUFFIXES)
    return f"Articles ({patterns});;All files (*)"
