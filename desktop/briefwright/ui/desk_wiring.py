"""Wiring the desk actions to the window: own content, pasting, find, print, help, spelling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from briefwright.ui.action_state import edit_state
from briefwright.ui.own_content_flow import OwnContentFlow

if TYPE_CHECKING:
    from briefwright.ui.main_window import MainWindow


def wire_desk(window: MainWindow) -> None:
    """Connect the desk actions of ``window`` once its panes exist."""
    d = window.desk_actions
    flow = OwnContentFlow(window, window.workspace, window.outline_view, window.source_view)
    window.own_content = flow
    d.add_fact.triggered.connect(flow.add_fact)
    d.add_section.triggered.connect(flow.add_section)
    d.add_actor.triggered.connect(flow.add_actor)
    d.use_as_fact.triggered.connect(flow.use_as_fact)
    d.add_to_section.triggered.connect(flow.choose_section)
    d.split_fact.triggered.connect(flow.split_fact)
    d.merge_facts.triggered.connect(flow.merge_facts)

    source = window.source_view
    source.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    source.customContextMenuRequested.connect(lambda pos: _source_menu(window, pos))
    window.outline_view.selectionModel().currentChanged.connect(
        lambda *_: update_edit_actions(window)
    )
    source.selectionChanged.connect(lambda: update_edit_actions(window))
    window.workspace.changed.connect(lambda: update_edit_actions(window))


def wire_early(window: MainWindow) -> None:
    """Connect what works before the panes exist: pasting an article."""
    d = window.desk_actions
    d.new_from_clipboard.triggered.connect(lambda: paste_article(window))
    d.paste_article.triggered.connect(lambda: paste_article(window))


def paste_article(window: MainWindow) -> None:
    """Open the clipboard's text or HTML as an article; say so when there is none."""
    from briefwright.model.errors import IngestError
    from briefwright.ui.clipboard_import import article_from_mime

    try:
        article = article_from_mime(QGuiApplication.clipboard().mimeData())
    except IngestError as exc:
        window.statusBar().showMessage(str(exc), 8000)
        return
    window.open_article(article)


def update_edit_actions(window: MainWindow) -> None:
    """Enable exactly the edit actions that apply to what is selected now."""
    a, d = window.menu_actions, window.desk_actions
    ready = window.workspace.briefing is not None
    d.paste_article.setEnabled(not ready and not window.loading)
    for action in (d.add_fact, d.add_section, d.add_actor, d.find, d.print_briefing):
        action.setEnabled(ready)
    if not window.panes_built or not ready:
        for action in (
            a.toggle, a.rename, a.move_up, a.move_down,
            d.split_fact, d.merge_facts, d.use_as_fact, d.add_to_section,
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
    d.split_fact.setEnabled(state.split)
    d.merge_facts.setEnabled(state.merge)
    d.use_as_fact.setEnabled(state.use_as_fact)
    d.add_to_section.setEnabled(state.add_to_section)


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
