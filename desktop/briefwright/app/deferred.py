"""What the command line imports only for the command that needs it.

``briefwright gui`` reaches the window and ``briefwright --version`` answers without loading
the pipeline, the analysis or the writers; each name below loads on first use
(``deferred.open_briefing``). See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    # The names below, for mypy and for the import contracts (the same imports, not run).
    from briefwright.analysis.engine import analyze_many as analyze_many
    from briefwright.app.analysis_json import analysis_record as analysis_record
    from briefwright.app.export import export_briefing as export_briefing
    from briefwright.app.export import format_for as format_for
    from briefwright.app.pipeline import articles_in as articles_in
    from briefwright.app.pipeline import briefings_for as briefings_for
    from briefwright.app.pipeline import open_briefing as open_briefing
    from briefwright.draft.templates import load_template as load_template
    from briefwright.draft.templates import template_titles as template_titles
    from briefwright.ingest import read_article as read_article
    from briefwright.store.project import is_project as is_project
    from briefwright.store.project import save_project as save_project

__getattr__ = loader(
    __name__,
    {
        "analyze_many": "briefwright.analysis.engine",
        "analysis_record": "briefwright.app.analysis_json",
        "export_briefing": "briefwright.app.export",
        "format_for": "briefwright.app.export",
        "articles_in": "briefwright.app.pipeline",
        "briefings_for": "briefwright.app.pipeline",
        "open_briefing": "briefwright.app.pipeline",
        "load_template": "briefwright.draft.templates",
        "template_titles": "briefwright.draft.templates",
        "read_article": "briefwright.ingest",
        "is_project": "briefwright.store.project",
        "save_project": "briefwright.store.project",
    },
)
