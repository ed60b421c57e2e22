"""The article pane: read-only plain text, paragraphs numbered ¶n, chosen material highlighted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from briefwright.model.article import Article, paragraph_mark
from briefwright.model.briefing import Briefing
from briefwright.model.sources import LEAD_SOURCE

# Translucent tints read well on light and dark palettes alike.
ACTOR_TINT = QColor(255, 176, 0, 80)
FACT_TINT = QColor(64, 150, 255, 64)
FIND_TINT = QColor(60, 200, 80, 90)
SEPARATOR = "\u2003"  # an em space after the ¶n number
_MARGIN_BLOCKS = 40
LONG_RUN = 5_000
"""Characters without a break opportunity past which the view wraps anywhere.

Qt's word wrapping searches each unbroken run for a break once per line, so its cost grows
with the square of the run: a 1 MB word froze the view for minutes, 50,000 characters took
0.2 s, while wrapping anywhere lays out 1 MB in under a second.
"""


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of paragraph ``paragraph``'s text, ``[start, end)``."""

    paragraph: int
    start: int
    end: int


def _utf16(text: str, index: int) -> int:
    """Return the UTF-16 offset of Python index ``index`` in ``text`` (Qt counts UTF-16 units)."""
    head = text[:index]
    if head.isascii():
        return len(head)
    # Two bytes a unit; a lone surrogate passes as the one unit it is.
    return len(head.encode("utf-16-le", "surrogatepass")) // 2


def longest_run(article: Article) -> int:
    """Return the length of the longest stretch of ``article``'s text without white space."""
    longest = 0
    for p in article.paragraphs:
        # Only a paragraph longer than the longest run found so far can hold a longer one.
        if len(p.text) > longest:
            longest = max(longest, max(map(len, p.text.split()), default=0))
    return longest


