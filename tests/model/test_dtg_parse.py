"""Date-time groups read back: what dates the exported files."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefwright.model.dtg import format_dtg, parse_dtg


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("121430Z NOV 23", datetime(2023, 11, 12, 14, 30, tzinfo=UTC)),
        (" 050000Z jan 2024 ", datetime(2024, 1, 5, 0, 0, tzinfo=UTC)),
        ("2023-11-12 14:30 UTC", datetime(2023, 11, 12, 14, 30, tzinfo=UTC)),
        ("2023-11-12", datetime(2023, 11, 12, 0, 0, tzinfo=UTC)),
        ("", None),
        ("next Tuesday", None),
        ("321430Z NOV 23", None),  # no 32nd of November
        ("121430Z XYZ 23", None),
    ],
)
def test_parse_dtg(text: str, expected: datetime | None) -> None:
    assert parse_dtg(text) == expected


def test_format_then_parse_is_the_same_minute() -> None:
    moment = datetime(2026, 3, 9, 7, 45, tzinfo=UTC)
    assert parse_dtg(format_dtg(moment)) == moment


@pytest.mark.parametrize("text", ["2023-11-12 noon", "2023-11-12 14:30 tomorrow", "121430Z"])
def test_a_date_with_words_after_it_is_no_dtg(text: str) -> None:
    assert parse_dtg(text) is None


@pytest.mark.parametrize(
    "text", ["2023-11-12", "2023-11-12 14:30", "2023-11-12T14:30Z", "2023-11-12 14:30 UTC"]
)
def test_iso_dates_and_times_are_dtgs(text: str) -> None:
    assert parse_dtg(text) is not None
