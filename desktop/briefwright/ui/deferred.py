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
    # The names below, for mypy and for the import contracts (the same imports, not run).
    import pypdfium2 as pypdfium2

    from briefwright.app.export import export_briefing as export_briefing
    from briefwright.app.filenames import safe_filename as safe_filename
    from briefwright.app.pipeline import open_briefing as open_briefing
    from briefwright.app.pipeline import propose_article as propose_article
    from briefwright.draft.templates import template_titles as template_titles
    from briefwright.ingest import article_from_html as article_from_html
    from briefwright.ingest import article_from_text as article_from_text
    from briefwright.ingest import read_article as read_article
    from briefwright.layout.compose import compose as compose
    from briefwright.store import autosave as autosave
    from briefwright.store.autosave import AutosaveEntry as AutosaveEntry
    from briefwright.store.autosave import list_recoverable as list_recoverable
    from briefwright.store.project import is_project as is_project
    from briefwright.store.project import save_project as save_project
    from briefwright.ui import spelling as spelling
    from briefwright.ui import worker as worker
    from briefwright.ui.about import show_about as show_about
    from briefwright.ui.action_state import edit_state as edit_state
    from briefwright.ui.app import application as application
    from briefwright.ui.app import sample_article_path as sample_article_path
    from briefwright.ui.autosaver import Autosaver as Autosaver
    from briefwright.ui.clipboard_import import PASTED_NAME as PASTED_NAME
    from briefwright.ui.clipboard_import import article_from_mime as article_from_mime
    from briefwright.ui.clipboard_import import has_article as has_article
    from briefwright.ui.details_panel import DetailsPanel as DetailsPanel
    from briefwright.ui.empty_state import EmptyState as EmptyState
    from briefwright.ui.export_flow import ExportFlow as ExportFlow
    from briefwright.ui.export_flow import describe_failure as describe_failure
    from briefwright.ui.find_bar import FindBar as FindBar
    from briefwright.ui.help_dialog import HelpDialog as HelpDialog
    from briefwright.ui.icons import app_icon as app_icon
    from briefwright.ui.judgments_model import COL_STATEMENT as COL_STATEMENT
    from briefwright.ui.legend import LegendBar as LegendBar
    from briefwright.ui.main_window import MainWindow as MainWindow
    from briefwright.ui.outline_filter import OutlineFilter as OutlineFilter
    from briefwright.ui.outline_model import OutlineModel as OutlineModel
    from briefwright.ui.outline_view import OutlineView as OutlineView
    from briefwright.ui.own_content_flow import OwnContentFlow as OwnContentFlow
    from briefwright.ui.plain import show_error as show_error
    from briefwright.ui.preview_build import PreviewBuilder as PreviewBuilder
    from briefwright.ui.preview_view import FIT_WIDTH as FIT_WIDTH
    from briefwright.ui.preview_view import PreviewView as PreviewView
    from briefwright.ui.print_flow import PrintFlow as PrintFlow
    from briefwright.ui.recovery import offer_recovery as offer_recovery
    from briefwright.ui.selection_sync import SelectionSync as SelectionSync
    from briefwright.ui.settings import Settings as Settings
    from briefwright.ui.wording_delegate import WordingDelegate as WordingDelegate
    from briefwright.writers.pdf import write_pdf as write_pdf

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
        "edit_state": "briefwright.ui.action_state",
        "COL_STATEMENT": "briefwright.ui.judgments_model",
        "OwnContentFlow": "briefwright.ui.own_content_flow",
        "PASTED_NAME": "briefwright.ui.clipboard_import",
        "article_from_mime": "briefwright.ui.clipboard_import",
        "has_article": "briefwright.ui.clipboard_import",
        "EmptyState": "briefwright.ui.empty_state",
        "FindBar": "briefwright.ui.find_bar",
        "HelpDialog": "briefwright.ui.help_dialog",
        "LegendBar": "briefwright.ui.legend",
        "OutlineFilter": "briefwright.ui.outline_filter",
        "PrintFlow": "briefwright.ui.print_flow",
        "WordingDelegate": "briefwright.ui.wording_delegate",
        "propose_article": "briefwright.app.pipeline",
        "article_from_html": "briefwright.ingest",
        "article_from_text": "briefwright.ingest",
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
        "AutosaveEntry": "briefwright.store.autosave",
        "list_recoverable": "briefwright.store.autosave",
        "write_pdf": "briefwright.writers.pdf",
    },
    {
        "pypdfium2": "pypdfium2",
        "autosave": "briefwright.store.autosave",
        "worker": "briefwright.ui.worker",
        "spelling": "briefwright.ui.spelling",
    },
)
