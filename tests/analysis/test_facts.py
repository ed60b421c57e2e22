"""Sentence kinds, TextRank and the default fact selection."""

from __future__ import annotations

import numpy as np
import pytest

from briefwright.analysis.ranking.selection import selection_size
from briefwright.analysis.ranking.textrank import content_words, stem, textrank
from briefwright.analysis.statements.factkinds import fact_kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Protesters gathered outside the French embassy in Niamey.", "fact"),
        ("Interestingly, the coup has sparked demonstrations against France.", "fact"),
        # A claim of what may happen ranks with assessments, an analyst's estimate too; an
        # analyst's view is commentary.
        ("The US has warned that cooperation could be suspended.", "assessment"),
        ("The bank is expected to raise rates again in July.", "assessment"),
        ("Analysts said the recession may deepen.", "assessment"),
        ("Analysts said the recession shows the limits of stimulus.", "commentary"),
        ("Talks will likely resume next week.", "assessment"),
        ("This shift in sentiment demonstrates a complex dynamic.", "commentary"),
        ("It serves as a reminder of the delicate balance of power.", "commentary"),
        ("The reactions underline the intricate web of relationships.", "commentary"),
        ("The talks were held in May.", "fact"),
    ],
)
def test_fact_kind(sentence: str, kind: str) -> None:
    assert fact_kind(sentence) == kind


@pytest.mark.parametrize(
    ("words", "size"), [(100, 5), (200, 6), (250, 7), (300, 9), (350, 10), (2000, 10)]
)
def test_selection_size(words: int, size: int) -> None:
    assert selection_size(words) == size


@pytest.mark.parametrize(
    ("word", "expected"),
    [("sanctions", "sanction"), ("evacuated", "evacuat"), ("talks", "talk"), ("bus", "bus")],
)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_content_words_drop_stopwords() -> None:
    assert content_words("The army said it had seized the town’s airport") == [
        "army",
        "seiz",
        "town",
        "airport",
    ]


def test_textrank_central_sentence_wins() -> None:
    texts = [
        "Rebels seized the airport in the capital.",
        "The rebels said the airport and the capital were under rebel control.",
        "Rebels also control the capital's main roads.",
        "Weather was mild.",
    ]
    ranks = textrank(texts)
    assert ranks.max() == pytest.approx(1.0)
    assert int(np.argmax(ranks)) == 1
    assert ranks[3] == ranks.min()


@pytest.mark.parametrize("count", [0, 1])
def test_textrank_small_inputs(count: int) -> None:
    assert len(textrank(["One sentence here."] * count)) == count
