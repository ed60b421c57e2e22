"""How many facts a briefing of several sources ticks: no more than its template's part asks."""

from __future__ import annotations

from collections.abc import Collection

from briefwright.draft.templates import DEFAULT_FACT_COUNT, load_template
from briefwright.draft.together import tick_units
from briefwright.model.briefing import Briefing
from briefwright.model.errors import TemplateError
from briefwright.model.sources import LEAD_SOURCE


def most_facts(briefing: Briefing) -> int:
    """Return the most facts the briefing's template ticks by default (its facts part's
    count, else the default)."""
    try:
        parts = load_template(briefing.template).parts
    except TemplateError:
        return DEFAULT_FACT_COUNT[1]
    return next((p.count[1] for p in parts if p.kind == "facts"), DEFAULT_FACT_COUNT[1])


def keep_to_count(briefing: Briefing, chosen: Collection[str] = ()) -> None:
    """Untick, in place, the facts past what the template asks (:func:`most_facts`) among
    those each source's proposal ticked; the facts ``chosen`` (ids the user ticked before
    the sources were added) stay ticked whatever their number.

    Kept first: the user's, then the facts more independent sources carry, then the better
    scored (each article's scores run up to 1 for its best sentence), the first source's
    before another's. A claim keeps its caveat and its denial (see
    :mod:`briefwright.draft.together`).
    """
    ticked = [f for f in briefing.facts if f.included]
    room = most_facts(briefing)
    if len(ticked) <= room:
        return
    ranked = sorted(
        ticked,
        key=lambda f: (f.id not in chosen, -f.corroboration, -f.score, f.source != LEAD_SOURCE),
    )
    keep = {f.id for f in ranked[: max(room, sum(1 for f in ticked if f.id in chosen))]}
    for f in ticked:
        f.included = f.id in keep
    tick_units(briefing.facts)
