"""What a user types for a judgment's likelihood or confidence maps to the scale's term."""

from __future__ import annotations

import pytest

from briefwright.draft.judgment_terms import (
    confidence_level,
    confidence_refusal,
    likelihood_refusal,
    likelihood_term,
)
from briefwright.model.likelihood import ICD_203, PHIA


@pytest.mark.parametrize(
    ("typed", "icd203", "phia"),
    [
        ("likely", "likely", "likely or probable"),
        ("  Very   Likely. ", "very likely", "highly likely"),
        ("probable", "likely", "likely or probable"),
        ("Probably", "likely", "likely or probable"),
        ("moderately likely", "likely", "likely or probable"),
        ("moderately-likely", "likely", "likely or probable"),
        ("highly likely", "very likely", "highly likely"),
        ("realistic possibility", "roughly even chance", "realistic possibility"),
        ("roughly even chance", "roughly even chance", "realistic possibility"),
        ("even chance", "roughly even chance", "realistic possibility"),
        ("remote chance", "almost no chance", "remote chance"),
        ("improbable", "unlikely", "unlikely"),
        ("almost certainly", "almost certain", "almost certain"),
        ("70 %", "likely", "likely or probable"),
        ("85%", "very likely", "highly likely"),
        ("3 per cent", "almost no chance", "remote chance"),
        ("", "", ""),
        ("   ", "", ""),
    ],
)
def test_likelihood_maps_to_the_scales_term(typed: str, icd203: str, phia: str) -> None:
    assert likelihood_term(typed, ICD_203) == icd203
    assert likelihood_term(typed, PHIA) == phia


@pytest.mark.parametrize("typed", ["medium", "maybe so", "high", "150 %", "likelyish"])
def test_likelihood_that_fits_no_term_is_none(typed: str) -> None:
    assert likelihood_term(typed, ICD_203) is None
    assert likelihood_term(typed, PHIA) is None


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("high", "high"),
        ("HIGH", "high"),
        ("medium", "moderate"),
        ("Medium confidence", "moderate"),
        ("moderate", "moderate"),
        ("low.", "low"),
        ("weak", "low"),
        ("", ""),
    ],
)
def test_confidence_maps_to_a_level(typed: str, level: str) -> None:
    assert confidence_level(typed) == level


@pytest.mark.parametrize("typed", ["total", "likely", "very high indeed"])
def test_confidence_that_names_no_level_is_none(typed: str) -> None:
    assert confidence_level(typed) is None


def test_refusals_name_what_was_typed_and_the_choices() -> None:
    message = likelihood_refusal(" medium ", ICD_203)
    assert message.startswith("‘medium’ is not a likelihood on the ICD 203 scale")
    assert "almost no chance" in message and "almost certain" in message
    assert confidence_refusal("total") == (
        "‘total’ is not a confidence level: choose high, moderate or low."
    )
