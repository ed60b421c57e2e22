"""What the command line imports only for the command that needs it.

``briefwright gui`` reaches the window and ``briefwright --version`` answers without loading
the pipeline, the analysis or the writers; each name below loads on first use
(``deferred.open_briefing``). See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:
    pass

__getattr__ = loader(
    __name__,
    {
        "analyze_many": "briefwright.analysis",
        "analysis_record": "briefwright.app.analysis_json",
        "FORMATS": "briefwright.app.export",
        "export_briefing": "briefwright.app.export",
        "format_for": "briefwright.app.export",
        "articles_in": "briefwright.app.pipeline",
        "briefings_for": "briefwright.app.pipeline",
        "open_briefing": "briefwright.app.pipeline",
        "load_template": "briefwright.draft.templates",
        "template_titles": "briefwright.draft.templates",
        "read_article": "briefwright.ingest",
        "PROJECT_SUFFIX": "briefwright.store.project",
        "is_project": "briefwright.store.project",
        "save_project": "briefwright.store.project",
    },
)
