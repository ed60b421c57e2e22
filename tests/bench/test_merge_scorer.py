"""The merge measures (bench/quality_merge.py) and their data (bench/merge_news.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import merge_news  # noqa: E402
import quality_merge  # noqa: E402
from articles import generate_reports  # noqa: E402


def test_each_listed_cluster_is_in_the_half_its_hash_gives() -> None:
    rows = [json.loads(x) for x in merge_news.CLUSTERS.read_text().splitlines()]
    assert {r["half"] for r in rows} == {"tune", "heldback"}
    assert all(merge_news.half_of(r["corpus"], r["cluster"]) == r["half"] for r in rows)
    assert all(2 <= len(r["docs"]) <= 6 for r in rows)


def test_shares_print_as_counted() -> None:
    t = quality_merge.Tally(pairs=4, right_pairs=3, merges=2, mixed_merges=1, events=2,
                            carried=1.5, people=0)
    row = t.row()
    assert "pairs 0.750 (4)" in row and "different events 0.500 (2)" in row
    assert "main fact 0.750" in row and "people one   -   (0)" in row


def test_reports_of_one_event_share_sentences_and_are_the_same_each_run() -> None:
    first, again = generate_reports(3), generate_reports(3)
    assert [r.text for r in first] == [r.text for r in again]
    words = [len(r.text.split()) for r in first]
    assert all(450 <= w <= 560 for w in words), words
    lines = [set(r.text.split("\n\n")[1].split(". ")) for r in first]
    assert lines[0] != lines[1]
