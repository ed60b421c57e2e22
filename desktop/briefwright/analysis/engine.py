"""The analysis of articles: entities, actors, dates, facts and sections, one model pass each."""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from briefwright.analysis.dates.finding import find_dates
from briefwright.analysis.entities.actors import build_actors
from briefwright.analysis.entities.candidate import NAME_LABELS, Candidate
from briefwright.analysis.entities.candidates import (
    Matchers,
    build_matchers,
    paragraph_candidates,
)
from briefwright.analysis.entities.consistency import harmonise
from briefwright.analysis.entities.gazetteer import load_gazetteer
from briefwright.analysis.events.event_type import classify_event
from briefwright.analysis.events.timeline import build_events
from briefwright.analysis.language import get_nlp
from briefwright.analysis.ranking.facts import build_facts
from briefwright.analysis.sections.headings import Token
from briefwright.analysis.sections.proposals import build_sections
from briefwright.analysis.statements.speakers import attribute
from briefwright.analysis.subject.line import subject_line
from briefwright.model.analysis import Analysis, DateRef, Entity
from briefwright.model.article import Article

_BATCH = 64


@functools.cache
def _matchers() -> Matchers:
    """Return the phrase matchers for the shared model (built once)."""
    return build_matchers(get_nlp(), load_gazetteer())


def _entities(candidates: Sequence[Candidate], dates: Sequence[DateRef]) -> tuple[Entity, ...]:
    """Return the entities: names and figures, and dates where the date finder agrees or adds."""
    names = [c for c in candidates if c.label in NAME_LABELS]
    out = [Entity(c.text, c.label, c.paragraph, c.start, c.end) for c in names]
    # Spans taken so far, per paragraph: a long article has thousands of entities, and a
    # scan of all of them for every candidate was quadratic.
    taken: dict[int, list[tuple[int, int]]] = {}
    for e in out:
        taken.setdefault(e.paragraph, []).append((e.start, e.end))

    def claim(pid: int, start: int, end: int) -> bool:
        spans = taken.setdefault(pid, [])
        if any(s < end and start < t for s, t in spans):
            return False
        spans.append((start, end))
        return True

    for d in dates:
        if claim(d.paragraph, d.start, d.end):
            out.append(Entity(d.text, "DATE", d.paragraph, d.start, d.end))
    for c in candidates:
        if c.label in ("DATE", "FIGURE") and claim(c.paragraph, c.start, c.end):
            out.append(Entity(c.text, c.label, c.paragraph, c.start, c.end))
    return tuple(sorted(out, key=lambda e: (e.paragraph, e.start, e.end)))


class _LazyTokens(Mapping[int, list[Token]]):
    """The tagged tokens of each paragraph, made only for the paragraphs a heading reads."""

    def __init__(self, docs: dict[int, Any]) -> None:
        self._docs = docs
        self._made: dict[int, list[Token]] = {}

    def __getitem__(self, pid: int) -> list[Token]:
        if pid not in self._made:
            doc = self._docs[pid]
            self._made[pid] = [Token(t.text, t.tag_, t.idx) for t in doc]
        return self._made[pid]

    def __iter__(self) -> Iterator[int]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)


def _analyse(article: Article, docs: Sequence[Any], title: Any = ()) -> Analysis:
    """Return the Analysis of ``article`` from the model's ``docs`` of its paragraphs and of
    its ``title``."""
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
    # A date phrase inside a person's or organisation's name is part of that name.
    named: dict[int, list[tuple[int, int]]] = {}
    for n in names:
        if n.label in ("PERSON", "ORG"):
            named.setdefault(n.paragraph, []).append((n.start, n.end))
    tokens = _LazyTokens(dict(zip(pids, docs, strict=True)))
    dates = [
        d
        for p in article.paragraphs
        for d in find_dates(p.text, p.id, article.date, tokens[p.id])
        if not any(s < d.end and d.start < e for s, e in named.get(p.id, ()))
    ]
    entities = _entities(candidates, dates)
    text_of = dict(zip(pids, texts, strict=True))
    actors = build_actors(names, text_of, gazetteer)
    facts = attribute(
        article, build_facts(article, entities, actors=actors, tokens=tokens), actors
    )
    sections = build_sections(article, facts, actors, tokens)
    events = build_events(article, dates, tokens)
    headline = [Token(t.text, t.tag_, t.idx) for t in title]
    subject = subject_line(article, tokens, entities, dates, actors, headline)
    kind = classify_event(article, tokens)
    return Analysis(
        entities, actors, tuple(dates), facts, sections, events, subject, kind.key, kind.cues
    )


def analyze(article: Article) -> Analysis:
    """Return what the machine finds in ``article``; the same article always gives the same result.

    Loads the language model on first use (about a second); raises ImportError when the
    bundled English model is missing.
    """
    return next(analyze_many([article]))


# A batch this large is worth a second model process (it costs ~0.3 s to start and feed):
# 200 articles went from 59 to 39 ms each through the model on two cores.
PARALLEL_MIN_ARTICLES = 24


def _processes(count: int) -> int:
    """Return how many model processes to use for ``count`` articles (1 unless worth it).

    Only where new processes are forked (Linux): they inherit the loaded model, and a
    frozen build needs no re-entry point for them. A single article, as the window
    analyses, always stays in this process.
    """
    if count < PARALLEL_MIN_ARTICLES or (os.cpu_count() or 1) < 2:
        return 1
    if multiprocessing.get_start_method(allow_none=True) not in (None, "fork"):
        return 1
    if sys.platform != "linux":
        return 1
    return 2


def _forked_from_own_thread(stream: Iterator[Any]) -> Iterator[Any]:
    """Return ``stream`` (the model's docs, made in other processes) with its first doc
    taken in a thread Python started, where the model processes are forked.

    A process forked from a thread Python did not start (the window's background work runs
    on Qt's) cannot shut its copy of that thread down and exits with status 1 although its
    work is done (the model warns "W127"); forked from a thread of Python's own, it exits
    cleanly. Raises what the model raised.
    """
    outcome: list[Any] = []
    failure: list[BaseException] = []

    def first() -> None:
        try:
            outcome.append(next(stream))
        except BaseException as exc:  # handed on to the caller below
            failure.append(exc)

    starter = threading.Thread(target=first, name="model processes")
    starter.start()
    starter.join()
    if failure:
        raise failure[0]
    yield from outcome
    yield from stream


def analyze_many(articles: Iterable[Article]) -> Iterator[Analysis]:
    """Yield the Analysis of each article in order, sending all paragraphs through the model
    in batches (faster than one ``analyze`` call per article)."""
    nlp = get_nlp()
    pending = list(articles)
    processes = _processes(len(pending))
    # Each article's paragraphs, then its title (tagged for the subject line).
    stream = nlp.pipe(
        (text for a in pending for text in (*(p.text for p in a.paragraphs), a.title)),
        batch_size=_BATCH,
        n_process=processes,
    )
    if processes > 1:
        stream = _forked_from_own_thread(stream)
    for article in pending:
        docs = [next(stream) for _ in article.paragraphs]
        yield _analyse(article, docs, next(stream))
