"""The reading date: the day an article is read, which gives a year-less dateline its year."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

# Dates are taken where the calendar day starts first (UTC+14): a dateline written in Asia can
# name a day that has not yet begun where the reader is, and must not be sent back a year.
LEADING_ZONE = timezone(timedelta(hours=14))


def today() -> date:
    """Return today's date where it is latest on Earth (the system clock read at UTC+14)."""
    return datetime.now(UTC).astimezone(LEADING_ZONE).date()


def day_of(timestamp: float) -> date:
    """Return the date of a POSIX ``timestamp`` where it is latest on Earth (UTC+14)."""
    return datetime.fromtimestamp(timestamp, LEADING_ZONE).date()


def reading_date(modified: float | None = None) -> date:
    """Return the day an article counts as read on: :func:`today`, or the day of a file's
    modification time ``modified`` (a POSIX timestamp) when that is earlier, as a saved copy
    of wire copy is saved close to its publication."""
    day = today()
    if modified is not None:
        day = min(day, day_of(modified))
    return day
