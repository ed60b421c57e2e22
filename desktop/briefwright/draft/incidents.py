"""A SITREP's incidents: what happened and where, with casualties and arrests, in the
article's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefwright.draft.actions_taken import actions_taken
from briefwright.draft.alert import locations
from briefwright.draft.countries import is_country
from briefwright.draft.incidentcues import is_incident
from briefwright.draft.summary import article_sentence, picked_fact_ids
from briefwright.model.briefing import Briefing
from briefwright.model.sources import LEAD_SOURCE, SourceRef

MAX_INCIDENTS = 6


@dataclass(frozen=True)
class Incident:
    """An incident: where it happened ("" when no place affected is named), the sentence's
    fact id, paragraph, words and source."""

    place: str
    fact: str
    paragraph: int
    text: str
    source: str = LEAD_SOURCE

    @property
    def ref(self) -> SourceRef:
        """Return where the incident's sentence stands."""
        return SourceRef(self.source, self.paragraph)


def incidents(briefing: Briefing, limit: int = MAX_INCIDENTS) -> list[Incident]:
    """Return the incidents the article reports: its factual sentences that tell one, the
    best-scored cut to ``limit``, in reading order; each with the most specific place
    affected it names. Commentary and estimates are no incidents, nor is what the actions
    taken list (a response that names an incident: "cancelled flights, citing the blocked
    roads")."""
    places = locations(briefing)
    acted = {a.fact for a in actions_taken(briefing)}
    picked = picked_fact_ids(briefing)
    found = [
        f
        for f in briefing.facts
        if f.origin == "article"
        and f.id in picked
        and f.id not in acted
        and f.kind in ("fact", "claim")
        and is_incident(f.original or f.text)
    ]
    best = sorted(found, key=lambda f: (-f.score, f.source, f.paragraph, f.sentence))[:limit]
    out = []
    for f in sorted(best, key=lambda f: (f.source, f.paragraph, f.sentence)):
        text = article_sentence(briefing, f)
        # The most specific place the sentence names: a town before its country.
        where = first_place(text, [p for p in places if not is_country(p)]) or first_place(
            text, places
        )
        out.append(Incident(where, f.id, f.paragraph, text, f.source))
    return out


def first_place(text: str, places: list[str]) -> str:
    """Return the place of ``places`` that ``text`` names first, the longer name where two
    start together ("Mombasa Road" over "Mombasa"); ``""`` when it names none."""
    named = [
        (m.start(), -len(p), p)
        for p in places
        if (m := re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text)) is not None
    ]
    return min(named)[2] if named else ""
