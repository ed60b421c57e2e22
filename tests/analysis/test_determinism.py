"""The same article gives the same analysis, alone or in a batch."""

from __future__ import annotations

from briefwright.analysis import analyze, analyze_many
from briefwright.analysis.model import Analysis
from briefwright.article import Article
from briefwright.ingest import article_from_text


def test_same_result_twice(sample_article: Article, sample_analysis: Analysis) -> None:
    assert analyze(sample_article) == sample_analysis


def test_batch_equals_single(sample_article: Article, sample_analysis: Analysis) -> None:
    other = article_from_text("Kenya's President William Ruto visited Nairobi on Monday.")
    results = list(analyze_many([sample_article, other, sample_article]))
    assert results[0] == sample_analysis
    assert results[2] == sample_analysis
    assert results[1] == analyze(other)
