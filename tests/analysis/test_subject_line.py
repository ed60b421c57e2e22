"""The subject line: who did what, where, from the lede; the headline or the lede's event
phrase when the lede names no actor; never a cut phrase, a list of headings or a label."""

from __future__ import annotations

import dataclasses

import pytest

from briefwright.analysis.engine import analyze
from briefwright.analysis.sections.headings import TOPIC_LABELS
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article

# What a line may not end on: a determiner, preposition, conjunction or possessive.
_DANGLING = frozenset(
    (
        *("the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and"),
        *("or", "but", "his", "her", "its", "their", "this", "that", "which", "who", "'s", "’s"),
    )
)


def subject_of(text: str) -> str:
    return analyze(article_from_text(text)).subject


def test_sample_names_the_evacuation_and_the_place(sample_analysis: Analysis) -> None:
    # The lede's subject is a cause ("The recent political upheaval … has led to"): the event
    # is the evacuation, and the place the lede gives is added.
    assert sample_analysis.subject == "Partial evacuation of the US Embassy in Niger"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Typhoon Halong killed at least 14 people and drove more than 200,000 from their "
            "homes as it swept across the central Philippines on Monday, disaster officials "
            "said on Tuesday.\n\nRescuers were searching for survivors.",
            "Typhoon Halong killed at least 14 people across the central Philippines",
        ),
        (
            "Kenya's High Court on Wednesday suspended a new tax on mobile money transfers, "
            "dealing a blow to the government's plan to raise revenue.\n\nThe ruling stands.",
            "Kenya's High Court suspended a new tax on mobile money transfers",
        ),
        (
            "However, the central bank raised its main interest rate by half a point to 5.25% "
            "on Thursday, its third increase this year.\n\nMarkets fell.",
            "The central bank raised its main interest rate by half a point to 5.25%",
        ),
    ],
)
def test_a_clean_lede_gives_its_main_clause(text: str, subject: str) -> None:
    # Dates, the participle clause after the comma and a leading connective are left out.
    assert subject_of(text) == subject


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five people at a market in Kano on Tuesday, police said.\n\nMore.",
        "Police said on Tuesday that gunmen killed five people at a market in Kano.\n\nMore.",
        "According to police, gunmen killed five people at a market in Kano on Tuesday.\n\nMore.",
    ],
)
def test_the_attribution_is_left_out(text: str) -> None:
    assert subject_of(text) == "Gunmen killed five people at a market in Kano"


def test_a_speaker_named_by_a_pronoun_stays_with_its_words() -> None:
    text = (
        "Cloud software company Altavia said on Tuesday it would cut about 4,000 jobs, or 9% "
        "of its workforce, by the end of March.\n\nShares rose."
    )
    assert subject_of(text) == "Cloud software company Altavia said it would cut about 4,000 jobs"


@pytest.mark.parametrize(
    "text",
    [
        "title: Court bans sale of state stake in port operator\n\nThis decision ends a long "
        "dispute between the government and the unions over the port.\n\nIt can be appealed.",
        "title: Court bans sale of state stake in port operator\n\nIt ends a long dispute "
        "between the government and the unions over the port.\n\nIt can be appealed.",
        "title: Court bans sale of state stake in port operator\n\nHe said the unions had "
        "won a long dispute with the government over the port.\n\nIt can be appealed.",
    ],
)
def test_a_lede_that_points_back_gives_way_to_the_headline(text: str) -> None:
    assert subject_of(text) == "Court bans sale of state stake in port operator"


def test_a_topic_label_is_no_headline() -> None:
    subject = subject_of("title: Developments\n\nIt was a week of surprises.\n\nMore is due.")
    assert subject not in TOPIC_LABELS
    assert "Developments" not in subject


def test_a_title_made_from_the_file_name_is_no_headline() -> None:
    text = "This decision ends a long dispute over the port.\n\nIt can be appealed."
    article = article_from_text(text, path="court-bans-port-sale.txt")
    named = dataclasses.replace(article, title="court bans port sale")
    assert analyze(named).subject != "Court bans port sale"


def test_the_dateline_is_dropped_and_gives_the_place() -> None:
    text = (
        "GENEVA (Reuters) - The World Health Organization declared the outbreak a global "
        "emergency on Wednesday.\n\nCases have doubled in a month."
    )
    assert subject_of(text) == (
        "The World Health Organization declared the outbreak a global emergency in Geneva"
    )


def test_a_dateline_place_is_not_added_to_a_line_that_names_one() -> None:
    text = (
        "LAGOS, Nigeria (Reuters) - Gunmen kidnapped 20 students from a boarding school in "
        "northern Nigeria on Friday, local officials said.\n\nThe army began a search."
    )
    assert subject_of(text) == (
        "Gunmen kidnapped 20 students from a boarding school in northern Nigeria"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Cut by length at a phrase that is not whole ("in breach | of", "in order | to").
        "The United States on Tuesday imposed sanctions on six shipping companies and 12 "
        "tankers it accused of carrying Iranian oil to China in breach of U.S. sanctions.",
        "The European Commission on Wednesday fined chip designer Arvent 420 million euros for "
        "forcing smartphone makers to buy its modems in order to license its designs.",
        # A participle and its clause cut off ("a ceasefire agreed | after", "a fine he had
        # imposed | when").
        "Southeast Asian leaders on Tuesday called on Myanmar's military government to extend "
        "a ceasefire agreed after the March earthquake and to let aid reach rebel areas.",
        "A federal judge suspended a $1,000-a-day fine he had imposed when he found the "
        "reporter in civil contempt in March, saying it had not achieved its goal.",
        # An object the verb needs after an aside ("ordered Carlo Ferretti, …, to stand trial").
        "A Milan judge on Thursday ordered Carlo Ferretti, the former chief executive of "
        "Adriatica Energia, to stand trial on charges of bribing officials in Angola.",
    ],
)
def test_no_phrase_is_cut(text: str) -> None:
    subject = subject_of(text + "\n\nThe case goes on.")
    words = subject.split()
    assert 4 <= len(words) <= 16
    assert words[-1].casefold() not in _DANGLING
    assert not words[-1].endswith(("'s", "’s", "'", "’"))
    assert ";" not in subject
    assert not subject.endswith(".")
    assert subject[0].isupper()


def test_the_aside_is_stepped_over_to_the_verbs_object() -> None:
    text = (
        "A Milan judge on Thursday ordered Carlo Ferretti, the former chief executive of "
        "Adriatica Energia, to stand trial on charges of bribing officials.\n\nMore."
    )
    assert subject_of(text) == (
        "A Milan judge ordered Carlo Ferretti to stand trial on charges of bribing officials"
    )


def test_the_subject_is_deterministic(sample_article: Article) -> None:
    assert analyze(sample_article).subject == analyze(sample_article).subject


def test_a_time_adverb_cut_from_its_phrase_is_left_out() -> None:
    line = subject_of(
        "ANKARA, Feb 9 (Reuters) - A magnitude 6.8 earthquake struck eastern Turkey early on "
        "Thursday, killing at least 40 people, the disaster agency said.\n\n"
        "Rescue teams searched the rubble through the night.\n"
    )
    assert not line.lower().endswith(("early", "late"))
    assert line.startswith("A magnitude 6.8 earthquake struck eastern Turkey")
