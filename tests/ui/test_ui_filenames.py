"""File names made from titles are valid on Windows, macOS and Linux."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefwright.app.filenames import safe_filename

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Q3: Results / Outlook?", "Q3- Results - Outlook"),
        ("Niger coup: US embassy", "Niger coup- US embassy"),
        ("CON", "CON_"),
        ("nul", "nul_"),
        ("com1.txt", "com1.txt_"),
        ("LPT9", "LPT9_"),
        ("Console", "Console"),
        ("report. . .", "report"),
        ("  spaced   out  ", "spaced out"),
        ("a<b>c|d*e", "a-b-c-d-e"),
        ("", "briefing"),
        ("???", "briefing"),
        ("...", "briefing"),
        ("tab\there\nnewline", "tab here newline"),
        ("Café résumé", "Café résumé"),
    ],
)
def test_safe_filename_table(title: str, expected: str) -> None:
    assert safe_filename(title) == expected


def test_long_titles_are_cut_at_a_word_within_the_byte_limit() -> None:
    name = safe_filename("Évacuation " * 40)
    assert len(name.encode("utf-8")) <= 120
    assert name.endswith("Évacuation")


@pytest.mark.parametrize("bad", [0, 7])
def test_tiny_limits_are_rejected(bad: int) -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        safe_filename("x", max_bytes=bad)


def test_unsafe_fallback_is_rejected() -> None:
    with pytest.raises(ValueError, match="fallback"):
        safe_filename("", fallback="a/b")


@given(st.text(max_size=300))
def test_any_title_gives_a_valid_name(title: str) -> None:
    name = safe_filename(title)
    assert name
    assert not FORBIDDEN & set(name)
    assert not name.endswith((".", " "))
    assert name.split(".")[0].upper() not in RESERVED
    assert len(name.encode("utf-8")) <= 120
    name.encode("utf-8")  # no lone surrogates
