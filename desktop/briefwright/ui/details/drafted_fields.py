"""The details fields that drafting may change after any pick: the bottom line."""

from __future__ import annotations

from briefwright.ui.workspace import Workspace

DRAFTED: tuple[str, ...] = ("bottom_line",)
"""The fields drafted again from the included items while the user leaves them as proposed
(see briefwright.draft.printplan); the details panel reads them again after every change."""


def shown_value(ws: Workspace, name: str) -> str | bool:
    """Return the value field ``name`` shows: what the briefing holds, as it prints."""
    return ws.field(name)
