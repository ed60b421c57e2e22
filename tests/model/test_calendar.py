"""One table of month and weekday names for every layer."""

from __future__ import annotations

import re

import pytest

from briefwright.model.calendar import MONTH_NUMBERS, month_pattern, month_short, weekday_pattern


@pytest.mark.parametrize(
    ("name", "number"),
    [("january", 1), ("sept", 9), ("sep", 9), ("september", 9), ("may", 5), ("dec", 12)],
)
def test_every_name_has_its_number(name: str, number: int) -> None:
    assert MONTH_NUMBERS[name] == number


def test_short_names() -> None:
    assert [month_short(n) for n in (1, 5, 9, 12)] == ["Jan", "May", "Sep", "Dec"]


@pytest.mark.parametrize(
    ("text", "dot", "found"),
    [("Sept. 5", True, "Sept."), ("Sept 5", False, "Sept"), ("November", False, "November"),
     ("Nov. 5", False, "Nov")],
)
def test_month_pattern_takes_the_longest_name(text: str, dot: bool, found: str) -> None:
    match = re.match(month_pattern(dot=dot), text)
    assert match is not None and match.group() == found


def test_weekday_pattern() -> None:
    assert re.fullmatch(weekday_pattern(), "Sunday")
    assert not re.fullmatch(weekday_pattern(), "Funday")
