"""Types that hold: religions are adjectives of people, streets and areas are places, a
company named after its founders is an organisation."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.ingest import article_from_text


def _typed(text: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.label, a.subtype) for a in analyze(article_from_text(text)).actors}


@pytest.mark.parametrize(
    ("text", "name", "label", "subtype"),
    [
        # A religion, like a nationality, is an adjective of people: never an armed group.
        ("Shiite militias and Sunni tribes fought near Tikrit.", "Sunni", "GROUP", "demonym"),
        (
            "British officials said the Christian school was closed.",
            "Christian",
            "GROUP",
            "demonym",
        ),
        ("British officials said the school was closed.", "British", "GROUP", "demonym"),
        # An armed group stays one.
        ("Militants from al-Shabaab attacked the base.", "al-Shabaab", "GROUP", ""),
        # Streets, counties and constituencies are places ...
        ("Police closed Oxford Street on Monday.", "Oxford Street", "PLACE", ""),
        ("Flooding hit Cook County on Monday.", "Cook County", "PLACE", ""),
        ("The vote in the Hackney North constituency was delayed.", "Hackney North", "PLACE", ""),
        # ... and a company named after its founders an organisation.
        ("Harrods & Sons said profits rose.", "Harrods & Sons", "ORG", ""),
    ],
)
def test_type(text: str, name: str, label: str, subtype: str) -> None:
    assert _typed(text)[name] == (label, subtype)
