"""Sources after a quotation and sources described rather than named."""

from __future__ import annotations

from briefwright.analysis.engine import analyze
from briefwright.analysis.statements.factkinds import statement
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Fact


def _source(sentence: str) -> str | None:
    found = statement(sentence)
    return sentence[found.source[0] : found.source[1]] if found.source else None


def _speakers(text: str) -> list[str | None]:
    facts: tuple[Fact, ...] = analyze(article_from_text(text)).facts
    return [f.speaker for f in facts]


def test_a_reporter_after_a_quotation_speaks_and_a_credit_line_does_not() -> None:
    quoted = '"I am sitting in my apartment," CNN producer Gul Tuysuz reported from Istanbul.'
    assert _source(quoted) == "CNN producer Gul Tuysuz"
    assert _source("CNN's Gul Tuysuz reported from Istanbul.") is None


def test_posted_reports_speech_only_after_the_quotation() -> None:
    assert _source('"Just come home, we are so worried about you" the family posted Saturday.') == (
        "the family"
    )
    assert _source('Whoever created the file, posted online Saturday, wrote "we are here."') != (
        "online Saturday"
    )
    sentence = (
        "Hostin said only about 40% of rapes that occur are even reported: "
        '"So the suggestion flies in the face of the statistics."'
    )
    assert _source(sentence) != "only about 40% of rapes that occur are even"


def test_a_described_source_may_close_with_a_clause_on_who_it_is() -> None:
    sentence = (
        "On Monday, five were still being held by police, said an activist, "
        "who asked not to be identified."
    )
    assert _source(sentence) == "an activist"


def test_a_description_takes_up_the_organisation_that_spoke_just_before() -> None:
    text = (
        "Astronauts completed a spacewalk on Sunday, NASA reported. In a tweet, the space agency "
        'said the astronaut had water inside his helmet but "it is a known issue." '
        '"Crews have now spent a total of 1,171 hours on spacewalks," the agency said.'
    )
    assert _speakers(text) == ["NASA", "NASA", "NASA"]


def test_the_group_is_the_organisation_that_spoke_since_it_was_described() -> None:
    text = (
        "The Syrian Observatory for Human Rights, an activist group, said 40 people died. "
        "Fighting went on overnight, the activist group said. "
        "Also this weekend, the Syrian Observatory reported that ISIS has killed 1,969 people. "
        "Six were children and eight were women, the group said."
    )
    assert _speakers(text)[-1] == "Syrian Observatory for Human Rights"


def test_more_verbs_report_what_someone_said() -> None:
    assert _source("But he also stressed that the group did not travel to fight.") == "he"
    assert _source("Knowles indicated Friday he won't be stepping down.") == "Knowles"
    assert _source("As proof, she contends, she has given her attorney general free rein.") == (
        "she"
    )
    assert _source("Asked where he worked, Kraft responded, 1 Patriot Place.") == "Kraft"
    assert _source("Some of the sea lions responded to have had to be euthanized.") is None
    assert _source("Kraft testified that he asked to speak with Hernandez.") == "Kraft"
    assert _source("Riley emphasized that the procedures can be lifesaving.") == "Riley"


def test_though_and_although_are_no_part_of_a_source() -> None:
    assert _source("Western officials, though, say that ISIS is pushing a false story.") == (
        "Western officials"
    )
    assert _source("The video is blurry, although police say it shows the suspect.") == "police"


def test_a_mark_between_two_letters_opens_no_quotation() -> None:
    from briefwright.analysis.statements.quotations import continuations

    facts = analyze(
        article_from_text(
            'Okay, maybe that"s a stretch. Officials traveling with him said he was busy.'
        )
    ).facts
    assert continuations(facts) == {}
    assert facts[-1].kind == "claim"
