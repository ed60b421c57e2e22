"""The analyst's desk in the window: own content, pasting, find, print, help, spelling, panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from briefwright.draft.printplan import home_section
from briefwright.model.errors import IngestError
from briefwright.ui.article.empty_state import EmptyState
from briefwright.ui.article.find_bar import FindBar
from briefwright.ui.article.legend import LegendBar
from briefwright.ui.details.item_details import follow_outline
from briefwright.ui.details.judgments_model import COL_STATEMENT
from briefwright.ui.files.clipboard_import import article_from_mime
from briefwright.ui.outline.filter_box import OutlineFilter
from briefwright.ui.own.flow import OwnContentFlow
from briefwright.ui.preview.print_flow import PrintFlow
from briefwright.ui.preview.view import FIT_WIDTH
from briefwright.ui.text import spelling
from briefwright.ui.text.plain_widgets import show_error
from briefwright.ui.text.wording_delegate import WordingDelegate
from briefwright.ui.window.action_state import edit_state
from briefwright.ui.window.help_dialog import HelpDialog
from briefwright.ui.window.pane_toggles import PaneToggles

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter, QStatusBar

    from briefwright.ui.article.source_view import SourceView
    from briefwright.ui.details.panel import DetailsPanel
    from briefwright.ui.files.file_commands import FileCommands
    from briefwright.ui.files.opening import Opener
    from briefwright.ui.outline.view import OutlineView
    from briefwright.ui.preview.build import PreviewBuilder
    from briefwright.ui.preview.view import PreviewView
    from briefwright.ui.settings import Settings
    from briefwright.ui.window.actions import Actions
    from briefwright.ui.window.desk_actions import DeskActions
    from briefwright.ui.workspace import Workspace


class Desk(QObject):
    """The desk actions at work in ``window``: what works at once, and what needs the panes.

    At once: pasting an article, help, the empty window's links (``empty_state``) and the
    colour key (``legend``). Once :meth:`attach_panes` is given the panes: the analyst's own
    content (``own_content``), find (``find_bar``), the outline's filter (``outline_filter``),
    print (``printing``), spelling (``spelling``), the article's context menu, the View menu's
    pane toggles (``pane_toggles``), and which edit actions apply.
    """

    own_content: OwnContentFlow
    find_bar: FindBar
    outline_filter: OutlineFilter
    printing: PrintFlow
    spelling: spelling.SpellService
    pane_toggles: PaneToggles
    source_menu: QMenu

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        settings: Settings,
        menu_actions: Actions,
        desk_actions: DeskActions,
        source_view: SourceView,
        files: FileCommands,
        opener: Opener,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ws = workspace
        self._settings = settings
        self._menu_actions = menu_actions
        self._actions = desk_actions
        self._source = source_view
        self._files = files
        self._opener = opener
        self._outline: OutlineView | None = None
        d = desk_actions
        d.new_from_clipboard.triggered.connect(self.paste_article)
        d.paste_article.triggered.connect(self.paste_article)
        d.help.triggered.connect(self.show_help)
        self.empty_state = EmptyState(source_view)
        self.empty_state.chosen.connect(self._on_empty_link)
        self.legend = LegendBar()
        _add_to_pane(window, "sourcePane", self.legend)
        self.legend.setVisible(not settings.legend_seen())
        self.legend.dismissed.connect(settings.set_legend_seen)
        d.legend.triggered.connect(self.legend.show)

    @property
    def _status(self) -> QStatusBar:
        return self._window.statusBar()

    def attach_panes(
        self,
        outline_view: OutlineView,
        details: DetailsPanel,
        preview_view: PreviewView,
        preview: PreviewBuilder,
        side_splitter: QSplitter,
    ) -> None:
        """Connect what needs the outline, details and preview panes (once, when they exist)."""
        # Loaded here, with the panes: the window's first paint waits for none of it.
        self._outline = outline_view
        window, ws, d = self._window, self._ws, self._actions
        flow = OwnContentFlow(window, ws, outline_view, self._source)
        self.own_content = flow
        d.add_fact.triggered.connect(flow.add_fact)
        d.add_section.triggered.connect(flow.add_section)
        d.add_actor.triggered.connect(flow.add_actor)
        d.own_paragraphs.triggered.connect(flow.edit_own_paragraphs)
        d.add_event.triggered.connect(flow.add_event)
        d.use_as_fact.triggered.connect(flow.use_as_fact)
        d.add_to_section.triggered.connect(flow.choose_section)
        d.split_fact.triggered.connect(flow.split_fact)
        d.merge_facts.triggered.connect(flow.merge_facts)
        d.merge_with.triggered.connect(flow.merge_with_fact)
        d.to_section.triggered.connect(flow.print_in_section)

        source = self._source
        source.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        source.customContextMenuRequested.connect(self._show_source_menu)
        outline_view.selectionModel().currentChanged.connect(
            lambda *_: self.update_edit_actions()
        )
        source.selectionChanged.connect(self.update_edit_actions)
        follow_outline(details.item_details, outline_view)
        ws.changed.connect(self.update_edit_actions)

        ws.reset.connect(lambda: None if ws.replacing else _reset_preview(preview_view))
        self._wire_spelling(outline_view, details, preview)
        self._preview = preview
        self.printing = PrintFlow(window)
        d.print_briefing.triggered.connect(self.print_briefing)
        self.printing.finished.connect(
            lambda pages: self._status.showMessage(f"Printed {pages} page(s)", 8000)
        )
        self.printing.failed.connect(self._print_failed)

        bar = FindBar(source, outline_view, window)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        self.find_bar = bar
        d.find.triggered.connect(bar.open_bar)
        ws.reset.connect(lambda: bar.search() if bar.isVisible() else None)
        self.pane_toggles = PaneToggles(window, self._settings, side_splitter)
        ws.sourcesChanged.connect(self._show_sources_when_several)
        self._show_sources_when_several()
        self.outline_filter = OutlineFilter(outline_view)
        _add_to_pane(window, "outlinePane", self.outline_filter, at=1)

    def _show_sources_when_several(self) -> None:
        briefing = self._ws.briefing
        several = briefing is not None and briefing.several_sources
        self.pane_toggles.set_wanted("sources", several)

    def show_help(self) -> None:
        """Open the help window (one at a time) and bring it to the front."""
        dialog = self._window.findChild(HelpDialog, "helpDialog")
        if dialog is None:
            dialog = HelpDialog(self._window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def paste_article(self) -> None:
        """Open the clipboard's text or HTML as an article; say so when there is none."""
        try:
            article = article_from_mime(QGuiApplication.clipboard().mimeData())
        except IngestError as exc:
            self._status.showMessage(str(exc), 8000)
            return
        self._opener.open_article(article)

    def print_briefing(self) -> None:
        """Print the PDF the preview shows, once the preview is up to date."""
        preview = self._preview
        if preview.pdf and not preview.busy:
            self.printing.print_pdf(preview.pdf)
            return
        self._status.showMessage("Printing once the preview is up to date…", 8000)
        preview.ready.connect(
            lambda _latency: self.print_briefing(), Qt.ConnectionType.SingleShotConnection
        )

    def update_edit_actions(self) -> None:
        """Enable exactly the edit actions that apply to what is selected now."""
        a, d = self._menu_actions, self._actions
        ready = self._ws.briefing is not None
        d.paste_article.setEnabled(not ready and not self._opener.loading)
        for action in (
            d.add_fact, d.add_section, d.add_actor, d.add_event, d.find, d.print_briefing
        ):  # fmt: skip
            action.setEnabled(ready)
        view = self._outline
        if view is None or not ready:
            for action in (
                a.toggle, a.rename, a.move_up, a.move_down,
                d.split_fact, d.merge_facts, d.use_as_fact, d.add_to_section, d.own_paragraphs,
                d.to_section, d.merge_with,
            ):  # fmt: skip
                action.setEnabled(False)
            return
        index = view.currentIndex()
        model = view.outline
        state = edit_state(
            model.kind_of(index),
            index.row(),
            model.rowCount(index.parent()),
            self._source.textCursor().hasSelection(),
        )
        a.toggle.setEnabled(state.toggle)
        a.rename.setEnabled(state.rename)
        a.move_up.setEnabled(state.move_up)
        a.move_down.setEnabled(state.move_down)
        d.own_paragraphs.setEnabled(state.own_paragraphs)
        d.split_fact.setEnabled(state.split)
        d.merge_facts.setEnabled(state.merge)
        d.merge_with.setEnabled(state.merge_any)
        d.use_as_fact.setEnabled(state.use_as_fact)
        d.add_to_section.setEnabled(state.add_to_section)
        fact_row = index.row() if model.kind_of(index) == "facts" else -1
        briefing = self._ws.require()
        d.to_section.setEnabled(fact_row >= 0 and home_section(briefing, fact_row) is not None)

    def _on_empty_link(self, link: str) -> None:
        if link == "open":
            self._files.choose_file()
        elif link == "paste":
            self.paste_article()
        elif link == "help":
            self.show_help()

    def _wire_spelling(
        self, outline_view: OutlineView, details: DetailsPanel, preview: PreviewBuilder
    ) -> None:
        service = spelling.SpellService(self._settings.user_words_path(), self._window)
        self.spelling = service
        for box in (details.bottom_line, details.comment):
            spelling.attach(box, service)
        outline_view.setItemDelegate(WordingDelegate(service, outline_view))
        panel = details.judgment_panel
        for box in panel.boxes.values():
            spelling.attach(box, service)
        panel.judgments_view.setItemDelegateForColumn(
            COL_STATEMENT,
            WordingDelegate(service, panel.judgments_view, wants=lambda _index: True),
        )
        service.failed.connect(lambda message: self._status.showMessage(message, 8000))

        def on_reset() -> None:
            briefing = self._ws.require()
            service.learn_article([p.text for s in briefing.sources for p in s.article.paragraphs])

        self._ws.reset.connect(on_reset)
        # Loaded once the first preview is shown: never competing with the analysis or the
        # first preview for the interpreter (start() does nothing after the first time).
        preview.ready.connect(lambda _latency: service.start())

    def _print_failed(self, message: str) -> None:
        show_error(self._window, "Could not print", "The briefing was not printed.", message)

    def _show_source_menu(self, pos: QPoint) -> None:
        source = self._source
        menu: QMenu = source.createStandardContextMenu(pos)
        menu.setObjectName("sourceContextMenu")
        d = self._actions
        menu.addSeparator()
        menu.addAction(d.use_as_fact)
        menu.addMenu(self.own_content.section_menu(menu))
        menu.addAction(d.add_fact)
        menu.addSeparator()
        menu.addAction(d.find)
        menu.popup(source.viewport().mapToGlobal(pos))
        self.source_menu = menu


def _add_to_pane(window: QWidget, pane_name: str, widget: QWidget, at: int | None = None) -> None:
    """Put ``widget`` into the pane of ``window`` named ``pane_name``: at the end, or at ``at``."""
    pane = window.findChild(QWidget, pane_name)
    layout = pane.layout() if pane is not None else None
    if isinstance(layout, QVBoxLayout):
        if at is None:
            layout.addWidget(widget)
        else:
            layout.insertWidget(at, widget)


def _reset_preview(view: PreviewView) -> None:
    """Show a newly opened briefing from its first page, fitted to the pane's width."""
    view.pages_area.verticalScrollBar().setValue(0)
    if view.zoom != FIT_WIDTH:
        view.set_zoom(FIT_WIDTH)
