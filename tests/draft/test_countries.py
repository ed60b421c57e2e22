"""A decision's place: the dateline's city stands first where only its country is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.draft.alert import proposed_locations
from briefwright.draft.countries import city_in, country_codes, is_country, place_in_name

WIRE = Path(__file__).parents[1] / "data" / "wire"


@pytest.mark.parametrize(
    ("city", "country", "inside"),
    [
        ("Nairobi", "Kenya", True),
        ("Goma", "DRC", True),  # any name of the country
        ("London", "Sudan", False),
        ("Nairobi", "Nowhere", False),
        ("Kenya", "Kenya", False),  # a country is no city
    ],
)
def test_a_city_lies_in_its_country(city: str, country: str, inside: bool) -> None:
    assert city_in(city, country) is inside


def test_every_country_of_the_gazetteer_has_a_code() -> None:
    codes = country_codes()
    assert len(codes) > 190 and all(len(c) == 2 and c.isupper() for c in codes.values())
    assert is_country("Kenya") and not is_country("Nairobi")


def test_a_ruling_reported_from_the_capital_lists_the_capital_first() -> None:
    briefing = open_briefing(WIRE / "courts-kenya-finance-law.txt", "travel-alert")
    assert proposed_locations(briefing) == ["Nairobi", "Kenya"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hazard is often reported from a city away from it: the dateline does not place it.
        (
            "Earthquake strikes Afghanistan\n\nKABUL, March 3 (Wire) - A strong earthquake "
            "struck Afghanistan on Tuesday, killing at least 12 people, officials said.\n",
            ["Afghanistan"],
        ),
        # A city of another country than the one named is not the scene either.
        (
            "Court rejects appeal\n\nLONDON, March 3 (Wire) - Sudan's constitutional court "
            "rejected an appeal in Sudan on Tuesday against the election law.\n",
            ["Sudan"],
        ),
    ],
)
def test_the_dateline_places_only_a_decision_in_its_own_country(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert proposed_locations(open_briefing(path, "travel-alert")) == expected


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("University of Oklahoma", "Oklahoma"),
        ("Chittagong Port Authority", "Chittagong"),
        ("New England Patriots", ""),  # part of another name
        ("Sigma Alpha Epsilon", ""),
    ],
)
def test_a_place_inside_a_bodys_name(name: str, place: str) -> None:
    assert place_in_name(name) == place


def test_a_story_that_names_no_place_is_placed_by_the_bodies_it_names(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Fraternity chapter closed\n\nFor four years, Tom Reed called the University of "
        "Oklahoma's chapter of Sigma Alpha Epsilon his home. Students were expelled after a "
        "video surfaced on Sunday.\n",
        encoding="utf-8",
    )
    assert proposed_locations(open_briefing(path, "sitrep")) == ["Oklahoma"]
