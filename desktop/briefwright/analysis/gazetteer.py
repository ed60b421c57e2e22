"""The gazetteer: countries, cities, regions, demonyms, organisations and personal titles."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from briefwright.model.analysis import Label
from briefwright.model.assets import get_asset


@dataclass(frozen=True)
class GazetteerEntry:
    """A known name: its label, the canonical form it stands for, and whether it is ambiguous.

    ``kind`` is ``country``, ``city``, ``region``, ``demonym`` or ``org``. An ambiguous name
    (``Jordan``, ``Chad``) is also a common personal name and never overrules a person.
    """

    label: Label
    canonical: str
    kind: str
    ambiguous: bool = False


@dataclass(frozen=True)
class Gazetteer:
    """Every known surface form mapped to its entry, and the personal titles."""

    names: dict[str, GazetteerEntry]
    titles: frozenset[str]

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """Return the entry for ``surface`` (exact, then without a leading "the"), or None."""
        entry = self.names.get(surface)
        if entry is None and surface[:4] in ("the ", "The "):
            entry = self.names.get(surface[4:])
        return entry


def _split(cell: str) -> list[str]:
    """Return the non-empty ``|``-separated items of a TSV cell."""
    return [item.strip() for item in cell.split("|") if item.strip()]


def _rows(path: Path) -> list[list[str]]:
    """Return the tab-separated rows of ``path`` without comments and blank lines."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def parse_gazetteer(places: Path, orgs: Path, titles: Path) -> Gazetteer:
    """Return the gazetteer read from its three files; raise OSError when one is unreadable."""
    names: dict[str, GazetteerEntry] = {}
    for row in _rows(places):
        row += [""] * (5 - len(row))
        canonical, kind, variants, demonyms, flags = (cell.strip() for cell in row[:5])
        ambiguous = "ambiguous" in flags
        for form in [canonical, *_split(variants)]:
            names.setdefault(form, GazetteerEntry("PLACE", canonical, kind, ambiguous))
        for form in _split(demonyms):
            names.setdefault(form, GazetteerEntry("GROUP", canonical, "demonym"))
    for row in _rows(orgs):
        row += [""] * (2 - len(row))
        canonical = row[0].strip()
        for form in [canonical, *_split(row[1])]:
            names.setdefault(form, GazetteerEntry("ORG", canonical, "org"))
    title_lines = titles.read_text(encoding="utf-8").splitlines()
    title_set = frozenset(t.strip() for t in title_lines if t.strip() and not t.startswith("#"))
    return Gazetteer(names, title_set)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Return the gazetteer in ``resources/gazetteer``; raise FileNotFoundError if missing."""
    return parse_gazetteer(
        get_asset("gazetteer", "places.tsv"),
        get_asset("gazetteer", "orgs.tsv"),
        get_asset("gazetteer", "titles.txt"),
    )
