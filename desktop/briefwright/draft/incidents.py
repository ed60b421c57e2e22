"""A SITREP's incidents: what happened and where, with casualties and arrests, in the
article's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefwright.analysis.ranking.news import is_colour
from briefwright.analysis.statements.pointing import points_back
from briefwright.draft.actions_taken import actions_taken
from briefwright.draft.alert import locations
from briefwright.draft.countries import is_country
from briefwright.draft.history import HISTORY, latest_year, tells_history
from briefwright.draft.incidentcues import is_incident
from briefwright.draft.summary import article_sentence, picked_fact_ids
from briefwright.draft.together import units
from briefwright.model.briefing import Briefing, FactItem
from briefwright.model.sources import LEAD_SOURCE, SourceRef

MAX_INCIDENTS = 6
# The places one incident is tagged with, at most.
MAX_PLACES = 3


@dataclass(frozen=True)
class Incident:
    """An incident: where it happened ("" when no place affected is named), the sentence's
    fact id, paragraph, words (with those of the facts that go with it) and source, and
    the ids of the facts that print with it (the caveat or the denial of a claim)."""

    place: str
    fact: str
    paragraph: int
    text: str
    source: str = LEAD_SOURCE
    joined: tuple[str, ...] = ()

    @property
    def ref(self) -> SourceRef:
        """Return where the incident's sentence stands."""
        return SourceRef(self.source, self.paragraph)


def incidents(briefing: Briefing, limit: int = MAX_INCIDENTS) -> list[Incident]:
    """Return the incidents the article reports: its factual sentences that tell one, the
    best-scored cut to ``limit``, in reading order; each with the most specific place
    affected it names. Commentary, estimates, the credits, what tells the past ("similar
    attacks") and what the bottom line already quotes are no incidents, nor is what the
    actions taken list (a response that names an incident: "cancelled flights, citing the
    blocked roads"), nor a sentence that points back to one not listed ("It was during that
    interview that …"). A claim prints with the caveat or the denial that goes with it (see
    :mod:`briefwright.draft.together`)."""
    places = locations(briefing)
    acted = {a.fact for a in actions_taken(briefing)}
    picked = picked_fact_ids(briefing)
    quoted = set(briefing.bottom_line_refs)
    latest = latest_year(briefing.lead_article)
    found = [
        f
        for f in briefing.facts
        if f.origin == "article"
        and f.id in picked
        and f.id not in acted | quoted
        and f.kind in ("fact", "claim")
        and is_incident(f.original or f.text)
        and not is_colour(article_sentence(briefing, f))
        # "has been behind many similar attacks", "in 2012": what happened before the news.
        and not tells_history(text := article_sentence(briefing, f), latest)
        and not HISTORY.search(text)
    ]
    best = sorted(found, key=lambda f: (-f.score, f.source, f.paragraph, f.sentence))[:limit]
    best = sorted(best, key=_position)
    listed = {_position(f) for f in best}
    groups = units(briefing.facts)
    out = []
    for f in best:
        text = article_sentence(briefing, f)
        if points_back(text) and _before(f) not in listed:
            continue
        joined = [g for g in _unit(briefing.facts, groups, f) if g.id not in quoted | acted]
        if joined:
            text = " ".join([text, *(article_sentence(briefing, g) for g in joined)])
        # The most specific places the sentence names, a town before its country; a list
        # of banks robbed in Virginia and in Maryland is placed in both.
        named = named_places(text, [p for p in places if not is_country(p)])
        where = "; ".join(named[:MAX_PLACES]) or first_place(text, places)
        ids = tuple(g.id for g in joined)
        out.append(Incident(where, f.id, f.paragraph, text, f.source, ids))
    return out


def _position(fact: FactItem) -> tuple[str, int, int]:
    return (fact.source, fact.paragraph, fact.sentence)


def _before(fact: FactItem) -> tuple[str, int, int]:
    """Return the position of the sentence before ``fact``'s in its paragraph (a sentence
    that opens a paragraph has none that counts)."""
    return (fact.source, fact.paragraph, fact.sentence - 1)


def _unit(facts: list[FactItem], groups: list[list[int]], fact: FactItem) -> list[FactItem]:
    """Return the facts after ``fact`` that go with it (its caveat, the denial of it), in
    article order; ``groups`` are the units of ``facts``."""
    at = next((n for n, f in enumerate(facts) if f.id == fact.id), None)
    group = next((g for g in groups if at in g), [])
    return [facts[n] for n in group if _position(facts[n]) > _position(fact)]


def named_places(text: str, places: list[str]) -> list[str]:
    """Return the ``places`` that ``text`` names, in the order it first names them (the
    longer name where two start together: "Mombasa Road" over "Mombasa"), a state named
    right after its town ("Dayton, Ohio") left out."""
    named = sorted(
        (m.start(), -len(p), p)
        for p in places
        if (m := re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text)) is not None
    )
    out: list[str] = []
    for start, _, p in named:
        inside = any(start < s + len(q) and s <= start for s, _, q in named if q in out)
        # "in Dayton, Ohio": the state after its town says no more than the town.
        after_town = any(f"{q}, {p}" in text for q in out)
        if not inside and not after_town:
            out.append(p)
    return out


def first_place(text: str, places: list[str]) -> str:
    """Return the place of ``places`` that ``text`` names first, the longer name where two
    start together ("Mombasa Road" over "Mombasa"); ``""`` when it names none."""
    named = named_places(text, places)
    return named[0] if named else ""
