"""Spell-check as you type: unknown words underlined, suggestions and "Add to Dictionary" in
the context menu. The dictionary loads in the background the first time it is needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from briefwright.draft.spelling import WORD, Speller, WordList, load_english
from briefwright.ui import worker

UNDERLINE = QColor(220, 40, 40)


class SpellService(QObject):
    """The window's one speller; ``ready()`` once the dictionary is loaded, ``changed()``
    when the known words change (a word added, another article opened)."""

    ready = Signal()
    changed = Signal()
    failed = Signal(str)

    def __init__(self, user_words: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._user_words = user_words
        self.speller: Speller | None = None
        self._article: list[str] = []
        self._loading = False

    def start(self) -> None:
        """Load the dictionary off the UI thread (once)."""
        if self.speller is not None or self._loading:
            return
        self._loading = True
        worker.submit("spelling", load_english, on_result=self._loaded, on_error=self._failed)

    def _loaded(self, words: WordList) -> None:
        self._loading = False
        self.speller = Speller(words, self._user_words)
        self.speller.learn_article(self._article)
        self.ready.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.failed.emit(f"Spell-checking is off: the dictionary could not be loaded ({error})")

    def learn_article(self, texts: list[str]) -> None:
        """Count the words of the open article as known."""
        self._article = texts
        if self.speller is not None:
            self.speller.learn_article(texts)
            self.changed.emit()

    def add(self, word: str) -> None:
        """Add ``word`` to the user's dictionary (kept in the user's configuration folder)."""
        if self.speller is None:
            return
        try:
            self.speller.add(word)
        except OSError as exc:
            self.failed.emit(f"{word!r} could not be kept for later: {exc.strerror or exc}")
        self.changed.emit()


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines, with a wavy red line, the unknown words of a document."""

    def __init__(self, document: QTextDocument, service: SpellService) -> None:
        super().__init__(document)
        self._service = service
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(UNDERLINE)
        service.ready.connect(self.rehighlight)
        service.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        speller = self._service.speller
        if speller is None:
            return
        for start, end in speller.unknown_spans(text):
            a = _utf16(text, start)
            self.setFormat(a, _utf16(text, end) - a, self._format)


def word_at(edit: QPlainTextEdit, pos: QPoint) -> QTextCursor | None:
    """Return a cursor selecting the word at viewport position ``pos``, or None."""
    cursor = edit.cursorForPosition(pos)
    block = cursor.block().text()
    column = cursor.positionInBlock()
    for m in WORD.finditer(block):
        if _utf16(block, m.start()) <= column <= _utf16(block, m.end()):
            found = QTextCursor(cursor.block())
            found.setPosition(cursor.block().position() + _utf16(block, m.start()))
            found.setPosition(
                cursor.block().position() + _utf16(block, m.end()),
                QTextCursor.MoveMode.KeepAnchor,
            )
            return found
    return None


def spelling_menu(edit: QPlainTextEdit, service: SpellService, pos: QPoint) -> QMenu:
    """Return the context menu for ``pos``: suggestions and "Add to Dictionary" for an
    unknown word there, then the usual editing actions."""
    menu = edit.createStandardContextMenu(pos)
    menu.setObjectName("spellingMenu")
    speller = service.speller
    cursor = word_at(edit, pos)
    if speller is None or cursor is None or _known_here(speller, cursor):
        return menu
    word = cursor.selectedText()
    first = menu.actions()[0] if menu.actions() else None
    suggestions = speller.suggestions(word)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.triggered.connect(lambda _c=False, s=suggestion, c=cursor: _replace(edit, c, s))
        menu.insertAction(first, action)  # type: ignore[arg-type]
    if not suggestions:
        none = menu.addAction("No suggestions")
        none.setEnabled(False)
        menu.insertAction(first, none)  # type: ignore[arg-type]
    add = menu.addAction("&Add to Dictionary")
    add.setObjectName("addToDictionary")
    add.triggered.connect(lambda: service.add(word))
    menu.insertAction(first, add)  # type: ignore[arg-type]
    menu.insertSeparator(first)  # type: ignore[arg-type]
    return menu


def _known_here(speller: Speller, cursor: QTextCursor) -> bool:
    """Return whether the word ``cursor`` selects is spelt right where it stands."""
    block = cursor.block().text()
    units = (cursor.selectionStart() - cursor.block().position()) * 2
    start = len(block.encode("utf-16-le")[:units].decode("utf-16-le", "ignore"))
    return speller.known_in(block, start, cursor.selectedText())


def _replace(edit: QPlainTextEdit, cursor: QTextCursor, word: str) -> None:
    edit.setTextCursor(cursor)
    edit.insertPlainText(word)


def attach(edit: QPlainTextEdit, service: SpellService) -> SpellHighlighter:
    """Spell-check ``edit`` as its text changes; return the highlighter."""
    highlighter = SpellHighlighter(edit.document(), service)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        menu = spelling_menu(edit, service, pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(edit.viewport().mapToGlobal(pos))

    edit.customContextMenuRequested.connect(show)
    return highlighter
