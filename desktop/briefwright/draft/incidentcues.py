"""The words that tell an incident (what happened: casualties, arrests, violence, damage),
read once from ``resources/incidents.toml``."""

from __future__ import annotations

import functools
import re
import tomllib

from briefwright.draft.traveller import cue_pattern
from briefwright.model.assets import get_asset
from briefwright.model.errors import TemplateError

# What is still to come, or only possible, is no incident ("more protests could erupt"),
# nor what is only claimed, heard or doubted ("Williams' claim that he opened fire", "she
# has heard that a truck collided", "denied that any aircraft had been lost").
_NOT_YET = re.compile(
    r"\b(?:will|would|could|may|might|should|threatened to|plans? to|expected to|"
    r"claims? that|heard that|rumou?rs? that|denied that|whether)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


@functools.cache
def incident_pattern() -> re.Pattern[str]:
    """Return the pattern of ``resources/incidents.toml``'s cues. Raise TemplateError when
    the file cannot be read or a cue is not a regular expression."""
    path = get_asset("incidents.toml")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, ValueError) as exc:
        raise TemplateError(f"the incident cues cannot be read ({path.name}): {exc}") from exc
    return cue_pattern(data.get("incidents", {}).get("cues"), "incidents")


def is_incident(text: str) -> bool:
    """Return whether a sentence tells an incident: a cue that is not put in the future or
    as a mere possibility ("could be killed")."""
    return any(not _NOT_YET.search(text[: m.start()]) for m in incident_pattern().finditer(text))


def opens_incident(text: str) -> bool:
    """Return whether an incident's cue starts ``text`` (a verb and what follows it: "fired
    tear gas at …" is an incident; "cancelled flights, citing the blocked roads" is not)."""
    return incident_pattern().match(text) is not None
