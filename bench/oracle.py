"""Extractive labels from a written summary: the greedy ROUGE-1/2 recall oracle.

As SummaRuNNer and BertSumExt label their training data: sentences are added one at a time,
each time the one that raises ROUGE-1 + ROUGE-2 recall against the summary the most, until
no sentence adds at least MIN_GAIN or ``limit`` sentences are chosen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_TOKEN = re.compile(r"[a-z0-9]+")
MIN_GAIN = 0.01


def tokens(text: str) -> list[str]:
    """Return the lower-case alphanumeric tokens of ``text``."""
    return _TOKEN.findall(text.lower())


def _ngrams(words: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _recall(chosen: Counter[tuple[str, ...]], reference: Counter[tuple[str, ...]]) -> float:
    total = sum(reference.values())
    return sum((chosen & reference).values()) / total if total else 0.0


def greedy_oracle(sentences: Sequence[str], summary: str, limit: int) -> list[int]:
    """Return the indexes (ascending) of the sentences the greedy oracle picks (at most
    ``limit``)."""
    ref_words = tokens(summary)
    refs = [_ngrams(ref_words, 1), _ngrams(ref_words, 2)]
    grams = [[_ngrams(tokens(s), 1), _ngrams(tokens(s), 2)] for s in sentences]
    chosen: list[int] = []
    have: list[Counter[tuple[str, ...]]] = [Counter(), Counter()]
    best = 0.0
    while len(chosen) < limit:
        pick, pick_score = -1, best
        for i, g in enumerate(grams):
            if i in chosen:
                continue
            score = sum(_recall(have[n] + g[n], refs[n]) for n in range(2))
            if score > pick_score:
                pick, pick_score = i, score
        if pick < 0 or pick_score < best + MIN_GAIN:
            break
        chosen.append(pick)
        have = [have[n] + grams[pick][n] for n in range(2)]
        best = pick_score
    return sorted(chosen)
