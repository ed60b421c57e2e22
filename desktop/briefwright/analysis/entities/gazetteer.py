"""The gazetteer: countries, cities, regions, demonyms, organisations and personal titles."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from briefwright.model.analysis import Label
from briefwright.model.assets import get_asset


@dataclass(frozen=True)
class GazetteerEntry:
    """A known name: its label, the canonical form it stands for, and whether it is ambiguous.

    ``kind`` is ``country``, ``city``, ``region``, ``demonym``, ``org`` or ``armed`` (an
    armed group, labelled GROUP). An ambiguous name
    (``Jordan``, ``Chad``) is also a common personal name and never overrules a person.
    """

    label: Label
    canonical: str
    kind: str
    ambiguous: bool = False


@dataclass(frozen=True)
class Locality:
    """A city or a region (state, province) from GeoNames, with its country code and a point.

    ``kind`` is ``city``, ``region`` or ``province``; a region's point is its largest city;
    ``latitude``/``longitude`` are None where no point is known; ``population`` is 0 when
    unknown.
    """

    name: str
    kind: str
    country: str
    latitude: float | None
    longitude: float | None
    population: int = 0


@dataclass(frozen=True)
class Gazetteer:
    """Every known surface form mapped to its entry, the personal titles, and the world's
    cities of 15,000 people or more and its regions (with coordinates) by name."""

    names: dict[str, GazetteerEntry]
    titles: frozenset[str]
    localities: Mapping[str, Locality] = field(default_factory=dict)

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


def _degrees(cell: str) -> float | None:
    return float(cell) if cell.strip() else None


class Localities(Mapping[str, Locality]):
    """Cities and regions by name, each row read only when it is looked up (there are tens of
    thousands and an article names a handful)."""

    def __init__(
        self, rows: dict[str, tuple[str, str]], regions: frozenset[str] = frozenset()
    ) -> None:
        self._rows = rows
        self._made: dict[str, Locality] = {}
        # Every region's name, also where a town of that name is the one looked up
        # ("Delaware" the state beside Delaware, Ohio).
        self.regions = regions

    def __getitem__(self, name: str) -> Locality:
        made = self._made.get(name)
        if made is None:
            kind, line = self._rows[name]
            cells = [cell.strip() for cell in line.split("\t")]
            if kind == "city":
                _, country, lat, lon, population = cells[:5]
                made = Locality(
                    name, kind, country, _degrees(lat), _degrees(lon), int(population)
                )
            else:
                _, country, lat, lon, kind = cells[:5]
                made = Locality(name, kind, country, _degrees(lat), _degrees(lon))
            self._made[name] = made
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, name: object) -> bool:
        return name in self._rows


def parse_localities(cities: Path, regions: Path) -> Localities:
    """Return the cities (name, country, latitude, longitude, population) and the regions
    (name, country, latitude, longitude, kind) by name; a city wins over a region."""
    rows: dict[str, tuple[str, str]] = {}
    folded: dict[str, tuple[str, str]] = {}
    region_names: set[str] = set()
    for kind, path in (("city", cities), ("region", regions)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                name = line.split("\t", 1)[0].strip()
                rows.setdefault(name, (kind, line))
                if kind == "region":
                    region_names.add(name)
                if not name.isascii():
                    folded.setdefault(ascii_folded(name), (kind, line))
    # Written without its accents ("Tikrit", "Dusseldorf"), a name is found too, unless
    # another place is written so.
    for name, row in folded.items():
        rows.setdefault(name, row)
    return Localities(rows, frozenset(region_names))


# A town this large is known by its name alone ("Pomona", not the Pomona Police).
_TOWN = 50_000


def place_name(gazetteer: Gazetteer, name: str) -> bool:
    """Return whether ``name`` is a region's or a town's of at least _TOWN people."""
    localities = gazetteer.localities
    if isinstance(localities, Localities) and name in localities.regions:
        return True
    found = localities.get(name)
    return found is not None and (found.kind != "city" or (found.population or 0) >= _TOWN)


def ascii_folded(name: str) -> str:
    """Return ``name`` without accents and marks ("Tikrīt" → "Tikrit", "Düsseldorf" →
    "Dusseldorf")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_gazetteer(
    places: Path, orgs: Path, titles: Path, localities: tuple[Path, Path] | None = None
) -> Gazetteer:
    """Return the gazetteer read from its files; raise OSError when one is unreadable."""
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
        row += [""] * (3 - len(row))
        canonical = row[0].strip()
        # An armed group is a group of people under arms, not an organisation's office.
        armed = "armed" in row[2]
        entry = GazetteerEntry("GROUP", canonical, "armed") if armed else None
        for form in [canonical, *_split(row[1])]:
            names.setdefault(form, entry or GazetteerEntry("ORG", canonical, "org"))
    title_lines = titles.read_text(encoding="utf-8").splitlines()
    title_set = frozenset(t.strip() for t in title_lines if t.strip() and not t.startswith("#"))
    return Gazetteer(
        names, title_set, parse_localities(*localities) if localities is not None else {}
    )


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Return the gazetteer in ``resources/gazetteer``; raise FileNotFoundError if missing."""
    return parse_gazetteer(
        get_asset("gazetteer", "places.tsv"),
        get_asset("gazetteer", "orgs.tsv"),
        get_asset("gazetteer", "titles.txt"),
        (get_asset("gazetteer", "cities.tsv"), get_asset("gazetteer", "regions.tsv")),
    )
