"""Date-time groups as staff products write them (``121430Z NOV 23``)."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from briefwright.model.calendar import month_short


def format_dtg(moment: datetime) -> str:
    """Return ``moment`` as a military date-time group in UTC, e.g. ``121430Z NOV 23``.

    Raises ValueError when ``moment`` has no time zone (its UTC time would be a guess).
    """
    if moment.tzinfo is None:
        raise ValueError("format_dtg needs a time-zone-aware datetime")
    u = moment.astimezone(UTC)
    month = month_short(u.month).upper()
    return f"{u.day:02d}{u.hour:02d}{u.minute:02d}Z {month} {u.year % 100:02d}"


def now_utc() -> datetime:
    """Return the current time, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC)
