"""The day a news dateline names ("NAIROBI, March 3 (Reuters) -"), with or without its year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefwright.model.calendar import MONTH_NUMBERS, WEEKDAYS, month_pattern, weekday_pattern

_MONTH_NAMES = month_pattern()
_WEEKDAY_NAMES = weekday_pattern()
# The date part of a dateline, for the dateline patterns of ingest/masthead.py: "Dec. 1, 2026",
# "1 December", "Monday, Jan 26" or a bare "Monday".
DATELINE_DATE = (
    rf"(?:(?P<weekday>{_WEEKDAY_NAMES}),?\s+)?"
    rf"(?:(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAMES})\.?(?:,?\s+(?P<year2>\d{{4}}))?)"
    rf"|(?P<weekday2>{_WEEKDAY_NAMES})"
)
_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAYS)}


@dataclass(frozen=True)
class DatelineDay:
    """What a dateline's date names: a ``month`` and ``day`` (both None for a bare weekday),
    the ``year`` when it is written, the ``weekday`` (0 is Monday) when it is named."""

    month: int | None
    day: int | None
    year: int | None = None
    weekday: int | None = None

    @property
    def date(self) -> date | None:
        """Return the full date when the dateline writes the year, else None."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


def dateline_day(match: re.Match[str]) -> DatelineDay | None:
    """Return the day a dateline match names (its groups as in :data:`DATELINE_DATE`), or None
    when it names none. A month and day that no year has (``Feb 30``) name none."""
    weekday_name = match.group("weekday") or match.group("weekday2")
    weekday = _WEEKDAY_NUMBERS[weekday_name] if weekday_name else None
    month_name = match.group("month") or match.group("month2")
    if month_name is None:
        return None if weekday is None else DatelineDay(None, None, weekday=weekday)
    month = MONTH_NUMBERS[month_name.lower().rstrip(".")]
    day = int(match.group("day") or match.group("day2"))
    year_text = match.group("year") or match.group("year2")
    try:
        # 2000 was a leap year: 29 February is a day some year has.
        date(int(year_text) if year_text else 2000, month, day)
    except ValueError:
        return None
    return DatelineDay(month, day, int(year_text) if year_text else None, weekday)
