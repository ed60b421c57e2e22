"""Print headline, date, place, outlet, lede and date-resolution scores over the wire and
labelled sets.

Run: .venv/bin/python bench/quality_layout.py [--code CHECKOUT] [--misses]
``--code`` scores the package of another checkout (e.g. ``/work/main``) on this one's data,
to compare before and after a change. ``bench/quality.py`` calls :func:`report`.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _reader(case: Any) -> Any:
    """Return the Article of a case: its file (read on the set's reading date where the
    checkout's reader takes one), or a labelled text as a structured reader would hand it
    over (section headings kept as headings)."""
    ingest = importlib.import_module("briefwright.ingest")
    if case.path is not None:
        if "read_on" in inspect.signature(ingest.read_article).parameters:
            from tests.wire_set import READ_ON

            return ingest.read_article(case.path, read_on=READ_ON)
        return ingest.read_article(case.path)
    try:
        news = importlib.import_module("briefwright.ingest.news")
    except ImportError:
        return ingest.article_from_text(case.text)
    block = importlib.import_module("briefwright.ingest.paragraphs").Block
    path = ROOT / "tests" / "data" / "labelled" / f"{case.name}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    kinds = record.get("kinds") or ["body"] * len(record["paragraphs"])
    blocks = [block(t, k) for t, k in zip(record["paragraphs"], kinds, strict=True)]
    return news.news_article(blocks, news.Found(), path=None, cleaning=())


def report(misses: bool = False) -> None:
    """Print the layout and date measures over tests/data/wire and tests/data/labelled."""
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))
    from tests.wire_set import labelled_cases, score, wire_cases

    from briefwright.analysis.engine import analyze

    wire = wire_cases()
    labelled = labelled_cases()
    print(f"news layout and dates: {len(wire)} wire-style articles, {len(labelled)} labelled")
    on_wire = score(wire, _reader, analyze)
    on_labelled = score(labelled, _reader, None)
    for name, measure in on_wire.items():
        print(f"  wire      {name:26s} {measure}")
        if misses:
            for miss in measure.misses:
                print(f"      {miss}")
    for name, measure in on_labelled.items():
        if measure.tries:
            print(f"  labelled  {name:26s} {measure}  (no headline, no dateline: nothing taken)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, help="checkout whose package is scored")
    parser.add_argument("--misses", action="store_true", help="list every miss of the wire set")
    args = parser.parse_args()
    code = args.code.resolve() if args.code else ROOT
    sys.path.insert(0, str(code / "desktop"))
    sys.path.insert(1, str(ROOT))
    print(f"code: {code}")
    report(args.misses)


if __name__ == "__main__":
    main()
