"""Which country a city lies in: the gazetteer's countries by their ISO code."""

from __future__ import annotations

import functools

from briefwright.model.assets import get_asset
from briefwright.model.errors import TemplateError


@functools.cache
def country_codes() -> dict[str, str]:
    """Return the ISO 3166-1 alpha-2 code of each country the gazetteer names, by its
    canonical name (``resources/country_codes.tsv``). Raise TemplateError when the file
    cannot be read."""
    path = get_asset("country_codes.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TemplateError(f"the country codes cannot be read ({path.name}): {exc}") from exc
    rows = (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    return {cells[0]: cells[1] for cells in rows if len(cells) >= 2 and cells[1]}


def city_in(city: str, country: str) -> bool:
    """Return whether the gazetteer places ``city`` (a city, not a region) in ``country``
    (any name of it: "Kenya", "DRC"); False when either is unknown."""
    from briefwright.analysis.entities.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    place = gazetteer.localities.get(city)
    entry = gazetteer.lookup(country)
    if place is None or place.kind != "city" or entry is None or entry.kind != "country":
        return False
    return country_codes().get(entry.canonical) == place.country


def is_country(name: str) -> bool:
    """Return whether the gazetteer knows ``name`` as a country."""
    from briefwright.analysis.entities.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(name)
    return entry is not None and entry.label == "PLACE" and entry.kind == "country"


def place_in_name(name: str) -> str:
    """Return the longest run of up to three words in a body's ``name`` that the gazetteer
    knows as a place ("University of Oklahoma": "Oklahoma"), or ""."""
    from briefwright.analysis.entities.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    bodies = _body_words()
    words = name.split()
    for size in range(min(3, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            run = " ".join(words[start : start + size])
            if any(w in bodies or not w[:1].isupper() for w in words[start : start + size]):
                continue  # "University" of "University of Oklahoma" is no town
            if start > 0 and words[start - 1][:1].isupper():
                continue  # "England" of "New England Patriots": part of another name
            entry = gazetteer.lookup(run)
            if entry is not None and entry.label == "PLACE":
                return entry.canonical
            if run in gazetteer.localities:
                return run
    return ""


@functools.cache
def _body_words() -> frozenset[str]:
    """Return the words that head or end a body's name ("University", "Authority")."""
    from briefwright.analysis.lexicon import words

    return words("names.org_heads") | words("names.org_endings")
