"""Shared fixtures for the analysis tests: the sample article and its analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.analysis.engine import analyze
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "niger-coup-us-embassy-evacuation.txt"


@pytest.fixture(scope="session")
def sample_article() -> Article:
    return article_from_text(SAMPLE.read_text(encoding="utf-8"), path=SAMPLE)


@pytest.fixture(scope="session")
def sample_analysis(sample_article: Article) -> Analysis:
    return analyze(sample_article)
