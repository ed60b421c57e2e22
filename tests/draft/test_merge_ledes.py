"""The ledes of reports of one event join in their own words when their places agree: a
state and a city of it, a place inside an office's name, a lede after a page's leftovers;
figures that differ are noted, and the same kind of event elsewhere stays apart."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from briefwright.app.pipeline import merged_briefing
from briefwright.draft.merge.where import (
    name_key,
    named_in,
    names_shared,
    places_apart,
    places_named,
)
from briefwright.ingest import article_from_text
from briefwright.model.briefing import Briefing


def _text(title: str, *paragraphs: str) -> str:
    return "\n\n".join([f"title: {title}", *paragraphs]) + "\n"


WIRE = _text(
    "Four dead in Alaska hotel shooting",
    "Police said 4 people were found dead inside an Alaska hotel room on Friday afternoon "
    "in what they called a murder-suicide.",
    "Officers were called to the Hampton Inn in Anchorage at about 1:25 p.m. after staff "
    "reported a suspicious circumstance.",
    "The names of the dead have not been released.",
)
DAILY = _text(
    "Hotel deaths investigated",
    "Message: A friend wanted you to see this item from the Anchorage Daily News website.",
    "Police in Anchorage are investigating a murder-suicide at a local hotel that left "
    "3 people dead on Friday.",
    "An employee called 911 to report a suspicious circumstance at the hotel, the Anchorage "
    "Police Department said.",
    "A crying man was found sitting in a second-floor hallway, officers said.",
)
ELSEWHERE = _text(
    "Two dead at Denver hotel",
    "Police in Denver are investigating a murder-suicide at a downtown hotel that left "
    "2 people dead on Friday.",
    "Officers were called to the hotel on Colfax Avenue after a guest heard shots.",
)


@dataclass(frozen=True)
class _Said:
    places: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    place_names: frozenset[str] = frozenset()
    article: str = ""


def _said(places: list[str], others: tuple[str, ...] = (), article: str = "") -> _Said:
    keys = [name_key(p) for p in places]
    return _Said(
        frozenset(keys),
        frozenset(keys + [name_key(o) for o in others]),
        frozenset(keys),
        article.casefold(),
    )


def test_names_compare_without_case_possessives_or_a_leading_the() -> None:
    assert name_key("The Navarro County Sheriff's Office") == "navarro county sheriff"
    # An office named for its holder is one, whatever a report calls it.
    assert name_key("Navarro County Sheriff’s Department") == "navarro county sheriff"
    assert name_key("The Ministry of Defence's Office") == "ministry of defence office"
    assert name_key("State Department") == "state department"
    assert named_in("navarro county sheriff", "the navarro county sheriff's office said")
    assert named_in("st charles", "police in st. charles said")
    assert named_in("sheriff office", "the pasco county sheriff's office")
    assert not named_in("york", "new yorkers said")


def test_a_name_standing_whole_in_another_is_shared() -> None:
    a = _said([], ("Navarro County Sheriff's Department",))
    assert names_shared(a, _said(["Navarro County"]))
    assert names_shared(a, _said([], ("Texas", "the Navarro County Sheriff's Department")))
    # The sheriff's office is one, whichever name a report gives it.
    assert names_shared(a, _said([], ("the Navarro County Sheriff's Office",)))
    assert not names_shared(a, _said([], ("the Stokes County Sheriff's Office",)))
    assert not names_shared(a, _said(["Stokes County"]))


@pytest.mark.parametrize(
    ("one", "other", "apart"),
    [
        # Nested places: the other article names the place this one gives.
        (_said(["Alaska"], article="... a hotel in Fairbanks ..."), _said(["Fairbanks"]), False),
        (_said(["New Jersey"]), _said(["East Orange"], article="East Orange, New Jersey"), False),
        # One name standing in the other.
        (_said(["Chubbuck"]), _said(["Chubbuck, Idaho"]), False),
        # Two cities neither report names: two events.
        (_said(["Denver"], article="in Denver"), _said(["Pompano Beach"], article="x"), True),
        # No place on one side tells nothing apart.
        (_said([]), _said(["Denver"]), False),
    ],
)
def test_places_tell_sentences_apart_only_when_neither_report_names_the_other(
    one: _Said, other: _Said, apart: bool
) -> None:
    assert places_apart(one, other) is apart
    assert places_apart(other, one) is apart


def test_a_place_named_in_the_other_article_counts_once_either_way() -> None:
    a = _said(["Alaska"], article="an alaska hotel")
    b = _said(["Fairbanks"], article="the fairbanks police said the alaska state troopers")
    assert places_named(a, b) and places_named(b, a)


@pytest.fixture(scope="module")
def hotels() -> Briefing:
    return merged_briefing([article_from_text(t) for t in (WIRE, DAILY, ELSEWHERE)])


def test_the_ledes_of_one_event_join_with_their_figures_noted(hotels: Briefing) -> None:
    lede = next(f for f in hotels.facts if f.source == "S1" and "Alaska hotel" in f.text)
    assert [r.source for r in lede.refs] == ["S1", "S2"]
    assert lede.corroboration == 2
    assert sorted(c.text for c in lede.conflicts) == ["3 people", "4 people"]


def test_the_same_kind_of_event_elsewhere_stays_apart(hotels: Briefing) -> None:
    denver = [f for f in hotels.facts if f.source == "S3" or "S3" in {r.source for r in f.also}]
    assert denver
    assert all({r.source for r in f.refs} == {"S3"} for f in denver)
