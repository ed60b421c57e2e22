"""Spelling: unknown words flagged, British forms and names accepted, the user's words kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.draft.spelling import Speller, american_forms, load_english


@pytest.fixture(scope="module")
def english():  # type: ignore[no-untyped-def]
    return load_english()


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("colour", ["color"]),
        ("organisation", ["organization"]),
        ("analysed", ["analyzed"]),
        ("centre", ["center"]),
        ("travelled", ["traveled"]),
        ("defence", ["defense"]),
        ("programmes", ["programs"]),
        ("table", []),
    ],
)
def test_american_forms(word: str, forms: list[str]) -> None:
    assert american_forms(word) == forms


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The junta will recieve the envoy.", ["recieve"]),
        ("Its behaviour was analysed by the organisation.", []),
        ("The envoy met Tchiani and ECOWAS in Niamey.", []),
        # A sentence's first word is capitalised whatever it is: it is judged as a word.
        ("Teh junta left.", ["Teh"]),
        ("The junta left. Recieve the envoy! Teh end?", ["Recieve", "Teh"]),
        ("“Recieve them,” he said: “Teh envoy.”", ["Recieve", "Teh"]),
        ("Options:\n- Teh first\n2. Recieve", ["Teh", "Recieve"]),
        ("Mr. Yolanda and Gen. Tchiani met at the U.S. Embassy.", []),
        ("It rained. Niamey flooded. I left.", []),
        ("He left (Recieve).", []),
        ("the goverment’s plan and the analyst’s view", ["goverment’s"]),
        ("3 ships and 14 cranes", []),
    ],
)
def test_unknown_spans(english, text: str, flagged: list[str]) -> None:  # type: ignore[no-untyped-def]
    speller = Speller(english)
    assert [text[a:b] for a, b in speller.unknown_spans(text)] == flagged


def test_suggestions_put_the_common_word_first(english) -> None:  # type: ignore[no-untyped-def]
    assert Speller(english).suggestions("recieve")[0] == "receive"
    assert Speller(english).suggestions("Recieve")[0] == "Receive"


def test_a_name_opening_a_sentence_is_known_from_the_article(english) -> None:  # type: ignore[no-untyped-def]
    speller = Speller(english)
    assert speller.unknown_spans("Tchiani met ECOWAS.") == [(0, 7)]
    speller.learn_article(["Gen Abdourahamane Tchiani leads the junta."])
    assert speller.unknown_spans("Tchiani met ECOWAS.") == []


def test_article_words_count_as_known(english) -> None:  # type: ignore[no-untyped-def]
    speller = Speller(english)
    assert not speller.known("bazoumist")
    speller.learn_article(["The bazoumist camp rejected it."])
    assert speller.known("bazoumist")


def test_added_words_are_remembered(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "config" / "user-words.txt"
    speller = Speller(english, path)
    assert not speller.known("sitrep")
    speller.add("sitrep")
    assert speller.known("sitrep")
    assert Speller(english, path).known("sitrep")
