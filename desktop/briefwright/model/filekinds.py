"""The kinds of file an article may come in, by suffix: one list for reader, CLI and window."""

from __future__ import annotations

from typing import Literal

TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".text")
MARKDOWN_SUFFIXES: tuple[str, ...] = (".md", ".markdown")
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml")
WORD_SUFFIXES: tuple[str, ...] = (".docx",)
# Recognised only to say what to do with it ("legacy .doc: save as .docx first").
LEGACY_WORD_SUFFIXES: tuple[str, ...] = (".doc",)

PROJECT_SUFFIX = ".briefing"
"""The suffix of a Briefwright project file."""

TextKind = Literal["text", "markdown", "html"]
TEXT_KINDS: dict[TextKind, tuple[str, ...]] = {
    "text": TEXT_SUFFIXES,
    "markdown": MARKDOWN_SUFFIXES,
    "html": HTML_SUFFIXES,
}
"""The kinds of text an article comes in, each with its suffixes: one reader each."""


def text_kind(suffix: str) -> TextKind | None:
    """Return the kind of text a file suffix names (any case), or None."""
    low = suffix.lower()
    return next((k for k, suffixes in TEXT_KINDS.items() if low in suffixes), None)


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
