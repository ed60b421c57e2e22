"""Rules drawn from published news (bench/quality_public.py's tuning half), one class each:
armed groups, aliases, roles and speakers."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Analysis


def _analysed(text: str) -> Analysis:
    return analyze(article_from_text(text))


def _labels(text: str) -> dict[str, str]:
    return {a.name: a.label for a in _analysed(text).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Described as an armed group before the name, after it, or claiming an attack.
        ("Fighters of the rebel group Ansar Dine seized the town on Monday.", "Ansar Dine"),
        (
            "Troops and fighters from Liwa Kamal, a mostly Sunni paramilitary force, held the "
            "bridge.",
            "Liwa Kamal",
        ),
        (
            "The Harakat Wadi Front claimed responsibility for the bombing, officials said.",
            "Harakat Wadi Front",
        ),
    ],
)
def test_described_armed_group(text: str, name: str) -> None:
    assert _labels(text)[name] == "GROUP"


def test_spokesman_of_armed_group_stays_person() -> None:
    text = "Omar Khalil, a spokesman for the militant group Ansar Dine, said the town had fallen."
    labels = _labels(text)
    assert labels["Omar Khalil"] == "PERSON"
    assert labels["Ansar Dine"] == "GROUP"


def _owners(text: str, forms: list[str]) -> set[str]:
    """Return the names of the actors that hold any of ``forms``."""
    wanted = {f.lower() for f in forms}
    return {
        a.name
        for a in _analysed(text).actors
        if wanted & {f.lower() for f in (a.name, *a.aliases)}
    }


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # A short form of the given name is the same person, and so is the surname alone.
        (
            "Protesters marched for Michael Greaves on Sunday. Mike Greaves died in August. "
            "Greaves was 18.",
            ["Michael Greaves", "Mike Greaves", "Greaves"],
        ),
        # A name's last words written with another capital.
        (
            "Osama bin Laden was killed in 2011. Bin Laden had hidden in Abbottabad for years.",
            ["Osama bin Laden", "Bin Laden"],
        ),
        # A bracket left open ends the name: the acronym and the long form are one body.
        (
            'The Justice Department released its report. "The DOJ (Department of Justice) is '
            'asking for changes," the mayor said.',
            ["Justice Department", "DOJ", "Department of Justice"],
        ),
        # Known other names of a body.
        (
            "The Defense Department denied the report. The Pentagon said the photos would stay "
            "secret.",
            ["Defense Department", "Pentagon"],
        ),
        (
            "The United Nations Security Council met on Sunday. The U.N. Security Council "
            "called for calm.",
            ["United Nations Security Council", "U.N. Security Council"],
        ),
    ],
)
def test_forms_kept_as_one(text: str, forms: list[str]) -> None:
    assert len(_owners(text, forms)) == 1


def test_numbered_road_is_one_place() -> None:
    text = (
        "Hundreds of drivers were stuck on Interstate 65 overnight. Traffic on I-65 began to "
        "move on Thursday."
    )
    assert _labels(text)["Interstate 65"] == "PLACE"
    assert len(_owners(text, ["Interstate 65", "I-65"])) == 1


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # An appositive before the name says what it is.
        (
            "A broadcast by the group's official radio station, Radio Kulmiye, said the base "
            "had fallen.",
            "Radio Kulmiye",
            "ORG",
        ),
        # A name before "area" or "neighborhood" is a place.
        (
            "The blasts struck the Nishat Colony area of the city on Sunday.",
            "Nishat Colony",
            "PLACE",
        ),
    ],
)
def test_described_type(text: str, name: str, label: str) -> None:
    assert _labels(text)[name] == label


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in _analysed(text).actors}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # An appositive before the name after any verb, closed by a comma.
        (
            "Gunmen attacked the lawyer, Samir Haddad, in his car on Tuesday.",
            "Samir Haddad",
            "lawyer",
        ),
        # The role beside the name, not the noun it hangs from.
        (
            "The attacks included the assassination of a former justice minister, Kemal Toprak, "
            "in 1994.",
            "Kemal Toprak",
            "former justice minister",
        ),
        (
            "Gunmen stormed the house of the regional president, Hassan Ali Nur, on Thursday.",
            "Hassan Ali Nur",
            "regional president",
        ),
    ],
)
def test_role_beside_name(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_no_role_from_a_clause_before_a_speaker() -> None:
    text = "Only two believed she was the victim of something, Capt. Gary Holt told reporters."
    assert _roles(text)["Gary Holt"] != "victim of something"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # An inverted verb before a description in lower case: the description speaks, never
        # the clause before the verb.
        ("The bus was hit by gunfire, said police.", "police"),
        (
            "The victims were workers, said a spokesman for the governor.",
            "spokesman for the governor",
        ),
    ],
)
def test_inverted_description_speaks(sentence: str, speaker: str) -> None:
    text = f"Gunmen attacked a bus near the border on Monday.\n\n{sentence}\n"
    facts = [f for f in _analysed(text).facts if f.text.startswith(sentence[:12])]
    assert facts[0].speaker == speaker


def test_inverted_clause_is_not_a_source() -> None:
    text = (
        "The mayor apologised on Tuesday.\n\nLeila Haddad, a lawyer for the family, said the "
        "mayor's apology did not go far enough.\n"
    )
    facts = [f for f in _analysed(text).facts if f.text.startswith("Leila")]
    assert facts[0].speaker == "Leila Haddad"


def test_what_a_body_is_right_before_its_name_makes_it_an_organisation() -> None:
    text = (
        "In an article published in the Danish newspaper Jyllands Posten on Saturday, the "
        "ambassador warned Denmark. The Kuwaiti newspaper al Qabas reported the arrests. "
        "Al Qabas said the men were held. The motor show host struck producer Oisin Tymon."
    )
    labels = _labels(text)
    assert labels["Jyllands Posten"] == "ORG"
    assert labels["al Qabas"] == "ORG"  # one actor with "Al Qabas", one type
    assert "Al Qabas" not in labels
    assert labels["Oisin Tymon"] == "PERSON"


def test_a_sentence_opening_word_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Kim Jong Un will visit Moscow in May. Throughout Kim's reign, the country has been "
        "isolated. Despite Kim's efforts, the economy shrank."
    )
    names = {a.name for a in _analysed(text).actors}
    assert "Kim Jong Un" in names
    assert not any(n.startswith(("Throughout", "Despite")) for n in names)


def test_an_adjective_before_a_station_leaves_it_an_organisation() -> None:
    text = (
        "The letter was part of a strategy to undermine a deal, Iran's official Press TV "
        "reported. The talks resume on Monday, Press TV said."
    )
    assert _labels(text)["Press TV"] == "ORG"


def test_a_name_with_and_without_its_the_is_one_actor() -> None:
    text = (
        "The president said so in an interview with Huffington Post on Friday. Later, Obama "
        "told The Huffington Post that the rhetoric was wrong."
    )
    posts = [a for a in _analysed(text).actors if "Huffington" in a.name]
    assert len(posts) == 1


def test_a_state_or_town_a_public_body_is_named_for_is_the_place() -> None:
    text = (
        "Busch was suspended after a Delaware civil court found that he had committed domestic "
        "violence. The Delaware Department of Justice announced that charges would not be "
        "filed. Taiwanese chipmaker Formosa Semiconductor said on Friday it would delay "
        "production. Formosa shares fell 2%."
    )
    actors = _analysed(text).actors
    labels = {a.name: a.label for a in actors}
    assert labels["Delaware"] == "PLACE"
    assert labels["Delaware Department of Justice"] == "ORG"
    formosa = [a for a in actors if "Formosa" in (a.name, *a.aliases)]
    assert [a.name for a in formosa] == ["Formosa Semiconductor"]  # a company's short name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fighters of al-Nusra Front seized the town, and al-Nusra later withdrew.",
            "al-Nusra Front",
        ),
        ("AQIM claimed the kidnapping of the two engineers on Monday.", "AQIM"),
        ("Officials said the Zetas controlled the smuggling routes.", "Zetas"),
    ],
)
def test_a_known_armed_group_is_a_group(text: str, name: str) -> None:
    assert _labels(text)[name] == "GROUP"


def test_an_acronym_two_bodies_share_is_left_to_the_text() -> None:
    text = "The Australian Defence Force (ADF) sent troops. The ADF said 40 soldiers would go."
    actors = _analysed(text).actors
    assert [a.label for a in actors if "ADF" in (a.name, *a.aliases)] == ["ORG"]


def test_a_state_body_named_again_without_its_state_is_one_actor() -> None:
    text = (
        "The Georgia Department of Corrections postponed the execution on Monday. The "
        "Department of Corrections said the drug looked cloudy. A Corrections Department "
        "spokeswoman said a new date would be set."
    )
    bodies = [a for a in _analysed(text).actors if "Corrections" in a.name]
    assert [a.name for a in bodies] == ["Georgia Department of Corrections"]


def test_a_river_or_a_dam_is_a_place_and_the_river_one_actor_with_its_short_name() -> None:
    text = (
        "The Grand Renaissance Dam is being built near the border. The Nile River feeds Egypt, "
        "and Egypt depends on the Nile for almost all its water."
    )
    actors = _analysed(text).actors
    labels = {a.name: a.label for a in actors}
    assert labels["Grand Renaissance Dam"] == "PLACE"
    assert [a.name for a in actors if "Nile" in (a.name, *a.aliases)] == ["Nile River"]


def test_a_body_named_without_the_word_for_what_it_is_is_one_actor() -> None:
    text = (
        "The Veterans Affairs Department fired the manager. Veterans Affairs said the email "
        "was offensive. Students at Quintin Kynaston Community Academy were bullied, and "
        "Quintin Kynaston said it would help them."
    )
    actors = _analysed(text).actors
    names = {a.name: a.aliases for a in actors}
    assert "Veterans Affairs" in names["Veterans Affairs Department"]
    assert "Quintin Kynaston" in names["Quintin Kynaston Community Academy"]
    assert "Veterans Affairs" not in names and "Quintin Kynaston" not in names


def test_the_klan_and_the_marines_are_known_bodies_with_their_short_names() -> None:
    text = (
        "The Ku Klux Klan held a rally. The Klan has lost members, the center said. "
        "The U.S. Marine Corps sent troops, and the Marines landed on Friday."
    )
    actors = _analysed(text).actors
    klan = [a for a in actors if "Klan" in (a.name, *a.aliases)]
    marines = [a for a in actors if "Marines" in (a.name, *a.aliases)]
    assert [(a.name, a.label) for a in klan] == [("Ku Klux Klan", "ORG")]
    assert [a.name for a in marines] == ["U.S. Marine Corps"]


def test_a_drive_is_a_place() -> None:
    text = "Police found the car on Grandview Drive. Grandview Drive was closed for hours."
    assert _labels(text)["Grandview Drive"] == "PLACE"


def test_republicans_and_democrats_are_their_parties() -> None:
    labels = _labels("Republicans in Congress sent a letter to Iran, and Democrats objected.")
    assert labels["Republicans"] == "ORG"
    assert labels["Democrats"] == "ORG"
