"""Entity labels: gazetteer, titles, trimming, figures, sports teams."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.consistency import is_sports
from briefwright.analysis.entities.gazetteer import load_gazetteer
from briefwright.ingest import article_from_text


def _labels(text: str) -> dict[str, str]:
    return {e.text: e.label for e in analyze(article_from_text(text)).entities}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Niamey is calm, officials in Niger said.", "Niamey", "PLACE"),
        ("The Sahel has seen many coups.", "Sahel", "PLACE"),
        ("Ecowas met in Abuja on Thursday.", "Ecowas", "ORG"),
        ("The IMF approved a loan to Ghana.", "IMF", "ORG"),
        ("Protesters waved Russian flags.", "Russian", "GROUP"),
        ("Prime Minister Narendra Modi spoke in Delhi.", "Narendra Modi", "PERSON"),
        ("Gen Abdourahamane Tchiani spoke. Tchiani left.", "Tchiani", "PERSON"),
        ("Mr Okonjo-Iweala said trade was slowing.", "Okonjo-Iweala", "PERSON"),
        ("The fire killed 200 people in Dhaka.", "200", "FIGURE"),
        ("Inflation reached 39.6% in May.", "39.6%", "FIGURE"),
        ("The company paid $150 billion for it.", "$150 billion", "FIGURE"),
    ],
)
def test_label(text: str, name: str, label: str) -> None:
    assert _labels(text).get(name) == label


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("US Secretary of State Antony Blinken spoke.", "State"),
        ("The European Union's aid was cut.", "The European Union"),
        ("Niger’s capital is Niamey.", "Niger’s"),
        ("It happened in 2019 in Lagos.", "2019"),
    ],
)
def test_not_an_entity(text: str, absent: str) -> None:
    names = {e.text for e in analyze(article_from_text(text)).entities if e.label != "DATE"}
    assert absent not in names


def test_sports_city_is_team() -> None:
    text = (
        "Liverpool beat Chelsea 2-1 at Anfield on Sunday in the league. "
        "Mohamed Salah scored twice for the club before half-time in the match."
    )
    labels = _labels(text)
    assert labels["Liverpool"] == "ORG"
    assert labels["Mohamed Salah"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arsenal won 3-1 and the striker scored in the league match.", True),
        ("Inflation rose 3-4 points, the minister said.", False),
    ],
)
def test_is_sports(text: str, expected: bool) -> None:
    assert is_sports(text) is expected


@pytest.mark.parametrize(
    ("surface", "canonical", "label"),
    [
        ("U.S.", "United States", "PLACE"),
        ("America", "United States", "PLACE"),
        ("Ecowas", "Economic Community of West African States", "ORG"),
        ("Nigerien", "Niger", "GROUP"),
        ("Sahel", "Sahel", "PLACE"),
        ("Niamey", "Niamey", "PLACE"),
    ],
)
def test_gazetteer(surface: str, canonical: str, label: str) -> None:
    entry = load_gazetteer().lookup(surface)
    assert entry is not None
    assert (entry.canonical, entry.label) == (canonical, label)
