"""Adjectives of people by religion or descent are never actors, never a heading's subject."""

from __future__ import annotations

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.peoples import of_people
from briefwright.ingest import article_from_text


def test_peoples_by_religion_or_descent() -> None:
    assert of_people("African-American") and of_people("Hispanic") and of_people("Sunni")
    assert not of_people("American") and not of_people("Wells Fargo")


def test_a_person_described_by_descent_heads_nothing() -> None:
    text = (
        "Two men entered the Wells Fargo branch in Falls Church on Monday. "
        "One African-American robbed the bank while the other waited by the door. "
        "The FBI offered a $30,000 reward for information on the crew."
    )
    analysis = analyze(article_from_text(text))
    named = [a for a in analysis.actors if a.name == "African-American"]
    assert all(a.subtype == "demonym" for a in named)
    assert not [s.heading for s in analysis.sections if "African-American" in s.heading]