def _python_index(text: str, utf16: int) -> int:
    """Return the Python index of UTF-16 offset ``utf16`` in ``text``."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class SourceView(QPlainTextEdit):
    """Shows the article; one block per paragraph, separated by an empty block.

    ``paragraphActivated(pid, offset)`` is emitted when the user puts the cursor in a
    paragraph (``offset`` indexes its text); ``painted()`` once the text was first drawn.
    """

    paragraphActivated = Signal(int, int)
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName("Article text")
        self.setToolTip("The article, read-only. Click a paragraph to find what comes from it.")
        self.setPlaceholderText("The article appears here.")
        self.document().setDocumentMargin(12)
        self._article: Article | None = None
        # The id of the briefing's source whose article is shown (S1 for a lone article).
        self.source_id = LEAD_SOURCE
        self._prefix: dict[int, int] = {}
        self._row: dict[int, int] = {}
        self._spans_actor: dict[int, list[tuple[int, int]]] = {}
        self._spans_fact: dict[int, list[tuple[int, int]]] = {}
        self._focus: list[Span] = []
        self._find: list[tuple[int, int]] = []
        self._programmatic = False
        self._painted = False
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._apply_selections)
        self.verticalScrollBar().valueChanged.connect(self._refresh.start)
        self.cursorPositionChanged.connect(self._on_cursor)
        self.viewport().installEventFilter(self)

    @property
    def article(self) -> Article | None:
        """Return the article shown, or None."""
        return self._article

    def show_article(self, article: Article, source_id: str = LEAD_SOURCE) -> None:
        """Show ``article`` (the article of source ``source_id``) as plain text with its
        paragraph numbers; clear the highlights."""
        self.source_id = source_id
        if article is self._article:
            return
        self._article = article
        self._prefix.clear()
        self._row.clear()
        parts: list[str] = []
        for row, p in enumerate(article.paragraphs):
            prefix = f"{paragraph_mark(p.id)}{SEPARATOR}"
            self._prefix[p.id] = len(prefix)
            self._row[p.id] = row
            # A line separator keeps one block per paragraph where the text has line breaks.
            parts.append(prefix + p.text.replace("\r\n", "\u2028").replace("\n", "\u2028"))
        self.setWordWrapMode(
            QTextOption.WrapMode.WrapAnywhere
            if longest_run(article) >= LONG_RUN
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        self._programmatic = True
        try:
            self.setPlainText("\n\n".join(parts))
        finally:
            self._programmatic = False
        self._spans_actor.clear()
        self._spans_fact.clear()
        self._focus = []
        self._find = []
        self._apply_selections()

    def set_briefing_highlights(self, briefing: Briefing) -> None:
        """Highlight, in the source shown, the mentions of included actors and the sentences
        of included facts."""
        sid = self.source_id
        actors: dict[int, list[tuple[int, int]]] = {}
        for actor in briefing.included_actors():
            for m in actor.mentions:
                if m.source == sid:
                    actors.setdefault(m.paragraph, []).append((m.start, m.end))
        facts: dict[int, list[tuple[int, int]]] = {}
        for fact in briefing.included_facts():
            if fact.source != sid:
                continue
            span = self._sentence_span(fact.paragraph, fact.sentence)
            if span is not None:
                facts.setdefault(fact.paragraph, []).append(span)
        self._spans_actor, self._spans_fact = actors, facts
        self._refresh.start()

    def focus_spans(self, spans: list[Span], *, scroll: bool = True) -> None:
        """Mark ``spans`` as the current selection; with ``scroll``, centre the first one."""
        self._focus = [s for s in spans if s.paragraph in self._row]
        self._apply_selections()
        if not self._focus or not scroll:
            return
        first = self._focus[0]
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._position(first.paragraph, first.start))
        self._programmatic = True
        try:
            self.setTextCursor(cursor)
            self.centerCursor()
        finally:
            self._programmatic = False

    def sentence_spans(self, paragraph: int, sentence: int) -> list[Span]:
        """Return the span of sentence ``sentence`` of ``paragraph`` (or the paragraph)."""
        span = self._sentence_span(paragraph, sentence)
        if span is None:
            return self.paragraph_spans([paragraph])
        return [Span(paragraph, *span)]

    def paragraph_spans(self, paragraphs: list[int]) -> list[Span]:
        """Return spans covering whole paragraphs."""
        if self._article is None:
            return []
        spans = []
        for pid in paragraphs:
            try:
                spans.append(Span(pid, 0, len(self._article.paragraph(pid).text)))
            except KeyError:
                continue
        return spans

    def paragraph_at_cursor(self) -> tuple[int, int] | None:
        """Return ``(paragraph id, offset in its text)`` where the cursor is, or None."""
        if self._article is None:
            return None
        block = self.textCursor().block()
        number = block.blockNumber()
        if number % 2 or number // 2 >= len(self._article.paragraphs):
            return None
        paragraph = self._article.paragraphs[number // 2]
        column = self.textCursor().positionInBlock() - self._prefix[paragraph.id]
        return paragraph.id, _python_index(paragraph.text, max(column, 0))

    def set_find_ranges(self, ranges: list[tuple[int, int]]) -> None:
        """Underlay the hits of a search, ``[start, end)`` positions in the view's text."""
        self._find = ranges
        self._refresh.start()

    def selected_spans(self) -> list[Span]:
        """Return the selected text as spans of paragraph text, one per paragraph touched."""
        cursor = self.textCursor()
        if self._article is None or not cursor.hasSelection():
            return []
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        doc = self.document()
        spans: list[Span] = []
        for row, paragraph in enumerate(self._article.paragraphs):
            block = doc.findBlockByNumber(2 * row)
            first = block.position() + self._prefix[paragraph.id]
            last = block.position() + block.length() - 1
            if last <= start or first >= end:
                continue
            a = _python_index(paragraph.text, max(start, first) - first)
            b = _python_index(paragraph.text, min(end, last) - first)
            if b > a:
                spans.append(Span(paragraph.id, a, b))
        return spans

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._painted
            and watched is self.viewport()
            and event.type() == QEvent.Type.Paint
            and self._article is not None
        ):
            self._painted = True
            # Tied to the view, so the call is dropped if the view is gone by then.
            QTimer.singleShot(0, self, self.painted.emit)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh.start()

    # --- internals -------------------------------------------------------------------------

    def _sentence_span(self, paragraph: int, sentence: int) -> tuple[int, int] | None:
        if self._article is None:
            return None
        try:
            p = self._article.paragraph(paragraph)
        except KeyError:
            return None
        if 0 <= sentence < len(p.sentences):
            s = p.sentences[sentence]
            return s.start, s.end
        return None

    def _position(self, paragraph: int, offset: int) -> int:
        """Return the document position of ``offset`` in paragraph ``paragraph``'s text."""
        assert self._article is not None
        block = self.document().findBlockByNumber(2 * self._row[paragraph])
        text = self._article.paragraph(paragraph).text
        return block.position() + self._prefix[paragraph] + _utf16(text, offset)

    def _visible_rows(self) -> range:
        """Return the paragraph rows on screen, with a margin so scrolling shows colour at once."""
        if self._article is None:
            return range(0)
        top = self.cursorForPosition(QPoint(0, 0)).blockNumber() // 2
        bottom = self.cursorForPosition(QPoint(0, self.viewport().height())).blockNumber() // 2
        first = max(top - _MARGIN_BLOCKS, 0)
        last = min(bottom + _MARGIN_BLOCKS, len(self._article.paragraphs) - 1)
        return range(first, last + 1)

    def _apply_selections(self) -> None:
        """Set the extra selections for the paragraphs near the screen only.

        Qt walks every extra selection on each paint, so a long article with thousands of
        mentions would crawl if all were set at once.
        """
        article = self._article
        if article is None:
            self.setExtraSelections([])
            return
        selections: list[QTextEdit.ExtraSelection] = []
        number_format = QTextCharFormat()
        number_format.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        number_format.setFontWeight(QFont.Weight.DemiBold)
        focus_format = QTextCharFormat()
        focus = self.palette().color(QPalette.ColorRole.Highlight)
        focus.setAlpha(110)
        focus_format.setBackground(focus)
        focus_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        actor_format = QTextCharFormat()
        actor_format.setBackground(ACTOR_TINT)
        fact_format = QTextCharFormat()
        fact_format.setBackground(FACT_TINT)
        focused = {s.paragraph for s in self._focus}
        for row in self._visible_rows():
            pid = article.paragraphs[row].id
            start = self.document().findBlockByNumber(2 * row).position()
            selections.append(self._selection(start, start + self._prefix[pid] - 1, number_format))
            for a, b in self._spans_fact.get(pid, ()):
                selections.append(self._span_selection(pid, a, b, fact_format))
            for a, b in self._spans_actor.get(pid, ()):
                selections.append(self._span_selection(pid, a, b, actor_format))
            if pid in focused:
                for s in self._focus:
                    if s.paragraph == pid:
                        selections.append(self._span_selection(pid, s.start, s.end, focus_format))
        find_format = QTextCharFormat()
        find_format.setBackground(FIND_TINT)
        find_format.setFontUnderline(True)
        selections += [self._selection(a, b, find_format) for a, b in self._find]
        self.setExtraSelections(selections)

    def _span_selection(
        self, pid: int, start: int, end: int, fmt: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        return self._selection(self._position(pid, start), self._position(pid, end), fmt)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _on_cursor(self) -> None:
        if self._programmatic:
            return
        where = self.paragraph_at_cursor()
        if where is not None:
            self.paragraphActivated.emit(*where)
