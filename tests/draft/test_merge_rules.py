"""The merge rules tuned on public news: one person with and without a middle name, page
buttons that join nothing, leads that join in their own words, and the word index that
finds the same pairs as comparing every two sentences."""

from __future__ import annotations

import dataclasses
import itertools

from briefwright.draft.merge.actors import merge_actors, same_full_name
from briefwright.draft.merge.facts import (
    MIN_WORDS,
    Sentence,
    candidate_pairs,
    content_words,
    same_fact,
    similarity,
)
from briefwright.model.analysis import Mention
from briefwright.model.briefing import ActorItem, Briefing, FactItem


def _person(aid: str, name: str, source: str) -> ActorItem:
    return ActorItem(aid, name, "PERSON", mentions=[Mention(1, 0, len(name), source)])


def _briefing(actors: list[ActorItem]) -> Briefing:
    b = Briefing.__new__(Briefing)
    b.actors = actors
    return b


def test_a_middle_initial_does_not_make_another_person() -> None:
    assert same_full_name(
        ActorItem("a", "Randall R. Coffland", "PERSON"),
        ActorItem("b", "Randall Coffland", "PERSON"),
    )
    assert not same_full_name(
        ActorItem("a", "Anjum Coffland", "PERSON"), ActorItem("b", "Randall Coffland", "PERSON")
    )
    b = _briefing(
        [
            _person("s1-a1", "Randall Coffland", "S1"),
            _person("s1-a2", "Randall R. Coffland", "S1"),
            _person("s2-a1", "Randall Coffland", "S2"),
            _person("s2-a2", "Anjum S. Coffland", "S2"),
        ]
    )
    merge_actors(b)
    assert [(a.name, a.sources) for a in b.actors] == [
        ("Randall R. Coffland", ["S1", "S2"]),
        ("Anjum S. Coffland", ["S2"]),
    ]


def test_a_full_name_joins_its_person_not_a_bare_surname() -> None:
    b = _briefing(
        [
            _person("s1-a1", "Scott Westerhuis", "S1"),
            _person("s2-a1", "Nicole Westerhuis", "S2"),
            _person("s3-a1", "Westerhuis", "S3"),  # either of them: stays apart
            _person("s4-a1", "Scott Westerhuis", "S4"),
        ]
    )
    merge_actors(b)
    assert [(a.name, a.sources) for a in b.actors] == [
        ("Scott Westerhuis", ["S1", "S4"]),
        ("Nicole Westerhuis", ["S2"]),
        ("Westerhuis", ["S3"]),
    ]


def _sentence(n: int, source: str, text: str, actors: frozenset[str] = frozenset(),
              lead: bool = False) -> Sentence:
    fact = FactItem(f"{source.lower()}-f{n}", text, 1, 0, source=source)
    return Sentence(n, fact, content_words(text), actors, frozenset(), {}, {}, fact.ref, lead)


def test_page_buttons_join_nothing() -> None:
    a, b = _sentence(0, "S1", "Share this story"), _sentence(1, "S2", "Share this story")
    assert len(a.words) < MIN_WORDS
    assert not same_fact(a, b)


def test_leads_naming_a_common_actor_join_in_their_own_words() -> None:
    a = _sentence(0, "S1", "A 5-year-old boy shot himself at a Forney paintball range on Saturday, "
                  "the sheriff's office said.", frozenset({"forney"}), lead=True)
    b = _sentence(1, "S2", "Investigators are trying to piece together what led to the accidental "
                  "shooting of a 5-year-old boy near Forney.", frozenset({"forney"}), lead=True)
    assert 0.15 <= similarity(a, b) < 0.28
    assert same_fact(a, b)
    assert not same_fact(dataclasses.replace(a, lead=False), b)


def test_the_word_index_finds_what_comparing_every_pair_finds() -> None:
    texts = [
        "Police said three people were shot outside the club on Main Street.",
        "Three people were shot outside a club on Main Street, police said.",
        "The mayor called for calm after the shooting.",
        "The mayor of the city called for calm on Sunday.",
        "Share this story",
        "A vigil was held for the victims on Monday night.",
    ]
    sentences = [
        _sentence(n, f"S{n % 3 + 1}", t, frozenset({"police"}), lead=n < 3)
        for n, t in enumerate(texts)
    ]
    every = {
        (i, j)
        for i, j in itertools.combinations(range(len(sentences)), 2)
        if same_fact(sentences[i], sentences[j])
    }
    found = {(i, j) for i, j in candidate_pairs(sentences) if same_fact(sentences[i], sentences[j])}
    assert found == every and every
