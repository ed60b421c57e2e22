"""Date phrases as written ("last Friday", "12 November", "the third quarter"): finding them
in a text and resolving each against an article date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from briefwright.analysis.dates.phrase_context import period_in_context, year_in_context
from briefwright.analysis.dates.resolve import (
    WEEKDAYS,
    Resolved,
    ago,
    month_number,
    relative_unit,
    weekday_date,
    year_for,
)
from briefwright.analysis.dates.tense import Tense
from briefwright.model.analysis import Granularity
from briefwright.model.calendar import month_pattern, weekday_pattern

_MONTH = month_pattern(dot=True)
_WEEKDAY = weekday_pattern()
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
# "May" is also a name and a verb: the cues that could precede either leave it out.
_MONTH_NOT_MAY = "(?!May\\b)" + _MONTH

Handler = Callable[["re.Match[str]", date | None, Tense], Resolved]


def _day_month_year(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "12 November 2023" / "November 12, 2023"."""
    day = int(re.sub(r"\D", "", m["d"]))
    try:
        return date(int(m["y"]), month_number(m["m"]), day).isoformat(), "day"
    except ValueError:
        return None, "unknown"


def _day_month(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "12 November" / "November 12" / "last Oct. 23" in the year the tense gives."""
    if base is None:
        return None, "unknown"
    mod = (m["mod"] or "").lower()
    if mod == "last":
        when = "past"
    elif mod == "next":
        when = "future"
    month, day = month_number(m["m"]), int(re.sub(r"\D", "", m["d"]))
    try:
        year = year_for(month, day, base, when, strict=bool(mod))
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, "unknown"


def _month_year(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "November 2023" / "early March 2022"."""
    return f"{int(m['y']):04d}-{month_number(m['m']):02d}", "month"


def _month_of_year(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "January this year" / "June last year" / "March next year"."""
    if base is None:
        return None, "unknown"
    year = base.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return f"{year:04d}-{month_number(m['m']):02d}", "month"


def _year_ago(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "year-ago" / "year-earlier" ("the year-ago quarter"): the year before."""
    if base is None:
        return None, "unknown"
    return f"{base.year - 1:04d}", "year"


def _year_end(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "year-end", "the end of the year", "year's end": 31 December of the year the
    tense gives (the coming one in a future clause, the one gone in a past clause)."""
    if base is None:
        return None, "unknown"
    return f"{year_for(12, 31, base, when):04d}-12-31", "day"


def _month(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "in March" / "last March" / "mid-January" in the nearest year."""
    if base is None:
        return None, "unknown"
    month = month_number(m["m"])
    mod = (m["mod"] or "").lower()
    year = base.year if mod == "this" else year_for(month, None, base, when)
    if mod == "last" and (year, month) >= (base.year, base.month):
        year -= 1
    elif mod == "next" and (year, month) <= (base.year, base.month):
        year += 1
    return f"{year:04d}-{month:02d}", "month"


def _weekday(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "Friday" / "last Friday" / "next Friday"."""
    if base is None:
        return None, "unknown"
    mod = (m["mod"] or "").lower().replace("this coming", "coming")
    return weekday_date(WEEKDAYS[m["w"].lower()], base, mod, when).isoformat(), "day"


def _relative_day(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "yesterday", "today", "tonight", "tomorrow"."""
    if base is None:
        return None, "unknown"
    word = m.group().lower()
    delta = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return (base + timedelta(days=delta)).isoformat(), "day"


def _relative(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "last week", "earlier this month", "next year" …"""
    if base is None:
        return None, "unknown"
    return relative_unit(m["mod"].lower().split()[-1], m["u"].lower(), base)


def _ago(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "three days ago", "a year ago"."""
    if base is None:
        return None, "unknown"
    raw = m["n"].lower()
    amount = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    return ago(amount, m["u"].lower(), base)


def _iso(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "2023-11-12"."""
    try:
        return date.fromisoformat(m.group()).isoformat(), "day"
    except ValueError:
        return None, "unknown"


def _year(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "2023" / "early 2022"."""
    return m["y"], "year"


def _decade(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "the 1990s"."""
    return m["y"], "decade"


def _part_of_year(m: re.Match[str], base: date | None, when: Tense = "") -> Resolved:
    """Resolve "the first half (of 2025 | of next year)", "the third quarter", "Q3 2025"."""
    order = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4}  # fmt: skip
    if m["q"] or m["h"]:
        size, index = (3, int(m["q"])) if m["q"] else (6, int(m["h"]))
    else:
        size, index = (6 if m["unit"].lower() == "half" else 3), order[m["ord"].lower()]
    if index * size > 12:
        return None, "unknown"
    first, last = (index - 1) * size + 1, index * size
    if m["y"] or m["y2"]:
        year = int(m["y"] or m["y2"])
    elif m["rel"]:
        if base is None:
            return None, "unknown"
        year = base.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    else:
        if base is None:
            return None, "unknown"
        year = base.year
        if when == "future" and (year, last) < (base.year, base.month):
            year += 1
        elif when == "past" and (year, first) > (base.year, base.month):
            year -= 1
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", "period"


# Words of economic reporting, where "the first half" is half of a year.
_PART_OF_YEAR = re.compile(
    rf"\b(?:the )?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th) (?P<unit>half|quarter)"
    rf"(?: of (?:(?P<y>{_YEAR})|(?P<rel>this|next|last|the) year))?\b"
    rf"|\b(?:Q(?P<q>[1-4])|H(?P<h>[12]))(?: (?P<y2>{_YEAR}))?\b"
)
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
    (
        re.compile(
            rf"\b(?:(?P<mod>[Ll]ast|[Nn]ext) )?(?:{_WEEKDAY},? )?(?P<d>{_DAY}) (?P<m>{_MONTH})"
            rf"{_END}"
        ),
        _day_month,
    ),
    (
        re.compile(
            rf"\b(?:(?P<mod>[Ll]ast|[Nn]ext) )?(?:{_WEEKDAY},? )?(?P<m>{_MONTH}) (?P<d>{_DAY})"
            rf"{_END}"
        ),
        _day_month,
    ),
    (
        re.compile(rf"\b(?P<m>{_MONTH}) (?:of )?(?P<rel>this|last|next) year\b"),
        _month_of_year,
    ),
    (
        re.compile(r"\b(?:(?:the )?end of the year|year[- ]end|year['’]s end)\b", re.IGNORECASE),
        _year_end,
    ),
    # The period a report compares with, a year before its own: "the year-ago quarter".
    (re.compile(r"\b[Yy]ear-(?:ago|earlier)\b"), _year_ago),
    (
        re.compile(
            rf"\b(?:(?:early|late|mid|mid-|end of|the end of) )?(?P<m>{_MONTH}) (?P<y>{_YEAR})\b"
        ),
        _month_year,
    ),
    (
        re.compile(
            rf"\b(?P<mod>(?i:early|late|mid-|last|next|this))[ -]?(?P<m>{_MONTH}){_END}"
            rf"|\b(?:in|In|since|by|until|from|during|before|after|of) (?P<m2>{_MONTH}){_END}"
        ),
        _month,
    ),
    # A month named alone: after "for", "through", "to" …, before a noun it dates ("the
    # October slaying", "a June agreement"), or possessive ("December's figures").
    (
        re.compile(
            rf"\b(?:for|through|throughout|till|to) (?P<m2>{_MONTH_NOT_MAY}){_END}"
            rf"|\b(?i:the|a|an|that) (?P<m3>{_MONTH_NOT_MAY})(?= [a-z])"
            rf"|\b(?P<m4>{_MONTH_NOT_MAY})(?=['’]s\b)"
        ),
        _month,
    ),
    (
        re.compile(
            rf"\b(?:(?P<mod>(?i:last|next|this coming|this)) )?(?P<w>{_WEEKDAY})\b"
        ),
        _weekday,
    ),
    (re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b"), _relative_day),
    (
        re.compile(
            r"\b(?P<mod>[Ee]arlier this|[Ll]ater this|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|"
            r"(?:the )?(?:previous|following|coming|current))[ ](?P<u>week|weekend|month|year)\b"
        ),
        _relative,
    ),
    (
        re.compile(
            r"\b(?P<n>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve)) (?P<u>days?|weeks?|months?|years?) ago\b"
        ),
        _ago,
    ),
    # "a year earlier" is told from a time the text has named; in news that is mostly within
    # the article's year, so it is taken from the article date, and only to the year.
    (
        re.compile(
            r"\b(?P<n>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten)) "
            r"(?P<u>years?) earlier\b(?! than)"
        ),
        _ago,
    ),
    (re.compile(r"\b(?P<y>1[89]\d0|20\d0)s\b"), _decade),
    (_PART_OF_YEAR, _part_of_year),
    (re.compile(rf"\b(?:(?:early|late|mid-)\s?)?(?P<y>{_YEAR}){_END}"), _year),
)
def _month_from_name(name: str, base: date | None, when: Tense = "") -> Resolved:
    """Return the month ``name`` in the year the clause's tense points to (else the nearest)."""
    if base is None:
        return None, "unknown"
    month = month_number(name)
    return f"{year_for(month, None, base, when):04d}-{month:02d}", "month"


# Any article date gives a phrase the granularity it has once resolved; 2000 is a leap year,
# so that "29 February" is a day too.
_ANY_BASE = date(2000, 6, 15)


@dataclass(frozen=True, eq=False)
class Phrase:
    """A date phrase found in a text: characters ``[start, end)`` and the pattern it matched."""

    start: int
    end: int
    match: re.Match[str]
    handler: Handler

    def resolve(self, base: date | None, tense: Tense = "") -> Resolved:
        """Return the phrase's ISO value and granularity against the article date ``base``
        in a clause of ``tense`` ((None, "unknown") when it needs a date and ``base`` is
        None, or names no real day)."""
        named = _named_month(self.match)
        if named is not None:
            return _month_from_name(named[0], base, tense)
        return self.handler(self.match, base, tense)

    @property
    def unit(self) -> Granularity:
        """Return the granularity the phrase has once resolved, whatever the article date
        ("day" for "on Friday", "week" for "last week")."""
        return self.resolve(_ANY_BASE)[1]


def _named_month(m: re.Match[str]) -> tuple[str, int] | None:
    """Return a month named alone after its cue ("in March", "the October slaying") and where
    it starts; None for the other phrases."""
    for group in ("m2", "m3", "m4"):
        if group in m.re.groupindex and m[group] is not None:
            return m[group], m.start(group)
    return None


def scan(text: str) -> list[Phrase]:
    """Return the date phrases of ``text`` in text order, none inside another.

    Longer phrases win over the shorter ones inside them; a bare four-digit number counts as
    a year only after a cue such as "in", "since" or "early", or before punctuation; "the
    first half" only with its year or in a sentence about money. Raises nothing.
    """
    found: list[Phrase] = []
    for pattern, handler in _PATTERNS:
        for m in pattern.finditer(text):
            named = _named_month(m)
            start = named[1] if named is not None else m.start()
            if handler is _year and not year_in_context(text, m):
                continue
            if handler is _part_of_year and not period_in_context(text, m):
                continue
            found.append(Phrase(start, m.end(), m, handler))
    chosen: list[Phrase] = []
    for item in sorted(found, key=lambda p: (p.start - p.end, p.start)):
        if all(item.end <= c.start or item.start >= c.end for c in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda p: p.start)
