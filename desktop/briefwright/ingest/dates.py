"""Dates as articles write them in their header: ISO and the common English forms."""

from __future__ import annotations

import re
from datetime import date

from briefwright.model.calendar import MONTH_NUMBERS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
)
_TIME_TAIL = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<num>\d{1,2})-(?P<day>\d{1,2})" + _TIME_TAIL + r"(?!\d)"),
    re.compile(r"(?P<year>\d{4})/(?P<num>\d{1,2})/(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"(?P<year>\d{4})(?P<num>\d{2})(?P<day>\d{2})(?:T\d{4,6}Z?)?(?![\d-])"),
    re.compile(
        _WEEKDAY + r"(?P<day>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?" + _MONTH
        + r",?\s+(?P<year>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORDINAL + r",?\s+(?P<year>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
)


def parse_date_prefix(text: str) -> tuple[date, int] | None:
    """Return the date that ``text`` begins with and where it ends, or None if it has none.

    Understood: ``2023-11-12`` (with an optional time such as ``T10:00Z``), ``2023/11/12``,
    ``20231112``, ``12 November 2023``, ``November 12, 2023``, abbreviated months and an
    optional leading weekday. Raises nothing.
    """
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        found = _to_date(match)
        if found is not None:
            return found, match.end()
    return None


def _to_date(match: re.Match[str]) -> date | None:
    """Return the date the match names, or None if it is not a real calendar date."""
    groups = match.groupdict()
    month = int(groups["num"]) if groups.get("num") else MONTH_NUMBERS[groups["month"].lower()]
    try:
        return date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None
