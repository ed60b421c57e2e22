"""The year a wire dateline leaves out ("NAIROBI, March 3 (Reuters) -"), from the reading date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefwright.ingest.sentences import split_sentences
from briefwright.model.calendar import WEEKDAYS, weekday_pattern

# How many years back (the dateline's day in the most recent year first) a weekday in the
# lede may move the date. Measured on the 256 TimeBank and AQUAINT articles given year-less
# datelines (bench/quality_dates_public.py): one year gets all 256 read up to 200 days after
# publication and none read 400 days after; two years get all 256 and 18 (a lede that names
# the dateline's day agrees with the next year too, as the weekday moves by one); three or
# more lose 4 to 8 of those read early (a weekday that is not the news day reaches an older
# year) and gain nothing at 400 days.
YEARS_BACK = 2
_WEEKDAY = re.compile(rf"\b{weekday_pattern()}\b")
_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAYS)}
# Words before a weekday that make it another day than the story's ("next Monday", "until
# Friday", "every Sunday") or a thing rather than a day ("the Tuesday deadline").
_OTHER_DAY = re.compile(
    r"\b(?:next|last|this|coming|until|till|by|from|before|after|since|through|every|each|"
    r"late|early|following|previous|the|a|an)\s+$",
    re.IGNORECASE,
)
# A clause that looks forward: its weekday is a day to come.
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|due|scheduled|expected|set to|plans? to|planned|is to|are to)\b"
    r"|'ll\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.;:!?]\s|,\s+(?:and|but|while|as)\s", re.IGNORECASE)


def lede_weekdays(lede: str) -> frozenset[int]:
    """Return the weekdays (0 is Monday) that the first sentence of ``lede`` names as a day
    something happened.

    Only the first sentence counts: it tells the news (a text without paragraph breaks is one
    long "lede"). A weekday with a word that makes it another day ("next Monday", "until
    Friday"), that names a thing ("the Tuesday deadline") or in a clause that looks forward
    ("will vote on Friday") is left out. Raises nothing.
    """
    sentences = split_sentences(lede)
    lede = lede[: sentences[0].end] if sentences else lede
    found: set[int] = set()
    for match in _WEEKDAY.finditer(lede):
        if _OTHER_DAY.search(lede, max(0, match.start() - 24), match.start()):
            continue
        starts = [m.end() for m in _CLAUSE_START.finditer(lede, 0, match.start())]
        if _FUTURE.search(lede, starts[-1] if starts else 0, match.start()):
            continue
        found.add(_WEEKDAY_NUMBERS[match.group()])
    return frozenset(found)


def infer_date(
    month: int,
    day: int,
    reading: date,
    *,
    lede: str = "",
    weekday: int | None = None,
    years: int = YEARS_BACK,
) -> date:
    """Return the date of a dateline that names ``month`` and ``day`` but no year.

    The candidates are the ``years`` most recent occurrences of that day not after the
    ``reading`` date, the most recent first. The first one a weekday agrees with is taken: the
    dateline's own ``weekday`` must be its day; failing that, a weekday the ``lede`` names as
    the day something happened (see :func:`lede_weekdays`) must be that day or the day before,
    as wire copy tells the news of its dateline's day and of the day before. With no weekday,
    or none that agrees, the most recent occurrence. Raises ValueError when no year has that
    day (``month`` 2, ``day`` 30) or ``years`` is below 1.
    """
    if years < 1:
        raise ValueError(f"years must be 1 or more, not {years}")
    candidates = _occurrences(month, day, reading, years)
    if weekday is not None:
        return next((c for c in candidates if c.weekday() == weekday), candidates[0])
    named = lede_weekdays(lede)
    for candidate in candidates:
        if {candidate.weekday(), (candidate - timedelta(days=1)).weekday()} & named:
            return candidate
    return candidates[0]


def _occurrences(month: int, day: int, reading: date, count: int) -> list[date]:
    """Return the ``count`` most recent dates with ``month`` and ``day`` on or before
    ``reading``, the most recent first; raise ValueError when no year has that day."""
    try:
        date(2000, month, day)  # 2000 was a leap year: only a day no year has fails.
    except ValueError as error:
        raise ValueError(f"no year has day {day} of month {month}") from error
    found: list[date] = []
    year = reading.year
    while len(found) < count and year >= 1:
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February of a common year
            candidate = None
        if candidate is not None and candidate <= reading:
            found.append(candidate)
        year -= 1
    return found
