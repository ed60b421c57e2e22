"""Actors, aliases and roles on the labelled wire-style articles, and entity F1 on a CoNLL slice.

The minimum scores sit just below what the analysis reaches; a change that loses ground on
these unseen-style texts fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.analysis.engine import analyze
from briefwright.ingest.sentences import split_sentences
from briefwright.model.article import Article, Paragraph
from tests.analysis.wire import Tally, labelled_articles, score_all

SLICE = Path(__file__).resolve().parents[1] / "data" / "entities" / "wire.conll"
_TAGS = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}

MINIMUM = {
    "recall": 0.88,
    "precision": 0.82,
    "unsplit": 0.91,
    "unmerged": 0.99,
    "roles": 0.88,
}
SLICE_MINIMUM_F1 = 0.87


@pytest.fixture(scope="module")
def scores() -> tuple[Tally, dict[str, list[str]]]:
    return score_all()


def test_the_set_is_large_enough() -> None:
    assert len(labelled_articles()) >= 16


@pytest.mark.parametrize("measure", sorted(MINIMUM))
def test_minimum_score(scores: tuple[Tally, dict[str, list[str]]], measure: str) -> None:
    tally, wrong = scores
    report = "\n".join(f"{name}: {line}" for name, lines in wrong.items() for line in lines)
    assert tally.score(measure) >= MINIMUM[measure], report


def _slice() -> list[tuple[list[str], set[tuple[int, int, int, str]]]]:
    """Return each document's sentences (as token lists) and its gold name spans."""
    docs: list[tuple[list[str], set[tuple[int, int, int, str]]]] = []
    sentences: list[str] = []
    gold: set[tuple[int, int, int, str]] = set()
    tokens: list[str] = []
    start = -1
    kind = ""

    def close() -> None:
        nonlocal start
        if tokens:
            if start >= 0:
                gold.add((len(sentences), start, len(tokens), kind))
            sentences.append(" ".join(tokens))
            tokens.clear()
        start = -1

    for line in [*SLICE.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("-DOCSTART-"):
            close()
            if sentences:
                docs.append((list(sentences), set(gold)))
            sentences.clear()
            gold.clear()
            continue
        if not line.strip():
            close()
            continue
        token, tag = line.split()
        if start >= 0 and not tag.startswith("I-"):
            gold.add((len(sentences), start, len(tokens), kind))
            start = -1
        if tag.startswith("B-"):
            start, kind = len(tokens), _TAGS.get(tag[2:], "MISC")
        tokens.append(token)
    close()
    if sentences:
        docs.append((list(sentences), set(gold)))
    return docs


def _spans(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the token span of characters ``[start, end)`` of a space-joined sentence."""
    return len(text[:start].split()), len(text[:end].split())


def test_slice_entity_f1() -> None:
    docs = _slice()
    articles = [
        Article(
            f"slice-{i}",
            tuple(Paragraph(k, s, split_sentences(s)) for k, s in enumerate(sentences, start=1)),
        )
        for i, (sentences, _) in enumerate(docs)
    ]
    tp = fp = fn = 0
    for (sentences, gold), article in zip(docs, articles, strict=True):
        analysis = analyze(article)
        found = {
            (e.paragraph - 1, *_spans(sentences[e.paragraph - 1], e.start, e.end), e.label)
            for e in analysis.entities
            if e.label in ("PERSON", "ORG", "PLACE")
        }
        scored = {g for g in gold if g[3] != "MISC"}
        tp += len(found & scored)
        fp += len(found - scored)
        fn += len(scored - found)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= SLICE_MINIMUM_F1, f"F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})"
