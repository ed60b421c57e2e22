"""View ▸ Outline, Template Parts, Details, Preview: show or hide each pane, remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from briefwright.ui.window.main_window import MainWindow

PANES: tuple[tuple[str, str, str], ...] = (
    ("outline", "&Outline", "The outline of sections, facts and actors"),
    ("parts", "Template &Parts", "The template's parts and their state"),
    ("details", "&Details", "The briefing's details, judgments and written parts"),
    ("preview", "Pre&view", "The preview of the pages"),
)
"""Each pane the View menu shows or hides: its name (``<name>Pane``), menu text, tip."""
SIDE_PANES = ("outline", "parts", "details")


def pane_actions(window: MainWindow) -> dict[str, QAction]:
    """Add a checkable action per pane to the View menu of ``window`` (its panes built);
    return them by pane name. Each pane starts as the settings remember it."""
    menu = window.findChild(QMenu, "menuView")
    if menu is not None:
        menu.addSeparator()
    actions: dict[str, QAction] = {}
    for name, text, tip in PANES:
        action = QAction(text, window)
        action.setObjectName(f"actionShow{name.title()}")
        action.setCheckable(True)
        action.setToolTip(f"Show or hide: {tip.lower()}")
        action.setStatusTip(action.toolTip())
        action.setChecked(window.settings.pane_visible(name))
        action.toggled.connect(lambda on, n=name: show_pane(window, n, on))
        if menu is not None:
            menu.addAction(action)
        actions[name] = action
    for name in actions:
        _apply(window, name, actions[name].isChecked())
    return actions


def show_pane(window: MainWindow, name: str, on: bool) -> None:
    """Show or hide pane ``name`` of ``window`` and remember it."""
    _apply(window, name, on)
    window.settings.set_pane_visible(name, on)


def _apply(window: MainWindow, name: str, on: bool) -> None:
    pane = window.findChild(QWidget, f"{name}Pane")
    if pane is not None:
        pane.setVisible(on)
    if name in SIDE_PANES:
        # The column itself goes when its three panes are hidden, leaving room to the others.
        shown = [window.settings.pane_visible(n) if n != name else on for n in SIDE_PANES]
        window.side_splitter.setVisible(any(shown))
