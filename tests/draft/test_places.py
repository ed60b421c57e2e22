"""Where an event happens: the places a travel alert lists, each rule both ways."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefwright.draft.places import affected_places
from briefwright.draft.placewords import MOST_PLACES
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Mention
from briefwright.model.briefing import ActorItem

ALERTS = Path(__file__).parents[1] / "data" / "alerts"


def places(text: str, event: str, actors: dict[str, str], *, country: str = "") -> list[str]:
    """Return the places of ``text`` for ``event`` with the named actors (name → subtype,
    "" for a place of unknown kind, "org" for an organisation)."""
    article = article_from_text(text)
    items = []
    for n, (name, subtype) in enumerate(actors.items()):
        mentions = [
            Mention(p.id, m.start(), m.end())
            for p in article.paragraphs
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", p.text)
        ]
        label = "ORG" if subtype == "org" else "PLACE"
        items.append(
            ActorItem(f"a{n}", name, label, mentions=mentions, subtype=subtype.strip("org"))
        )
    return affected_places(article, items, event, dateline_country=country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France condemned the coup in Niger on Monday.", ["Niger"]),
        ("Niger condemned the coup in Mali on Monday.", ["Mali"]),
    ],
)
def test_a_country_that_only_reacts_is_never_listed(text: str, expected: list[str]) -> None:
    found = places(text, "coup", {"France": "country", "Niger": "country", "Mali": "country"})
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place that qualifies who acts is not the scene …
        ("The coup led to the evacuation of the United States Embassy.", []),
        ("Australia's foreign ministry condemned the coup.", []),
        ("The coup was condemned by the Niger government on Monday.", []),
        # … a place that has a part named is.
        ("Soldiers staged a coup in Niger's capital, Niamey, on Monday.", ["Niamey", "Niger"]),
    ],
)
def test_a_place_that_qualifies_an_actor_is_not_the_scene(text: str, expected: list[str]) -> None:
    actors = {"United States": "country", "Australia": "country", "Niger": "country"}
    assert places(text, "coup", {**actors, "Niamey": "city"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. embassy in Islamabad advised staff to avoid the protests.", []),
        ("Protesters gathered outside the French embassy in Niamey on Monday.", ["Niamey"]),
    ],
)
def test_an_embassy_that_acts_does_not_place_its_city(text: str, expected: list[str]) -> None:
    assert places(text, "unrest", {"Islamabad": "city", "Niamey": "city"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marburg kills five in western Uganda near Congo border.", ["Uganda"]),
        ("Marburg kills five in Congo, near the border with Uganda.", ["Congo"]),
    ],
)
def test_a_country_beyond_the_border_is_not_the_scene(text: str, expected: list[str]) -> None:
    found = places(text, "outbreak", {"Uganda": "country", "Congo": "country"})
    assert found == expected


def test_only_sentences_about_the_event_place_it() -> None:
    text = (
        "An earthquake struck Khalanga on Friday, killing 70 people.\n\n"
        "The prime minister was in Paris for talks on trade."
    )
    assert places(text, "earthquake", {"Khalanga": "", "Paris": "city"}) == ["Khalanga"]
    # Protests and closures are what travellers meet, whatever the event.
    text += "\n\nProtesters blocked roads in Lyon, and flights were cancelled at Nice."
    found = places(text, "earthquake", {"Khalanga": "", "Lyon": "city", "Nice": "city"})
    assert found == ["Khalanga", "Lyon", "Nice"]


def test_the_places_of_the_event_first_and_each_country_once() -> None:
    text = (
        "Floods in the southern Brazilian state of Rio Grande do Sul have killed 40 people, "
        "and Salgado Filho International Airport in Porto Alegre was closed.\n\n"
        "In Canoas, floodwater covered entire neighbourhoods of Brazil's south."
    )
    actors = {
        "Rio Grande": "",
        "Salgado Filho International Airport": "org",
        "Porto Alegre": "city",
        "Canoas": "",
        "Brazil": "country",
    }
    assert places(text, "flood", actors) == [
        "Porto Alegre",
        "Canoas",
        "Rio Grande do Sul",  # the name the recogniser cut short, whole
        "Salgado Filho International Airport",  # transport nodes after the places
        "Brazil",
    ]


def test_transport_nodes_come_after_the_place_of_the_event() -> None:
    text = (
        "The ministry advised against travel to Kasese district and said screening had "
        "begun at the Mpondwe border crossing and at Entebbe International Airport."
    )
    found = places(text, "outbreak", {"Entebbe International Airport": "org"})
    assert found == ["Kasese", "Mpondwe border crossing", "Entebbe International Airport"]
    # Where transport is the event, its nodes are its place.
    text = "A strike grounded flights at Orly airport and across France's south region."
    assert places(text, "transport", {"France": "country"}) == ["Orly airport", "France"]


def test_a_place_named_by_its_kind_anywhere_counts_where_named_alone() -> None:
    text = (
        "The first patient was a trader from Bwera, a town on the border.\n\n"
        "Eleven people with symptoms of Marburg are being treated at Bwera hospital."
    )
    assert places(text, "outbreak", {}) == ["Bwera"]
    # Named alone in a sentence not about the event, it still is no scene.
    text = "Bwera, a town on the border, is a market for traders.\n\nMarburg spread in Kasese."
    assert places(text, "outbreak", {"Kasese": "city"}) == ["Kasese"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The town before it in the sentence names the node "the city's airport" stands for.
        (
            "Fighting broke out west of Goma, and shells landed near the city's airport, "
            "which was closed.",
            ["Goma", "Goma airport"],
        ),
        # No town before it: the node has no name, and none is made up.
        ("Shells landed near the city's airport, which was closed.", []),
    ],
)
def test_a_node_named_by_the_town_it_serves(text: str, expected: list[str]) -> None:
    assert places(text, "armed_conflict", {"Goma": "city"}) == expected


def test_places_stand_in_the_story_order_not_the_headline_order() -> None:
    # The headline compresses; the lede tells where it began.
    text = (
        "Police fire tear gas as protests spread to Mombasa and Kisumu\n\n"
        "Police fired tear gas at protesters in central Nairobi on Thursday, and "
        "demonstrations spread to Mombasa and Kisumu."
    )
    found = places(text, "unrest", {"Nairobi": "city", "Mombasa": "city", "Kisumu": "city"})
    assert found == ["Nairobi", "Mombasa", "Kisumu"]
    # A place only the headline names still counts, after those the story names.
    text = text.replace(" and Kisumu.", ".")
    found = places(text, "unrest", {"Nairobi": "city", "Mombasa": "city", "Kisumu": "city"})
    assert found == ["Nairobi", "Mombasa", "Kisumu"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kinds of place told by their words where the recogniser finds no name.
        ("A typhoon made landfall near the town of Baler.", ["Baler"]),
        (
            "Marburg broke out in Kasese district and in Bwera, a town on the border.",
            ["Bwera", "Kasese"],
        ),
        ("A typhoon battered northern Luzon and the city of Tuguegarao.", ["Tuguegarao", "Luzon"]),
        # No kind, no place: "the Chilean port" names no port.
        ("Diesel for the outbreak zone reached the Chilean port of Arica.", ["Arica port"]),
    ],
)
def test_places_named_by_their_kind(text: str, expected: list[str]) -> None:
    event = "outbreak" if "Marburg" in text or "outbreak" in text else "storm"
    assert places(text, event, {"Luzon": ""}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A strike grounded flights at Paris Charles de Gaulle and Orly airports.",
            ["Paris Charles de Gaulle airport", "Orly airport"],
        ),
        (
            "Police closed the Torkham crossing after the bombing; the Torkham border crossing "
            "stayed shut.",
            ["Torkham border crossing"],
        ),
        (
            "Protesters blocked Mombasa Road and the N2 highway on Monday.",
            ["Mombasa Road", "N2 highway"],
        ),
    ],
)
def test_transport_nodes_are_listed_once(text: str, expected: list[str]) -> None:
    assert places(text, "unrest", {}) == expected


def test_the_dateline_country_stands_for_the_country_only_where_none_is_named() -> None:
    text = "Fighting broke out around the town of Sake on Thursday."
    assert places(text, "armed_conflict", {}, country="Congo") == ["Sake", "Congo"]
    named = "Fighting broke out around the town of Sake in Rwanda on Thursday."
    assert places(named, "armed_conflict", {"Rwanda": "country"}, country="Congo") == [
        "Sake",
        "Rwanda",
    ]


def test_countries_are_listed_once_whatever_their_name() -> None:
    text = "Fighting spread in Congo and across the Democratic Republic of Congo."
    actors = {"Congo": "country", "Democratic Republic of Congo": "country"}
    assert places(text, "armed_conflict", actors) == ["Congo"]


def test_at_most_so_many_places_before_the_countries() -> None:
    towns = [f"Kanto{chr(97 + i)}" for i in range(MOST_PLACES + 3)]
    text = "Floods hit " + ", ".join(towns) + " in Chad."
    found = places(text, "flood", {**dict.fromkeys(towns, "city"), "Chad": "country"})
    assert found == [*towns[:MOST_PLACES], "Chad"]


@pytest.mark.parametrize("path", sorted(ALERTS.glob("*.txt")), ids=lambda p: p.stem)
def test_the_alert_articles_list_no_place_that_only_reacts(path: Path) -> None:
    from briefwright.app.pipeline import open_briefing
    from briefwright.draft.alert import proposed_locations

    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    found = proposed_locations(open_briefing(path, "travel-alert"))
    for never in expected["never"]:
        assert not any(_same(never, f) for f in found), found
    wanted = expected["locations"]
    hits = [w for w in wanted if any(_same(w, f) for f in found)]
    assert len(hits) >= len(wanted) - 1, (found, wanted)


def _same(a: str, b: str) -> bool:
    """Return whether two names are one place ("Orly" and "Orly airport")."""
    a, b = (" ".join(re.sub(r"\bthe\b", " ", n.lower()).split()) for n in (a, b))
    tail = r"\s+(?:airport|port|border crossing|crossing|highway|road)$"
    return a == b or re.sub(tail, "", a) == b or re.sub(tail, "", b) == a
