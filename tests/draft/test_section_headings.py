"""Section headings that state what the section says: never an outlet, never "Outlook" over
the present, never over a bare pointer, and no reporters' credit printed as news."""

from __future__ import annotations

import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.draft.printmarks import unprinted
from briefwright.draft.printplan import redraft
from briefwright.draft.section_heading import drafted_heading
from briefwright.draft.summary import ALL_ELSEWHERE, label_of, picked_fact_ids
from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from tests.briefings import small_briefing
from tests.headings_check import is_supported

# Written for these tests: a robbery crew, a station that reports it, a reporters' credit.
CREW = "\n\n".join(
    [
        "Reward offered for masked crew after sixth bank robbery",
        "A three-man crew wearing ski masks robbed a credit union in Dayton, Ohio, on Tuesday,"
        " police said.",
        "It was the crew's sixth robbery since January, and detectives say the men are growing"
        " bolder.",
        '"They held a teller at gunpoint and emptied two drawers in under two minutes," a police'
        " spokesman told CNN affiliate WHIO.",
        "The robbers fled in a gray sedan, WHIO reported.",
        "The FBI is offering a $20,000 reward for information leading to an arrest.",
        "Investigators recovered a glove and a shoe print from the parking lot.",
        "Detectives have linked the crew to robberies in Kettering and Xenia.",
        "CNN's Mara Lind and Tom Ruiz contributed to this report.",
    ]
)


