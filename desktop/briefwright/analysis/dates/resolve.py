"""Resolving date phrases ("last week", "on Friday", "12 November") against an article date."""

from __future__ import annotations

from datetime import date, timedelta

from briefwright.model import calendar
from briefwright.model.analysis import Granularity
from briefwright.model.calendar import MONTH_NUMBERS

MONTHS = MONTH_NUMBERS
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.WEEKDAYS)}
Resolved = tuple[str | None, Granularity]


def month_number(word: str) -> int:
    """Return the month number (1-12) of an English month name or abbreviation.

    Raises KeyError when ``word`` names no month.
    """
    return MONTHS[word.lower().rstrip(".")]


def iso_week(day: date) -> str:
    """Return the ISO date of the Monday that starts the week holding ``day``."""
    return (day - timedelta(days=day.weekday())).isoformat()


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Return ``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_date(weekday: int, base: date, modifier: str = "", when: str = "") -> date:
    """Return the date a news article means by a weekday name.

    "last Friday" is the most recent such day before ``base``; "next Friday" the Friday of
    the week after ``base``'s week; "this coming Friday" the first after ``base``. A plain
    "Friday" looks forward (``base`` itself included) in a future or present-tense clause
    (``when`` "future" or "present": "will vote on Wednesday", "votes on Wednesday") and
    back (``base`` itself included) otherwise ("said on Friday").
    """
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if modifier == "next":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=1)
        return monday + timedelta(days=weekday)
    if modifier == "coming":
        return base + timedelta(days=ahead or 7)
    if modifier == "last":
        return base - timedelta(days=back or 7)
    if when in ("future", "present"):
        return base + timedelta(days=ahead)
    return base - timedelta(days=back)


def year_for(
    month: int, day: int | None, base: date, when: str = "", *, strict: bool = False
) -> int:
    """Return the year of a month (and day) named without one, by the clause's tense.

    A future clause means the next such month on or after ``base``'s, a past one the last
    on or before it; otherwise the nearest (see :func:`nearest_year`). A day ("Nov. 18")
    that the tense puts more than half a year from ``base`` yields to an occurrence at
    least three times nearer: a date a week ago, not in eleven months ("agreed to meet on
    Dec. 10" on 3 December), while "the year ended March 31" in November stays in the past.
    ``strict`` when the phrase itself says the direction ("last Nov. 23"): no nearer day
    then overrides it.
    """
    here = (month, day or 0)
    now = (base.month, base.day if day else 0)
    if when == "future":
        year = base.year if here >= now else base.year + 1
    elif when == "past":
        year = base.year if here <= now else base.year - 1
    else:
        year = nearest_year(month, day, base)
    if day is not None and not strict:
        away = abs(_days_to(year, month, day, base))
        nearest = min(
            (base.year - 1, base.year, base.year + 1),
            key=lambda y: abs(_days_to(y, month, day, base)),
        )
        if away > HALF_YEAR_DAYS and MUCH_NEARER * abs(_days_to(nearest, month, day, base)) < away:
            return nearest
    return year


# How far from the article date the tense may put a month and day without a year before a
# much nearer occurrence (MUCH_NEARER times nearer) is taken instead.
HALF_YEAR_DAYS = 183
MUCH_NEARER = 3


def _days_to(year: int, month: int, day: int, base: date) -> int:
    """Return the days from ``base`` to the date (29 February of a common year counts as
    the 28th)."""
    try:
        return (date(year, month, day) - base).days
    except ValueError:
        return (date(year, month, min(day, 28)) - base).days


def value_span(value: str, granularity: str) -> tuple[date, date] | None:
    """Return the first and last day an ISO value of ``granularity`` stands for, or None."""
    try:
        if granularity == "period":
            first, _, last = value.partition("/")
            start = value_span(first, _granularity_of(first))
            end = value_span(last, _granularity_of(last)) if last != ".." else None
            if start is None:
                return None
            return start[0], end[1] if end else date.max
        parts = [int(p) for p in value.split("-")]
        if granularity == "day":
            day = date(parts[0], parts[1], parts[2])
            return day, day
        if granularity == "week":
            monday = date(parts[0], parts[1], parts[2])
            return monday, monday + timedelta(days=6)
        if granularity == "month":
            year, month = shift_months(parts[0], parts[1], 1)
            return date(parts[0], parts[1], 1), date(year, month, 1) - timedelta(days=1)
        if granularity == "year":
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if granularity == "decade":
            return date(parts[0], 1, 1), date(parts[0] + 9, 12, 31)
    except (ValueError, IndexError):
        return None
    return None


def _granularity_of(value: str) -> str:
    """Return the granularity an ISO value's shape shows (``2024``, ``2024-03``, ``2024-03-01``)."""
    return {1: "year", 2: "month", 3: "day"}.get(len(value.split("-")), "unknown")


def nearest_year(month: int, day: int | None, base: date) -> int:
    """Return the year that puts ``month`` (and ``day``) nearest to ``base``.

    News mostly looks back, so a day ahead counts double: in a November article "March" is
    the March before it, "December" the December after it.
    """
    best_year = base.year
    best_gap: int | None = None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            when = date(year, month, day or 15)
        except ValueError:
            continue
        gap = (base - when).days if when <= base else 2 * (when - base).days
        if best_gap is None or gap < best_gap:
            best_year, best_gap = year, gap
    return best_year


def relative_unit(modifier: str, unit: str, base: date) -> Resolved:
    """Return the value of "last/this/next/earlier this/… week|month|year|weekend"."""
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "following": 1, "coming": 1}.get(
        modifier, 0
    )
    if unit in ("week", "weekend"):
        # On a Sunday the week just ended is "last week" in news usage: count from Monday.
        # "Next week" on a Sunday is the week that starts the next day.
        anchor = base + timedelta(days=1) if base.weekday() == 6 and step < 0 else base
        return iso_week(anchor + timedelta(weeks=step)), "week"
    if unit == "month":
        year, month = shift_months(base.year, base.month, step)
        return f"{year:04d}-{month:02d}", "month"
    return f"{base.year + step:04d}", "year"


def ago(amount: int, unit: str, base: date) -> Resolved:
    """Return the value of "``amount`` days/weeks/months/years ago"."""
    if unit.startswith("day"):
        return (base - timedelta(days=amount)).isoformat(), "day"
    if unit.startswith("week"):
        return iso_week(base - timedelta(weeks=amount)), "week"
    if unit.startswith("month"):
        year, month = shift_months(base.year, base.month, -amount)
        return f"{year:04d}-{month:02d}", "month"
    return f"{base.year - amount:04d}", "year"
