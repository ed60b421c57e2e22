"""Print how many section headings pass the honest-heading check, per article set.

Run: .venv/bin/python bench/quality_headings.py
The check (tests/headings_check.py): a heading is a topic label or a phrase one sentence of
its section states, in its words and order; none names an agent the text does not.
Then the proposed subject lines: how many of their parts are topic labels ("Developments",
"Election results") rather than a phrase naming the event. When subjects were drafted from
the later sections' headings: headings 11/27 parts and 3/14 subjects all labels, labelled
8/25 and 2/15, wire 23/44 and 5/23, sample 0/2 and 0/1.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from tests.headings_check import checked, failures, heading_sets  # noqa: E402

from briefwright.analysis.engine import analyze_many  # noqa: E402
from briefwright.draft.proposal import propose  # noqa: E402
from briefwright.draft.subject import is_topic_label  # noqa: E402


def main() -> None:
    print("headings: stated by their section or a topic label")
    subjects: dict[str, list[str]] = {}
    for name, items in heading_sets().items():
        total = passed = 0
        bad: list[str] = []
        for (_, article), analysis in zip(items, analyze_many([a for _, a in items]), strict=True):
            subjects.setdefault(name, []).append(propose(article, analysis).meta.subject)
            wrong = failures(article, analysis)
            total += checked(article, analysis)
            passed += checked(article, analysis) - len(wrong)
            bad += wrong
        shown = f"  e.g. {bad[:3]}" if bad else ""
        print(f"  {name:9s} {passed}/{total} articles {len(items)}{shown}")
    print("subject lines: parts that are topic labels; subjects with no part naming an event")
    for name, lines in subjects.items():
        parts = [p for line in lines for p in line.split("; ") if p]
        labels = sum(1 for p in parts if is_topic_label(p))
        empty = sum(1 for line in lines if all(is_topic_label(p) for p in line.split("; ") if p))
        print(f"  {name:9s} {labels}/{len(parts)} parts labels, {empty}/{len(lines)} subjects")


if __name__ == "__main__":
    main()
