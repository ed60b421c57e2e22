"""Undoable changes to the briefing, named as the Edit menu shows them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

from briefwright.draft.dating import DatesState
from briefwright.draft.edits import (
    ItemKind,
    SectionView,
    item_text,
    items_of,
    section_view,
    short_label,
)
from briefwright.draft.together import together
from briefwright.draft.typing_steps import starts_new_step
from briefwright.model.briefing import Judgment
from briefwright.ui.workspace import FIELD_NAMES, Workspace

_SINGULAR: dict[str, str] = {
    "sections": "section",
    "facts": "fact",
    "actors": "actor",
    "events": "event",
}
_FIELD_LABELS: dict[str, str] = {
    "title": "title",
    "subject": "subject",
    "dtg": "date-time group",
    "author": "author",
    "marking": "marking",
    "distribution": "distribution",
    "bottom_line": "bottom line",
    "comment": "analyst comment",
    "purpose": "purpose",
    "assumptions": "assumptions",
    "implications": "implications",
    "indicators": "indicators",
    "recommendations": "recommendations",
    "next_steps": "next steps",
    "locations": "locations affected",
    "valid_from": "validity start",
    "valid_to": "validity end",
    "advice": "advice",
    "updates_alert": "update note",
}
# Ids for QUndoCommand.id(): typing in one field merges into one step per word.
_FIELD_IDS: dict[str, int] = {name: 1000 + i for i, name in enumerate(FIELD_NAMES)}
_REWORD_FACT_ID, _RENAME_SECTION_ID, _REWORD_EVENT_ID = 900, 901, 902


class _TypedStep(QUndoCommand):
    """A text change typed key by key: consecutive changes of the same text merge into one
    undo step per word (see :func:`briefwright.draft.typing_steps.starts_new_step`) until
    the workspace ends the typing session (the field lost focus, an undo, another edit).
    A subclass names its merge id (``STEP_ID``) and gives the workspace's setter of the
    item's text (``apply(index, text)``)."""

    STEP_ID = -1

    def __init__(
        self,
        workspace: Workspace,
        key: int,
        texts: tuple[str, str],
        label: str,
        apply: Callable[[int, str], object],
    ) -> None:
        super().__init__(label)
        self._key = key
        self._value, self._previous = texts
        self._session = workspace.merge_session
        self._set = apply

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _TypedStep) or type(other) is not type(self):
            return False
        if other._key != self._key or other._session != self._session:
            return False
        if starts_new_step(self._value, other._value):
            return False
        self._value = other._value
        self.setText(other.text())
        if self._value == self._previous:
            self.setObsolete(True)
        return True

    def id(self) -> int:
        return self.STEP_ID

    def redo(self) -> None:
        self._set(self._key, self._value)

    def undo(self) -> None:
        self._set(self._key, self._previous)


class SetIncluded(QUndoCommand):
    """Include or exclude a section, fact or actor; a fact with the facts that go with it
    (the caveat on a claim, the denial of it: see draft/together.py)."""

    def __init__(self, workspace: Workspace, kind: ItemKind, index: int, included: bool) -> None:
        items = items_of(workspace.require(), kind)
        item = items[index]
        verb = "Include" if included else "Exclude"
        super().__init__(f"{verb} ‘{short_label(item_text(item))}’")
        self._ws = workspace
        self._kind: ItemKind = kind
        members = together(workspace.require().facts, index) if kind == "facts" else [index]
        self._previous = [(n, items[n].included if n != index else not included) for n in members]
        self._included = included

    def redo(self) -> None:
        for n, _ in self._previous:
            self._ws.apply_included(self._kind, n, self._included)

    def undo(self) -> None:
        for n, was in self._previous:
            self._ws.apply_included(self._kind, n, was)


class MoveItem(QUndoCommand):
    """Move a section, fact or actor to another place in its list."""

    def __init__(self, workspace: Workspace, kind: ItemKind, source: int, dest: int) -> None:
        super().__init__(f"Move {_SINGULAR[kind]}")
        self._ws = workspace
        self._kind: ItemKind = kind
        self._source = source
        self._dest = dest

    def redo(self) -> None:
        self._ws.apply_move(self._kind, self._source, self._dest)

    def undo(self) -> None:
        self._ws.apply_move(self._kind, self._dest, self._source)


class RewordFact(_TypedStep):
    """Change a fact's wording; typing it in the details is one step per word."""

    STEP_ID = _REWORD_FACT_ID

    def __init__(self, workspace: Workspace, index: int, text: str) -> None:
        previous = workspace.require().facts[index].text
        label = f"Reword fact {index + 1}"
        super().__init__(workspace, index, (text, previous), label, workspace.apply_fact_text)


class RenameSection(_TypedStep):
    """Change a section's heading; typing it in the details is one step per word."""

    STEP_ID = _RENAME_SECTION_ID

    def __init__(self, workspace: Workspace, index: int, text: str) -> None:
        previous = workspace.require().sections[index].heading
        label = f"Rename section ‘{short_label(previous)}’"
        super().__init__(workspace, index, (text, previous), label, workspace.apply_heading)


class RewordEvent(_TypedStep):
    """Change the wording of an event of the timeline; one step per word typed."""

    STEP_ID = _REWORD_EVENT_ID

    def __init__(self, workspace: Workspace, index: int, text: str) -> None:
        previous = workspace.require().events[index].text
        label = f"Reword event {index + 1}"
        super().__init__(workspace, index, (text, previous), label, workspace.apply_event_text)


