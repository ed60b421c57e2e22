"""Grouping consecutive paragraphs into sections by lexical and entity cohesion."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from briefwright.analysis.model import Fact, SectionRole
from briefwright.analysis.textrank import content_words
from briefwright.article import Paragraph

_BACKGROUND = re.compile(
    r"\b(?:known for|former colonial|history|historically|has long|for decades|since (?:1[89]|20)"
    r"\d\d|founded|strategic(?:ally)? important|strategic importance|is home to|one of the|"
    r"located|was once|previously|traditionally|in the past|decades?|centuries|colonial)\b",
    re.IGNORECASE,
)
_REACTION = re.compile(
    r"\b(?:said|says|warned|condemned|rejected|denounced|denouncing|responded|criticis\w*|"
    r"criticiz\w*|sanctions?|protest\w*|demonstrations?|called for|urged|reaffirmed|welcomed|"
    r"praised|statement|accused|vowed|pledged|supporters|opposition|response|reaction)\b",
    re.IGNORECASE,
)
_OUTLOOK = re.compile(
    r"\b(?:will|could|may|might|expected|next|future|upcoming|ahead|outlook|forecast\w*|"
    r"plans? to|likely)\b"
)


def section_count(body_paragraphs: int) -> int:
    """Return how many sections a run of body paragraphs gets: one per two, 1 to 7."""
    return max(1, min(7, math.ceil(body_paragraphs / 2)))


def cohesion(a: Counter[str], b: Counter[str]) -> float:
    """Return the cosine similarity of two bags of words."""
    shared = sum(a[w] * b[w] for w in a.keys() & b.keys())
    if not shared:
        return 0.0
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return shared / norm


def segment(bags: Sequence[Counter[str]], count: int) -> list[tuple[int, int]]:
    """Return ``count`` (at most) runs ``[start, end)`` cutting at the weakest cohesion gaps.

    A gap's weakness is its depth (TextTiling): how far its cohesion falls below the
    highest cohesion within two gaps on each side, less the cohesion itself.
    """
    n = len(bags)
    if n == 0:
        return []
    count = max(1, min(count, n))
    gaps = [cohesion(bags[i], bags[i + 1]) for i in range(n - 1)]
    depths = []
    for i, g in enumerate(gaps):
        left = max(gaps[max(0, i - 2) : i + 1])
        right = max(gaps[i : i + 3])
        depths.append((left - g) + (right - g) - g)
    cuts = sorted(sorted(range(n - 1), key=lambda i: (-depths[i], i))[: count - 1])
    runs, start = [], 0
    for c in cuts:
        runs.append((start, c + 1))
        start = c + 1
    runs.append((start, n))
    return runs


def paragraph_bag(paragraph: Paragraph, actor_keys: Sequence[str]) -> Counter[str]:
    """Return a paragraph's content words plus its actors (weighted: shared actors bind)."""
    bag = Counter(content_words(paragraph.text))
    for key in actor_keys:
        bag["@" + key] += 2
    return bag


def section_role(text: str, facts: Sequence[Fact], first: bool) -> SectionRole:
    """Return the section's role from its cue words and the kinds of its sentences."""
    if facts and all(f.kind == "commentary" for f in facts):
        return "outlook"
    words = max(1, len(text.split()))
    estimative = sum(1 for f in facts if f.kind != "fact") / max(1, len(facts))
    scores: dict[SectionRole, float] = {
        "background": 3.0 * len(_BACKGROUND.findall(text)) / words * 10,
        "reaction": 1.5 * len(_REACTION.findall(text)) / words * 10,
        "outlook": (estimative + len(_OUTLOOK.findall(text)) / words * 10) * (0.3 if first else 1),
        "development": 0.3,
    }
    if first:
        scores["development"] += 0.5
    best = max(scores, key=lambda k: (scores[k], k == "development"))
    return best
