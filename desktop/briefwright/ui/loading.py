"""Opening a file in the background: the article first (shown at once), then the Briefing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefwright.briefing import Briefing
from briefwright.ui import worker


@dataclass(frozen=True)
class Loaded:
    """An opened file: its Briefing, its path, and the path to save to when it is a project."""

    briefing: Briefing
    path: Path
    project_path: Path | None


def load(report: Callable[[object], None], path: Path) -> Loaded:
    """Return the Briefing for an article or a project; an article is reported once read.

    Raise BriefwrightError subclasses (with a message for the user) for unreadable input.
    """
    from briefwright.project import is_project, load_project

    if is_project(path):
        return Loaded(load_project(path), path, path)
    from briefwright.ingest import read_article

    article = read_article(path)
    report(article)
    # The analysis libraries take a quarter of a second to import: only after the article
    # is on its way to the screen.
    from briefwright.analysis import analyze
    from briefwright.proposal import propose

    return Loaded(propose(article, analyze(article), "bluf-memo"), path, None)


def start(
    path: Path,
    *,
    on_article: Callable[[object], None],
    on_result: Callable[[Loaded], None],
    on_error: Callable[[BaseException], None],
) -> worker.Job:
    """Open ``path`` off the UI thread; the callbacks run on the UI thread."""
    return worker.submit(
        f"open {path.name}",
        load,
        path,
        on_progress=on_article,
        on_result=on_result,
        on_error=on_error,
    )
