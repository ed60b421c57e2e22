"""Date-time groups as staff products write them (``121430Z NOV 23``)."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime

from briefwright.model.calendar import MONTH_NUMBERS, month_short


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


_DTG = re.compile(r"(\d{2})(\d{2})(\d{2})\s*Z\s+([A-Za-z]{3})\s+(\d{2}|\d{4})")
# An ISO date, a time if given, and "UTC" or "Z" if said: nothing else ("2023-11-12 noon" is
# no date-time group).
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?(?:\s*(?:UTC|Z))?")


def parse_dtg(text: str) -> datetime | None:
    """Return the UTC moment a date-time group names (``121430Z NOV 23`` or
    ``2023-11-12 14:30 UTC``), or None when ``text`` is neither or names no real date."""
    text = text.strip()
    try:
        if m := _DTG.fullmatch(text):
            day, hour, minute, mon, year = m.groups()
            month = MONTH_NUMBERS.get(mon.lower())
            if month is None:
                return None
            full_year = int(year) + (2000 if len(year) == 2 else 0)
            return datetime(full_year, month, int(day), int(hour), int(minute), tzinfo=UTC)
        if m := _ISO.fullmatch(text):
            y, mo, d, h, mi = m.groups()
            return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), tzinfo=UTC)
    except ValueError:
        return None
    return None
