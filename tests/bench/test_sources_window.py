"""The window's memory with several sources (bench/window.py, bench/sources_drive.py): the
real window opens one report, takes the others as sources and reports its peak."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from report import Results  # noqa: E402
from window import run_sources, sources_row_name  # noqa: E402


def test_the_window_reports_its_peak_with_the_sources_added(tmp_path: Path) -> None:
    results = Results()
    data = run_sources(results, count=3, where=tmp_path)
    assert data["sources"] == 3 and data["joined"] > 0
    assert 0 < data["rss_one_mib"] <= data["rss_mib"]
    row = results.rows[-1]
    assert row.name == sources_row_name(3) and row.unit == "MiB"
    assert row.value == data["rss_mib"] and "3 sources" in row.note
