"""A travel alert's proposed fields: event type, risk level, locations and validity, drafted
into the Briefing and marked proposed until the user confirms or changes them."""

from __future__ import annotations

import dataclasses
import re

from briefwright.draft.alert import (
    UNTIL_FURTHER_NOTICE,
    event_type,
    proposed_event_type,
    proposed_locations,
    validity,
)
from briefwright.model.briefing import RISK_LEVELS, Briefing, RiskLevel

ALERT_FIELDS: tuple[str, ...] = ("event_type", "risk_level", "locations", "valid_from", "valid_to")
"""The fields a travel alert proposes; ``Briefing.proposed`` names those still as proposed."""

# The risk an event of each type carries for a traveller before its figures are read
# (after the levels of national travel advisories: a coup or an armed conflict is "high",
# an election or a court ruling "low" unless it turns violent). Unknown types: low.
BASE_RISK: dict[str, RiskLevel] = {
    "coup": "high",
    "armed_conflict": "high",
    "terrorism": "high",
    "earthquake": "high",
    "outbreak": "moderate",
    "storm": "moderate",
    "flood": "moderate",
    "wildfire": "moderate",
    "natural_hazard": "moderate",
    "unrest": "moderate",
    "crime": "moderate",
    "transport": "low",
    "election": "low",
    "legal": "low",
    "economic": "low",
    "general": "low",
}
# Deaths that make the risk at least high, and that raise it one level more.
DEATHS_SERIOUS = 10
DEATHS_MASS = 100

_NUMBER = r"(\d[\d,]*)"
_DEATHS = (
    re.compile(
        rf"\b{_NUMBER}\s+(?:people\s+|civilians\s+|protesters\s+|persons\s+)?"
        r"(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|died)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:kill(?:ed|ing)|(?:shot|stabbed|beaten)\s+dead)\s+"
        rf"(?:at\s+least\s+|more\s+than\s+|some\s+)?{_NUMBER}\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?{_NUMBER}\b", re.IGNORECASE),
    re.compile(rf"\b{_NUMBER}\s+deaths\b", re.IGNORECASE),
)


def deaths_reported(text: str) -> int:
    """Return the largest number of deaths ``text`` reports in figures ("killing at least
    40", "12 people were killed", "the death toll rose to 57"); 0 when it gives none."""
    found = [
        int(m.group(1).replace(",", ""))
        for pattern in _DEATHS
        for m in pattern.finditer(text)
        if m.group(1).replace(",", "").isdigit()
    ]
    return max(found, default=0)


def proposed_risk(briefing: Briefing) -> RiskLevel:
    """Return the risk level proposed for the briefing's event: its type's base level, at
    least high from DEATHS_SERIOUS deaths, one level more from DEATHS_MASS."""
    levels = RISK_LEVELS[1:]  # low … extreme
    level = levels.index(BASE_RISK.get(event_type(briefing).key, "low"))
    deaths = deaths_reported(briefing.lead_article.text)
    if deaths >= DEATHS_SERIOUS:
        level = max(level, levels.index("high"))
    if deaths >= DEATHS_MASS:
        level += 1
    return levels[min(level, len(levels) - 1)]


def _settle(briefing: Briefing, name: str, proposal: dict[str, str]) -> None:
    """Give field ``name`` its proposal while it is blank or still the last proposal."""
    value = str(getattr(briefing, name))
    if not value.strip() or value == briefing.auto_alert.get(name):
        setattr(briefing, name, proposal[name])


def draft_alert(briefing: Briefing) -> None:
    """Draft the alert fields into ``briefing``: a field left blank or still as proposed
    takes the proposal (the event type read from the headline and lede, a risk level from
    the event type in force and the deaths reported, the places of the event, a validity
    from the article's date); a field the user set stays. :attr:`Briefing.proposed` then
    names the fields still as proposed."""
    kind = briefing.auto_alert.get("event_type") or proposed_event_type(briefing)
    proposal = {"event_type": kind}
    _settle(briefing, "event_type", proposal)
    start, end = validity(dataclasses.replace(briefing, valid_from="", valid_to=""))
    proposal |= {
        "risk_level": proposed_risk(briefing),
        "locations": "\n".join(proposed_locations(briefing)),
        "valid_from": start,
        "valid_to": "" if end == UNTIL_FURTHER_NOTICE else end,
    }
    for name in ALERT_FIELDS[1:]:
        _settle(briefing, name, proposal)
    briefing.auto_alert = proposal
    briefing.proposed = [
        name
        for name in ALERT_FIELDS
        if proposal[name] and getattr(briefing, name) == proposal[name]
    ]
