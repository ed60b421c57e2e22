"""A fact made from the article that the briefing already holds is found, not made twice."""

from __future__ import annotations

import dataclasses

from briefwright.draft.same_fact import same_fact
from tests.writers.briefing_sample import build_briefing


def sentence_fact(briefing):  # type: ignore[no-untyped-def]
    """Return the first fact made from an article sentence, its first wording recorded."""
    held = next(f for f in briefing.facts if f.sentence >= 0)
    held.original = held.original or held.text
    return held


def test_the_same_sentence_in_the_same_words_is_the_held_fact() -> None:
    briefing = build_briefing()
    held = sentence_fact(briefing)
    index = briefing.facts.index(held)
    again = dataclasses.replace(held, id="new", text=f"  {held.original.rstrip('.')} ")
    assert same_fact(briefing, again) == index
    # Reworded by the user, it is still found by its first wording.
    held.text = "A shorter wording."
    assert same_fact(briefing, again) == index


def test_part_of_a_sentence_or_another_sentence_is_a_new_fact() -> None:
    briefing = build_briefing()
    held = sentence_fact(briefing)
    part = dataclasses.replace(held, id="new", text=" ".join(held.original.split()[:3]))
    assert same_fact(briefing, part) is None
    elsewhere = dataclasses.replace(held, id="new", sentence=held.sentence + 50)
    assert same_fact(briefing, elsewhere) is None
    assert same_fact(briefing, dataclasses.replace(held, id="new", text=" . ")) is None
