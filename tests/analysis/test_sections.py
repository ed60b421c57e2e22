"""Segmentation, headings and section roles."""

from __future__ import annotations

from collections import Counter

import pytest

from briefwright.analysis import analyze
from briefwright.analysis.headings import Token, event_phrases, make_heading
from briefwright.analysis.model import Actor
from briefwright.analysis.sections import cohesion, section_count, segment
from briefwright.article import Article, Paragraph
from briefwright.ingest.sentences import split_sentences


@pytest.mark.parametrize(("paragraphs", "count"), [(1, 1), (3, 2), (9, 5), (10, 5), (30, 7)])
def test_section_count(paragraphs: int, count: int) -> None:
    assert section_count(paragraphs) == count


def test_segment_cuts_at_topic_change() -> None:
    a, b = Counter({"rebel": 2, "airport": 1}), Counter({"inflation": 2, "bank": 1})
    runs = segment([a, a + Counter({"town": 1}), b, b + Counter({"rate": 1})], 2)
    assert runs == [(0, 2), (2, 4)]


@pytest.mark.parametrize(
    ("a", "b", "value"),
    [({"x": 1}, {"x": 1}, 1.0), ({"x": 1}, {"y": 1}, 0.0)],
)
def test_cohesion(a: dict[str, int], b: dict[str, int], value: float) -> None:
    assert cohesion(Counter(a), Counter(b)) == pytest.approx(value)


def _tokens(pairs: str) -> list[Token]:
    out, idx = [], 0
    for item in pairs.split():
        text, tag = item.rsplit("/", 1)
        out.append(Token(text, tag, idx))
        idx += len(text) + 1
    return out


ECOWAS = Actor("a1", "Economic Community of West African States", "ORG", ("Ecowas",), None, ())
TCHIANI = Actor("a2", "Abdourahamane Tchiani", "PERSON", ("Tchiani",), None, ())


@pytest.mark.parametrize(
    ("tagged", "actors", "heading"),
    [
        (
            "It/PRP led/VBD to/IN the/DT partial/JJ evacuation/NN of/IN the/DT US/NNP "
            "Embassy/NNP ./.",
            [],
            "Partial evacuation of the US Embassy",
        ),
        (
            "Tchiani/NNP rejected/VBD the/DT sanctions/NNS ./.",
            [TCHIANI],
            "Tchiani’s rejection of sanctions",
        ),
        (
            "Ecowas/NNP imposed/VBD sanctions/NNS on/IN Niger/NNP ./.",
            [ECOWAS],
            "Ecowas sanctions on Niger",
        ),
    ],
)
def test_make_heading(tagged: str, actors: list[Actor], heading: str) -> None:
    assert make_heading([_tokens(tagged)], actors, "fallback words here") == heading


def test_event_phrases_empty_without_events() -> None:
    assert event_phrases(_tokens("He/PRP smiled/VBD ./.")) == []


def test_heading_paragraph_starts_section() -> None:
    texts = [
        ("Background", "heading"),
        ("Mali has faced an insurgency since 2012. Troops from France left in 2022.", "body"),
        ("The latest attack", "heading"),
        ("Gunmen killed 40 people in Mopti on Monday, officials said.", "body"),
    ]
    paragraphs = tuple(
        Paragraph(i, t, split_sentences(t), kind) for i, (t, kind) in enumerate(texts, start=1)
    )
    analysis = analyze(Article("t", paragraphs))
    assert [s.paragraphs for s in analysis.sections] == [(1, 2), (3, 4)]
    assert [s.heading for s in analysis.sections] == ["Background", "The latest attack"]
    assert not [f for f in analysis.facts if f.paragraph in (1, 3)]
