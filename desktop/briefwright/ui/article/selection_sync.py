"""Keeping the outline and the article in step: select one, the other shows where it is."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QObject

from briefwright.model.briefing import Briefing
from briefwright.model.sources import LEAD_SOURCE, SourceRef
from briefwright.ui.article.source_switch import SourceSwitch
from briefwright.ui.article.source_view import Span
from briefwright.ui.outline.model import ParagraphsRole
from briefwright.ui.outline.view import OutlineView
from briefwright.ui.workspace import Workspace


class SelectionSync(QObject):
    """Selecting an item shows the source it comes from (S2's article for a fact of S2),
    scrolls to it and highlights it; putting the cursor in a paragraph of the article
    selects the fact or section that comes from it."""

    def __init__(
        self,
        workspace: Workspace,
        outline: OutlineView,
        switch: SourceSwitch,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._outline = outline
        self._model = outline.outline
        self._switch = switch
        source = switch.view
        self._source = source
        self._from_source = False
        outline.selectionModel().selectionChanged.connect(self._on_outline_selection)
        source.paragraphActivated.connect(self._on_source_paragraph)

    def _on_outline_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self._outline.currentIndex()
        self._focus_source(index, scroll=not self._from_source)

    def _focus_source(self, index: QModelIndex, *, scroll: bool) -> None:
        briefing = self._ws.briefing
        if briefing is None or not index.isValid():
            return
        kind = self._model.kind_of(index)
        view = self._source
        if kind == "facts":
            fact = briefing.facts[index.row()]
            self._show(fact.source, scroll)
            spans = view.sentence_spans(fact.paragraph, fact.sentence)
        elif kind == "actors":
            mentions = briefing.actors[index.row()].mentions
            if mentions and all(m.source != self._switch.source_id for m in mentions):
                self._show(mentions[0].source, scroll)
            shown = self._switch.source_id
            spans = [Span(m.paragraph, m.start, m.end) for m in mentions if m.source == shown]
        elif kind == "events":
            event = briefing.events[index.row()]
            self._show(event.source, scroll)
            spans = view.paragraph_spans([event.paragraph] if event.paragraph else [])
        elif kind in ("sections", "paragraph"):
            row = index.row() if kind == "sections" else index.parent().row()
            self._show(briefing.sections[row].source, scroll)
            paragraphs = self._model.data(index, ParagraphsRole) or []
            spans = view.paragraph_spans(list(paragraphs))
        else:
            return
        view.focus_spans(spans, scroll=scroll)

    def _show(self, sid: str, scroll: bool) -> None:
        """Show source ``sid`` unless the selection came from the article shown."""
        if scroll:
            self._switch.show_source(sid)

    def _on_source_paragraph(self, paragraph: int, offset: int) -> None:
        """Select the fact at the clicked sentence, or else the section holding the paragraph."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        target = item_for(briefing, paragraph, offset, self._switch.source_id)
        if target is None:
            return
        self._from_source = True
        try:
            self._outline.select_item(*target)
        finally:
            self._from_source = False


def item_for(
    briefing: Briefing, paragraph: int, offset: int, source: str = LEAD_SOURCE
) -> tuple[str, int] | None:
    """Return ``(kind, row)`` of what comes from ``offset`` in ``paragraph`` of the article
    of ``source`` (the one shown), or None."""
    shown = SourceRef(source, paragraph)
    try:
        sentences = briefing.paragraph_at(shown).sentences
    except KeyError:
        return None
    at = next((i for i, s in enumerate(sentences) if s.start <= offset < s.end), -1)
    for row, fact in enumerate(briefing.facts):
        if fact.ref == shown and fact.sentence == at:
            return "facts", row
    for row, section in enumerate(briefing.sections):
        if shown in section.refs:
            return "sections", row
    for row, fact in enumerate(briefing.facts):
        if shown in fact.refs:
            return "facts", row
    return None
