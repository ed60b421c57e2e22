"""What a user types into the date-time group and the validity is checked before it is kept."""

from __future__ import annotations

from datetime import date

import pytest

from briefwright.draft.field_checks import dtg_problem, iso_day, validity_problem


@pytest.mark.parametrize(
    "text", ["", "  ", "121430Z NOV 23", "121430Z nov 2023", "2023-11-12 14:30"]
)
def test_a_date_time_group_or_blank_is_kept(text: str) -> None:
    assert dtg_problem(text) == ""


@pytest.mark.parametrize("text", ["yesterday noon", "321430Z NOV 23", "121430Z FOO 23", "12 Nov"])
def test_anything_else_is_refused_by_name(text: str) -> None:
    assert dtg_problem(text).startswith(f"‘{text}’ is not a date-time group: write it as")


@pytest.mark.parametrize(
    ("text", "day"),
    [("2023-11-12", date(2023, 11, 12)), (" 2024-02-29 ", date(2024, 2, 29)), ("2023-02-30", None),
     ("20231112", None), ("12 Nov 2023", None), ("", None)],
)  # fmt: skip
def test_iso_day(text: str, day: date | None) -> None:
    assert iso_day(text) == day


NOV_12 = date(2023, 11, 12)


@pytest.mark.parametrize(
    ("start", "end", "article", "problem"),
    [
        ("", "", None, ""),
        ("2023-11-12", "2023-11-19", None, ""),
        ("", "2023-11-19", NOV_12, ""),
        ("2023-11-12", "", None, ""),
        ("2023-11-19", "2023-11-19", None, ""),
        ("", "2023-11-19", None,
         "Valid until needs a Valid from: the article has no date to start from."),
        ("2023-11-20", "2023-11-19", None,
         "Valid until (2023-11-19) is before Valid from (2023-11-20)."),
        ("", "2023-11-10", NOV_12,
         "Valid until (2023-11-10) is before the article's date (2023-11-12)."),
        ("next week", "", None, "Valid from: ‘next week’ is not a day; write it as YYYY-MM-DD."),
        ("", "10 Mar", NOV_12, "Valid until: ‘10 Mar’ is not a day; write it as YYYY-MM-DD."),
    ],
)  # fmt: skip
def test_validity(start: str, end: str, article: date | None, problem: str) -> None:
    assert validity_problem(start, end, article) == problem
