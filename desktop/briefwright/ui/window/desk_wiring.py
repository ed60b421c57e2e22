"""Wiring the desk actions to the window: own content, pasting, find, print, help, spelling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from briefwright.draft.printplan import home_section
from briefwright.model.errors import IngestError
from briefwright.ui.article.empty_state import EmptyState
from briefwright.ui.article.find_bar import FindBar
from briefwright.ui.article.legend import LegendBar
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
from briefwright.ui.window.pane_toggles import pane_actions

if TYPE_CHECKING:
    from briefwright.ui.window.main_window import MainWindow


def wire_desk(window: MainWindow) -> None:
    """Connect the desk actions of ``window`` once its panes exist."""
    # Loaded here, with the panes: the window's first paint waits for none of it.
    d = window.desk_actions
    flow = OwnContentFlow(
        window, window.workspace, window.outline_view, window.source_view
    )
    window.own_content = flow
    d.add_fact.triggered.connect(flow.add_fact)
    d.add_section.triggered.connect(flow.add_section)
    d.add_actor.triggered.connect(flow.add_actor)
    d.own_paragraphs.triggered.connect(flow.edit_own_paragraphs)
    d.add_event.triggered.connect(flow.add_event)
    d.use_as_fact.triggered.connect(flow.use_as_fact)
    d.add_to_section.triggered.connect(flow.choose_section)
    d.split_fact.triggered.connect(flow.split_fact)
    d.merge_facts.triggered.connect(flow.merge_facts)
    d.to_section.triggered.connect(flow.print_in_section)

    source = window.source_view
    source.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    source.customContextMenuRequested.connect(lambda pos: _source_menu(window, pos))
    window.outline_view.selectionModel().currentChanged.connect(
        lambda *_: update_edit_actions(window)
    )
    source.selectionChanged.connect(lambda: update_edit_actions(window))
    window.workspace.changed.connect(lambda: update_edit_actions(window))


    window.workspace.reset.connect(lambda: reset_preview(window))
    _wire_spelling(window)
    printer = PrintFlow(window)
    window.printing = printer
    d.print_briefing.triggered.connect(lambda: print_briefing(window))
    printer.finished.connect(
        lambda pages: window.statusBar().showMessage(f"Printed {pages} page(s)", 8000)
    )
    printer.failed.connect(lambda message: _print_failed(window, message))

    bar = FindBar(window.source_view, window.outline_view, window)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
    window.find_bar = bar
    d.find.triggered.connect(bar.open_bar)
    window.workspace.reset.connect(lambda: bar.search() if bar.isVisible() else None)
    window.pane_actions = pane_actions(window)
    box = OutlineFilter(window.outline_view)
    window.outline_filter = box
    pane = window.findChild(QWidget, "outlinePane")
    layout = pane.layout() if pane is not None else None
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(1, box)


def wire_early(window: MainWindow) -> None:
    """Connect what works before the panes exist: pasting an article, help, the colour key."""

    d = window.desk_actions
    d.new_from_clipboard.triggered.connect(lambda: paste_article(window))
    d.paste_article.triggered.connect(lambda: paste_article(window))
    d.help.triggered.connect(lambda: show_help(window))
    empty = EmptyState(window.source_view)
    empty.chosen.connect(lambda link: _on_empty_link(window, link))
    window.empty_state = empty
    legend = LegendBar()
    window.legend = legend
    pane = window.findChild(QWidget, "sourcePane")
    layout = pane.layout() if pane is not None else None
    if isinstance(layout, QVBoxLayout):
        layout.addWidget(legend)
    legend.setVisible(not window.settings.legend_seen())
    legend.dismissed.connect(window.settings.set_legend_seen)
    d.legend.triggered.connect(legend.show)


def show_help(window: MainWindow) -> None:
    """Open the help window (one at a time) and bring it to the front."""

    dialog = window.findChild(HelpDialog, "helpDialog")
    if dialog is None:
        dialog = HelpDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def _on_empty_link(window: MainWindow, link: str) -> None:
    if link == "open":
        window.choose_file()
    elif link == "paste":
        paste_article(window)
    elif link == "help":
        show_help(window)


def paste_article(window: MainWindow) -> None:
    """Open the clipboard's text or HTML as an article; say so when there is none."""

    try:
        article = article_from_mime(QGuiApplication.clipboard().mimeData())
    except IngestError as exc:
        window.statusBar().showMessage(str(exc), 8000)
        return
    window.open_article(article)


