"""Acronyms, surnames and gazetteer variants merge into one actor."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze
from briefwright.analysis.entities.actors import place_normalised
from briefwright.analysis.entities.gazetteer import load_gazetteer
from briefwright.analysis.entities.short_forms import acronym_matches
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Analysis


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("ECOWAS", "Economic Community of West African States", True),
        ("Ecowas", "Economic Community of West African States", True),
        ("NATO", "North Atlantic Treaty Organization", True),
        ("IMF", "International Monetary Fund", True),
        ("KNCHR", "Kenya National Commission on Human Rights", True),
        ("RSF", "Rapid Support Forces", True),
        ("IMF", "World Bank", False),
        ("UN", "European Union", False),
        ("X", "Xavier Group", False),
    ],
)
def test_acronym_matches(acronym: str, name: str, expected: bool) -> None:
    assert acronym_matches(acronym, name) is expected


def _analysis(text: str) -> Analysis:
    return analyze(article_from_text(text))


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The Rapid Support Forces (RSF) attacked the town. The RSF denied it.",
            "Rapid Support Forces",
            "RSF",
        ),
        (
            "President Bola Tinubu met investors in Lagos. Tinubu promised reforms.",
            "Bola Tinubu",
            "Tinubu",
        ),
        (
            "The U.S. sent aid. The United States said America would help.",
            "United States",
            "U.S.",
        ),
    ],
)
def test_merged(text: str, name: str, alias: str) -> None:
    analysis = _analysis(text)
    owners = [a for a in analysis.actors if a.name == name]
    assert len(owners) == 1
    assert alias in owners[0].aliases


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Finance Minister Mehmet Simsek said rates would rise.",
            "Mehmet Simsek",
            "Finance Minister",
        ),
        (
            "The head of the army, Gen Abdel Fattah al-Burhan, left.",
            "Abdel Fattah al-Burhan",
            "head of the army",
        ),
        (
            "France, the former colonial power, withdrew its troops.",
            "France",
            "former colonial power",
        ),
    ],
)
def test_roles(text: str, name: str, role: str) -> None:
    [actor] = [a for a in _analysis(text).actors if a.name == name]
    assert actor.role == role


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("US Embassy", "United States Embassy"),
        ("United States Embassy", "United States Embassy"),
        ("U.S. Army", "United States Army"),
        ("Rapid Support Forces", "Rapid Support Forces"),
    ],
)
def test_place_normalised(name: str, normal: str) -> None:
    assert place_normalised(name, load_gazetteer()) == normal


def test_embassy_forms_merge_and_demonyms_rank_last() -> None:
    analysis = _analysis(
        "The United States Embassy in Niamey closed. French and Italian flights left. "
        "Officials at the US Embassy said the French flights were full."
    )
    [embassy] = [a for a in analysis.actors if "Embassy" in a.name]
    assert embassy.aliases == ("US Embassy",)
    french = next(a for a in analysis.actors if a.name == "French")
    assert (french.label, french.subtype) == ("GROUP", "demonym")
    assert analysis.actors[-1].label == "GROUP"
