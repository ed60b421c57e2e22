"""The English month and weekday names every reader, resolver and writer of dates uses."""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# The abbreviations of each month in MONTHS, lower case (September has two; May has none).
MONTH_ABBREVIATIONS: tuple[tuple[str, ...], ...] = (
    ("jan",), ("feb",), ("mar",), ("apr",), (), ("jun",), ("jul",), ("aug",), ("sep", "sept"),
    ("oct",), ("nov",), ("dec",),
)  # fmt: skip
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
# The parts of a day that follow its name ("Sunday morning", "Monday overnight").
TIMES_OF_DAY = frozenset(("morning", "afternoon", "evening", "night", "overnight"))

# Every name and abbreviation of a month, lower case, with its number (1-12).
MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, (full, short) in enumerate(zip(MONTHS, MONTH_ABBREVIATIONS, strict=True), 1)
    for name in (full.lower(), *short)
}


def month_short(number: int) -> str:
    """Return the three-letter name of month ``number`` (1-12): ``"Nov"``."""
    return MONTHS[number - 1][:3]


def month_pattern(*, dot: bool = False) -> str:
    """Return a regular expression (a non-capturing group) for a month name as written.

    Full names and capitalised abbreviations (``November``, ``Nov``, ``Sept``), longest
    first; ``dot`` lets an abbreviation end in a full stop (``Nov.``).
    """
    short = sorted((a.capitalize() for abbrs in MONTH_ABBREVIATIONS for a in abbrs), key=len,
                   reverse=True)
    tail = r"\.?" if dot else ""
    return "(?:" + "|".join([*MONTHS, *(a + tail for a in short)]) + ")"


def weekday_pattern() -> str:
    """Return a regular expression (a non-capturing group) for a weekday's full name."""
    return "(?:" + "|".join(WEEKDAYS) + ")"


def event_date(iso: str, granularity: str) -> str:
    """Return an event's date as a reader takes it: ``6 Nov 2023``, ``w/c 6 Nov 2023`` for
    the week commencing that day, ``Nov 2023``, ``2023``; ISO text as is when unparsable."""
    parts = iso.split("-")
    try:
        year = int(parts[0])
        month = month_short(int(parts[1])) if len(parts) > 1 else ""
        day = int(parts[2]) if len(parts) > 2 else 0
    except (ValueError, IndexError):
        return iso
    if granularity in ("year", "decade") or not month:
        return f"{year}s" if granularity == "decade" else str(year)
    if granularity == "month" or not day:
        return f"{month} {year}"
    prefix = "w/c " if granularity == "week" else ""
    return f"{prefix}{day} {month} {year}"
