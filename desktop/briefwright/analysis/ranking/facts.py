"""Key sentences: every sentence a scored fact, and the default selection of the key ones."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefwright.analysis.ranking.features import FEATURE_NAMES, sentence_features
from briefwright.analysis.ranking.ranker import RankerModel, load_ranker
from briefwright.analysis.ranking.selection import MAX_FACTS, MIN_FACTS, select, selection_size
from briefwright.analysis.ranking.textrank import textrank
from briefwright.analysis.sections.phrases import Token
from briefwright.analysis.statements.factkinds import fact_kind, statement
from briefwright.analysis.statements.quotations import continuations
from briefwright.analysis.statements.referents import opening_referents
from briefwright.model.analysis import Actor, Entity, Fact, FactKind
from briefwright.model.article import Article

if TYPE_CHECKING:
    import numpy as np


_PRONOUN = FEATURE_NAMES.index("pronoun_opening")
# "He also trained in …": a sentence that adds to the one before it, read as such even
# where its pronoun is named.
_ADDS = re.compile(r"\W*(?:He|She|They|His|Her|Their)\b(?:\s+\w+){0,2}?\s+also\b")


@dataclass(frozen=True)
class SentenceInfo:
    """One sentence of the article and where it is."""

    paragraph: int
    index: int
    start: int
    end: int
    text: str


def article_sentences(article: Article) -> list[SentenceInfo]:
    """Return every sentence of the article's body paragraphs, in reading order."""
    out = []
    for p in article.paragraphs:
        if p.kind == "heading":
            continue
        for i, s in enumerate(p.sentences):
            out.append(SentenceInfo(p.id, i, s.start, s.end, p.text[s.start : s.end]))
    return out


def sentence_entities(
    infos: Sequence[SentenceInfo], entities: Sequence[Entity]
) -> list[list[Entity]]:
    """Return, for each sentence, the entities that lie inside it.

    Entities are looked up by their start offset (bisection), so a paragraph of thousands of
    sentences and entities costs n log n, not n × m.
    """
    by_paragraph: dict[int, list[Entity]] = defaultdict(list)
    for e in entities:
        by_paragraph[e.paragraph].append(e)
    starts: dict[int, list[int]] = {}
    for pid, found in by_paragraph.items():
        found.sort(key=lambda e: (e.start, e.end))
        starts[pid] = [e.start for e in found]
    out = []
    for i in infos:
        found = by_paragraph.get(i.paragraph, [])
        keys = starts.get(i.paragraph, [])
        lo, hi = bisect_left(keys, i.start), bisect_left(keys, i.end)
        out.append([e for e in found[lo:hi] if e.end <= i.end])
    return out


def score_sentences(
    infos: Sequence[SentenceInfo],
    entities: Sequence[Entity],
    kinds: Sequence[FactKind],
    *,
    title: str = "",
    plain: bool = False,
    model: RankerModel | None = None,
    named: Sequence[str | None] = (),
) -> np.ndarray:
    """Return one score in [0, 1] per sentence, the best scaled to 1: the learned ranker's
    (``model``, by default the shipped one; see :mod:`ranker`), or with ``plain`` TextRank.

    A sentence whose opening pronoun ``named`` names is read as it prints, with the name in
    the pronoun's place (it does not open with a pronoun), unless it adds to the sentence
    before it ("He also …").
    """
    ranks = textrank([i.text for i in infos])
    if plain or len(infos) == 0:
        return ranks
    inside = sentence_entities(infos, entities)
    rows = sentence_features([i.text for i in infos], inside, kinds, ranks, title)
    for n, name in enumerate(named):
        if name and not _ADDS.match(infos[n].text):
            rows[n, _PRONOUN] = 0.0
    scores = (model or load_ranker()).scores(rows)
    top = scores.max()
    return scores / top if top > 0 else scores


def fact_id(n: int) -> str:
    """Return the id of the ``n``-th sentence (0-based): ``f1``, ``f2`` …"""
    return f"f{n + 1}"


def select_facts(
    article: Article,
    facts: Sequence[Fact],
    entities: Sequence[Entity],
    low: int = MIN_FACTS,
    high: int = MAX_FACTS,
) -> set[str]:
    """Return the ids of the facts to tick when a template wants ``low``…``high`` of them,
    by the same rules and scores as the analysis's own selection."""
    import numpy as np

    infos = article_sentences(article)
    scores = np.array([f.score for f in facts])
    chosen = select(
        [i.text for i in infos],
        [i.paragraph for i in infos],
        sentence_entities(infos, entities),
        [fact_kind(i.text) for i in infos],
        [statement(i.text) for i in infos],
        scores,
        selection_size(article.word_count, low, high),
        low,
        quoted=set(continuations(facts)),
    )
    return {fact_id(n) for n in chosen}


def build_facts(
    article: Article,
    entities: Sequence[Entity],
    *,
    plain: bool = False,
    actors: Sequence[Actor] = (),
    tokens: Mapping[int, Sequence[Token]] | None = None,
) -> tuple[Fact, ...]:
    """Return every sentence as a Fact (``f1``… in reading order) with the default selection.

    Scores come from the learned ranker (plain TextRank with ``plain``); the selection is
    :func:`selection.select` of about one fact per 35 words, five to ten. With the
    article's ``actors`` and its paragraphs' tagged ``tokens``, each fact says who its
    opening pronoun stands for (:func:`referents.opening_referents`), and is scored as it
    would print, with the name.
    """
    infos = article_sentences(article)
    kinds: list[FactKind] = [fact_kind(i.text) for i in infos]
    statements = [statement(i.text) for i in infos]
    inside = sentence_entities(infos, entities)
    facts = [
        Fact(
            id=fact_id(n),
            text=info.text,
            paragraph=info.paragraph,
            sentence=info.index,
            score=0.0,
            included=False,
            kind=kinds[n],
        )
        for n, info in enumerate(infos)
    ]
    named = (
        opening_referents(article, facts, actors, tokens, statements)
        if tokens is not None
        else (None,) * len(facts)
    )
    scores = score_sentences(
        infos,
        entities,
        [s.kind for s in statements],
        title=article.title,
        plain=plain,
        named=named,
    )
    chosen = select(
        [i.text for i in infos],
        [i.paragraph for i in infos],
        inside,
        kinds,
        statements,
        scores,
        selection_size(article.word_count),
        quoted=set(continuations(facts)),
    )
    return tuple(
        replace(f, score=round(float(scores[n]), 4), included=n in chosen, refers_to=named[n])
        for n, f in enumerate(facts)
    )
