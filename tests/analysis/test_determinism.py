"""The same article gives the same analysis, alone or in a batch."""

from __future__ import annotations

import pytest

from briefwright.analysis.engine import analyze, analyze_many
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article
from tests.conftest import SAMPLE


def test_same_result_twice(sample_article: Article, sample_analysis: Analysis) -> None:
    assert analyze(sample_article) == sample_analysis


def test_batch_equals_single(sample_article: Article, sample_analysis: Analysis) -> None:
    other = article_from_text("Kenya's President William Ruto visited Nairobi on Monday.")
    results = list(analyze_many([sample_article, other, sample_article]))
    assert results[0] == sample_analysis
    assert results[2] == sample_analysis
    assert results[1] == analyze(other)


def test_a_large_batch_in_two_processes_gives_the_same_results() -> None:
    from briefwright.analysis.engine import PARALLEL_MIN_ARTICLES, _processes

    sample = SAMPLE.read_text(encoding="utf-8")
    paragraphs = sample.split("\n\n")
    # Distinct articles: the sample's paragraphs rotated, so each has its own structure.
    articles = [
        article_from_text("\n\n".join(paragraphs[i % 9 + 1 :] + paragraphs[1 : i % 9 + 1]))
        for i in range(PARALLEL_MIN_ARTICLES)
    ]
    if _processes(len(articles)) == 1:
        pytest.skip("this machine analyses in one process")
    assert list(analyze_many(articles)) == [analyze(a) for a in articles]


def test_model_processes_forked_from_a_foreign_thread_exit_cleanly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window analyses on a thread Python did not start (Qt's): the model processes
    forked from there end cleanly (no "W127" warning) and the results are the same."""
    import _thread
    import threading
    import warnings

    from briefwright.analysis import engine

    monkeypatch.setattr(engine, "PARALLEL_MIN_ARTICLES", 2)
    articles = [
        article_from_text("Kenya's President William Ruto visited Nairobi on Monday."),
        article_from_text("Protesters gathered in Niamey on Sunday, police said."),
    ]
    if engine._processes(len(articles)) == 1:
        pytest.skip("this machine analyses in one process")
    done = threading.Event()
    seen: dict[str, object] = {}

    def run() -> None:
        # Asking for the current thread makes Python record it as a thread of another's.
        threading.current_thread()
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                seen["results"] = list(engine.analyze_many(articles))
            seen["warnings"] = [str(w.message) for w in caught]
        finally:
            done.set()

    _thread.start_new_thread(run, ())
    assert done.wait(120)
    assert seen["warnings"] == []
    assert seen["results"] == [analyze(a) for a in articles]
