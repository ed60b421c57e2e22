"""What the window imports only when it first needs it, so that the article paints first.

The panes, the preview's writers, the pipeline and export, autosave and recovery, and
pypdfium2 load on first use (``deferred.OutlineModel``), not when the window starts; ``make
bench`` measures the start (process start to painted article) against a bare PySide6 window.
See :mod:`briefwright.model.lazy`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefwright.model.lazy import loader

if TYPE_CHECKING:


    pass

__getattr__ = loader(
    __name__,
    {
        "export_briefing": "briefwright.app.export",
        "safe_filename": "briefwright.app.filenames",
        "open_briefing": "briefwright.app.pipeline",
        "template_titles": "briefwright.draft.templates",
        "read_article": "briefwright.ingest",
        "compose": "briefwright.layout.compose",
        "is_project": "briefwright.store.project",
        "save_project": "briefwright.store.project",
        "show_about": "briefwright.ui.about",
        "application": "briefwright.ui.app",
        "sample_article_path": "briefwright.ui.app",
        "Autosaver": "briefwright.ui.autosaver",
        "DetailsPanel": "briefwright.ui.details_panel",
        "ExportFlow": "briefwright.ui.export_flow",
        "describe_failure": "briefwright.ui.export_flow",
        "app_icon": "briefwright.ui.icons",
        "MainWindow": "briefwright.ui.main_window",
        "OutlineModel": "briefwright.ui.outline_model",
        "OutlineView": "briefwright.ui.outline_view",
        "show_error": "briefwright.ui.plain",
        "PreviewBuilder": "briefwright.ui.preview_build",
        "FIT_WIDTH": "briefwright.ui.preview_view",
        "PreviewView": "briefwright.ui.preview_view",
        "offer_recovery": "briefwright.ui.recovery",
        "SelectionSync": "briefwright.ui.selection_sync",
        "Settings": "briefwright.ui.settings",
        "AUTOSAVE_INTERVAL": "briefwright.store.autosave",
        "AutosaveEntry": "briefwright.store.autosave",
        "list_recoverable": "briefwright.store.autosave",
        "write_pdf": "briefwright.writers.pdf",
    },
    {
        "pdfium": "pypdfium2",
        "autosave": "briefwright.store.autosave",
        "worker": "briefwright.ui.worker",
    },
)
