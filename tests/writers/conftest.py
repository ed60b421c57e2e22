"""Writer test fixtures: the sample briefing, its Document and a fixed SOURCE_DATE_EPOCH."""

from __future__ import annotations

import pytest

from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from briefwright.model.document import Document
from tests.writers.briefing_sample import build_briefing

EPOCH = "1700000000"


@pytest.fixture(autouse=True)
def source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> str:
    """Return the SOURCE_DATE_EPOCH every writer test runs under."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return EPOCH


@pytest.fixture
def briefing() -> Briefing:
    """Return the realistic sample briefing (BLUF memo)."""
    return build_briefing()


@pytest.fixture
def document(briefing: Briefing) -> Document:
    """Return the sample briefing composed."""
    return compose(briefing)
