"""Actors typed by the words around their names, names kept whole, and one actor's forms."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.entities.described import as_described
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Actor, Analysis


def _analysis(text: str) -> Analysis:
    return analyze(article_from_text(text))


def _actor(analysis: Analysis, name: str) -> Actor:
    owners = [a for a in analysis.actors if name == a.name or name in a.aliases]
    assert len(owners) == 1, [(a.name, a.label, a.aliases) for a in analysis.actors]
    return owners[0]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Settlers marched through the settlement of Givat Amal on Monday.", "Givat Amal", "PLACE"),
        (
            "The plane crashed just east of Longfield.\n\nLongfield has asked to be left alone.",
            "Longfield",
            "PLACE",
        ),
        ("Farmers' group Agrivento put the damage at 900 million euros.", "Agrivento", "ORG"),
        ("The far-right Vozna party said it would vote against the budget.", "Vozna", "ORG"),
        ("Lawmakers urged the Obama administration to extend the deadline.", "Obama", "PERSON"),
        ("Kessler shares fell 4 percent on Monday after the warning.", "Kessler", "ORG"),
        (
            "Doctors at Karachi General Hospital treated 40 people.",
            "Karachi General Hospital",
            "PLACE",
        ),
        ("Shares of Harland & Sons rose 5 percent on Tuesday.", "Harland & Sons", "ORG"),
        (
            "Militants attacked a checkpoint in Swat district on Sunday.\n\nPolice in Swat said "
            "three died.",
            "Swat",
            "PLACE",
        ),
        ("Ford and General Motors cut jobs on Monday.", "General Motors", "ORG"),
        ("Brentford manager Keith Andrews said the team played well.", "Brentford", "ORG"),
        ('"Rates will fall," said Jonas Weber, an analyst at Hallberg.', "Hallberg", "ORG"),
        (
            "Rheinvolt, Europe's third-largest chemicals maker, cut its outlook on Tuesday.",
            "Rheinvolt",
            "ORG",
        ),
        (
            "The Tea Growers and Exporters Association said prices fell.",
            "Tea Growers and Exporters Association",
            "ORG",
        ),
        (
            "Gunfire broke out at the house of the regional president, Abdi Hassan Sheikh Farah.",
            "Abdi Hassan Sheikh Farah",
            "PERSON",
        ),
        (
            "The Syrian Observatory for Human Rights said 20 people died. The Observatory said "
            "most were civilians.",
            "Observatory",
            "ORG",
        ),
        # An office named for who holds it is the office, whole.
        (
            "The Jefferson Parish Sheriff's Office said the man was arrested on Friday.",
            "Jefferson Parish Sheriff's Office",
            "ORG",
        ),
        (  # a body named for storms is no storm
            "Greg Carbin, a meteorologist with the Storm Prediction Center, said no tornado had "
            "been reported this month.",
            "Storm Prediction Center",
            "ORG",
        ),
        (  # a unit is no person, and its number is part of its name
            "Sgt. Stephen Sorge, a fuels specialist from the 307th Maintenance Squadron, said "
            "the jets were ready.",
            "307th Maintenance Squadron",
            "ORG",
        ),
        (
            "The Broward Sheriff's Office got a tip Friday and found the car.",
            "Broward Sheriff's Office",
            "ORG",
        ),
    ],
)
def test_an_actor_typed_by_its_context(text: str, name: str, label: str) -> None:
    assert _actor(_analysis(text), name).label == label


def test_a_disease_or_a_law_is_no_actor() -> None:
    analysis = _analysis(
        "The Ebola outbreak has killed 30 people, officials said. The rules come from the "
        "Affordable Care Act, which Congress passed in 2010."
    )
    names = {a.name for a in analysis.actors}
    assert "Ebola" not in names and "Affordable Care Act" not in names


def test_a_pope_keeps_his_title_in_his_name() -> None:
    analysis = _analysis("On Sunday, Pope Francis said he was saddened by the attacks.")
    assert _actor(analysis, "Francis").name == "Pope Francis"


def test_an_airport_and_its_short_form_are_one_place() -> None:
    analysis = _analysis(
        "A plane skidded into a fence at LaGuardia Airport last week. Flights resumed at "
        "LaGuardia on Friday, and LaGuardia said the runway was safe."
    )
    actor = _actor(analysis, "LaGuardia")
    assert actor.name == "LaGuardia Airport" and actor.label == "PLACE"


def test_a_capital_for_its_government_is_the_country() -> None:
    analysis = _analysis(
        "Iran has played a role in the fight, at a time when world powers are negotiating "
        "with Tehran on a nuclear deal."
    )
    assert _actor(analysis, "Tehran").name == "Iran"


def test_a_capital_that_is_the_city_stays_the_city() -> None:
    analysis = _analysis(
        "Protesters gathered in Tehran on Sunday. Iran said the protests were illegal."
    )
    assert _actor(analysis, "Tehran").name == "Tehran"


def test_a_partys_members_are_the_party() -> None:
    analysis = _analysis(
        "The Democratic Party won the seat on Tuesday. The Democrats said turnout was high."
    )
    assert _actor(analysis, "Democrats").name == "Democratic Party"


def test_a_full_name_is_a_person_where_its_surname_alone_is_one() -> None:
    analysis = _analysis(
        "Rasheen Aldridge, a black member of a commission charged with recommending reforms, "
        'said the mayor should resign.\n\n"He knew what was going on," said Aldridge, a member '
        "of the city's police board."
    )
    actor = _actor(analysis, "Aldridge")
    assert actor.name == "Rasheen Aldridge" and actor.label == "PERSON"


def test_a_town_named_in_a_bodys_name_stays_the_town() -> None:
    analysis = _analysis(
        "Protests have taken place in Ferguson since August. Ferguson police said so, and "
        "a member of the Ferguson Commission agreed."
    )
    assert _actor(analysis, "Ferguson").name == "Ferguson"


def test_a_national_body_is_one_actor_with_its_name_without_the_country() -> None:
    analysis = _analysis(
        "The U.S. State Department said in January that the group was newly formed.\n\n"
        "The State Department added that it was watching closely."
    )
    actor = _actor(analysis, "State Department")
    assert actor.name == "U.S. State Department"


def test_a_body_and_its_office_joined_by_a_possessive_are_two_actors() -> None:
    analysis = _analysis(
        "The Treasury Department's Office of Foreign Assets Control added 12 firms to its list "
        "on Tuesday."
    )
    names = {a.name for a in analysis.actors}
    assert {"Treasury Department", "Office of Foreign Assets Control"} <= names


def test_a_company_paired_with_one_found_is_found_too() -> None:
    analysis = _analysis(
        "Riley noted that the other two duodenoscope manufacturers, Pentax and Fujifilm, did "
        "apply for clearance."
    )
    assert _actor(analysis, "Fujifilm").label == "ORG"


def test_a_companys_name_without_its_corp_is_the_company() -> None:
    analysis = _analysis("Shares of Exxon Mobil Corp fell. Exxon Mobil said output dropped.")
    actor = _actor(analysis, "Exxon Mobil")
    assert actor.name == "Exxon Mobil Corp" and actor.label == "ORG"


def test_a_family_name_without_its_article_is_the_same_person() -> None:
    analysis = _analysis(
        "Syrian President Bashar al-Assad spoke on Monday.\n\nAssad said the war was over."
    )
    assert _actor(analysis, "Assad").name == "Bashar al-Assad"


def test_a_department_named_by_its_field_is_the_department() -> None:
    analysis = _analysis(
        "The Department of Justice said it would sue.\n\nThe Justice Department filed the suit "
        "on Monday, and Homeland Security officials agreed."
    )
    assert _actor(analysis, "Justice Department").name == "Department of Justice"


def test_a_title_inside_a_full_name_is_the_names() -> None:
    analysis = _analysis("The holiday honors Martin Luther King Jr. on Monday.")
    assert "Martin Luther King Jr." in {a.name for a in analysis.actors}


def test_a_title_after_a_place_stays_a_title() -> None:
    analysis = _analysis("Three people were hurt, Kyiv Mayor Vitali Klitschko said.")
    assert "Vitali Klitschko" in {a.name for a in analysis.actors}


def test_a_party_wins_seats() -> None:
    text = "The left took four seats for Meretz and 24 for the Zionist Union on Tuesday."
    found = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert found.get("Meretz") == "ORG"


def test_a_station_named_after_its_noun_is_an_organisation() -> None:
    text = "An FBI spokesperson told CNN affiliate Kvue that the crew had struck again."
    found = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert found.get("Kvue") == "ORG"


def test_platforms_and_news_agencies_are_organisations() -> None:
    text = "Uber said on Monday it would expand to Lagos, and drivers protested on Facebook."
    found = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert found.get("Uber") == "ORG" and found.get("Facebook") == "ORG"


def test_a_newspaper_is_an_organisation_whatever_its_name() -> None:
    texts = (
        "Norway sent 5,000 troops to the border, according to the Barents Observer.",
        "The lawmaker told The Observer that the families had asked him for help.",
    )
    found = [{a.name: a.label for a in analyze(article_from_text(t)).actors} for t in texts]
    assert found[0].get("Barents Observer") == "ORG"
    assert [label for name, label in found[1].items() if "Observer" in name] == ["ORG"]


def test_a_towns_police_is_an_organisation() -> None:
    text = "The FBI, Pomona Police and the district attorney declined to comment on Friday."
    actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert actors.get("Pomona Police") == "ORG"


def test_an_age_or_a_persons_appositive_makes_a_name_a_person() -> None:
    texts = (
        "Police identified the victim as Salome Rodriguez, 23, who died in hospital.",
        "The court ruled on Tuesday, according to Ranjeeta Rohatgi, an advocate who was there.",
    )
    for text, name in zip(texts, ("Salome Rodriguez", "Ranjeeta Rohatgi"), strict=True):
        actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
        assert actors.get(name) == "PERSON"


def test_a_persons_role_right_before_a_name_makes_it_a_person_and_gives_its_role() -> None:
    text = (
        '"We cannot let our guard down until we reach zero cases," WHO official '
        "Marie-Paule Kieny said. The sale completes a break-up demanded by activist investor "
        "Elliott Management."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert actors["Marie-Paule Kieny"].label == "PERSON"
    assert actors["Marie-Paule Kieny"].role == "WHO official"
    # An investor may be a firm: the role alone does not make the name a person's.
    assert actors["Elliott Management"].label == "ORG"


def test_an_expert_on_an_armed_group_is_no_armed_group() -> None:
    text = "But Rafael Ortiz, an expert on the terror group, said the tape was real."
    actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert actors.get("Rafael Ortiz") == "PERSON"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Alia Salem -- executive director of the Council on Refugee Rights in the Boston "
         "area -- noted a rise in threats.", "PERSON"),
        ("Alia Salem, the council's spokeswoman, said so.", "PERSON"),
        # A role a body may hold too, or none, leaves the reading as it was.
        ("Alia Salem, the largest investor in the port, said so.", "PLACE"),
        ("Alia Salem, a town of 4,000, voted on Monday.", "PLACE"),
        ("Alia Salem, including its military commander, was hit.", "PLACE"),
    ],
)  # fmt: skip
def test_a_persons_appositive_makes_a_name_read_as_a_place_a_person(
    text: str, label: str
) -> None:
    read_as_place = Candidate(1, 0, len("Alia Salem"), "Alia Salem", "PLACE", "ner")
    assert as_described(read_as_place, text).label == label


def test_a_role_used_as_a_title_is_no_part_of_the_name() -> None:
    text = (
        "Trooper Mark Hale stopped the car on Monday. Hale said the driver ran. "
        "Dean Smith said nothing."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert set(actors["Mark Hale"].aliases) == {"Hale"}
    assert actors["Mark Hale"].role == "Trooper"
    assert "Dean Smith" in actors  # a given name that is also a role stays the name's


def test_a_place_read_name_with_a_bodys_ending_is_an_organisation() -> None:
    text = "West Midlands Police said on Sunday the dog had been poisoned in the West Bank."
    actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert actors.get("West Midlands Police") == "ORG"
    assert actors.get("West Bank", "PLACE") == "PLACE"



def test_a_cruise_line_or_a_channel_is_an_organisation() -> None:
    text = "Costa Cruises and MSC Cruises cancelled their stops, AlHiwar Ettounsi TV reported."
    actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert actors.get("Costa Cruises") == "ORG" and actors.get("MSC Cruises") == "ORG"


def test_a_parliament_is_an_organisation() -> None:
    text = "The speaker of Iran's Majles, Ali Larijani, said the letter was a ploy."
    actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert actors.get("Majles") == "ORG"


def test_an_event_is_no_actor() -> None:
    text = "The Boston Marathon bombing killed three people, and the Invictus Games opened."
    names = {a.name for a in analyze(article_from_text(text)).actors}
    assert not names & {"Boston Marathon", "Invictus Games"}


def test_a_town_and_its_state_or_population_make_a_place() -> None:
    text = (
        "Protesters marched in Dunmore, Pennsylvania, on Monday. Officers stopped a man from "
        "Jessup, Maryland. Dunmore, population 13,000, has one police station."
    )
    actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert actors.get("Dunmore") == "PLACE"
    assert actors.get("Jessup") == "PLACE"


def test_a_town_before_a_state_is_a_place_even_when_named_later_as_a_modifier() -> None:
    text = (
        "The robbers hit a bank in Falls Church, Virginia, on Monday. It was the second Falls "
        "Church bank robbery in recent weeks."
    )
    actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert actors.get("Falls Church") == "PLACE"


def test_a_city_of_a_town_and_a_base_named_short_are_one_place() -> None:
    text = (
        "The City of Dunmore, Pennsylvania, fined the firm. Dunmore, Pennsylvania, has 13,000 "
        "people. The bomber left Davis-Monthan Air Force Base on Friday. It flew from "
        "Davis-Monthan to Louisiana."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert actors["City of Dunmore"].aliases == ("Dunmore",)
    base = actors["Davis-Monthan Air Force Base"]
    assert base.label == "PLACE" and "Davis-Monthan" in base.aliases


def test_a_council_on_a_field_is_one_organisation() -> None:
    text = (
        "Alia Salem, executive director of the Council on American-Islamic Relations in "
        "Dallas, spoke on Friday. CAIR condemned the attack."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert "CAIR" in actors["Council on American-Islamic Relations"].aliases


def test_the_inside_a_sentence_is_part_of_a_papers_name() -> None:
    text = (
        "Rusbridger told The Guardian on Monday that the paper was pleased. The Guardian "
        "published the letters."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert actors["The Guardian"].label == "ORG"
    assert actors["The Guardian"].aliases == ("Guardian",)


def test_a_news_agency_is_an_organisation() -> None:
    text = "The suspect shouted at reporters on Thursday, Yonhap reported. Xinhua said so too."
    actors = {a.name: a.label for a in analyze(article_from_text(text)).actors}
    assert actors.get("Yonhap") == "ORG"
    assert actors.get("Xinhua") == "ORG"


def test_initials_leave_out_the_country_a_body_is_named_for() -> None:
    text = (
        "Agents of the U.S. Drug Enforcement Administration arrested him on Tuesday. The DEA "
        "said he would be extradited."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert "DEA" in actors["U.S. Drug Enforcement Administration"].aliases


def test_a_police_named_without_its_county_is_the_county_police() -> None:
    text = (
        "Fulton County Police said an officer was killed on Friday. Fulton Police said the "
        "suspect died."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert actors["Fulton County Police"].aliases == ("Fulton Police",)


def test_a_bodys_name_is_read_whole_around_its_of() -> None:
    text = (
        '"To restore trust in the court, the Supreme Court of Missouri today moved Judge Roy '
        'Richter to the county court," the Supreme Court said on Monday. She paid Lloyd and '
        "left. Lloyd was found dead."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert actors["Supreme Court of Missouri"].label == "ORG"
    assert "Supreme Court of" not in actors
    assert not any(name.endswith((" and", " was")) for name in actors)


def test_a_holiday_is_no_actor_and_a_name_never_ends_on_a_small_word() -> None:
    text = (
        "Families gathered for Eid al-Fitr on Friday. Officers of the Devonshire Division of "
        "the police said so, and the Ferguson (Missouri City) Council met."
    )
    names = {a.name for a in analyze(article_from_text(text)).actors}
    assert "Eid al-Fitr" not in names
    assert not any(n.split()[-1] in ("of", "the", "in") or ")" in n for n in names)


def test_a_persons_camp_is_no_person_and_leaves_the_surname_to_them() -> None:
    text = (
        "House Speaker John Boehner met donors on Monday. Team Boehner hopes the momentum "
        "holds. Boehner said nothing."
    )
    actors = {a.name: a for a in analyze(article_from_text(text)).actors}
    assert "Boehner" in actors["John Boehner"].aliases
    assert actors.get("Team Boehner") is None or actors["Team Boehner"].label == "ORG"


def test_a_place_ends_before_the_title_after_it() -> None:
    analysis = _analysis(
        "The video was released by Dauphin County District Attorney Ed Marsico.\n\n"
        "An inquiry was opened, according to Buncombe County Sheriff Van Duncan."
    )
    places = {a.name for a in analysis.actors if a.label == "PLACE"}
    assert {"Dauphin County", "Buncombe County"} <= places
    assert _actor(analysis, "Van Duncan").label == "PERSON"
