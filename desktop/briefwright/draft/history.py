"""What a sentence tells of the past rather than of the news: an earlier year, "years ago",
"similar attacks"."""

from __future__ import annotations

import re

from briefwright.analysis.ranking.news import is_background
from briefwright.model.article import Article
from briefwright.model.calendar import month_pattern, weekday_pattern

# What tells an action of the past, not of this event ("have carried out similar attacks").
HISTORY = re.compile(
    r"\b(?:similar|previous(?:ly)?|in the past|repeatedly|in recent years|for decades|"
    r"(?:several|many|multiple|numerous) times)\b"
)
# A year as a date: after a preposition or a month ("in 2003", "in June of 2014", "on March
# 3, 2012"), not a count ("2000 troops").
_YEAR = re.compile(
    r"(?:\b(?:in|of|since|during|until|by|from|early|late|mid-)\s*(?:[A-Z][a-z]+\s+)?"
    rf"|{month_pattern()}\s+(?:\d{{1,2}},?\s+)?(?:of\s+)?)((?:19|20)\d\d)\b"
    # Or naming an event of that year: "the 2018 Camp Fire", "the 2014 World Cup"; not a
    # law or a pact named for the year it was made ("the 2008 Information Technology Act").
    r"|\bthe\s+((?:19|20)\d\d)\s+(?=[A-Z])"
    r"(?!(?:[A-Z][\w-]*\s+){0,4}(?:Act|Law|Treaty|Accord|Agreement|Convention|Constitution|"
    r"Protocol|Charter|Code|Deal)\b)"
)
# A day of this year: a weekday, or a month with no year after it ("filed the case in
# February, arguing that the first dam, completed in 2016, …").
_THIS_YEAR = re.compile(
    rf"\b{weekday_pattern()}\b|\b{month_pattern()}\b(?!\s+(?:\d{{1,2}},?\s+)?(?:of\s+)?(?:19|20)\d\d)"
)
_AGO = re.compile(r"\b(?:\w+|\d+) years? ago\b|\blast year\b", re.IGNORECASE)


def latest_year(article: Article) -> int:
    """Return the latest year the article is of: the latest of its date's year (given or
    inferred) and the years its text names as dates; 0 when neither is known."""
    years = [int(y) for p in article.paragraphs for y in _years(p.text)]
    if article.date is not None:
        # A year inferred for a wire dateline without one counts too: the story is of
        # August 2026, not of the 2018 fire it recalls.
        years.append(article.date.year)
    return max(years, default=0)


def _years(text: str) -> list[str]:
    """Return the years ``text`` names as dates."""
    return [a or b for a, b in _YEAR.findall(text)]


def tells_history(text: str, latest: int) -> bool:
    """Return whether a sentence tells what happened before the news: background (see
    :func:`briefwright.analysis.ranking.news.is_background`), "years ago", or dates only in
    years before ``latest`` ("The ACLU sued … in 2003"), with no day of this year beside
    them ("filed the case in February, arguing that the dam, completed in 2016, …")."""
    if is_background(text) or _AGO.search(text):
        return True
    years = [int(y) for y in _years(text)]
    earlier = bool(years) and latest > 0 and max(years) < latest
    return earlier and not _THIS_YEAR.search(text)
