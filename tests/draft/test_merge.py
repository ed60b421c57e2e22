"""Several reports of one event: actors and facts joined, counted, and where sources differ.

The reports are in ``tests/data/multi/``: the sample (S1), a wire story (S2), a daily that
gives another figure and another day (S3) and a syndicated copy of the wire story (S4); two
earthquakes in different places stand for different events that must stay apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import open_several
from briefwright.draft.merge.actors import same_actor
from briefwright.draft.merge.facts import merge_facts
from briefwright.draft.merge.syndication import independent_groups
from briefwright.layout.compose import compose
from briefwright.model.briefing import ActorItem, Briefing, FactItem
from briefwright.model.sources import SourceRef
from tests.conftest import SAMPLE

MULTI = Path(__file__).parents[1] / "data" / "multi"
WIRE = MULTI / "niger-wire-evacuation.txt"
DIFFERS = MULTI / "niger-daily-differs.txt"
COPY = MULTI / "niger-syndicated-copy.txt"

# The sentences, as (source, paragraph, sentence index), that tell one fact in the three
# reports S1–S3, read by hand: what a merge should join.
SAME_FACTS = [
    {("S1", 1, 0), ("S2", 1, 0)},  # the partial evacuation of the US embassy
    {("S1", 2, 1), ("S2", 2, 0)},  # the embassy remains open
    {("S1", 4, 0), ("S2", 7, 0)},  # Blinken and the elected government
    {("S1", 6, 0), ("S2", 4, 0), ("S3", 4, 0)},  # Ecowas's sanctions
    {("S1", 6, 1), ("S2", 4, 1)},  # military intervention as a last resort
    {("S1", 7, 0), ("S2", 3, 0), ("S3", 3, 0)},  # Tchiani rejects the sanctions
    {("S1", 8, 1), ("S2", 6, 0), ("S3", 6, 0)},  # protests outside the French embassy
    {("S1", 9, 0), ("S2", 5, 0)},  # French and Italian evacuation flights
    {("S2", 5, 1), ("S3", 2, 0)},  # the first French flight's passengers
]


def _pairs(groups: list[set[tuple[str, int, int]]]) -> set[frozenset[tuple[str, int, int]]]:
    return {frozenset((a, b)) for g in groups for a in g for b in g if a < b}


@pytest.fixture(scope="module")
def three() -> Briefing:
    return _opened([SAMPLE, WIRE, DIFFERS])


@pytest.fixture(scope="module")
def four() -> Briefing:
    return _opened([SAMPLE, WIRE, DIFFERS, COPY])


def _opened(paths: list[Path]) -> Briefing:
    briefing, errors = open_several(paths)
    assert errors == []
    return briefing


def _merged_groups(b: Briefing) -> list[set[tuple[str, int, int]]]:
    """Return the sentences each merged fact stands for (the merged ones are found again by
    their text in their source)."""
    groups = []
    for f in b.facts:
        if not f.also:
            continue
        group = {(f.source, f.paragraph, f.sentence)}
        for r in f.also:
            group.add((r.source, r.paragraph, _index_in(b, r, f)))
        groups.append(group)
    return groups


def _index_in(b: Briefing, ref: SourceRef, fact: FactItem) -> int:
    """Return the index of the sentence of ``ref``'s paragraph most like ``fact``'s."""
    para = b.paragraph_at(ref)
    words = set(fact.original.lower().split())
    scores = [
        len(words & set(para.sentence_text(i).lower().split()))
        for i in range(len(para.sentences))
    ]
    return scores.index(max(scores))


def test_a_person_named_three_ways_is_one_actor(three: Briefing) -> None:
    tchiani = [a for a in three.actors if "Tchiani" in (a.name, *a.aliases)]
    assert len(tchiani) == 1
    assert tchiani[0].name == "Abdourahamane Tchiani"
    assert tchiani[0].sources == ["S1", "S2", "S3"]
    people = [a.name for a in three.actors if a.label == "PERSON"]
    assert len(people) == len(set(people))
    ecowas = [a for a in three.actors if "Ecowas" in (a.name, *a.aliases)]
    assert len(ecowas) == 1 and ecowas[0].sources == ["S1", "S2", "S3"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Gen Tchiani", "General Abdourahamane Tchiani", True),
        ("Tchiani", "Abdourahamane Tchiani", True),
        ("President Mohamed Bazoum", "Mohamed Bazoum", True),
        ("Mohamed Bazoum", "Hadiza Bazoum", False),
        ("Antony Blinken", "Abdourahamane Tchiani", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_actor(ActorItem("a1", a, "PERSON"), ActorItem("a2", b, "PERSON")) is same


def test_merged_facts_are_right_and_cover_most_that_should_be(three: Briefing) -> None:
    found = _pairs(_merged_groups(three))
    truth = _pairs(SAME_FACTS)
    right = found & truth
    precision = len(right) / len(found)
    recall = len(right) / len(truth)
    assert precision == 1.0, sorted(map(sorted, found - truth))
    assert recall >= 0.6, recall


def test_the_main_facts_carry_every_source_that_reports_them(three: Briefing) -> None:
    sanctions = next(f for f in three.facts if f.source == "S1" and f.paragraph == 6)
    assert [r.source for r in sanctions.refs] == ["S1", "S2", "S3"]
    assert sanctions.corroboration == 3
    lines = "\n".join(compose(three).plain_lines())
    assert "(3 sources)" in lines


def test_different_figures_and_days_are_noted_as_sources_differing(three: Briefing) -> None:
    flight = next(f for f in three.facts if "262 people" in f.text)
    assert [(c.text, [r.source for r in c.refs]) for c in flight.conflicts] == [
        ("262 people", ["S2"]),
        ("350 people", ["S3"]),
    ]
    rejects = next(f for f in three.facts if f.source == "S1" and f.paragraph == 7)
    assert [c.text for c in rejects.conflicts] == ["July 26", "July 27"]
    lines = "\n".join(compose(three).plain_lines())
    assert "Sources differ: July 26 [S2 ¶3]; July 27 [S3 ¶3]." in lines


def test_a_syndicated_copy_counts_as_one_independent_source(
    three: Briefing, four: Briefing
) -> None:
    assert independent_groups(four.sources) == {"S1": "S1", "S2": "S2", "S3": "S3", "S4": "S2"}
    # Named by who printed it, though its dateline names the wire.
    assert four.sources[3].outlet == "Coastal Daily"
    # Every fact of the copy joins the wire story's.
    assert not [f for f in four.facts if f.source == "S4"]
    for before in three.facts:
        after = next(f for f in four.facts if f.id == before.id)
        assert after.corroboration == before.corroboration
    flight = next(f for f in four.facts if "262 people" in f.text)
    assert [r.source for r in flight.refs] == ["S2", "S3", "S4"]


def test_two_earthquakes_in_different_places_are_never_one_fact() -> None:
    quakes = _opened([MULTI / "quake-herat.txt", MULTI / "quake-marrakesh.txt"])
    assert not [f for f in quakes.facts if f.also]
    assert merge_facts(quakes) == []


def test_one_article_is_a_merge_of_one(three: Briefing) -> None:
    one = _opened([SAMPLE])
    assert len(one.sources) == 1
    assert all(not f.also and f.corroboration == 1 and not f.conflicts for f in one.facts)


def test_an_event_several_sources_tell_is_one_timeline_entry(four: Briefing) -> None:
    ordered = next(e for e in four.events if e.date == "2023-08-02")
    assert [r.source for r in ordered.refs] == ["S2", "S4"]
    coups = [e for e in four.events if e.date in ("2023-07-26", "2023-07-27")]
    # Told for two different days, the coup stays two entries (its fact notes the difference).
    assert len(coups) == 2
