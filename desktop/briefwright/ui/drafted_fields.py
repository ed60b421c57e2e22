"""What a details field shows: for a subject or bottom line left as proposed, what is printed."""

from __future__ import annotations

from briefwright.draft.drafting import current_bottom_line
from briefwright.draft.subject import current_subject
from briefwright.ui.workspace import Workspace

DRAFTED: tuple[str, ...] = ("subject", "bottom_line")
"""The fields drafted again from the included items while the user leaves them as proposed."""


def shown_value(ws: Workspace, name: str) -> str | bool:
    """Return the value field ``name`` shows: the printed text for a drafted field."""
    briefing = ws.require()
    if name == "subject":
        return current_subject(briefing)
    if name == "bottom_line":
        return current_bottom_line(briefing)
    return ws.field(name)
