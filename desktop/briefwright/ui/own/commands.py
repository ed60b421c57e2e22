"""Undoable steps for the analyst's own content: added items, split and merged facts, and the
paragraphs of a section added, left out or reworded."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from briefwright.draft.edits import Item, ItemKind, item_text, short_label
from briefwright.model.article import paragraph_mark
from briefwright.model.briefing import EventItem, FactItem
from briefwright.ui.workspace import Workspace

_SINGULAR: dict[str, str] = {"sections": "section", "facts": "fact", "actors": "actor"}


class AddItem(QUndoCommand):
    """Add a fact, section or actor at a place in its list."""

    def __init__(self, workspace: Workspace, kind: ItemKind, index: int, item: Item) -> None:
        super().__init__(f"Add {_SINGULAR[kind]} ‘{short_label(item_text(item))}’")
        self._ws = workspace
        self._kind: ItemKind = kind
        self._index = index
        self._item = item

    def redo(self) -> None:
        # A copy goes in, so that edits made after this step never reach the one kept here.
        self._ws.apply_insert(self._kind, self._index, [copy.deepcopy(self._item)])

    def undo(self) -> None:
        self._ws.apply_remove(self._kind, self._index, 1)


class ReplaceFacts(QUndoCommand):
    """Put facts in place of others: a fact split in parts, or two facts merged into one."""

    def __init__(
        self, workspace: Workspace, index: int, count: int, facts: list[FactItem], text: str
    ) -> None:
        super().__init__(text)
        self._ws = workspace
        self._index = index
        self._new = facts
        self._old = copy.deepcopy(workspace.require().facts[index : index + count])

    def redo(self) -> None:
        self._ws.apply_replace_facts(self._index, len(self._old), copy.deepcopy(self._new))

    def undo(self) -> None:
        self._ws.apply_replace_facts(self._index, len(self._new), copy.deepcopy(self._old))


class AddParagraph(QUndoCommand):
    """Add an article paragraph to a section."""

    def __init__(self, workspace: Workspace, row: int, paragraph: int) -> None:
        heading = workspace.require().sections[row].heading
        super().__init__(f"Add {paragraph_mark(paragraph)} to ‘{short_label(heading)}’")
        self._ws = workspace
        self._row = row
        self._paragraph = paragraph

    def redo(self) -> None:
        self._ws.apply_section_paragraph(self._row, self._paragraph, add=True)

    def undo(self) -> None:
        self._ws.apply_section_paragraph(self._row, self._paragraph, add=False)


class SetParagraphIncluded(QUndoCommand):
    """Leave a paragraph out of its section, or take it back."""

    def __init__(self, workspace: Workspace, row: int, paragraph: int, included: bool) -> None:
        super().__init__(f"{'Include' if included else 'Exclude'} {paragraph_mark(paragraph)}")
        self._ws = workspace
        self._row = row
        self._paragraph = paragraph
        self._included = included

    def redo(self) -> None:
        self._ws.apply_paragraph_included(self._row, self._paragraph, self._included)

    def undo(self) -> None:
        self._ws.apply_paragraph_included(self._row, self._paragraph, not self._included)


class RewordParagraph(QUndoCommand):
    """Trim or reword a paragraph inside a section (None restores the article's words)."""

    def __init__(self, workspace: Workspace, row: int, paragraph: int, text: str | None) -> None:
        super().__init__(f"Reword {paragraph_mark(paragraph)}")
        self._ws = workspace
        self._row = row
        self._paragraph = paragraph
        self._text = text
        self._previous = workspace.require().sections[row].wording.get(paragraph)

    def redo(self) -> None:
        self._ws.apply_paragraph_wording(self._row, self._paragraph, self._text)

    def undo(self) -> None:
        self._ws.apply_paragraph_wording(self._row, self._paragraph, self._previous)


class AddEvent(QUndoCommand):
    """Add a dated event to the timeline."""

    def __init__(self, workspace: Workspace, index: int, event: EventItem) -> None:
        super().__init__(f"Add event ‘{short_label(event.text)}’")
        self._ws = workspace
        self._index = index
        self._event = event

    def redo(self) -> None:
        self._ws.apply_event(self._index, copy.deepcopy(self._event))

    def undo(self) -> None:
        self._ws.apply_event(self._index, None)


class SetSectionText(QUndoCommand):
    """Write, change or clear the analyst's own paragraphs in a section."""

    def __init__(self, workspace: Workspace, row: int, text: str) -> None:
        section = workspace.require().sections[row]
        super().__init__(f"Edit your paragraphs in ‘{short_label(section.heading)}’")
        self._ws = workspace
        self._row = row
        self._text = text
        self._previous = section.text

    def redo(self) -> None:
        self._ws.apply_section_text(self._row, self._text)

    def undo(self) -> None:
        self._ws.apply_section_text(self._row, self._previous)
