"""Undoable changes to a briefing's sources: articles added or taken out, outlets, grades."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from briefwright.draft.edits import short_label
from briefwright.model.briefing import Briefing
from briefwright.model.schema import copy_of
from briefwright.ui.workspace import Workspace


class ReplaceBriefing(QUndoCommand):
    """Put ``after`` in the place of the open briefing (articles added to it or one taken
    out, merged again): one step, undone by putting back the briefing as it was."""

    def __init__(self, workspace: Workspace, after: Briefing, text: str) -> None:
        super().__init__(text)
        self._ws = workspace
        # Copies go in and out, so later edits never reach the states kept here.
        self._before = copy_of(workspace.require())
        self._after = after

    def redo(self) -> None:
        self._ws.apply_briefing(copy_of(self._after))

    def undo(self) -> None:
        self._ws.apply_briefing(copy_of(self._before))


def adding_text(briefing: Briefing, count: int) -> str:
    """Return the Edit menu's name for adding ``count`` articles to ``briefing``."""
    if count == 1:
        return f"Add article ‘{short_label(briefing.sources[-1].title or briefing.sources[-1].id)}’"
    return f"Add {count} articles"


_LABELS = {"outlet": "outlet", "grade": "grade"}


class SetSourceField(QUndoCommand):
    """Name a source's outlet or grade its reliability."""

    def __init__(self, workspace: Workspace, sid: str, name: str, value: str) -> None:
        shown = value or "none"
        super().__init__(f"Set {sid}'s {_LABELS.get(name, name)} to {short_label(shown)}")
        self._ws = workspace
        self._sid = sid
        self._name = name
        self._value = value
        self._previous = str(getattr(workspace.require().source(sid), name))

    def redo(self) -> None:
        self._ws.apply_source_field(self._sid, self._name, self._value)

    def undo(self) -> None:
        self._ws.apply_source_field(self._sid, self._name, self._previous)
