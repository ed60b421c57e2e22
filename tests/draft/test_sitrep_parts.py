"""A SITREP's Location line, actions taken and incidents on stories that are not attacks: a
letter about talks, a claim against the police, an election and a series of robberies."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.draft.actions_taken import actions_taken
from briefwright.draft.alert import locations
from briefwright.draft.incidentcues import is_incident
from briefwright.draft.incidents import incidents
from briefwright.model.briefing import Briefing

STORIES = Path(__file__).parents[1] / "data" / "sitrep"


@pytest.fixture(scope="module")
def letter() -> Briefing:
    return open_briefing(STORIES / "letter.txt", "sitrep")


@pytest.fixture(scope="module")
def claim() -> Briefing:
    return open_briefing(STORIES / "claim.txt", "sitrep")


@pytest.fixture(scope="module")
def vote() -> Briefing:
    return open_briefing(STORIES / "vote.txt", "sitrep")


@pytest.fixture(scope="module")
def robbers() -> Briefing:
    return open_briefing(STORIES / "robbers.txt", "sitrep")


@pytest.fixture(scope="module")
def helicopter() -> Briefing:
    return open_briefing(STORIES / "helicopter.txt", "sitrep")


def test_a_country_that_talks_or_sanctions_are_about_is_no_location(letter: Briefing) -> None:
    # "negotiations between the U.S. and Venezuela over Caracas's oil exports", "sanctions
    # on Venezuela": the topic of the letter, not where it was written or sent.
    assert not {"Venezuela", "Caracas"} & set(locations(letter))


def test_a_country_that_names_a_matter_is_no_location(vote: Briefing) -> None:
    # "his stance on the Russia gas deal": the election happens in Norway only.
    assert locations(vote) == ["Norway"]


def test_the_scene_an_early_sentence_names_is_the_location(claim: Briefing) -> None:
    # The lede names no place; "storm Olin's house in Tacoma, Washington" does, and the
    # later scenes (a shooting in Seattle, thefts in Spokane) are other stories.
    assert locations(claim) == ["Tacoma", "Washington"]


def test_actions_are_what_an_actor_did_with_the_actor_who_did_it(letter: Briefing) -> None:
    taken = actions_taken(letter)
    said = {(a.actor, a.verb) for a in taken}
    assert ("State Department", "threatened") in said  # "earlier threatened to veto"
    assert ("Jane Hollis", "released") in said  # "Hollis on Saturday released a statement"
    assert ("Jane Hollis", "introduced") in said


def test_who_filed_a_claim_is_the_actor_not_whom_it_accuses(claim: Briefing) -> None:
    taken = actions_taken(claim)
    assert [(a.actor, a.verb) for a in taken] == [
        ("Marek Olin's parents", "filed"),
        # The whole name, though the recogniser may cut it after "Council on".
        ("Council on American Islamic Relations Washington", "filed"),
    ]
    # "The claim argues the police had no reason …" is the family's, not an act of police;
    # an old admission is no action taken in response.
    assert not any("argues" in a.text or "admitted" in a.text for a in taken)


def test_a_group_named_by_what_its_people_are_is_never_the_actor(robbers: Briefing) -> None:
    taken = actions_taken(robbers)
    assert all(a.actor not in ("Hispanic", "white") for a in taken)
    # The holdup itself is an incident, not an action taken.
    assert not any("No one was injured" in a.text for a in taken)


def test_the_credits_are_no_action(tmp_path: Path) -> None:
    story = tmp_path / "credits.txt"
    story.write_text(
        "Flooding closed the main road into Hilo on Tuesday, officials said.\n\n"
        "The county government opened two shelters on Tuesday night.\n\n"
        "CNN's Ana Ruiz contributed to this report.\n",
        encoding="utf-8",
    )
    taken = actions_taken(open_briefing(story, "sitrep"))
    assert taken and not any("contributed" in a.text for a in taken)


def test_a_series_of_robberies_is_a_series_of_incidents(robbers: Briefing) -> None:
    found = incidents(robbers)
    texts = " ".join(i.text for i in found)
    assert "held up a Shell station in Dayton" in texts
    assert "robbed a convenience store in Richmond" in texts
    assert any(i.place == "Dayton" for i in found)
    # A sentence telling robberies in two towns is placed in both, not in the first alone.
    assert any(i.place == "Richmond; Springfield" for i in found)


def test_the_bottom_line_is_not_repeated_as_an_incident(claim: Briefing) -> None:
    found = incidents(claim)
    assert not {i.fact for i in found} & set(claim.bottom_line_refs)
    assert not any("plans to sue" in i.text for i in found)


def test_an_incident_that_points_to_a_sentence_not_listed_is_left_out(
    claim: Briefing,
) -> None:
    # "It was during that raid that Olin was shot dead.": "that raid" is not printed.
    assert not any(i.text.startswith("It was during") for i in incidents(claim))


def test_a_claimed_incident_prints_with_its_caveat_and_denial(helicopter: Briefing) -> None:
    found = incidents(helicopter)
    claimed = next(i for i in found if "shot down an army helicopter" in i.text)
    assert "could not be independently verified" in claimed.text
    assert claimed.text.endswith("The army denied that any aircraft had been lost.")
    # The caveat and the denial print there, not again in another part.
    facts = {f.id: f for f in helicopter.facts}
    assert len(claimed.joined) == 2
    assert {facts[f].printed_in for f in claimed.joined} == {facts[claimed.fact].printed_in}
    # A denial is said, not an action taken.
    assert not any("denied" in a.text for a in actions_taken(helicopter))


def test_what_was_done_before_the_news_is_no_action_taken(tmp_path: Path) -> None:
    story = tmp_path / "history.txt"
    story.write_text(
        "A federal judge on Friday ordered the Interior Department to release its files on "
        "the Fenwick Dam collapse in 2015.\n\n"
        "The Sierra Trust sued the Interior Department in 2011 to have the files made "
        "public.\n\n"
        "The Interior Department appealed the ruling on Saturday, a spokesman said.\n",
        encoding="utf-8",
    )
    taken = actions_taken(open_briefing(story, "sitrep"))
    assert [a.verb for a in taken] == ["appealed"]


def test_a_claimed_incident_prints_with_a_denial_told_as_a_fact(claim: Briefing) -> None:
    claimed = next(i for i in incidents(claim) if "attacked him with a knife" in i.text)
    assert claimed.text.endswith("The family denied the claim, saying Olin was unarmed.")


def test_a_town_is_not_an_actor_but_its_government_is(tmp_path: Path) -> None:
    story = tmp_path / "town.txt"
    story.write_text(
        "Rebels captured the northern town of Lenga on Monday after two days of fighting, "
        "officials said.\n\n"
        "Lenga fell to the rebels in a few hours, witnesses said.\n\n"
        "Kenya sent two army battalions to the border on Tuesday.\n",
        encoding="utf-8",
    )
    taken = actions_taken(open_briefing(story, "sitrep"))
    assert [(a.actor, a.verb) for a in taken] == [("Kenya", "sent")]


def test_a_towns_police_place_the_story_in_the_town(tmp_path: Path) -> None:
    story = tmp_path / "police.txt"
    story.write_text(
        "Two police officers were fired over a series of offensive text messages, Dayton "
        "police said on Friday.\n\n"
        "The officers had served on the force for ten years.\n",
        encoding="utf-8",
    )
    assert locations(open_briefing(story, "sitrep")) == ["Dayton"]


@pytest.mark.parametrize(
    ("text", "incident"),
    [
        ("The robbers held up a gas station in Dayton on Tuesday.", True),
        ("The pair robbed a convenience store in Richmond.", True),
        ("The bandits pulled off their latest robbery on Monday.", True),
        ("Two helicopters collided above the town.", True),
        ("Police opened fire on the crowd.", True),
        ("The former president passed away on Sunday.", True),
        # Only claimed, heard or denied: no incident told.
        ("Detectives doubt his claim that he opened fire in self-defence.", False),
        ("She said she has heard that a tractor-trailer collided with cars.", False),
        ("The army denied that the helicopter was shot down.", False),
    ],
)
def test_what_tells_an_incident(text: str, incident: bool) -> None:
    assert is_incident(text) is incident
