"""Opening a file in the background: the article first (shown at once), then the Briefing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefwright.app.pipeline import open_briefing
from briefwright.ingest import read_article
from briefwright.model.article import Article
from briefwright.model.briefing import Briefing
from briefwright.model.errors import BriefwrightError
from briefwright.model.filekinds import MARKDOWN_SUFFIXES, TEXT_SUFFIXES
from briefwright.store.project import is_project
from briefwright.ui import worker

QUICK_SUFFIXES = frozenset(TEXT_SUFFIXES + MARKDOWN_SUFFIXES)
"""Kinds of article read on the UI thread when small: their reader needs no heavy library."""
QUICK_LIMIT = 256 * 1024
"""Bytes up to which such an article is read on the UI thread (a few milliseconds)."""


@dataclass(frozen=True)
class Loaded:
    """An opened file: its Briefing, its path, and the path to save to when it is a project."""

    briefing: Briefing
    path: Path
    project_path: Path | None


def read_now(path: Path) -> Article | None:
    """Return the article at ``path`` when it is a small text or Markdown file, else None.

    Reading it here, on the caller's thread, lets the window paint the article without a
    round trip through the background. None also when it cannot be read: the background
    load then reads it again and reports why. Raises nothing.
    """
    try:
        if path.suffix.lower() not in QUICK_SUFFIXES or path.stat().st_size > QUICK_LIMIT:
            return None
        return read_article(path)
    except (BriefwrightError, OSError, ValueError):
        return None


def load(report: Callable[[object], None], path: Path, article: Article | None = None) -> Loaded:
    """Return the Briefing for an article or a project; an article is reported once read.

    The work is :func:`briefwright.app.pipeline.open_briefing`'s, as for the command line.
    ``article`` is the article at ``path`` when it was read already. Raise BriefwrightError
    subclasses (with a message for the user) for unreadable input.
    """
    briefing = open_briefing(path, article=article, on_article=report)
    project = article is None and is_project(path)
    return Loaded(briefing, path, path if project else None)


def start(
    path: Path,
    *,
    article: Article | None = None,
    on_article: Callable[[object], None],
    on_result: Callable[[Loaded], None],
    on_error: Callable[[BaseException], None],
) -> worker.Job:
    """Open ``path`` off the UI thread (``article``: if read already); callbacks run on the UI."""
    return worker.submit(
        f"open {path.name}",
        load,
        path,
        article,
        on_progress=on_article,
        on_result=on_result,
        on_error=on_error,
    )