class SetFactReference(QUndoCommand):
    """Make a fact cite another article paragraph, or none (the analyst's own)."""

    def __init__(self, workspace: Workspace, index: int, paragraph: int, label: str) -> None:
        super().__init__(f"Cite {label} for fact {index + 1}")
        fact = workspace.require().facts[index]
        self._ws = workspace
        self._index = index
        # The sentence it quoted stays only while it cites the same paragraph.
        self._value = (paragraph, fact.sentence if paragraph == fact.paragraph else -1)
        self._previous = (fact.paragraph, fact.sentence)

    def redo(self) -> None:
        self._ws.apply_fact_reference(self._index, *self._value)

    def undo(self) -> None:
        self._ws.apply_fact_reference(self._index, *self._previous)


class SetFactCredibility(QUndoCommand):
    """Set a fact's credibility by hand (1–6), or give it back to the proposal ("")."""

    def __init__(self, workspace: Workspace, index: int, value: str) -> None:
        shown = value or "as proposed"
        super().__init__(f"Set fact {index + 1}'s credibility to {shown}")
        self._ws = workspace
        self._index = index
        self._value = value
        self._previous = str(workspace.require().facts[index].credibility)

    def redo(self) -> None:
        self._ws.apply_fact_credibility(self._index, self._value)

    def undo(self) -> None:
        self._ws.apply_fact_credibility(self._index, self._previous)


class SetArticleDate(QUndoCommand):
    """Give the article another date: every date phrase, event and validity follows."""

    def __init__(self, workspace: Workspace, day: date | None) -> None:
        super().__init__(f"Set article date to {day.isoformat() if day else 'none'}")
        self._ws = workspace
        self._day = day
        self._before: DatesState | None = None

    def redo(self) -> None:
        before = self._ws.apply_article_date(self._day)
        if self._before is None:
            self._before = before

    def undo(self) -> None:
        if self._before is not None:
            self._ws.restore_article_date(self._before)


class SetField(QUndoCommand):
    """Change a details field; typing in one field is one undo step per word."""

    def __init__(
        self, workspace: Workspace, name: str, value: str | bool, *, display: str = ""
    ) -> None:
        super().__init__(_field_text(name, value, display))
        self._ws = workspace
        self._name = name
        self._value = value
        self._previous = workspace.field(name)
        self._session = workspace.merge_session

    def id(self) -> int:
        # Typed text merges; a template choice or the appendix switch is a step of its own.
        if self._name in _FIELD_LABELS:
            return _FIELD_IDS[self._name]
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other._name != self._name:
            return False
        if other._session != self._session:
            return False
        typed = isinstance(self._value, str) and isinstance(other._value, str)
        if typed and starts_new_step(str(self._value), str(other._value)):
            return False
        self._value = other._value
        self.setText(other.text())
        if self._value == self._previous:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._ws.apply_field(self._name, self._value)

    def undo(self) -> None:
        self._ws.apply_field(self._name, self._previous)


def _field_text(name: str, value: str | bool, display: str) -> str:
    """Return the menu text for setting ``name`` to ``value``."""
    if name == "template":
        return f"Change template to {display or value}"
    if name == "marking":
        return f"Change marking to {short_label(str(value)) or 'none'}"
    if name == "source_appendix":
        return "Quote source sentences" if value else "Stop quoting source sentences"
    if name == "full_text_appendix":
        return "Print the article in an appendix" if value else "Drop the article appendix"
    if name == "date_notes":
        return "Date relative days" if value else "Stop dating relative days"
    if name == "risk_level":
        return f"Set risk level to {value or 'unset'}"
    if name == "scale":
        return f"Use the {display or value} likelihood scale"
    if name == "event_type":
        return f"Set event type to {display or value}"
    return f"Edit {_FIELD_LABELS.get(name, name)}"


class SetJudgments(QUndoCommand):
    """Add, change, draft or remove key judgments (the whole list is the step)."""

    def __init__(self, workspace: Workspace, judgments: tuple[Judgment, ...], text: str) -> None:
        super().__init__(text)
        self._ws = workspace
        self._value = judgments
        self._previous = tuple(workspace.require().judgments)

    def redo(self) -> None:
        self._ws.apply_judgments(self._value)

    def undo(self) -> None:
        self._ws.apply_judgments(self._previous)


class SetOmitted(QUndoCommand):
    """Leave a template part out of the briefing, or put it back."""

    def __init__(self, workspace: Workspace, keys: tuple[str, ...], text: str) -> None:
        super().__init__(text)
        self._ws = workspace
        self._value = keys
        self._previous = tuple(workspace.require().omitted_parts)

    def redo(self) -> None:
        self._ws.apply_omitted(self._value)

    def undo(self) -> None:
        self._ws.apply_omitted(self._previous)


class SetSectionView(QUndoCommand):
    """Show a section in full or as a summary, pick its sentences, or trim or reword one."""

    def __init__(self, workspace: Workspace, index: int, view: SectionView, text: str) -> None:
        super().__init__(text)
        self._ws = workspace
        self._index = index
        self._value = view
        self._previous = edits_view(workspace, index)

    def redo(self) -> None:
        self._ws.apply_section_view(self._index, self._value)

    def undo(self) -> None:
        self._ws.apply_section_view(self._index, self._previous)


def edits_view(workspace: Workspace, index: int) -> SectionView:
    """Return how section ``index`` of the open briefing shows now."""
    return section_view(workspace.require(), index)
