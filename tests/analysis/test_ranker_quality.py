"""The key-fact ranker on the shipped articles and wire stories: its floors, the lede first.

The articles (tests/data/labelled and tests/data/ranker) were written for the project, each
with the sentences a reader must know; the score is the share of the k best-scored facts that
are among them (k = their number), as bench/quality_facts.py measures on the larger data.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from briefwright.analysis.engine import analyze, analyze_many
from briefwright.analysis.ranking.facts import build_facts
from briefwright.draft.proposal import propose
from briefwright.ingest import read_article
from briefwright.ingest.sentences import split_sentences
from briefwright.model.analysis import Analysis, Fact
from briefwright.model.article import Article, Paragraph
from tests.wire_set import READ_ON, Case, wire_cases

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = ("labelled", "ranker")
# Measured with the shipped model (ranker / plain TextRank): labelled 0.833 / 0.683, ranker
# 0.919 / 0.676 (half of each folder is in the model's training data, see bench/devdata.py);
# the floors leave room for a small change, not for a worse ranker.
FLOORS = {"labelled": 0.80, "ranker": 0.80}


def _load(path: Path) -> tuple[Article, frozenset[str]]:
    record = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = tuple(
        Paragraph(i, text, split_sentences(text))
        for i, text in enumerate(record["paragraphs"], start=1)
    )
    article = Article(record.get("title", ""), paragraphs, date=date.fromisoformat(record["date"]))
    return article, frozenset(s.strip() for s in record["key_sentences"])


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[tuple[Article, Analysis, frozenset[str]]]]:
    out = {}
    for folder in FOLDERS:
        loaded = [_load(p) for p in sorted((DATA / folder).glob("*.json"))]
        analyses = analyze_many(a for a, _ in loaded)
        out[folder] = [(a, an, ref) for (a, ref), an in zip(loaded, analyses, strict=True)]
    return out


def _precision(facts_and_refs: list[tuple[tuple[Fact, ...], frozenset[str]]]) -> float:
    hits = total = 0
    for facts, reference in facts_and_refs:
        best = sorted(facts, key=lambda f: (-f.score, f.id))[: len(reference)]
        hits += sum(1 for f in best if f.text.strip() in reference)
        total += len(reference)
    return hits / total


@pytest.mark.parametrize("folder", FOLDERS)
def test_ranker_keeps_its_floor_and_beats_textrank(
    corpus: dict[str, list[tuple[Article, Analysis, frozenset[str]]]], folder: str
) -> None:
    ranked = _precision([(an.facts, ref) for _, an, ref in corpus[folder]])
    plain = _precision(
        [(build_facts(a, an.entities, plain=True), ref) for a, an, ref in corpus[folder]]
    )
    assert ranked >= FLOORS[folder]
    assert ranked > plain


@pytest.mark.parametrize("folder", FOLDERS)
def test_default_selection_holds_the_lede_and_five_to_eight(
    corpus: dict[str, list[tuple[Article, Analysis, frozenset[str]]]], folder: str
) -> None:
    for article, analysis, reference in corpus[folder]:
        ticked = [f for f in analysis.facts if f.included]
        assert 1 <= len(ticked) <= 8, article.title
        first = analysis.facts[0]
        if first.text.strip() in reference and first.kind in ("fact", "claim"):
            assert first.included, article.title


@pytest.mark.parametrize("case", wire_cases(), ids=lambda c: c.name)
def test_wire_story_selection_and_bottom_line_lead_with_the_news(case: Case) -> None:
    assert case.path is not None
    article = read_article(case.path, read_on=READ_ON)
    analysis = analyze(article)
    ticked = [f for f in analysis.facts if f.included]
    assert 1 <= len(ticked) <= 8
    assert analysis.facts[0].included
    line = propose(article, analysis).bottom_line
    assert line.startswith(case.expected["lede_starts"])
