"""Print how many section headings pass the honest-heading check, per article set.

Run: .venv/bin/python bench/quality_headings.py
The check (tests/headings_check.py): a heading is a topic label or a phrase one sentence of
its section states, in its words and order; none names an agent the text does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from tests.headings_check import checked, failures, heading_sets  # noqa: E402

from briefwright.analysis import analyze_many  # noqa: E402


def main() -> None:
    print("headings: stated by their section or a topic label")
    for name, items in heading_sets().items():
        total = passed = 0
        bad: list[str] = []
        for (_, article), analysis in zip(items, analyze_many([a for _, a in items]), strict=True):
            wrong = failures(article, analysis)
            total += checked(article, analysis)
            passed += checked(article, analysis) - len(wrong)
            bad += wrong
        shown = f"  e.g. {bad[:3]}" if bad else ""
        print(f"  {name:9s} {passed}/{total} articles {len(items)}{shown}")


if __name__ == "__main__":
    main()
