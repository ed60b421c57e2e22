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
