"""TextRank over sentences: PageRank on a content-word overlap graph."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefwright.analysis.wordlists import words

if TYPE_CHECKING:
    import numpy as np

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


# Pure and called for every word of every sentence: a word is stemmed once.
@functools.lru_cache(maxsize=1 << 16)
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


# Sentences are ranked within windows of this many: a ranking over all pairs costs time and
# memory with the square of the count (a 60,000-word paragraph has thousands of sentences),
# and a sentence's standing among its few hundred neighbours is what a briefing needs.
WINDOW = 300


def similarity_matrix(bags: Sequence[Sequence[str]]) -> np.ndarray:
    """Return the TextRank similarity: shared words over the log lengths of both sentences."""
    import numpy as np  # with the first analysis: the window imports content_words before paint

    n = len(bags)
    vocabulary: dict[str, int] = {}
    rows = [sorted({vocabulary.setdefault(w, len(vocabulary)) for w in bag}) for bag in bags]
    incidence = np.zeros((n, max(len(vocabulary), 1)))
    for i, cols in enumerate(rows):
        incidence[i, cols] = 1.0
    shared = incidence @ incidence.T
    sizes = incidence.sum(axis=1)
    logs = np.log(np.where(sizes > 1, sizes, 1.0))
    denominator = logs[:, None] + logs[None, :]
    usable = (sizes[:, None] > 1) & (sizes[None, :] > 1) & (shared > 0)
    sim = np.where(usable, shared / np.where(denominator > 0, denominator, 1.0), 0.0)
    np.fill_diagonal(sim, 0.0)
    return sim


def textrank(texts: Sequence[str], damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """Return one TextRank score per text, scaled so that the best is 1 (zeros when n < 2).

    Texts beyond WINDOW are ranked window by window, each window scaled on its own.
    """
    import numpy as np

    if len(texts) > WINDOW:
        return np.concatenate(
            [
                _rank(texts[i : i + WINDOW], damping, iterations)
                for i in range(0, len(texts), WINDOW)
            ]
        )
    return _rank(texts, damping, iterations)


def _rank(texts: Sequence[str], damping: float, iterations: int) -> np.ndarray:
    import numpy as np

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
