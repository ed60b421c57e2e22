"""Names that hold: storms, hyphens, possessives, cities, aliases and roles stated in the text."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.consistency import storm_names
from briefwright.analysis.entities.gazetteer import load_gazetteer
from briefwright.analysis.entities.special_names import storm_name
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Actor, Analysis


def _analysis(text: str) -> Analysis:
    return analyze(article_from_text(text))


def _actor(analysis: Analysis, name: str) -> Actor:
    owners = [a for a in analysis.actors if name == a.name or name in a.aliases]
    assert len(owners) == 1, [(a.name, a.aliases) for a in analysis.actors]
    return owners[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Typhoon Kai-tak", "Kai-tak"),
        ("Super Typhoon Haiyan", "Haiyan"),
        ("Hurricane Milton", "Milton"),
        ("Kai-tak", None),
    ],
)
def test_storm_name(text: str, expected: str | None) -> None:
    assert storm_name(text) == expected


def test_storm_names_in_texts() -> None:
    assert {"Kai-tak", "Kai"} <= storm_names(["Typhoon Kai-tak hit Luzon on Thursday."])


def test_a_named_storm_is_not_an_actor() -> None:
    analysis = _analysis(
        "Typhoon Kai-tak slammed into the province on Thursday. "
        "Kai-tak, packing winds of 165 kph, moved north, officials said."
    )
    assert not [a for a in analysis.actors if "Kai" in a.name]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Opposition candidate Kofi Mensah-Boateng conceded on Sunday.",
            "Kofi Mensah-Boateng",
            "PERSON",
        ),
        ("Shares in A.P. Moller-Maersk rose 4% on Thursday.", "A.P. Moller-Maersk", "ORG"),
        ("Moody's affirmed the rating with a stable outlook.", "Moody's", "ORG"),
        ("Militants from al-Shabaab attacked the base.", "al-Shabaab", "GROUP"),
        ("The river rose above its critical level in Tuguegarao on Friday.", "Tuguegarao", "PLACE"),
    ],
)
def test_names_hold_whole_with_their_type(text: str, name: str, label: str) -> None:
    actor = _actor(_analysis(text), name)
    assert (actor.name, actor.label) == (name, label)


def test_nato_led_is_not_a_name() -> None:
    analysis = _analysis("NATO-led troops entered the town, NATO said on Monday.")
    assert all(a.name != "NATO-led" for a in analysis.actors)


def test_cities_and_regions_carry_coordinates() -> None:
    localities = load_gazetteer().localities
    city = localities["Tuguegarao"]
    assert (city.kind, city.country) == ("city", "PH")
    assert city.latitude is not None and 17 < city.latitude < 18.5
    assert city.longitude is not None and 121 < city.longitude < 122.5
    assert (localities["Ashanti"].kind, localities["Ashanti"].country) == ("region", "GH")
    assert localities["Ilocos Norte"].kind == "province"


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "U.S. Africa Command (AFRICOM) said it carried out a strike. AFRICOM gave no toll.",
            "U.S. Africa Command",
            "AFRICOM",
        ),
        (
            "Fighters from al-Shabaab attacked a base. Al-Shabaab said it killed 70 soldiers.",
            "al-Shabaab",
            "Al-Shabaab",
        ),
        (
            "Ministers met in Paris on Monday.\n\nTHE PARIS TALKS: envoys left PARIS on Tuesday.",
            "Paris",
            "PARIS",
        ),
        (
            "President Hassan Sheikh Mohamud condemned the attack. Mohamud spoke on Monday.",
            "Hassan Sheikh Mohamud",
            "Mohamud",
        ),
    ],
)
def test_aliases_join_one_actor(text: str, name: str, alias: str) -> None:
    actor = _actor(_analysis(text), alias)
    assert actor.name == name


def test_a_dateline_city_is_one_actor_with_the_same_city_in_the_text() -> None:
    analysis = _analysis("PARIS, Dec. 1, 2026 - Ministers met in Paris on Monday.")
    assert [a.name for a in analysis.actors if a.name.casefold() == "paris"] == ["Paris"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    analysis = _analysis(
        "Finance chief Julian Smith said the sale was agreed. Harry Smith, an analyst at "
        "Barclays, said the price looked full. Smith added that shares could rise."
    )
    people = {a.name for a in analysis.actors if a.label == "PERSON"}
    assert {"Julian Smith", "Harry Smith"} <= people
    julian = _actor(analysis, "Julian Smith")
    assert "Smith" not in julian.aliases


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The attack was repelled, said Lieutenant Colonel Ahmed Abdi Gelle on Monday.",
            "Ahmed Abdi Gelle",
            "Lieutenant Colonel",
        ),
        (
            "Sofie Dahl, a senior economist at ING, said rates could ease.",
            "Sofie Dahl",
            "senior economist at ING",
        ),
        (
            "Jordan Bardella, who leads the RN group in parliament, said the vote was lost.",
            "Jordan Bardella",
            "leader of the RN group in parliament",
        ),
        (
            "Party leader Marine Le Pen said the government would fall.",
            "Marine Le Pen",
            "Party leader",
        ),
        (
            "Defence Minister Abdulkadir Mohamed Nur visited the base.",
            "Abdulkadir Mohamed Nur",
            "Defence Minister",
        ),
        (
            "Dr. Neema Kimambo, the WHO representative in Malawi, said the weeks were critical.",
            "Neema Kimambo",
            "WHO representative in Malawi",
        ),
    ],
)
def test_roles_stated_in_the_text(text: str, name: str, role: str) -> None:
    assert _actor(_analysis(text), name).role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The coast guard suspended all sea travel in northern Luzon, stranding more than "
            "3,000 passengers in ports.",
            "Luzon",
        ),
        (
            "Its shares rose 6.2% in Copenhagen, making it the biggest gainer on the index.",
            "Copenhagen",
        ),
    ],
)
def test_a_participle_clause_after_a_name_is_no_role(text: str, name: str) -> None:
    assert _actor(_analysis(text), name).role is None


def test_an_honorific_alone_is_not_a_role() -> None:
    analysis = _analysis("Dr. Amina Yusuf said 12 people had died at the hospital.")
    assert _actor(analysis, "Amina Yusuf").role is None


def test_the_shipped_recogniser_is_loaded() -> None:
    from briefwright.analysis.language import trained_ner

    weights = trained_ner()
    assert weights is not None
    assert weights.parts[-3:] == ("resources", "models", "ner")
