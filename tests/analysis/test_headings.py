"""Honest headings: every section heading is a phrase its paragraphs state or a topic label.

Checked on tests/data/headings (articles written for this check), tests/data/labelled,
tests/data/wire and the sample (bench/quality_headings.py prints the figures). Measured:
all 207 headings pass; before clause headings and topic labels, 82 of 207 did, and 32
named an invented agent ("X by Y").
"""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze, analyze_many
from briefwright.analysis.sections.headings import short_name, topic_labels
from briefwright.draft.proposal import propose
from briefwright.draft.subject import is_topic_label
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Actor, Analysis
from briefwright.model.article import Article
from tests.headings_check import DATA, failures, heading_sets, is_supported


@pytest.fixture(scope="module")
def analysed() -> list[tuple[str, Article, Analysis]]:
    articles = [item for items in heading_sets().values() for item in items]
    done = analyze_many([a for _, a in articles])
    return [(n, a, an) for (n, a), an in zip(articles, done, strict=True)]


def test_own_heading_set_is_big_enough() -> None:
    assert len(list((DATA / "headings").glob("*.txt"))) >= 12


def test_every_heading_is_stated_or_a_topic_label(
    analysed: list[tuple[str, Article, Analysis]],
) -> None:
    assert [f"{n}: {h}" for n, a, an in analysed for h in failures(a, an)] == []


def test_headings_unique_within_an_article(analysed: list[tuple[str, Article, Analysis]]) -> None:
    for name, _, analysis in analysed:
        headings = [s.heading.lower() for s in analysis.sections]
        assert len(set(headings)) == len(headings), (name, headings)


@pytest.mark.parametrize(
    ("heading", "supported"),
    [
        ("Tchiani rejected sanctions", True),
        ("Sanctions by Tchiani", False),  # order and words the text does not give
        ("Rejection of sanctions", False),  # a noun the text does not use
        ("Sanctions and demonstrations", True),
    ],
)
def test_support_check(heading: str, supported: bool) -> None:
    sentences = [
        "Gen Tchiani has vehemently rejected the sanctions.",
        "Demonstrations spread to Niamey.",
    ]
    assert is_supported(heading, sentences, " ".join(sentences)) is supported


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Ferdinand Marcos Jr.", "Marcos"),
        ("Martin Luther King Jr", "King"),
        ("Pope Leo XIV", "Leo"),
        ("Sebastien Lecornu", "Lecornu"),
    ],
)
def test_a_person_is_headed_by_the_surname_not_a_suffix(name: str, short: str) -> None:
    assert (
        short_name(Actor(id="a1", name=name, label="PERSON", aliases=(), role=None, mentions=()))
        == short
    )


def test_specific_topic_cues_weigh_before_repeated_generic_ones() -> None:
    text = (
        "The prime minister faces a no-confidence motion in parliament on Wednesday. "
        "The opposition holds 180 seats; the ruling bloc 160 seats; 289 votes are needed. "
        "Smaller groups hold the other seats and 40 votes."
    )
    assert topic_labels([text], "development")[0] == "Political crisis"


def test_no_proposed_subject_is_a_topic_label(
    analysed: list[tuple[str, Article, Analysis]],
) -> None:
    for name, article, analysis in analysed:
        subject = propose(article, analysis).meta.subject
        assert subject, name
        assert not any(is_topic_label(part) for part in subject.split("; ")), (name, subject)


def test_a_heading_does_not_cut_what_is_argued() -> None:
    text = (
        "The family of a man shot by an agent plans to sue the agency. "
        "The claim argues the agency has given no justification for the shooting. "
        "The family filed a notice of claim in Orlando on Monday."
    )
    analysis = analyze(article_from_text(text))
    assert not [s.heading for s in analysis.sections if s.heading.endswith("argues the agency")]
    assert not [s.heading for s in analysis.sections if "argues" in s.heading.split()[-3:]]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The city has offered no explanation for the delay.", "no explanation"),
        ("The army has not withdrawn its troops from the border town.", None),
    ],
)
def test_a_heading_keeps_what_negates_it(sentence: str, kept: str | None) -> None:
    from briefwright.analysis.language import get_nlp
    from briefwright.analysis.sections.headings import Token, heading_options

    tokens = [Token(t.text, t.tag_, t.idx) for t in get_nlp()(sentence)]
    options = heading_options([tokens], [])
    if kept is None:
        assert all("not" in o.split() for o in options if "withdrawn" in o), options
    else:
        assert options and all(kept in o for o in options if "explanation" in o), options


def test_an_object_that_runs_into_a_quotation_is_no_heading() -> None:
    from briefwright.analysis.language import get_nlp
    from briefwright.analysis.sections.headings import Token, heading_options

    sentence = 'The minister called the decision "a betrayal of every farmer".'
    tokens = [Token(t.text, t.tag_, t.idx) for t in get_nlp()(sentence)]
    assert heading_options([tokens], []) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Yildiz said he could neither confirm nor deny that a cyberattack had triggered the "
        "blackout.",
        "The agency denied that its officers had seized the documents.",
    ],
)
def test_what_is_denied_makes_no_heading(sentence: str) -> None:
    from briefwright.analysis.language import get_nlp
    from briefwright.analysis.sections.headings import Token, heading_options

    tokens = [Token(t.text, t.tag_, t.idx) for t in get_nlp()(sentence)]
    assert not [o for o in heading_options([tokens], []) if "triggered" in o or "seized" in o]


@pytest.mark.parametrize(
    ("sentence", "unstated", "stated"),
    [
        (
            "The utility said it would restore service once inspectors had checked its lines.",
            "checked",
            None,
        ),
        (
            "The company will reopen the plant after engineers have inspected the boilers.",
            "inspected",
            "reopen",
        ),
        ("If the court rejects the appeal, the government will resign.", "rejects", "resign"),
        # A clause of time in the past tells what happened.
        ("After the army seized the town, rebels fled north.", None, "seized"),
    ],
)
def test_what_is_yet_to_happen_or_may_not_makes_no_heading(
    sentence: str, unstated: str | None, stated: str | None
) -> None:
    from briefwright.analysis.language import get_nlp
    from briefwright.analysis.sections.headings import Token, heading_options

    tokens = [Token(t.text, t.tag_, t.idx) for t in get_nlp()(sentence)]
    options = heading_options([tokens], [])
    assert unstated is None or not [o for o in options if unstated in o], options
    assert stated is None or [o for o in options if stated in o], options
