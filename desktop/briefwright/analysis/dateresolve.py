"""Resolving date phrases ("last week", "on Friday", "12 November") against an article date."""

from __future__ import annotations

from datetime import date, timedelta

from briefwright.analysis import lexicon
from briefwright.model.analysis import Granularity

MONTHS: dict[str, int] = {
    name: number
    for number, (full, short) in enumerate(
        zip(
            lexicon.items("calendar.months"),
            lexicon.nested("calendar.month_abbreviations"),
            strict=True,
        ),
        start=1,
    )
    for name in (full.lower(), *short)
}
WEEKDAYS: dict[str, int] = {
    name.lower(): i for i, name in enumerate(lexicon.items("calendar.weekdays"))
}
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


def weekday_date(weekday: int, base: date, modifier: str = "") -> date:
    """Return the date a news article means by a weekday name.

    Plain "Friday" and "last Friday" are the most recent such day on or before ``base``
    ("last" never the day itself); "next Friday" and "this coming Friday" lie after it.
    """
    back = (base.weekday() - weekday) % 7
    if modifier == "next" or modifier == "coming":
        ahead = (weekday - base.weekday()) % 7
        return base + timedelta(days=ahead or 7)
    if modifier == "last" and back == 0:
        back = 7
    return base - timedelta(days=back)


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
        anchor = base + timedelta(days=1) if base.weekday() == 6 else base
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
