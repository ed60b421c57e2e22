"""A filter box over the outline: only the items (and paragraphs) holding the words stay shown.

Rows are hidden in the view rather than filtered through a proxy model, so that every index
the window, the selection sync and the commands use stays an index of the outline model.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLineEdit, QWidget

from briefwright.ui.article.find_bar import matches
from briefwright.ui.outline.view import OutlineView


def apply_filter(view: OutlineView, query: str) -> int:
    """Hide the outline rows that do not hold ``query``; return how many items stay shown.

    An item stays when it or one of its paragraphs matches; a paragraph stays when it or its
    section matches. An empty query shows every row.
    """
    model = view.outline
    shown = 0
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            item = model.index(r, 0, group)
            own = not query.strip() or matches(str(model.data(item) or ""), query)
            children = [model.index(c, 0, item) for c in range(model.rowCount(item))]
            child_hits = [own or matches(str(model.data(c) or ""), query) for c in children]
            visible = own or any(child_hits)
            view.setRowHidden(r, group, not visible)
            for c, hit in enumerate(child_hits):
                view.setRowHidden(c, item, not hit)
            if visible and query.strip() and any(child_hits) and not own:
                view.expand(item)
            shown += visible
    return shown


class OutlineFilter(QLineEdit):
    """The filter box above the outline; it follows the outline's changes while it holds text."""

    def __init__(self, view: OutlineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineFilter")
        self.setPlaceholderText("Filter the outline")
        self.setAccessibleName("Filter the outline")
        self.setToolTip("Show only the sections, facts and actors holding these words")
        self.setClearButtonEnabled(True)
        self._view = view
        self.textChanged.connect(self.refilter)
        model = view.outline
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            signal.connect(self._follow)

    def refilter(self) -> None:
        """Apply the box's text to the outline."""
        apply_filter(self._view, self.text())

    def _follow(self, *_args: QModelIndex | int) -> None:
        if self.text():
            self.refilter()
