"""Find across the article and the outline: a bar with next, previous and a count of hits."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QLineEdit, QToolBar, QToolButton, QWidget

from briefwright.ui.article.source_view import SourceView
from briefwright.ui.outline.view import OutlineView
from briefwright.ui.text.plain_widgets import plain_label
from briefwright.ui.window.icons import icon

MAX_HITS = 2000
"""Hits past this many are not collected: a one-letter query in a long article is not a search."""


def matches(text: str, query: str) -> bool:
    """Return whether ``query`` occurs in ``text``, ignoring case and runs of white space."""
    needle = " ".join(query.split()).casefold()
    return bool(needle) and needle in " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Hit:
    """A place the query occurs: ``[start, end)`` of the article view, or an outline row."""

    start: int = -1
    end: int = -1
    row: QPersistentModelIndex | None = None


def outline_indexes(view: OutlineView) -> list[QModelIndex]:
    """Return every item and paragraph row of the outline, in tree order."""
    model = view.outline
    found: list[QModelIndex] = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            item = model.index(r, 0, group)
            found.append(item)
            found.extend(model.index(c, 0, item) for c in range(model.rowCount(item)))
    return found


class FindBar(QToolBar):
    """The find bar: type to search; Enter or F3 finds the next hit, Shift+Enter or Shift+F3
    the one before. ``hitShown(index)`` is emitted with each hit brought into view."""

    hitShown = Signal(int)

    def __init__(self, source: SourceView, outline: OutlineView, parent: QWidget) -> None:
        super().__init__("Find", parent)
        self.setObjectName("findBar")
        self.setMovable(False)
        self.setAccessibleName("Find")
        self._source = source
        self._outline = outline
        self.hits: list[Hit] = []
        self.current = -1
        self.edit = QLineEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText("Find in the article and the outline")
        self.edit.setAccessibleName("Find")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(360)
        self.addWidget(plain_label("Find: "))
        self.addWidget(self.edit)
        self.previous_button = self._button("go-previous", "Previous hit (Shift+F3)")
        self.next_button = self._button("go-next", "Next hit (F3)")
        self.status = plain_label("")
        self.status.setObjectName("findStatus")
        self.status.setAccessibleName("Find status")
        self.status.setContentsMargins(8, 0, 8, 0)
        self.addWidget(self.status)
        close = self._button("close", "Close the find bar (Esc)")
        close.clicked.connect(self.close_bar)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.FindNext), self.find_next),
            (QKeySequence(QKeySequence.StandardKey.FindPrevious), self.find_previous),
            (QKeySequence("Shift+Return"), self.find_previous),
            (QKeySequence("Escape"), self.close_bar),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.hide()

    def _button(self, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        self.addWidget(button)
        return button

    def open_bar(self) -> None:
        """Show the bar with the selected article text (if any) as the query, ready to type."""
        selected = self._source.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.edit.setText(selected)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        """Hide the bar and its highlights; the focus returns to the article."""
        self.hide()
        self._source.set_find_ranges([])
        self._source.setFocus()

    def search(self) -> None:
        """Collect the hits of the query: the article's first, then the outline's."""
        query = self.edit.text()
        self.hits = []
        self.current = -1
        if query.strip():
            doc = self._source.document()
            cursor = doc.find(query, 0, QTextDocument.FindFlag(0))
            while not cursor.isNull() and len(self.hits) < MAX_HITS:
                self.hits.append(Hit(cursor.selectionStart(), cursor.selectionEnd()))
                cursor = doc.find(query, cursor, QTextDocument.FindFlag(0))
            model = self._outline.outline
            for index in outline_indexes(self._outline):
                if matches(str(model.data(index) or ""), query):
                    self.hits.append(Hit(row=QPersistentModelIndex(index)))
        self._source.set_find_ranges([(h.start, h.end) for h in self.hits if h.row is None])
        self._show_status()

    def find_next(self) -> None:
        """Bring the next hit into view (after the last, the first)."""
        self._step(1)

    def find_previous(self) -> None:
        """Bring the hit before into view (before the first, the last)."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.hits:
            self._show_status()
            return
        self.current = (self.current + direction) % len(self.hits)
        hit = self.hits[self.current]
        if hit.row is None:
            cursor = self._source.textCursor()
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, cursor.MoveMode.KeepAnchor)
            self._source.setTextCursor(cursor)
            self._source.centerCursor()
        elif hit.row.isValid():
            index = self._outline.outline.index(hit.row.row(), 0, hit.row.parent())
            self._outline.expand(index.parent())
            self._outline.setCurrentIndex(index)
            self._outline.scrollTo(index)
        self._show_status()
        self.hitShown.emit(self.current)

    def _show_status(self) -> None:
        query = self.edit.text().strip()
        if not query:
            self.status.setText("")
        elif not self.hits:
            self.status.setText("Not found")
        else:
            in_article = sum(1 for h in self.hits if h.row is None)
            where = f"{in_article} in the article, {len(self.hits) - in_article} in the outline"
            position = f"{self.current + 1} of {len(self.hits)}" if self.current >= 0 else ""
            self.status.setText(f"{position} · {where}" if position else where)
