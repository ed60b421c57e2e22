"""The analysis of articles: entities, actors, dates, facts and sections, one model pass each."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from briefwright.analysis.actors import build_actors
from briefwright.analysis.candidates import (
    NAME_LABELS,
    Candidate,
    Matchers,
    build_matchers,
    paragraph_candidates,
)
from briefwright.analysis.consistency import harmonise
from briefwright.analysis.dates import find_dates
from briefwright.analysis.facts import build_facts
from briefwright.analysis.gazetteer import load_gazetteer
from briefwright.analysis.headings import Token
from briefwright.analysis.language import get_nlp
from briefwright.analysis.model import Analysis, DateRef, Entity
from briefwright.analysis.outline import build_sections
from briefwright.article import Article

_BATCH = 64


@functools.cache
def _matchers() -> Matchers:
    """Return the phrase matchers for the shared model (built once)."""
    return build_matchers(get_nlp(), load_gazetteer())


def _entities(candidates: Sequence[Candidate], dates: Sequence[DateRef]) -> tuple[Entity, ...]:
    """Return the entities: names and figures, and dates where the date finder agrees or adds."""
    names = [c for c in candidates if c.label in NAME_LABELS]
    out = [Entity(c.text, c.label, c.paragraph, c.start, c.end) for c in names]

    def free(pid: int, start: int, end: int) -> bool:
        return not any(e.paragraph == pid and e.start < end and start < e.end for e in out)

    for d in dates:
        if free(d.paragraph, d.start, d.end):
            out.append(Entity(d.text, "DATE", d.paragraph, d.start, d.end))
    for c in candidates:
        if c.label in ("DATE", "FIGURE") and free(c.paragraph, c.start, c.end):
            out.append(Entity(c.text, c.label, c.paragraph, c.start, c.end))
    return tuple(sorted(out, key=lambda e: (e.paragraph, e.start, e.end)))


def _analyse(article: Article, docs: Sequence[Any]) -> Analysis:
    """Return the Analysis of ``article`` from the model's ``docs`` of its paragraphs."""
    gazetteer = load_gazetteer()
    matchers = _matchers()
    pids = [p.id for p in article.paragraphs]
    texts = [p.text for p in article.paragraphs]
    per_paragraph = [
        paragraph_candidates(doc, pid, gazetteer, matchers)
        for doc, pid in zip(docs, pids, strict=True)
    ]
    candidates = harmonise(texts, pids, per_paragraph)
    names = [c for c in candidates if c.label in NAME_LABELS]
    dates = [
        d
        for p in article.paragraphs
        for d in find_dates(p.text, p.id, article.date)
        if not any(
            n.paragraph == p.id and n.start < d.end and d.start < n.end
            for n in names
            if n.label in ("PERSON", "ORG")
        )
    ]
    entities = _entities(candidates, dates)
    text_of = dict(zip(pids, texts, strict=True))
    actors = build_actors(names, text_of)
    facts = build_facts(article, entities)
    tokens = {
        pid: [Token(t.text, t.tag_, t.idx) for t in doc]
        for doc, pid in zip(docs, pids, strict=True)
    }
    sections = build_sections(article, facts, actors, tokens)
    return Analysis(entities, actors, tuple(dates), facts, sections)


def analyze(article: Article) -> Analysis:
    """Return what the machine finds in ``article``; the same article always gives the same result.

    Loads the language model on first use (about a second); raises ImportError when the
    bundled English model is missing.
    """
    return next(analyze_many([article]))


def analyze_many(articles: Iterable[Article]) -> Iterator[Analysis]:
    """Yield the Analysis of each article in order, sending all paragraphs through the model
    in batches (faster than one ``analyze`` call per article)."""
    nlp = get_nlp()
    pending = list(articles)
    stream = nlp.pipe((p.text for a in pending for p in a.paragraphs), batch_size=_BATCH)
    for article in pending:
        docs = [next(stream) for _ in article.paragraphs]
        yield _analyse(article, docs)
