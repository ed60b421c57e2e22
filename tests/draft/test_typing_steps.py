"""Typing in a text field is undone a word at a time."""

from __future__ import annotations

import pytest

from briefwright.draft.typing_steps import starts_new_step


@pytest.mark.parametrize(
    ("before", "after", "new_step"),
    [
        ("Hello", "Hello ", True),
        ("Hello", "Hello,", True),
        ("Hello,", "Hello, ", False),
        ("Hello ", "Hello w", False),
        ("Hell", "Hello", False),
        ("", " ", False),
        ("", "H", False),
        (" ", "  ", False),
        ("Hello world", "Hello world.", True),
        ("Hello", "Hell", False),
        ("Hello world", "Hello, world", True),  # a comma typed after the first word
        ("ab", "ab cd", True),  # pasted text that starts with a space
    ],
)
def test_a_space_or_mark_after_a_word_starts_a_step(
    before: str, after: str, new_step: bool
) -> None:
    assert starts_new_step(before, after) is new_step


def test_typing_a_sentence_makes_one_step_per_word() -> None:
    text, steps = "", 0
    for char in "Troops withdrew, officials said.":
        steps += starts_new_step(text, text + char)
        text += char
    # "Troops", " withdrew", ", officials", " said", "."
    assert steps + 1 == 5
