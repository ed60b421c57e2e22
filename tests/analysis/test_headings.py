"""Honest headings: every section heading is a phrase its paragraphs state or a topic label.

Checked on tests/data/headings (articles written for this check), tests/data/labelled,
tests/data/wire and the sample (bench/quality_headings.py prints the figures). Measured:
all 207 headings pass; before clause headings and topic labels, 82 of 207 did, and 32
named an invented agent ("X by Y").
"""

from __future__ import annotations

import pytest

from briefwright.analysis import analyze_many
from briefwright.model.analysis import Analysis
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
