"""Which of the briefing's fields a template uses: the details show these and no others."""

from __future__ import annotations

from briefwright.draft.templates import WRITTEN_PARTS, load_template
from briefwright.model.errors import TemplateError

# The fields each kind of part prints; a kind not named here has no field of its own (its
# items are ticked in the outline: facts, actors, the timeline's events).
FIELDS_BY_PART: dict[str, tuple[str, ...]] = {
    "bottom_line": ("bottom_line",),
    "comment": ("comment",),
    "judgments": ("scale", "judgments"),
    "sections": ("sections",),
    "alert_status": ("risk_level", "event_type", "valid_from", "valid_to", "updates_alert"),
    "locations": ("locations",),
    "advice": ("advice",),
    **{part: (part,) for part in WRITTEN_PARTS},
}
ALL_FIELDS: frozenset[str] = frozenset(f for fields in FIELDS_BY_PART.values() for f in fields)


def template_fields(name: str) -> frozenset[str]:
    """Return the fields the template called ``name`` prints (see :data:`FIELDS_BY_PART`);
    every field for a template that cannot be read, so that nothing the user wrote is hidden."""
    try:
        parts = load_template(name).parts
    except TemplateError:
        return ALL_FIELDS
    return frozenset(f for part in parts for f in FIELDS_BY_PART.get(part.kind, ()))
