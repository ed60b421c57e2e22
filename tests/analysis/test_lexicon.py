"""The lexicon: one file of word lists, read as lists, sets, tables and cue patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefwright.analysis import lexicon


def test_lists_tables_and_patterns_load() -> None:
    assert "evacuation" in lexicon.words("headings.event_nouns")
    assert lexicon.table("headings.families")["rally"] == "protests"
    assert "killed" in lexicon.groups("headings.topics")["Casualties"]
    pattern = lexicon.cue_pattern("sections.shifts_cues", start=True)
    assert pattern.match("Meanwhile, the army")
    assert not pattern.match("Meanwhiles")


def test_longer_cues_are_tried_first() -> None:
    assert lexicon.alternatives("section_roles.reaction_cues").index("called for") < (
        lexicon.alternatives("section_roles.reaction_cues").index("response")
    )


@pytest.mark.parametrize(
    ("reader", "key", "error"),
    [
        (lexicon.items, "headings.families", TypeError),
        (lexicon.groups, "headings.families", TypeError),
        (lexicon.table, "headings.event_nouns", TypeError),
        (lexicon.items, "names", TypeError),
        (lexicon.items, "headings.no_such_list", KeyError),
    ],
)
def test_wrong_shape_or_missing_key_raises(
    reader: Callable[[str], object], key: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        reader(key)
