"""Grouping consecutive paragraphs into sections by actor continuity, lexical cohesion and cues."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.analysis.ranking.textrank import content_words
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.article import Paragraph

# An opening that points back ("He", "The move") continues the paragraph before; one that
# turns to something else ("Meanwhile", "Separately") starts a new topic.
_CONTINUES = lexicon.cue_pattern("sections.continues_cues", start=True)
_SHIFTS = lexicon.cue_pattern("sections.shifts_cues", start=True)


@dataclass(frozen=True)
class ParagraphSignals:
    """What ties a paragraph to its neighbours: its topic words and actors, each weighted by
    how rare it is in the article (tf-idf), and its opening words."""

    words: dict[str, float]
    actors: dict[str, float]
    opening: str
    opener: frozenset[str] = frozenset()


def section_bounds(body_paragraphs: int) -> tuple[int, int]:
    """Return the fewest and most sections a run of body paragraphs gets.

    At least one per four paragraphs; at most one per paragraph, up to twelve.
    """
    n = max(1, body_paragraphs)
    return (
        max(1, math.ceil(n / WEIGHTS.paragraphs_per_section)),
        max(1, min(WEIGHTS.most_sections, n)),
    )


def cohesion(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Return the cosine similarity of two weighted bags of words."""
    shared = sum(a[w] * b[w] for w in a.keys() & b.keys())
    if not shared:
        return 0.0
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return shared / norm


def _weighted(bags: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Return each bag weighted by tf-idf: what every paragraph shares binds none of them."""
    n = len(bags)
    df: Counter[str] = Counter(w for bag in bags for w in bag)
    return [{w: c * math.log((n + 1) / df[w]) for w, c in bag.items()} for bag in bags]


def paragraph_signals(
    paragraphs: Sequence[Paragraph],
    actor_keys: Sequence[Sequence[str]],
    openers: Sequence[frozenset[str]] | None = None,
) -> list[ParagraphSignals]:
    """Return the signals of each paragraph; ``actor_keys`` are the actors each one names,
    ``openers`` the actors it names first (the subject it opens with)."""
    words = _weighted([Counter(content_words(p.text)) for p in paragraphs])
    actors = _weighted([Counter(set(keys)) for keys in actor_keys])
    firsts = openers if openers is not None else [frozenset[str]() for _ in paragraphs]
    return [
        ParagraphSignals(w, a, p.text.lstrip()[:40], o)
        for p, w, a, o in zip(paragraphs, words, actors, firsts, strict=True)
    ]


def binding(a: ParagraphSignals, b: ParagraphSignals) -> float:
    """Return how strongly paragraph ``b`` continues paragraph ``a`` (0 or more).

    Shared topic words and shared actors (cosine of their tf-idf weights), and ``b``'s
    opening: pointing back (a pronoun, "The move", or an actor of ``a`` as its first
    subject) adds, turning away subtracts.
    """
    lexical = cohesion(a.words, b.words)
    actors = cohesion(a.actors, b.actors)
    cue = 0.0
    # An opening subject named all over the article (the country it is about) ties nothing.
    opener = any(a.actors.get(k, 0.0) >= WEIGHTS.opener_weight for k in b.opener)
    if _CONTINUES.match(b.opening) or opener:
        cue = 1.0
    elif _SHIFTS.match(b.opening):
        cue = -1.0
    w = WEIGHTS
    return max(0.0, w.lexical_weight * lexical + w.actor_weight * actors + w.cue_weight * cue)


def segment(signals: Sequence[ParagraphSignals], bounds: tuple[int, int]) -> list[tuple[int, int]]:
    """Return runs ``[start, end)`` of paragraphs: a cut wherever the binding falls below
    ``Weights.merge_at``, then the weakest gaps cut or the strongest joined to stay within
    ``bounds`` (fewest, most sections)."""
    n = len(signals)
    if n == 0:
        return []
    low, high = max(1, min(bounds[0], n)), max(1, min(bounds[1], n))
    gaps = [binding(signals[i], signals[i + 1]) for i in range(n - 1)]
    cuts = {i for i, g in enumerate(gaps) if g < WEIGHTS.merge_at}
    weakest_first = sorted(range(n - 1), key=lambda i: (gaps[i], i))
    for i in weakest_first:
        if len(cuts) + 1 >= low:
            break
        cuts.add(i)
    for i in reversed(weakest_first):
        if len(cuts) + 1 <= high:
            break
        cuts.discard(i)
    runs, start = [], 0
    for c in sorted(cuts):
        runs.append((start, c + 1))
        start = c + 1
    runs.append((start, n))
    return runs
