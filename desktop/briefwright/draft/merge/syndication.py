"""Syndicated copies: the same wire story in two outlets counts as one independent source."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.model.sources import Source

SHINGLE = 5
"""Words in each shingle compared between two articles' texts."""
SAME_STORY = 0.5
"""Share of shingles two articles have in common (Jaccard) from which one is a copy."""
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Return the runs of SHINGLE consecutive words of ``text``, in lower case."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return frozenset(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def story_overlap(a: Source, b: Source) -> float:
    """Return the share of word runs the two sources' articles have in common (0 to 1)."""
    return _overlap(shingles(a.article.text), shingles(b.article.text))


def independent_groups(sources: Sequence[Source]) -> dict[str, str]:
    """Return, for each source id, the id of the first source of its story: a source whose
    text is a near-identical copy of an earlier one (SAME_STORY) belongs to that one's."""
    group: dict[str, str] = {}
    runs = [shingles(s.article.text) for s in sources]
    for n, s in enumerate(sources):
        earlier = next(
            (
                group[e.id]
                for m, e in enumerate(sources[:n])
                if _overlap(runs[m], runs[n]) >= SAME_STORY
            ),
            s.id,
        )
        group[s.id] = earlier
    return group


def _overlap(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
