"""TextRank over sentences: PageRank on a content-word overlap graph."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from briefwright.analysis.wordlists import words

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
STOPWORDS: frozenset[str] = words(
    """
        a about above after again against all also although am an and any are as at be
        because been before being below between both but by can could did do does doing down
        during each few for from further had has have having he her here hers herself him
        himself his how i if in into is it its itself just me more most my myself no nor not
        now of off on once only or other our ours out over own same she should so some such
        than that the their theirs them themselves then there these they this those through
        to too under until up very was we were what when where which while who whom why will
        with would you your yours said says say however additionally like many other various
        further
        """
)


def stem(word: str) -> str:
    """Return a crude stem of a lower-case word (plural and verb endings removed)."""
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Return the stemmed, lower-case content words of ``text`` in order."""
    words = (
        w.lower().rstrip("'’").removesuffix("’s").removesuffix("'s") for w in _WORD.findall(text)
    )
    return [stem(w) for w in words if w not in STOPWORDS and len(w) > 2]


def similarity_matrix(bags: Sequence[Sequence[str]]) -> np.ndarray:
    """Return the TextRank similarity: shared words over the log lengths of both sentences."""
    n = len(bags)
    sets = [set(b) for b in bags]
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(sets[i] & sets[j])
            if shared and len(sets[i]) > 1 and len(sets[j]) > 1:
                value = shared / (math.log(len(sets[i])) + math.log(len(sets[j])))
                sim[i, j] = sim[j, i] = value
    return sim


def textrank(texts: Sequence[str], damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """Return one TextRank score per text, scaled so that the best is 1 (zeros when n < 2)."""
    n = len(texts)
    if n == 0:
        return np.zeros(0)
    sim = similarity_matrix([content_words(t) for t in texts])
    sums = sim.sum(axis=1, keepdims=True)
    # Sentences sharing no word with any other distribute their rank evenly.
    transition = np.where(sums > 0, sim / np.where(sums > 0, sums, 1.0), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * (transition.T @ rank)
        if np.abs(updated - rank).sum() < 1e-9:
            rank = updated
            break
        rank = updated
    top = rank.max()
    return rank / top if top > 0 else rank
