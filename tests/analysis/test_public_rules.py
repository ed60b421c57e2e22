"""Rules drawn from published news (bench/quality_public.py's tuning half), one class each:
armed groups, aliases, roles and speakers."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Analysis


def _analysed(text: str) -> Analysis:
    return analyze(article_from_text(text))


def _labels(text: str) -> dict[str, str]:
    return {a.name: a.label for a in _analysed(text).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Described as an armed group before the name, after it, or claiming an attack.
        ("Fighters of the rebel group Ansar Dine seized the town on Monday.", "Ansar Dine"),
        (
            "Troops and fighters from Liwa Kamal, a mostly Sunni paramilitary force, held the "
            "bridge.",
            "Liwa Kamal",
        ),
        (
            "The Harakat Wadi Front claimed responsibility for the bombing, officials said.",
            "Harakat Wadi Front",
        ),
    ],
)
def test_described_armed_group(text: str, name: str) -> None:
    assert _labels(text)[name] == "GROUP"


def test_spokesman_of_armed_group_stays_person() -> None:
    text = "Omar Khalil, a spokesman for the militant group Ansar Dine, said the town had fallen."
    labels = _labels(text)
    assert labels["Omar Khalil"] == "PERSON"
    assert labels["Ansar Dine"] == "GROUP"
