"""Date-time groups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from briefwright.model.dtg import format_dtg, now_utc


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2023, 11, 12, 14, 30, tzinfo=UTC), "121430Z NOV 23"),
        (datetime(2024, 1, 5, 0, 0, tzinfo=UTC), "050000Z JAN 24"),
        (datetime(2023, 11, 12, 1, 0, tzinfo=timezone(timedelta(hours=2))), "112300Z NOV 23"),
        (datetime(2000, 12, 31, 23, 59, tzinfo=UTC), "312359Z DEC 00"),
    ],
)
def test_format_dtg(moment: datetime, expected: str) -> None:
    assert format_dtg(moment) == expected


def test_naive_datetime_is_rejected() -> None:
    with pytest.raises(ValueError, match="time-zone"):
        format_dtg(datetime(2023, 1, 1))


def test_source_date_epoch_fixes_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1699799400")
    assert format_dtg(now_utc()) == "121430Z NOV 23"