def _wire_spelling(window: MainWindow) -> None:
    service = spelling.SpellService(window.settings.user_words_path(), window)
    window.spelling = service
    for box in (window.details.bottom_line, window.details.comment):
        spelling.attach(box, service)
    window.outline_view.setItemDelegate(WordingDelegate(service, window.outline_view))
    panel = window.details.judgment_panel
    for box in panel.boxes.values():
        spelling.attach(box, service)
    panel.judgments_view.setItemDelegateForColumn(
        COL_STATEMENT,
        WordingDelegate(service, panel.judgments_view, wants=lambda _index: True),
    )
    service.failed.connect(lambda message: window.statusBar().showMessage(message, 8000))

    def on_reset() -> None:
        briefing = window.workspace.require()
        service.learn_article([p.text for s in briefing.sources for p in s.article.paragraphs])

    window.workspace.reset.connect(on_reset)
    # Loaded once the first preview is shown: never competing with the analysis or the
    # first preview for the interpreter (start() does nothing after the first time).
    window.preview.ready.connect(lambda _latency: service.start())


def reset_preview(window: MainWindow) -> None:
    """Show a newly opened briefing from its first page, fitted to the pane's width."""

    view = window.preview_view
    view.pages_area.verticalScrollBar().setValue(0)
    if view.zoom != FIT_WIDTH:
        view.set_zoom(FIT_WIDTH)


def print_briefing(window: MainWindow) -> None:
    """Print the PDF the preview shows, once the preview is up to date."""
    preview = window.preview
    if preview.pdf and not preview.busy:
        window.printing.print_pdf(preview.pdf)
        return
    window.statusBar().showMessage("Printing once the preview is up to date…", 8000)
    preview.ready.connect(
        lambda _latency: print_briefing(window), Qt.ConnectionType.SingleShotConnection
    )


def _print_failed(window: MainWindow, message: str) -> None:
    show_error(window, "Could not print", "The briefing was not printed.", message)


def update_edit_actions(window: MainWindow) -> None:
    """Enable exactly the edit actions that apply to what is selected now."""
    a, d = window.menu_actions, window.desk_actions
    ready = window.workspace.briefing is not None
    d.paste_article.setEnabled(not ready and not window.loading)
    for action in (d.add_fact, d.add_section, d.add_actor, d.add_event, d.find, d.print_briefing):
        action.setEnabled(ready)
    if not window.panes_built or not ready:
        for action in (
            a.toggle, a.rename, a.move_up, a.move_down,
            d.split_fact, d.merge_facts, d.use_as_fact, d.add_to_section, d.own_paragraphs,
            d.to_section,
        ):  # fmt: skip
            action.setEnabled(False)
        return
    view = window.outline_view
    index = view.currentIndex()
    model = view.outline
    state = edit_state(
        model.kind_of(index),
        index.row(),
        model.rowCount(index.parent()),
        window.source_view.textCursor().hasSelection(),
    )
    a.toggle.setEnabled(state.toggle)
    a.rename.setEnabled(state.rename)
    a.move_up.setEnabled(state.move_up)
    a.move_down.setEnabled(state.move_down)
    d.own_paragraphs.setEnabled(state.own_paragraphs)
    d.split_fact.setEnabled(state.split)
    d.merge_facts.setEnabled(state.merge)
    d.use_as_fact.setEnabled(state.use_as_fact)
    d.add_to_section.setEnabled(state.add_to_section)
    fact_row = index.row() if model.kind_of(index) == "facts" else -1
    briefing = window.workspace.require()
    d.to_section.setEnabled(fact_row >= 0 and home_section(briefing, fact_row) is not None)


def _source_menu(window: MainWindow, pos: QPoint) -> None:
    source = window.source_view
    menu: QMenu = source.createStandardContextMenu(pos)
    menu.setObjectName("sourceContextMenu")
    d = window.desk_actions
    menu.addSeparator()
    menu.addAction(d.use_as_fact)
    menu.addMenu(window.own_content.section_menu(menu))
    menu.addAction(d.add_fact)
    menu.addSeparator()
    menu.addAction(d.find)
    menu.popup(source.viewport().mapToGlobal(pos))
    window.source_menu = menu
