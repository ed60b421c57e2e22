"""A SITREP's shape: location line, incidents, actions by actors of the story, next steps
from every dated future event, and an outlook of what is to come only."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.draft.actions_taken import actions_taken
from briefwright.draft.dating import ahead_sentences
from briefwright.draft.incidentcues import is_incident
from briefwright.draft.incidents import first_place, incidents
from briefwright.draft.printplan import redraft
from briefwright.draft.summary import looks_ahead
from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from briefwright.writers.pdf import pdf_bytes
from briefwright.writers.word import docx_bytes
from tests.writers.readback import docx_lines, pdf_text, squash

DATA = Path(__file__).parents[1] / "data"
KENYA = DATA / "alerts" / "unrest-nairobi-tax.txt"


@pytest.fixture(scope="module")
def kenya() -> Briefing:
    return open_briefing(KENYA, "sitrep")


@pytest.fixture(scope="module")
def kenya_pages(kenya: Briefing) -> list[str]:
    """Return the Kenya SITREP as the PDF and the Word file print it, whitespace removed."""
    document = compose(kenya)
    return [
        squash(pdf_text(pdf_bytes(document))),
        squash("\n".join(docx_lines(docx_bytes(document)))),
    ]


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(squash(start)) : text.index(squash(end))]


def test_the_location_line_lists_the_places_most_specific_first(
    kenya_pages: list[str],
) -> None:
    for text in kenya_pages:
        line = _between(text, "Location:", "Situation")
        assert squash("Nairobi") in line and squash("Mombasa Road") in line
        assert line.endswith(squash("Kenya"))  # the country once, last
        assert squash("United States") not in line  # a country that only reacts


def test_incidents_list_what_happened_where_with_arrests_and_casualties(
    kenya: Briefing, kenya_pages: list[str]
) -> None:
    found = incidents(kenya)
    assert any("52 people had been arrested" in i.text and i.place == "Nairobi" for i in found)
    assert any("gunshot wounds" in i.text and i.place == "Kisumu" for i in found)
    for text in kenya_pages:
        part = _between(text, "Incidents", "Actions taken")
        assert squash("Nairobi: Police said 52 people had been arrested in Nairobi.") in part
        assert squash("Kisumu: A hospital in Kisumu said it was treating eleven") in part


@pytest.mark.parametrize(
    ("text", "incident"),
    [
        ("Police said 52 people had been arrested in Nairobi.", True),
        ("Police fired tear gas at protesters.", True),
        ("The earthquake killed at least 70 people.", True),
        ("Heavy fighting broke out around the town of Sake.", True),
        ("Five people died of a haemorrhagic fever.", True),
        # What may come, or what is only said, is no incident.
        ("Opposition leaders said protesters could be arrested next week.", False),
        ("The court will rule on the appeal in January.", False),
        ("The minister said the budget was balanced.", False),
    ],
)
def test_an_incident_is_what_happened(text: str, incident: bool) -> None:
    assert is_incident(text) is incident


def test_an_incident_is_placed_at_the_first_place_it_names_the_longer_name_first() -> None:
    places = ["Mombasa", "Nairobi", "Mombasa Road", "Kenya"]
    assert first_place("Police fired tear gas in central Nairobi and Mombasa.", places) == (
        "Nairobi"
    )
    assert first_place("Protesters blocked Mombasa Road for hours.", places) == "Mombasa Road"
    assert first_place("Nothing here.", places) == ""


def test_actions_are_responses_by_actors_of_the_story(kenya: Briefing) -> None:
    taken = {(a.actor, a.verb) for a in actions_taken(kenya)}
    # The ministry the story names by what it is acted; the police firing tear gas is an
    # incident, not an action.
    assert ("Interior ministry", "banned") in taken
    assert not any(actor.startswith("Kenyan") for actor, _ in taken)


def test_a_joint_subject_and_a_reported_action_are_actions() -> None:
    briefing = open_briefing(DATA / "alerts" / "outbreak-marburg-kasese.txt", "sitrep")
    taken = {(a.actor, a.verb) for a in actions_taken(briefing)}
    assert ("Kenya and Rwanda", "stepped") in taken  # "said they had stepped up screening"
    assert ("Ministry", "advised") in taken


def test_next_steps_give_every_dated_future_event_in_its_whole_sentence(
    kenya: Briefing,
) -> None:
    steps = kenya.next_steps.splitlines()
    assert steps == [
        "26 Jun 2026: The United States and Britain urged restraint and said their embassies"
        " would be closed to the public on Friday. [¶5]",
        "30 Jun 2026: Opposition leaders called for more protests next Tuesday. [¶4]",
    ]
    quake = open_briefing(DATA / "alerts" / "earthquake-jajarkot.txt", "sitrep")
    assert "would decide on Monday whether to ask for international aid" in quake.next_steps


@pytest.mark.parametrize(
    "path",
    [DATA / "articles" / "strike-port-city.txt", *sorted((DATA / "alerts").glob("*.txt"))],
    ids=lambda p: p.stem,
)
def test_the_outlook_holds_only_what_is_to_come(path: Path) -> None:
    briefing = open_briefing(path, "sitrep")
    ahead = ahead_sentences(briefing)
    facts = {f.id: f for f in briefing.facts}
    for section in briefing.sections:
        if section.printed_in and section.role == "outlook":
            for fid in section.printed:
                assert looks_ahead(facts[fid], ahead), facts[fid].text
        elif section.included and section.role == "outlook":
            # Nothing ahead, or all it holds ahead prints in another part (the summary).
            assert "looks ahead" in section.not_printed or section.elsewhere


def test_the_lede_and_watching_are_no_actions_taken() -> None:
    malawi = open_briefing(DATA / "alerts" / "election-malawi.txt", "sitrep")
    assert not any(a.text.startswith("Malawians voted") for a in actions_taken(malawi))
    jakarta = open_briefing(DATA / "alerts" / "legal-jakarta-code.txt", "sitrep")
    assert not any("was studying the code" in a.text for a in actions_taken(jakarta))


@pytest.mark.parametrize(
    ("stem", "actor", "verb"),
    [
        # A body's action in a later clause; an action reported by its doer.
        ("election-malawi", "Police", "deployed"),
        ("transport-france-atc", "Ryanair", "cancelled"),
    ],
)
def test_actions_in_a_later_clause_or_reported_by_their_doer(
    stem: str, actor: str, verb: str
) -> None:
    briefing = open_briefing(DATA / "alerts" / f"{stem}.txt", "sitrep")
    assert (actor, verb) in {(a.actor, a.verb) for a in actions_taken(briefing)}


def test_what_an_actor_did_before_is_history_not_an_action() -> None:
    briefing = open_briefing(DATA / "alerts" / "terrorism-peshawar-market.txt", "sitrep")
    assert not any("similar" in a.text for a in actions_taken(briefing))


def test_the_bottom_line_looks_ahead_with_an_unticked_next_decision() -> None:
    quake = open_briefing(DATA / "alerts" / "earthquake-jajarkot.txt", "travel-alert")
    assert quake.bottom_line.startswith("A magnitude 6.2 earthquake struck western Nepal")
    assert quake.bottom_line.endswith(
        "The government in Kathmandu said it would decide on Monday whether to ask for"
        " international aid."
    )


def test_an_incident_unticked_with_its_section_leaves_the_sitrep() -> None:
    from briefwright.draft.incidents import incidents
    from briefwright.draft.printplan import redraft

    briefing = open_briefing(DATA / "alerts" / "conflict-sake-goma.txt", "sitrep")
    found = incidents(briefing)
    assert found
    gone = found[0].fact
    fact = next(f for f in briefing.facts if f.id == gone)
    fact.included = False
    for section in briefing.sections:
        if fact.paragraph in section.paragraphs:
            section.included = False
    redraft(briefing)
    assert gone not in {i.fact for i in incidents(briefing)}


def test_a_deadline_whose_fact_is_unticked_drafts_no_next_step(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_text(
        "Dockworkers strike shuts port\n\n"
        "CHITTAGONG, Bangladesh, March 4 (Reuters) - Dockworkers walked off the job at the port "
        "on Tuesday after wage talks collapsed, union officials said.\n\n"
        "Commerce Minister Tipu Munshi said the government would meet union leaders on Thursday "
        "and urged both sides to return to talks.",
        encoding="utf-8",
    )
    briefing = open_briefing(path, "sitrep")
    fact = next(f for f in briefing.facts if "Munshi" in f.text)
    fact.included = True
    for event in briefing.events:
        event.included = event.paragraph != fact.paragraph
    redraft(briefing)
    assert "return to talks" in briefing.next_steps
    fact.included = False
    redraft(briefing)
    assert "return to talks" not in briefing.next_steps


def test_an_actor_named_after_its_role_acts_and_one_beside_another_does_not(
    tmp_path: Path,
) -> None:
    article = tmp_path / "port.txt"
    article.write_text(
        "Dockworkers strike shuts Chittagong port\n\n"
        "CHITTAGONG, Bangladesh, March 4 (Reuters) - Thousands of dockworkers walked off the "
        "job at Chittagong port on Tuesday after wage talks collapsed, union officials said.\n\n"
        "The Chittagong Port Authority called the strike illegal. Its chairman, Rear Admiral "
        "Shahjahan Khan, ordered naval personnel to guard the terminals on Wednesday.\n\n"
        "At the harbour gate on Thursday, Khan, with his deputy, Anwar Hossain, at his side, "
        "closed the terminals to trucks.\n",
        encoding="utf-8",
    )
    taken = {(a.actor, a.verb) for a in actions_taken(open_briefing(article, "sitrep"))}
    assert ("Shahjahan Khan", "ordered") in taken
    assert not any(actor == "Anwar Hossain" for actor, _ in taken)


def test_an_event_of_an_earlier_year_is_history_not_an_incident(tmp_path: Path) -> None:
    article = tmp_path / "fire.txt"
    article.write_text(
        "Wildfire forces thousands from homes north of Sacramento\n\n"
        "OROVILLE, California, Aug 12 (Reuters) - A fast-moving wildfire forced about 9,000 "
        "residents of Butte County to leave their homes on Tuesday after strong winds pushed "
        "the flames across a highway, officials said.\n\n"
        "The fire had burned more than 18,000 acres by Tuesday evening and was 5 percent "
        "contained, according to the state fire agency.\n\n"
        "Pacific Gas and Electric Co cut power to 40,000 customers as a precaution. PG&E "
        "equipment was blamed for the 2018 Camp Fire, which killed 85 people in the same "
        "county.\n",
        encoding="utf-8",
    )
    texts = [i.text for i in incidents(open_briefing(article, "sitrep"))]
    assert any("18,000 acres" in t for t in texts)
    assert not any("Camp Fire" in t for t in texts)  # the year it recalls is not the story's
