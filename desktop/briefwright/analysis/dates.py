"""Finding date phrases in a paragraph and resolving them to ISO values."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from briefwright.analysis.dateresolve import (
    WEEKDAYS,
    Resolved,
    ago,
    month_number,
    nearest_year,
    relative_unit,
    weekday_date,
)
from briefwright.model.analysis import DateRef

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_END = r"(?![\w%-])"

Handler = Callable[["re.Match[str]", date | None], Resolved]


def _day_month_year(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "12 November 2023" / "November 12, 2023"."""
    day = int(re.sub(r"\D", "", m["d"]))
    try:
        return date(int(m["y"]), month_number(m["m"]), day).isoformat(), "day"
    except ValueError:
        return None, "unknown"


def _day_month(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "12 November" / "November 12" in the year nearest the article date."""
    if base is None:
        return None, "unknown"
    month, day = month_number(m["m"]), int(re.sub(r"\D", "", m["d"]))
    try:
        return date(nearest_year(month, day, base), month, day).isoformat(), "day"
    except ValueError:
        return None, "unknown"


def _month_year(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "November 2023" / "early March 2022"."""
    return f"{int(m['y']):04d}-{month_number(m['m']):02d}", "month"


def _month(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "in March" / "last March" / "mid-January" in the nearest year."""
    if base is None:
        return None, "unknown"
    month = month_number(m["m"])
    mod = (m["mod"] or "").lower()
    year = nearest_year(month, None, base)
    if mod == "last" and (year, month) >= (base.year, base.month):
        year -= 1
    elif mod == "next" and (year, month) <= (base.year, base.month):
        year += 1
    return f"{year:04d}-{month:02d}", "month"


def _weekday(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "Friday" / "last Friday" / "next Friday"."""
    if base is None:
        return None, "unknown"
    mod = (m["mod"] or "").lower().replace("this coming", "coming")
    return weekday_date(WEEKDAYS[m["w"].lower()], base, mod).isoformat(), "day"


def _relative_day(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "yesterday", "today", "tonight", "tomorrow"."""
    if base is None:
        return None, "unknown"
    word = m.group().lower()
    delta = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return (base + timedelta(days=delta)).isoformat(), "day"


def _relative(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "last week", "earlier this month", "next year" …"""
    if base is None:
        return None, "unknown"
    return relative_unit(m["mod"].lower().split()[-1], m["u"].lower(), base)


def _ago(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "three days ago", "a year ago"."""
    if base is None:
        return None, "unknown"
    raw = m["n"].lower()
    amount = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    return ago(amount, m["u"].lower(), base)


def _iso(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "2023-11-12"."""
    try:
        return date.fromisoformat(m.group()).isoformat(), "day"
    except ValueError:
        return None, "unknown"


def _year(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "2023" / "early 2022"."""
    return m["y"], "year"


def _decade(m: re.Match[str], base: date | None) -> Resolved:
    """Resolve "the 1990s"."""
    return m["y"], "decade"


_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), _iso),
    (
        re.compile(
            rf"\b(?:{_WEEKDAY},? )?(?P<d>{_DAY}) (?:of )?(?P<m>{_MONTH}),? (?P<y>{_YEAR}){_END}"
        ),
        _day_month_year,
    ),
    (
        re.compile(rf"\b(?:{_WEEKDAY},? )?(?P<m>{_MONTH}) (?P<d>{_DAY}),? (?P<y>{_YEAR}){_END}"),
        _day_month_year,
    ),
    (re.compile(rf"\b(?:{_WEEKDAY},? )?(?P<d>{_DAY}) (?P<m>{_MONTH}){_END}"), _day_month),
    (re.compile(rf"\b(?:{_WEEKDAY},? )?(?P<m>{_MONTH}) (?P<d>{_DAY}){_END}"), _day_month),
    (
        re.compile(
            rf"\b(?:(?:early|late|mid|mid-|end of|the end of) )?(?P<m>{_MONTH}) (?P<y>{_YEAR})\b"
        ),
        _month_year,
    ),
    (
        re.compile(
            rf"\b(?P<mod>early|late|mid-|last|next|this)[ -]?(?P<m>{_MONTH}){_END}"
            rf"|\b(?:in|In|since|by|until|from|during|before|after|of) (?P<m2>{_MONTH}){_END}"
        ),
        _month,
    ),
    (
        re.compile(rf"\b(?:(?P<mod>last|next|this coming|this) )?(?P<w>{_WEEKDAY})\b"),
        _weekday,
    ),
    (re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b"), _relative_day),
    (
        re.compile(
            r"\b(?P<mod>[Ee]arlier this|[Ll]ater this|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|"
            r"(?:the )?(?:previous|following|coming))[ ](?P<u>week|weekend|month|year)\b"
        ),
        _relative,
    ),
    (
        re.compile(
            r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve) (?P<u>days?|weeks?|months?|years?) ago\b"
        ),
        _ago,
    ),
    (re.compile(r"\b(?P<y>1[89]\d0|20\d0)s\b"), _decade),
    (re.compile(rf"\b(?:(?:early|late|mid-)\s?)?(?P<y>{_YEAR}){_END}"), _year),
)
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|from|of|before|after|during|between|and|to|through|early|late|"
    r"mid|end|start|fiscal|year)[ -]|[(,] ?)$",
    re.IGNORECASE,
)


def find_dates(text: str, paragraph: int, base: date | None) -> list[DateRef]:
    """Return the date phrases of ``text`` (paragraph ``paragraph``) resolved against ``base``.

    Longer phrases win over the shorter ones inside them; a bare four-digit number counts as
    a year only after a cue such as "in", "since" or "early", or before punctuation.
    Raises nothing.
    """
    spans: list[tuple[int, int, Resolved]] = []
    for pattern, handler in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if handler is _month and m["m"] is None:
                value = _month_from_name(m["m2"], base)
                start = m.start("m2")
            elif handler is _year and not _year_in_context(text, m):
                continue
            else:
                value = handler(m, base)
            spans.append((start, end, value))
    chosen: list[tuple[int, int, Resolved]] = []
    for start, end, value in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= a or start >= b for a, b, _ in chosen):
            chosen.append((start, end, value))
    return [
        DateRef(text[a:b], paragraph, a, b, value[0], value[1])
        for a, b, value in sorted(chosen, key=lambda s: s[0])
    ]


def _month_from_name(name: str, base: date | None) -> Resolved:
    """Return the month ``name`` in the year nearest ``base``."""
    if base is None:
        return None, "unknown"
    month = month_number(name)
    return f"{nearest_year(month, None, base):04d}-{month:02d}", "month"


def _year_in_context(text: str, m: re.Match[str]) -> bool:
    """Return whether the bare year ``m`` is used as a year, not as a count."""
    if m.start() != m.start("y"):
        return True
    before = text[max(0, m.start() - 12) : m.start()]
    after = text[m.end() : m.end() + 2]
    if before.endswith(("$", "£", "€")):
        return False
    return bool(_YEAR_CONTEXT.search(before)) or after[:1] in ("", ".", ",", ";", ")", ":")
