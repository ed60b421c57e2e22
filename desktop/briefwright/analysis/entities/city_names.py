"""A place's name read as the city it names rather than a person of that name."""

from __future__ import annotations

from dataclasses import replace

from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.entities.gazetteer import Gazetteer, Locality, load_gazetteer


def as_city(c: Candidate, gazetteer: Gazetteer) -> Candidate:
    """Return ``c`` as a place when the model calls a known city or region a person.

    Only the model's own names are relabelled (a place's name never adds an entity), never one
    after a title or one the words around it call a person ("the Obama administration"); the
    relabelled mention votes double so that the whole document agrees, unless the name is also
    the surname of a person the document names in full. An organisation keeps its label: a
    city's name is often a team's or a company's.
    """
    if c.source != "ner" or c.label != "PERSON" or c.title is not None or c.weight > 1:
        return c  # a title or the words around the name (weight above one) decided it
    if c.text in gazetteer.names:
        return c
    name = _written_normally(c.text)
    place = gazetteer.localities.get(name)
    if place is None:
        return c
    if " " not in name and not _place_over_person(place):
        return c
    return replace(c, label="PLACE", source="city", weight=2.0)


# Towns in English-speaking countries are often named after people (Clinton, Norman,
# Florence): a one-word name there is a person unless the city is a large one.
_NAMED_AFTER_PEOPLE = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
# Elsewhere a town of this size is the place: "Tikrit" (42,000) is no one's name.
_LARGE_TOWN = 20_000


def _place_over_person(place: Locality) -> bool:
    """Return whether a one-word ``place`` is likelier the place than a person of that name."""
    if place.kind != "city":
        return place.country not in _NAMED_AFTER_PEOPLE
    if place.population >= 500_000:
        return True
    return place.population >= _LARGE_TOWN and place.country not in _NAMED_AFTER_PEOPLE


def known_place(name: str) -> bool:
    """Return whether ``name`` is a city or region likelier the place than a person or a
    company of that name (see :func:`_place_over_person`)."""
    gazetteer = load_gazetteer()
    if name in gazetteer.names:
        return False
    place = gazetteer.localities.get(_written_normally(name))
    return place is not None and (" " in name or _place_over_person(place))


def _written_normally(name: str) -> str:
    """Return ``name`` as a gazetteer writes it: a dateline's "BAGHDAD" as "Baghdad"."""
    return name.title() if name.isupper() and len(name) > 3 else name
