"""The blocks of a travel-security alert's own parts and of a SITREP's incidents and actions
taken."""

from __future__ import annotations

from briefwright.draft.actions_taken import actions_taken
from briefwright.draft.alert import advice_items, event_type, locations, validity
from briefwright.draft.completion import TO_COMPLETE
from briefwright.draft.incidents import incidents
from briefwright.draft.templates import Part
from briefwright.layout.compose_parts import event_date, ref_text
from briefwright.model.briefing import Briefing
from briefwright.model.document import Block, Heading, ListBlock, Para, Run, Table

STATUS_COLUMNS = ("Item", "Detail")
STATUS_WIDTHS = (0.26, 0.74)


def _date(iso: str) -> str:
    return event_date(iso, "day") if len(iso) == 10 and iso[4] == "-" else iso


def alert_status(briefing: Briefing, part: Part) -> list[Block]:
    """Return the alert's status table: risk level, event type, validity, updates note."""
    start, end = validity(briefing)
    risk = (
        briefing.risk_level.upper() if briefing.risk_level else f"{TO_COMPLETE}: set the risk level"
    )
    rows = [
        ("Risk level", risk),
        ("Event type", event_type(briefing).label),
        (
            "Valid",
            f"from {_date(start)} {'' if end.startswith('until') else 'until '}{_date(end)}"
            if start
            else _date(end),
        ),
    ]
    if briefing.updates_alert.strip():
        rows.append(("Updates", " ".join(briefing.updates_alert.split())))
    return [Heading(part.heading), Table(STATUS_COLUMNS, tuple(rows), STATUS_WIDTHS)]


def locations_part(briefing: Briefing, part: Part) -> list[Block]:
    """Return the locations affected as one line."""
    places = locations(briefing)
    if not places:
        return []
    return [Heading(part.heading), Para((Run("; ".join(places)),))]


def location_line(briefing: Briefing, part: Part) -> list[Block]:
    """Return the locations affected as one labelled line ("Location: Goma; Sake; …"), as
    a situation report gives them under its date-time group."""
    places = locations(briefing)
    if not places:
        return []
    return [Para((Run(f"{part.heading}: ", bold=True), Run("; ".join(places))))]


def advice(briefing: Briefing, part: Part) -> list[Block]:
    """Return the advice for travellers as a bulleted list."""
    items = advice_items(briefing)
    if not items:
        return []
    return [Heading(part.heading), ListBlock(tuple((Run(x),) for x in items), ordered=False)]


def incidents_part(briefing: Briefing, part: Part) -> list[Block]:
    """Return the incidents, each led by where it happened, with its reference."""
    found = incidents(briefing)
    if not found:
        return []
    items = tuple(
        (
            *((Run(f"{i.place}: ", bold=True),) if i.place else ()),
            Run(f"{i.text} "),
            Run(ref_text(briefing, i.ref), ref=True),
        )
        for i in found
    )
    return [Heading(part.heading), ListBlock(items, ordered=False)]


def actions(briefing: Briefing, part: Part) -> list[Block]:
    """Return the actions taken, each led by who acted, with its reference."""
    taken = actions_taken(briefing)
    if not taken:
        return []
    items = tuple(
        (
            Run(f"{a.actor}: ", bold=True),
            Run(f"{a.text} "),
            Run(ref_text(briefing, a.ref), ref=True),
        )
        for a in taken
    )
    return [Heading(part.heading), ListBlock(items, ordered=False)]
