"""A timeline row is a whole clause with its subject (events.whole_clause)."""

from __future__ import annotations

from briefwright.analysis.events.timeline import whole_clause
from briefwright.analysis.sections.phrases import Token


def _tokens(tagged: str) -> list[Token]:
    out, at = [], 0
    for pair in tagged.split():
        word, tag = pair.rsplit("/", 1)
        out.append(Token(word, tag, at))
        at += len(word) + 1
    return out


SENTENCE = _tokens(
    "Also/RB on/IN Monday/NNP ,/, the/DT ministry/NN confirmed/VBD 12/CD cases/NNS and/CC "
    "three/CD schoolgirls/NNS preparing/VBG to/TO cross/VB died/VBD"
)


def test_a_row_opening_with_its_subject_and_a_finite_verb_is_whole() -> None:
    assert whole_clause("The ministry confirmed 12 cases", SENTENCE)


def test_a_row_opening_with_a_verb_or_an_adverb_is_not() -> None:
    assert not whole_clause("Died and 12 cases were confirmed", SENTENCE)
    assert not whole_clause("Also not clear why 12 cases", SENTENCE)


def test_a_row_without_a_finite_verb_is_not() -> None:
    assert not whole_clause("Three schoolgirls preparing to cross", SENTENCE)


def test_a_name_the_tokens_split_still_opens_a_row() -> None:
    sentence = _tokens("Al/NNP -/HYPH Shabaab/NNP fighters/NNS stormed/VBD a/DT hotel/NN")
    assert whole_clause("Al-Shabaab fighters stormed a hotel", sentence)
