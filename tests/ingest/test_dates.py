"""Tests for header dates."""

from __future__ import annotations

from datetime import date

import pytest

from briefwright.ingest.dates import parse_date_prefix


@pytest.mark.parametrize(
    ("text", "expected", "end"),
    [
        ("2023-11-12", date(2023, 11, 12), 10),
        ("2023-11-12 The recent", date(2023, 11, 12), 10),
        ("2023-11-12T10:00Z rest", date(2023, 11, 12), 17),
        ("2023-11-12T10:00:05+01:00", date(2023, 11, 12), 25),
        ("2023/11/12", date(2023, 11, 12), 10),
        ("20231112", date(2023, 11, 12), 8),
        ("12 November 2023", date(2023, 11, 12), 16),
        ("12th of November, 2023", date(2023, 11, 12), 22),
        ("November 12, 2023 Body", date(2023, 11, 12), 17),
        ("Nov. 12 2023", date(2023, 11, 12), 12),
        ("Sunday, 12 Nov 2023", date(2023, 11, 12), 19),
        ("sept 3, 2024", date(2024, 9, 3), 12),
        ("2023-02-30", None, 0),
        ("12345678901", None, 0),
        ("yesterday", None, 0),
        ("Title", None, 0),
        ("", None, 0),
    ],
)
def test_parse_date_prefix(text: str, expected: date | None, end: int) -> None:
    found = parse_date_prefix(text)
    if expected is None:
        assert found is None
    else:
        assert found == (expected, end)
