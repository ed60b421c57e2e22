"""Whether each template part is filled, to complete, left out by the user, or has nothing."""

from __future__ import annotations

from typing import Literal

from briefwright.draft.actions_taken import actions_taken
from briefwright.draft.alert import locations
from briefwright.draft.incidents import incidents
from briefwright.draft.partkinds import PART_INFO
from briefwright.draft.printmarks import part_id
from briefwright.draft.templates import WRITTEN_PARTS, Part, load_template
from briefwright.model.briefing import Briefing

PartState = Literal["filled", "to complete", "omitted", "empty"]
TO_COMPLETE = "To complete"
_TEXT_KINDS = ("comment", *WRITTEN_PARTS)


def has_content(briefing: Briefing, part: Part) -> bool:
    """Return True when ``part`` has something to show for ``briefing``."""
    kind = part.kind
    if kind in _TEXT_KINDS:
        return bool(str(getattr(briefing, kind)).strip())
    if kind == "bottom_line":
        return bool(briefing.bottom_line.strip())
    if kind == "facts":
        return any(f.printed_in == part_id(part) for f in briefing.included_facts())
    if kind == "actors":
        return any(not part.labels or a.label in part.labels for a in briefing.included_actors())
    if kind == "timeline":
        return bool(briefing.included_events())
    if kind == "sections":
        return any(s.printed_in == part_id(part) for s in briefing.included_sections())
    if kind == "judgments":
        return any(j.statement.strip() for j in briefing.judgments)
    if kind == "actions":
        return bool(actions_taken(briefing))
    if kind == "incidents":
        return bool(incidents(briefing))
    if kind == "alert_status":
        return bool(briefing.risk_level)
    if kind in ("locations", "location_line"):
        return bool(locations(briefing))
    return True  # sources and advice always have something (the library's advice)


def part_state(briefing: Briefing, part: Part) -> PartState:
    """Return the state of ``part``: left out by the user (``omitted``), ``filled``, still
    ``to complete`` (required and empty) or ``empty`` (optional and empty)."""
    if part.key in briefing.omitted_parts:
        return "omitted"
    if has_content(briefing, part):
        return "filled"
    return "to complete" if part.required else "empty"


def to_complete(briefing: Briefing) -> list[str]:
    """Return the headings of the required parts the briefing still leaves empty, in the
    template's order (they print as "To complete"). Raise TemplateError for an unknown
    template."""
    parts = load_template(briefing.template).parts
    return [p.heading for p in parts if part_state(briefing, p) == "to complete"]


def hint(part: Part) -> str:
    """Return the "To complete" line for ``part``: ``To complete: the risk level …``."""
    return f"{TO_COMPLETE}: {PART_INFO[part.kind].hint}"
