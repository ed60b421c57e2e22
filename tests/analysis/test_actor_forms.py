"""Forms of one actor kept as one, and known towns typed as places (issue 18's public news)."""

from __future__ import annotations

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.actors import surname
from briefwright.analysis.entities.city_names import known_place
from briefwright.analysis.entities.gazetteer import ascii_folded, load_gazetteer
from briefwright.analysis.entities.short_forms import _short_of
from briefwright.ingest import article_from_text


def test_a_generational_suffix_is_not_the_surname() -> None:
    assert surname("Calvin Woodard Jr.") == "Woodard"
    assert surname("Martin Luther King III") == "King"
    assert surname("Kim Jong Un") == "Un"


def test_an_organisations_name_cut_before_for_or_of_is_its_short_form() -> None:
    assert _short_of("Syrian Observatory", "Syrian Observatory for Human Rights")
    assert not _short_of("Syrian Observatory", "Syrian Observatory Network")
    assert not _short_of("Human Rights", "Syrian Observatory for Human Rights")


def test_a_surname_after_a_full_name_with_a_suffix_is_that_person() -> None:
    text = (
        "Sheriff Calvin Woodard Jr. said on Wednesday the guards were tied up.\n\n"
        "Woodard said the company had been very cooperative."
    )
    actors = analyze(article_from_text(text)).actors
    owners = [
        a
        for a in actors
        if {"woodard", "calvin woodard jr."} & {f.lower() for f in (a.name, *a.aliases)}
    ]
    assert len(owners) == 1


def test_a_place_written_without_its_accents_is_found() -> None:
    assert ascii_folded("Tikrīt") == "Tikrit"
    gazetteer = load_gazetteer()
    assert gazetteer.localities.get("Tikrit") is not None
    assert gazetteer.localities.get("Dusseldorf") is not None
    # A town of 42,000 outside the English-speaking countries is the place, not a person.
    assert known_place("Tikrit")


def _owners(text: str, *forms: str) -> list[str]:
    actors = analyze(article_from_text(text)).actors
    wanted = {f.lower() for f in forms}
    return [a.name for a in actors if wanted & {f.lower() for f in (a.name, *a.aliases)}]


def test_a_family_name_with_its_article_capitalised_at_a_sentence_start_is_the_person() -> None:
    text = (
        "The offensive was ordered by Prime Minister Haider al-Abadi on Sunday.\n\n"
        "Al-Abadi said on Twitter that he would oversee the operation himself."
    )
    assert _owners(text, "al-Abadi", "Al-Abadi") == ["Haider al-Abadi"]


def test_a_family_name_shared_with_kin_named_later_stays_the_storys_person() -> None:
    text = (
        "Opposition leader Isaac Herzog promised on Monday to cut housing costs.\n\n"
        "Herzog said the vote would be close.\n\n"
        "His father, Chaim Herzog, was president of the country.\n\n"
        "Herzog told reporters he would form a coalition within weeks."
    )
    assert _owners(text, "Herzog") == ["Isaac Herzog"]


def test_a_family_name_shared_with_someone_else_stays_apart_after_the_second_is_named() -> None:
    text = (
        "Patrick Kilgallon said on Thursday the road had been closed for a day.\n\n"
        "Sue Ellen Kilgallon said they had some water left.\n\n"
        "Kilgallon said she had heard of a crash ahead."
    )
    assert _owners(text, "Kilgallon") == ["Kilgallon"]


def test_initials_stand_for_their_long_name_whatever_the_model_called_either() -> None:
    text = (
        "Astronauts on the International Space Station finished a spacewalk on Sunday.\n\n"
        "The ISS crew will repeat the repair next week.\n\n"
        "The Ku Klux Klan lost members last year, the report said.\n\n"
        "The KKK had fewer than 30 chapters by December."
    )
    actors = analyze(article_from_text(text)).actors
    station = [a for a in actors if "ISS" in (a.name, *a.aliases)]
    klan = [a for a in actors if "KKK" in (a.name, *a.aliases)]
    assert [a.name for a in station] == ["International Space Station"]
    assert [a.name for a in klan] == ["Ku Klux Klan"]
    assert klan[0].label != "PERSON"  # a name written in initials is no person's


def test_initials_with_stops_stand_for_their_long_name() -> None:
    text = (
        "A police officer was shot in Los Angeles on Sunday, officials said.\n\n"
        "The officer, who joined the force in 2009, was released from an L.A. hospital."
    )
    actors = analyze(article_from_text(text)).actors
    assert [a.name for a in actors if "L.A." in (a.name, *a.aliases)] == ["Los Angeles"]


def test_a_persons_family_name_is_no_armed_group() -> None:
    text = (
        "\"The atmosphere has changed,\" Mark Potok, editor of the report, told reporters.\n\n"
        "Coverage grew because of the extremist group, Potok told reporters on Tuesday."
    )
    assert _owners(text, "Potok") == ["Mark Potok"]


def test_a_full_name_without_its_middle_name_is_the_same_person() -> None:
    text = (
        "Victor Arden Barnard was arrested in Brazil on Friday.\n\n"
        "Victor Barnard had been on the run since 2014.\n\n"
        "Barnard led a religious group in Minnesota."
    )
    assert _owners(text, "Victor Barnard", "Barnard") == ["Victor Arden Barnard"]
