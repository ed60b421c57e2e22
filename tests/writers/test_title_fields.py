"""Title-block rows: short fields paired, a long one alone."""

from __future__ import annotations

import pytest

from briefwright.writers.title_fields import LONG_FIELD, field_rows

LONG = "x" * (LONG_FIELD + 1)


@pytest.mark.parametrize(
    ("fields", "rows"),
    [
        ([], []),
        ([("A", "1")], [[("A", "1")]]),
        ([("A", "1"), ("B", "2"), ("C", "3")], [[("A", "1"), ("B", "2")], [("C", "3")]]),
        ([("S", LONG), ("D", "1"), ("F", "2")], [[("S", LONG)], [("D", "1"), ("F", "2")]]),
        ([("D", "1"), ("S", LONG), ("F", "2")], [[("S", LONG)], [("D", "1"), ("F", "2")]]),
    ],
)
def test_field_rows(fields: list[tuple[str, str]], rows: list[list[tuple[str, str]]]) -> None:
    assert field_rows(fields) == rows
