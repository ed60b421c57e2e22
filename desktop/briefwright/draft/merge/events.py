"""Events several sources tell joined into one timeline entry that lists them all."""

from __future__ import annotations

from briefwright.draft.merge.words import content_words
from briefwright.model.briefing import Briefing, EventItem

SAME_EVENT = 0.3
"""Share of their words (Jaccard) from which two events of one day are one."""


def same_event(a: EventItem, b: EventItem) -> bool:
    """Return whether two events of different sources are one: the same resolved date, as
    precise, and enough words in common."""
    if a.source == b.source or not a.date or a.date != b.date or a.granularity != b.granularity:
        return False
    wa, wb = content_words(a.text), content_words(b.text)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_EVENT


def merge_events(briefing: Briefing) -> None:
    """Join, in place, the events of different sources that are one (see :func:`same_event`):
    the first keeps its place and takes the others' references, ticked when any was."""
    kept: list[EventItem] = []
    for event in briefing.events:
        home = next(
            (
                k
                for k in kept
                if same_event(k, event)
                and not {r.source for r in k.refs} & {r.source for r in event.refs}
            ),
            None,
        )
        if home is None:
            kept.append(event)
            continue
        home.also += event.refs
        home.included = home.included or event.included
    briefing.events = kept

