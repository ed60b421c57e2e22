"""Date phrases are found and resolved against the article date."""

from __future__ import annotations

from datetime import date

import pytest

from briefwright.analysis.dateresolve import nearest_year, weekday_date
from briefwright.analysis.dates import find_dates

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