@pytest.fixture(scope="module", params=["bluf-memo", "sitrep"])
def crew(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    path = tmp_path_factory.mktemp("crew") / "crew.txt"
    path.write_text(CREW, encoding="utf-8")
    return open_briefing(path, request.param)


def test_no_heading_names_an_outlet(crew: Briefing) -> None:
    printed = [s for s in crew.sections if s.printed_in]
    assert printed
    for section in printed:
        assert "CNN" not in section.heading and "WHIO" not in section.heading, section.heading
        assert "WHIO" not in section.label and "CNN" not in section.label


def test_a_reporters_credit_prints_nowhere(crew: Briefing) -> None:
    lines = compose(crew).plain_lines()
    assert not any("contributed to this report" in line for line in lines)
    # Nor do the reporters it names, as actors of the news.
    assert not any("Mara Lind" in line or "Tom Ruiz" in line for line in lines)
    credit = next(f for f in crew.facts if "contributed to this report" in f.text)
    assert credit.id not in picked_fact_ids(crew)


def test_a_section_that_would_only_point_is_left_out_and_not_reported_missing(
    crew: Briefing,
) -> None:
    lines = compose(crew).plain_lines()
    assert not any("See key fact" in line or "See the" in line for line in lines)
    for section in crew.sections:
        if section.included and section.elsewhere and not section.printed:
            assert section.printed_in is None and section.not_printed == ALL_ELSEWHERE
            assert section.pointer  # the outline still says where its sentences print
    # Nothing of it is missing from the page: the window's note does not list it.
    assert all(reason != ALL_ELSEWHERE for _, _, reason in unprinted(crew))


def test_a_section_picked_by_hand_still_points_to_where_its_sentences_print() -> None:
    briefing = small_briefing()
    section = next(s for s in briefing.sections if s.id == "s2")
    assert section.printed_in is None and section.elsewhere == ["f3"]
    section.chosen = ["f3"]
    redraft(briefing)
    assert section.printed_in is not None and section.pointer.startswith("Key fact")
    assert any(line.startswith(section.heading) for line in compose(briefing).plain_lines())


def test_the_stated_headings_are_what_their_sections_print(crew: Briefing) -> None:
    facts = {f.id: f for f in crew.facts}
    stated = [s for s in crew.sections if s.printed_in and label_of(s.heading) is None]
    assert stated
    for section in stated:
        texts = [facts[i].original for i in section.printed]
        assert is_supported(section.heading, texts, CREW), (section.heading, texts)
    # The memo prints the reward as a key fact, the SITREP among the actions taken.
    assert any("$20,000 reward" in line for line in compose(crew).plain_lines())


def test_outlook_heads_only_what_looks_ahead() -> None:
    briefing = small_briefing()
    section = next(s for s in briefing.sections if s.id == "s1")
    # A present-tense section the analysis labelled as an outlook.
    section.heading = section.original_heading = section.auto_heading = "Outlook for junta"
    section.label, section.role = "Outlook for junta", "outlook"
    section.sentence_headings = {}
    heading = drafted_heading(briefing, section, set())
    assert not heading.startswith("Outlook")
    # What is to come may be headed as an outlook.
    ahead = next(s for s in briefing.sections if s.id == "s2")
    ahead.heading = ahead.original_heading = ahead.auto_heading = "Outlook for junta"
    ahead.label, ahead.sentence_headings, ahead.printed = "Outlook for junta", {}, ["f4"]
    # ("… for junta" names no one the sentence names: the label keeps to what it says.)
    assert drafted_heading(briefing, ahead, set()) == "Outlook"


def test_a_label_proposed_for_a_section_gives_way_to_what_a_sentence_states() -> None:
    briefing = small_briefing()
    section = next(s for s in briefing.sections if s.id == "s1")
    section.heading = section.original_heading = section.auto_heading = "Developments"
    section.sentence_headings = {"f2": "Troops guard palace"}
    section.printed = ["f2"]
    assert drafted_heading(briefing, section, set()) == "Troops guard palace"


def test_a_heading_that_is_all_its_section_prints_is_no_heading() -> None:
    briefing = small_briefing()
    section = next(s for s in briefing.sections if s.id == "s1")
    section.heading = section.original_heading = section.auto_heading = "Developments"
    section.sentence_headings = {"f2": "Troops guarded the palace"}  # the sentence, whole
    section.printed = ["f2"]
    assert drafted_heading(briefing, section, set()) != "Troops guarded the palace"


def test_of_two_joined_events_the_one_the_section_prints_heads_it() -> None:
    briefing = small_briefing()
    section = next(s for s in briefing.sections if s.id == "s1")
    section.heading = section.original_heading = section.auto_heading = (
        "Palace guard and border closure"
    )
    section.sentence_headings, section.printed, section.label = {}, ["f2"], "Developments"
    assert drafted_heading(briefing, section, set()) == "Palace guard"


def test_a_topic_label_heads_only_what_bears_it_out() -> None:
    briefing = small_briefing()
    section = next(s for s in briefing.sections if s.id == "s1")
    section.heading = section.original_heading = section.auto_heading = "Developments"
    section.sentence_headings, section.printed = {}, ["f2"]
    section.label = "Casualties"  # "Troops guarded the palace." names no one killed
    assert drafted_heading(briefing, section, set()) != "Casualties"
    section.label = "Security situation"  # troops: a cue of security
    assert drafted_heading(briefing, section, set()) == "Security situation"


def test_a_label_names_an_actor_its_section_prints() -> None:
    briefing = small_briefing()
    section = next(s for s in briefing.sections if s.id == "s2")
    section.heading = section.original_heading = section.auto_heading = "Reaction"
    section.sentence_headings, section.printed = {}, ["f3"]
    section.label = "Reaction involving Paris"
    # "The regional bloc imposed sanctions on the junta.": the bloc acts, Paris is not named.
    assert drafted_heading(briefing, section, set()) == "Reaction involving bloc"


def test_a_title_is_never_what_one_speaker_says(tmp_path_factory: pytest.TempPathFactory) -> None:
    from briefwright.analysis.engine import analyze
    from briefwright.draft.proposal import proposed_title
    from briefwright.ingest import article_from_text

    text = "\n\n".join(
        [
            '"We will rebuild every school in the district," Governor Ana Reyes said on Monday.',
            "Floodwaters destroyed four schools in the district last week, officials said.",
        ]
    )
    article = article_from_text(text)
    assert "“" not in proposed_title(article, analyze(article))


def test_an_outlet_that_only_reports_is_no_key_actor(crew: Briefing) -> None:
    # "told CNN affiliate WHIO", "WHIO reported": they report the robbery, they are in it no
    # more than the reader is.
    key = {a.name for a in crew.actors if a.included}
    assert not key & {"CNN", "WHIO"}
    assert "FBI" in key
