"""View ▸ Outline, Template Parts, Sources, Details, Preview: show or hide each pane, remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from briefwright.ui.settings import Settings

PANES: tuple[tuple[str, str, str], ...] = (
    ("outline", "&Outline", "The outline of sections, facts and actors"),
    ("parts", "Template &Parts", "The template's parts and their state"),
    ("sources", "&Sources", "The sources of the briefing: outlet, date and reliability"),
    ("details", "&Details", "The briefing's details, judgments and written parts"),
    ("preview", "Pre&view", "The preview of the pages"),
)
"""Each pane the View menu shows or hides: its name (``<name>Pane``), menu text, tip."""
SIDE_PANES = ("outline", "parts", "sources", "details")


WANTED_PANES = {"sources"}
"""The panes shown only while the briefing needs them: the sources list, for several."""


class PaneToggles(QObject):
    """A checkable action per pane of ``window`` (its panes built) in its View menu.

    Each pane starts as ``settings`` remember it; ``side_splitter`` is the column holding the
    side panes. ``actions`` holds the actions by pane name. A pane of WANTED_PANES shows only
    while it is also wanted (:meth:`set_wanted`): the sources list with several sources, so
    that one article leaves its room to the outline.
    """

    def __init__(self, window: QWidget, settings: Settings, side_splitter: QSplitter) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._side = side_splitter
        menu = window.findChild(QMenu, "menuView")
        if menu is not None:
            menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        self._wanted: dict[str, bool] = dict.fromkeys(WANTED_PANES, False)
        for name, text, tip in PANES:
            action = QAction(text, window)
            action.setObjectName(f"actionShow{name.title()}")
            action.setCheckable(True)
            action.setToolTip(f"Show or hide: {tip.lower()}")
            action.setStatusTip(action.toolTip())
            action.setChecked(settings.pane_visible(name))
            action.toggled.connect(lambda on, n=name: self.show_pane(n, on))
            if menu is not None:
                menu.addAction(action)
            self.actions[name] = action
        for name, action in self.actions.items():
            self._apply(name, action.isChecked())

    def set_wanted(self, name: str, wanted: bool) -> None:
        """Say whether pane ``name`` (of WANTED_PANES) has something to show; it shows when it
        has and the View menu's choice is on."""
        self._wanted[name] = wanted
        self._apply(name, self.actions[name].isChecked())

    def shown(self, name: str) -> bool:
        """Return whether pane ``name`` is to be seen: chosen in the View menu and wanted."""
        return self.actions[name].isChecked() and self._wanted.get(name, True)

    def show_pane(self, name: str, on: bool) -> None:
        """Show or hide pane ``name`` and remember it."""
        self._apply(name, on)
        self._settings.set_pane_visible(name, on)

    def _apply(self, name: str, on: bool) -> None:
        pane = self._window.findChild(QWidget, f"{name}Pane")
        if pane is not None:
            pane.setVisible(on and self._wanted.get(name, True))
        if name in SIDE_PANES:
            # The column itself goes when its panes are all hidden, leaving room to the others.
            shown = [
                (on if n == name else self._settings.pane_visible(n)) and self._wanted.get(n, True)
                for n in SIDE_PANES
            ]
            self._side.setVisible(any(shown))
