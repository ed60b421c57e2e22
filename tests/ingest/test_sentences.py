"""Tests for the English news sentence splitter."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefwright.ingest.sentences import split_sentences
from tests.scaling import LINEAR_LIMIT, growth


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("Mr. Smith went to Washington. He left.", ["Mr. Smith went to Washington.", "He left."]),
        ("Mrs. Jones and Dr. Patel met.", ["Mrs. Jones and Dr. Patel met."]),
        (
            "Gen. Tchiani spoke. Lt. Col. Musa agreed.",
            ["Gen. Tchiani spoke.", "Lt. Col. Musa agreed."],
        ),
        (
            "Sen. Warren and Rep. Cole met Gov. Hochul.",
            ["Sen. Warren and Rep. Cole met Gov. Hochul."],
        ),
        ("Pres. Bazoum was held. He is safe.", ["Pres. Bazoum was held.", "He is safe."]),
        ("They met at St. Paul's. It rained.", ["They met at St. Paul's.", "It rained."]),
        ("The U.S. Embassy closed. Staff left.", ["The U.S. Embassy closed.", "Staff left."]),
        (
            "Troops left the U.S. The move was sudden.",
            ["Troops left the U.S.", "The move was sudden."],
        ),
        (
            "The U.K. and the U.N. agreed. Talks end.",
            ["The U.K. and the U.N. agreed.", "Talks end."],
        ),
        (
            "Some, e.g. France, refused. Others, i.e. Italy, paid.",
            ["Some, e.g. France, refused.", "Others, i.e. Italy, paid."],
        ),
        (
            "It began on Jan. 5 and ended Dec. 12. Nobody came.",
            ["It began on Jan. 5 and ended Dec. 12.", "Nobody came."],
        ),
        (
            "He lives at No. 10 Downing St. near here.",
            ["He lives at No. 10 Downing St. near here."],
        ),
        ("It was France vs. Italy. Italy won.", ["It was France vs. Italy.", "Italy won."]),
        (
            "Acme Inc. said profits rose. Shares fell.",
            ["Acme Inc. said profits rose.", "Shares fell."],
        ),
        ("He sold Acme Ltd. The buyer paid cash.", ["He sold Acme Ltd.", "The buyer paid cash."]),
        ("Acme Co. and Beta Corp. merged.", ["Acme Co. and Beta Corp. merged."]),
        ("J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),
        (
            "Growth was 3.5 per cent. Prices rose 0.25.",
            ["Growth was 3.5 per cent.", "Prices rose 0.25."],
        ),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
        ("(He left.) She stayed.", ["(He left.)", "She stayed."]),
        ('"Why?" she asked. "Because," he said.', ['"Why?" she asked.', '"Because," he said.']),
        ("Stop! Who goes there? Friends.", ["Stop!", "Who goes there?", "Friends."]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("He paused... and went on.", ["He paused... and went on."]),
        ("Wait… What now?", ["Wait…", "What now?"]),
        ("It ended in 2023. The war went on.", ["It ended in 2023.", "The war went on."]),
        (
            "At 10 a.m. Monday they met. It ended at 5 p.m. The next day was calm.",
            ["At 10 a.m. Monday they met.", "It ended at 5 p.m.", "The next day was calm."],
        ),
        ("no terminator at the end", ["no terminator at the end"]),
        ("  Leading and trailing space.  ", ["Leading and trailing space."]),
        ("First block\n\nSecond block", ["First block", "Second block"]),
        ("", []),
        ("   \n\n  ", []),
        ("...", ["..."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["a. b. c.", "  x  .  y  ", ". . .", "A.B.C. D", '"." "." ', "word" * 1000, "\n.\n.\n"],
)
def test_spans_are_trimmed_and_never_empty(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        piece = text[span.start : span.end]
        assert piece and piece == piece.strip()
        assert span.start >= previous_end
        previous_end = span.end
    assert split_sentences(text) == spans


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "a." * 500_000,
        "word. " * 200_000,
        "Mr. " * 200_000,
        ("." * 1000 + " ") * 1000,
    ],
)
def test_linear_on_large_input(text: str) -> None:
    tenth = text[: len(text) // 10]
    assert growth(lambda: split_sentences(text), lambda: split_sentences(tenth)) < LINEAR_LIMIT


@given(
    st.lists(
        st.sampled_from(
            [
                "Mr.",
                "U.S.",
                "word",
                "The",
                "end.",
                "?",
                "!",
                "...",
                '"',
                "”",
                ")",
                "3.5",
                "\n",
                "\n\n",
                " ",
                "  ",
                "e.g.",
                "No.",
                "10",
                "J.",
                "a",
                "é",
                "…",
                "\u00a0",
            ]
        ),
        max_size=40,
    ).map(" ".join)
)
def test_spans_cover_all_text_in_order(text: str) -> None:
    spans = split_sentences(text)
    covered = "".join(text[s.start : s.end] for s in spans)
    assert "".join(covered.split()) == "".join(text.split())
    assert all(
        text[s.start : s.end] and not text[s.start].isspace() and not text[s.end - 1].isspace()
        for s in spans
    )
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
