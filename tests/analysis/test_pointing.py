"""Which sentences point back to one before them, and so are not ticked or printed alone."""

from __future__ import annotations

import numpy as np
import pytest

from briefwright.analysis.ranking.selection import introduced_in, select
from briefwright.analysis.statements.factkinds import Statement
from briefwright.analysis.statements.pointing import points_back


@pytest.mark.parametrize(
    ("text", "back"),
    [
        # A pronoun with its verb run on.
        ("They'd been studying in Khartoum, Sudan.", True),
        ("It's not clear whether he will run again.", False),
        # Later than what the sentence before told.
        ("Nearly two hours later, according to the agency, power was restored.", True),
        ("Two years later the company collapsed.", True),
        ("The militants subsequently executed 40 soldiers.", True),
        # Instead of what, this time or until when, others than whom: what came before.
        ("Instead, Kassick fled.", True),
        ("In fact, the city collected more fines than any other.", True),
        ("Then, officers searched the flat and found a cartridge.", True),
        ("That's why the agency has been testing a vaccine.", True),
        ("This time, the plane did get on the ground.", True),
        ("Until then, all international flights have been called off.", True),
        ("Others have been prevented from going there.", True),
        ("One was in a video entitled \"Flames of War.\"", True),
        ("One hundred people were evacuated on Monday.", False),
        # "Such" takes up what was just described.
        ("Such cases are rarely brought to court.", True),
        ("Later, police arrested the driver in Leeds.", False),
        ("The minister resigned on Monday.", False),
    ],
)
def test_points_back(text: str, back: bool) -> None:
    assert points_back(text) is back


def test_the_rest_of_a_quotation_is_ticked_only_right_after_its_opening() -> None:
    texts = [
        "The mayor said two employees were on leave pending an inquiry.",
        '"Officials found explicit bias by three employees of the police department.',
        'Let me be clear: this will not be tolerated in any department," he told reporters.',
    ]
    chosen = select(
        texts,
        [1, 2, 3],
        [[], [], []],
        ["fact", "fact", "fact"],
        [Statement("claim"), Statement("quote"), Statement("quote")],
        np.array([1.0, 0.1, 0.9]),
        2,
        low=2,
    )
    assert 2 not in chosen or 1 in chosen


def test_a_sentence_inside_a_quotation_without_marks_is_ticked_only_after_its_opening() -> None:
    texts = [
        "Her mother said she called right after the shooting.",
        '"She was in such shock she could not say anything else.',
        "Just, 'Mum, Boris is killed, and he is lying next to me.'",
    ]
    args = (
        texts,
        [1, 2, 3],
        [[], [], []],
        ["fact", "fact", "fact"],
        [Statement("claim"), Statement("quote"), Statement("fact")],
        np.array([1.0, 0.1, 0.9]),
        2,
    )
    assert 2 in select(*args, low=2)  # nothing says it is a quotation's rest
    inside = select(*args, low=2, quoted={2})
    assert 2 not in inside or 1 in inside  # alone it would read as the briefing's words


def test_a_definite_description_brings_the_sentence_that_introduced_it() -> None:
    texts = [
        "A gunman opened fire at a hotel in the capital on Friday, police said.",
        "Several attackers stormed the lobby before dawn, witnesses said.",
        "The attackers killed at least six people and wounded eleven, the mayor said.",
        "Schools in the city will stay shut until Monday, the ministry announced.",
    ]
    args = (
        texts,
        [1, 2, 3, 4],
        [[], [], [], []],
        ["fact", "fact", "fact", "fact"],
        [Statement("claim")] * 4,
        np.array([1.0, 0.05, 0.9, 0.8]),
    )
    chosen = select(*args, 2, low=2)
    assert 2 in chosen
    assert 1 in chosen  # the attackers were introduced there, though scored low
    texts[2] = "Gunmen killed at least six people and wounded eleven, the mayor said."
    assert 1 not in select(*args, 2, low=2)
    assert introduced_in(2, texts, {0, 1}) is None  # printed already before it
    assert introduced_in(3, texts, {0}) is None  # "The city …" names nothing said before


def test_a_sentence_that_points_back_is_ticked_with_the_one_before_it() -> None:
    texts = [
        "Floods closed the main highway north of the capital on Monday, officials said.",
        "Nobody could remember a wetter week, one resident suggested.",
        "A man was arrested Tuesday after a shooting at a petrol station in the city.",
        "He is charged with attempted murder and was denied bail by a judge.",
        "Schools reopened across the region after a week of heavy rain.",
    ]
    args = (
        texts,
        [1, 2, 3, 4, 5],
        [[]] * 5,
        ["fact", "commentary", "fact", "fact", "fact"],
        [Statement("claim")] * 5,
        np.array([1.0, 0.5, 0.01, 0.9, 0.5]),
    )
    assert {2, 3} <= select(*args, 3, low=3)  # the charge, with whom it charges
    assert 3 not in select(*args, 1, low=1)  # no room for both: never the charge alone
    texts[2] = "It was the second shooting in the city this month."
    assert 3 not in select(*args, 3, low=3)  # what it points to does not read alone
