"""Print how well the fact score finds the reference sentences, per source, against lead-k
and plain TextRank: the share of the k best-scored facts that are in the reference.

Run: .venv/bin/python bench/quality_facts.py [--all]
Held-back documents only (see bench/devdata.py), unless ``--all``; k is the size of each
article's reference, then 3 and 5.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

import numpy as np

import devdata
from briefwright.analysis.ranking.facts import build_facts, score_sentences
from briefwright.analysis.ranking.ranker import RankerModel
from briefwright.analysis.statements.factkinds import statement
from briefwright.model.analysis import Entity

Scorer = Callable[[devdata.Doc, tuple[Entity, ...]], np.ndarray]
KS: tuple[str, ...] = ("ref", "3", "5")


def lead_scores(doc: devdata.Doc, entities: tuple[Entity, ...]) -> np.ndarray:
    """Return scores that rank the sentences in reading order (lead-k)."""
    n = len(devdata.infos_of(doc))
    return np.linspace(1.0, 0.0, n, endpoint=False) if n else np.zeros(0)


def textrank_scores(doc: devdata.Doc, entities: tuple[Entity, ...]) -> np.ndarray:
    """Return plain TextRank over the document's sentences."""
    infos = devdata.infos_of(doc)
    return score_sentences(infos, entities, [statement(i.text).kind for i in infos], plain=True)


def ranker_scores(model: RankerModel | None = None) -> Scorer:
    """Return a scorer by the learned ranker (``model``, by default the shipped one)."""

    def score(doc: devdata.Doc, entities: tuple[Entity, ...]) -> np.ndarray:
        infos = devdata.infos_of(doc)
        kinds = [statement(i.text).kind for i in infos]
        return score_sentences(infos, entities, kinds, title=doc.article.title, model=model)

    return score


def hits(scores: np.ndarray, reference: frozenset[int], k: int) -> tuple[int, int]:
    """Return (reference sentences among the k best-scored, k), ties broken by reading order."""
    k = min(k, len(scores))
    best = sorted(range(len(scores)), key=lambda n: (-round(float(scores[n]), 4), n))[:k]
    return sum(1 for n in best if n in reference), k


def precision(
    docs: Sequence[devdata.Doc], entities: Sequence[tuple[Entity, ...]], scorer: Scorer
) -> dict[str, float]:
    """Return the pooled share of the top-k facts in the reference, for each k of KS."""
    totals = {k: [0, 0] for k in KS}
    for doc, ents in zip(docs, entities, strict=True):
        scores = scorer(doc, ents)
        for k in KS:
            h, n = hits(scores, doc.reference, len(doc.reference) if k == "ref" else int(k))
            totals[k][0] += h
            totals[k][1] += n
    return {k: h / n if n else 0.0 for k, (h, n) in totals.items()}


def selection_quality(
    docs: Sequence[devdata.Doc], entities: Sequence[tuple[Entity, ...]]
) -> tuple[float, float, float]:
    """Return the default selection's pooled precision and recall against the reference and
    the mean number of facts it ticks."""
    picked = right = wanted = 0
    for doc, ents in zip(docs, entities, strict=True):
        facts = build_facts(doc.article, ents)
        ticked = {n for n, f in enumerate(facts) if f.included}
        picked += len(ticked)
        right += len(ticked & doc.reference)
        wanted += len(doc.reference)
    return right / max(picked, 1), right / max(wanted, 1), picked / max(len(docs), 1)


def report(docs: Sequence[devdata.Doc], entities: Sequence[tuple[Entity, ...]]) -> None:
    """Print lead-k, TextRank and the ranker per source and over all the given documents."""
    groups = devdata.by_source(docs)
    index = {id(d): e for d, e in zip(docs, entities, strict=True)}
    groups["all"] = list(docs)
    scorers: dict[str, Scorer] = {
        "lead-k": lead_scores,
        "TextRank": textrank_scores,
        "ranker": ranker_scores(),
    }
    print("  source      docs  method     P@ref  P@3    P@5")
    for name, members in groups.items():
        ents = [index[id(d)] for d in members]
        for label, scorer in scorers.items():
            p = precision(members, ents, scorer)
            print(
                f"  {name:10s} {len(members):5d}  {label:9s}  "
                f"{p['ref']:.3f}  {p['3']:.3f}  {p['5']:.3f}"
            )
    print("  default selection (ticked facts against the reference):")
    for name, members in groups.items():
        precision_, recall, size = selection_quality(members, [index[id(d)] for d in members])
        print(
            f"  {name:10s} {len(members):5d}  P {precision_:.3f}  R {recall:.3f}  ticks {size:.1f}"
        )


def main(argv: Sequence[str] = ()) -> None:
    docs = devdata.load_all()
    if "--all" not in argv:
        docs = [d for d in docs if d.held_out]
    print(f"key facts on held-back development data ({len(docs)} articles; bench/devdata.py)")
    report(docs, devdata.entities_of(docs))


if __name__ == "__main__":
    main(sys.argv[1:])
