"""Fixtures shared by the drafting tests: the sample and three other reports of its event."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import open_several
from briefwright.model.briefing import Briefing
from briefwright.model.schema import copy_of
from tests.conftest import SAMPLE

MULTI = Path(__file__).parents[1] / "data" / "multi"
# S1 the sample, S2 a wire story, S3 a daily that differs, S4 a syndicated copy of S2.
FOUR_PATHS = [
    SAMPLE,
    MULTI / "niger-wire-evacuation.txt",
    MULTI / "niger-daily-differs.txt",
    MULTI / "niger-syndicated-copy.txt",
]


@pytest.fixture(scope="module")
def opened() -> Briefing:
    """Return the four reports opened as one briefing, once per test module."""
    briefing, errors = open_several(FOUR_PATHS)
    assert errors == []
    return briefing


@pytest.fixture
def four(opened: Briefing) -> Briefing:
    """Return a private copy of the four reports' briefing."""
    return copy_of(opened)
