"""Date phrases are found and resolved against the article date."""

from __future__ import annotations

from datetime import date

import pytest

from briefwright.analysis.dates.finding import find_dates
from briefwright.analysis.dates.resolve import nearest_year, weekday_date

BASE = date(2023, 11, 12)  # a Sunday


@pytest.mark.parametrize(
    ("text", "phrase", "value", "granularity"),
    [
        ("in the wake of last week’s coup", "last week", "2023-11-06", "week"),
        ("troops moved on Friday", "Friday", "2023-11-10", "day"),
        ("talks began last Sunday", "last Sunday", "2023-11-05", "day"),
        ("a vote next Tuesday", "next Tuesday", "2023-11-14", "day"),
        ("he said yesterday", "yesterday", "2023-11-11", "day"),
        ("the ministry said today", "today", "2023-11-12", "day"),
        ("prices rose earlier this month", "earlier this month", "2023-11", "month"),
        ("growth slowed last month", "last month", "2023-10", "month"),
        ("output fell last year", "last year", "2022", "year"),
        ("the vote on 3 March 2024 was", "3 March 2024", "2024-03-03", "day"),
        ("signed on November 9, 2023 in", "November 9, 2023", "2023-11-09", "day"),
        ("on 2 November the army", "2 November", "2023-11-02", "day"),
        ("elections in December", "December", "2023-12", "month"),
        ("a strike in March", "March", "2023-03", "month"),
        ("inflation in May", "May", "2023-05", "month"),
        ("by mid-January", "mid-January", "2024-01", "month"),
        ("in November 2022 it", "November 2022", "2022-11", "month"),
        ("founded in 1960.", "1960", "1960", "year"),
        ("since 2016 the", "since 2016", "2016/2023-11-12", "period"),
        ("early 2022 saw", "early 2022", "2022", "year"),
        ("the 1990s were", "1990s", "1990", "decade"),
        ("two years ago", "two years ago", "2021", "year"),
        ("three days ago", "three days ago", "2023-11-09", "day"),
        ("published 2023-11-12 here", "2023-11-12", "2023-11-12", "day"),
    ],
)
def test_find_and_resolve(text: str, phrase: str, value: str, granularity: str) -> None:
    [ref] = find_dates(text, 3, BASE)
    assert (ref.text, ref.value, ref.granularity, ref.paragraph) == (phrase, value, granularity, 3)
    assert text[ref.start : ref.end] == phrase


@pytest.mark.parametrize(
    "text",
    ["2,000 people fled", "1500 troops arrived", "Theresa May said", "they may leave", "$2023"],
)
def test_no_false_dates(text: str) -> None:
    assert find_dates(text, 1, BASE) == []


def test_without_article_date_relative_is_unknown() -> None:
    [ref] = find_dates("on Friday", 1, None)
    assert (ref.value, ref.granularity) == (None, "unknown")
    [absolute] = find_dates("on 3 March 2024", 1, None)
    assert absolute.value == "2024-03-03"


@pytest.mark.parametrize(
    ("weekday", "modifier", "expected"),
    [(6, "", date(2023, 11, 12)), (6, "last", date(2023, 11, 5)), (0, "next", date(2023, 11, 13))],
)
def test_weekday_date(weekday: int, modifier: str, expected: date) -> None:
    assert weekday_date(weekday, BASE, modifier) == expected


@pytest.mark.parametrize(("month", "year"), [(1, 2024), (3, 2023), (11, 2023), (12, 2023)])
def test_nearest_year(month: int, year: int) -> None:
    assert nearest_year(month, None, BASE) == year


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("on Friday", "day"),
        ("last week", "week"),
        ("in March", "month"),
        ("since March", "period"),
        ("two years ago", "year"),
        ("on 29 February", "day"),
    ],
)
def test_what_a_phrase_names_is_known_without_article_date(text: str, unit: str) -> None:
    [undated] = find_dates(text, 1, None)
    [dated] = find_dates(text, 1, BASE)
    assert (undated.value, undated.granularity, undated.unit) == (None, "unknown", unit)
    assert dated.unit == unit


# Phrases met in public news (TimeBank, AQUAINT): bench/quality_dates_public.py.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare year that dates a noun, after a determiner, a possessive or "for".
        ("in his unsuccessful campaign of the 1996 race", "1996", "1996"),
        ("a 1971 convention gives Libya the right", "1971", "1971"),
        ("the company's 1989 operating results", "1989", "1989"),
        ("expectations for 1989 were not met", "1989", "1989"),
        ("bonds due 1993 and warrants", "1993", "1993"),
        ("a post-1959 law", "1959", "1959"),
        # A month with "this", "last" or "next year", or alone after its cue.
        ("In January this year, officers searched", "January this year", "2023-01"),
        ("But in June last year, the leaders split", "June last year", "2022-06"),
        ("with the election due this September", "this September", "2023-09"),
        ("Last April, the group bid for the studio", "Last April", "2023-04"),
        ("revolving loans through January, as well as", "January", "2024-01"),
        ("gathered evidence in the October slaying", "October", "2023-10"),
        # A possessive names what has happened: last December's figures.
        ("a revision to December's figures", "December", "2022-12"),
        ("shot to death last Nov. 23 at his home", "last Nov. 23", "2022-11-23"),
        # Counted from the article date.
        ("A year ago, sales were flat", "A year ago", "2022"),
        ("up from 4 pence a year earlier", "a year earlier", "2022"),
        ("compared with the year-ago quarter", "year-ago", "2022"),
        ("sales in the current year", "the current year", "2023"),
        ("to complete the deal by year-end", "year-end", "2023-12-31"),
        ("the index has fallen since year-end", "since year-end", "2022-12-31/2023-11-12"),
    ],
)
def test_news_phrases(text: str, phrase: str, value: str) -> None:
    [ref] = [r for r in find_dates(text, 1, BASE) if r.text == phrase]
    assert ref.value == value


@pytest.mark.parametrize(
    "text",
    [
        "the 2,000 troops",
        "he voted for May in the leadership race",
        "the May government fell",
        "a 2000-tonne ship",
        "a year earlier than planned",
    ],
)
def test_news_phrases_that_are_no_dates(text: str) -> None:
    assert [r.text for r in find_dates(text, 1, BASE) if r.value is not None] == []
