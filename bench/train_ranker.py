"""Retrain the sentence ranker (resources/models/ranker.json) from the development data.

Run: .venv/bin/python bench/train_ranker.py [--check]
Fits an L2-regularised logistic regression (Newton's method, numpy only) on the training part
of every source in bench/devdata.py, each source weighted equally so that no outlet's style
dominates; prints held-back precision per source and, with ``--check``, how a model trained
without one source does on that source. The file is written with fixed rounding, so the same
data gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import numpy as np

import devdata
import quality_facts
from briefwright.analysis.ranking.facts import sentence_entities
from briefwright.analysis.ranking.features import FEATURE_NAMES, sentence_features
from briefwright.analysis.ranking.ranker import MODEL_PARTS, RankerModel
from briefwright.analysis.ranking.textrank import textrank
from briefwright.analysis.statements.factkinds import statement
from briefwright.model.analysis import Entity
from briefwright.model.assets import resources_root

L2 = 10.0
ITERATIONS = 30
DIGITS = 6


def doc_rows(doc: devdata.Doc, entities: tuple[Entity, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Return the feature rows and 0/1 labels of one document's sentences."""
    infos = devdata.infos_of(doc)
    texts = [i.text for i in infos]
    rows = sentence_features(
        texts,
        sentence_entities(infos, entities),
        [statement(t).kind for t in texts],
        textrank(texts),
        doc.article.title,
    )
    labels = np.array([float(n in doc.reference) for n in range(len(infos))])
    return rows, labels


def fit(
    docs: Sequence[devdata.Doc], entities: Sequence[tuple[Entity, ...]], l2: float = L2
) -> RankerModel:
    """Return the logistic model fitted to the documents' sentences.

    Every source weighs the same in total, and within a source every document the same, so
    a long article or a large corpus does not set the weights alone.
    """
    per_source = devdata.by_source(docs)
    index = {id(d): e for d, e in zip(docs, entities, strict=True)}
    xs, ys, ws = [], [], []
    for members in per_source.values():
        for d in members:
            x, y = doc_rows(d, index[id(d)])
            xs.append(x)
            ys.append(y)
            ws.append(np.full(len(y), 1.0 / (len(y) * len(members))))
    x, y, w = np.vstack(xs), np.concatenate(ys), np.concatenate(ws)
    w = w / w.mean()
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale = np.where(scale > 1e-9, scale, 1.0)
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        gradient = z.T @ (w * (p - y)) + penalty * beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return RankerModel(
        FEATURE_NAMES,
        tuple(round(float(v), DIGITS) for v in mean),
        tuple(round(float(v), DIGITS) for v in scale),
        tuple(round(float(v), DIGITS) for v in beta[:-1]),
        round(float(beta[-1]), DIGITS),
    )


def to_json(model: RankerModel, trained_on: dict[str, int]) -> str:
    """Return the model file's text (keys sorted, fixed rounding)."""
    data = {
        "about": "Logistic sentence ranker; retrain with bench/train_ranker.py",
        "trained_on": trained_on,
        "features": list(model.features),
        "mean": list(model.mean),
        "scale": list(model.scale),
        "weights": list(model.weights),
        "bias": model.bias,
    }
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def main(argv: Sequence[str]) -> None:
    docs = devdata.load_all()
    entities = devdata.entities_of(docs)
    train = [(d, e) for d, e in zip(docs, entities, strict=True) if not d.held_out]
    test = [(d, e) for d, e in zip(docs, entities, strict=True) if d.held_out]
    model = fit([d for d, _ in train], [e for _, e in train])
    trained_on = {s: len(m) for s, m in devdata.by_source(d for d, _ in train).items()}
    path = resources_root().joinpath(*MODEL_PARTS)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_json(model, trained_on), encoding="utf-8")
    print(f"wrote {path} (trained on {trained_on})")
    for name, weight in sorted(
        zip(FEATURE_NAMES, model.weights, strict=True), key=lambda t: -abs(t[1])
    ):
        print(f"  {name:18s} {weight:+.3f}")
    held = [d for d, _ in test]
    held_entities = [e for _, e in test]
    print("held back:")
    for name, members in {**devdata.by_source(held), "all": held}.items():
        ents = [held_entities[held.index(d)] for d in members]
        p = quality_facts.precision(members, ents, quality_facts.ranker_scores(model))
        print(
            f"  {name:10s} {len(members):4d}  "
            f"P@ref {p['ref']:.3f}  P@3 {p['3']:.3f}  P@5 {p['5']:.3f}"
        )
    if "--check" in argv:
        print("trained without a source, tested on its held-back part:")
        for source in sorted({d.source for d, _ in train}):
            others = [(d, e) for d, e in train if d.source != source]
            alone = [(d, e) for d, e in test if d.source == source]
            m = fit([d for d, _ in others], [e for _, e in others])
            p = quality_facts.precision(
                [d for d, _ in alone], [e for _, e in alone], quality_facts.ranker_scores(m)
            )
            print(f"  {source:10s} P@ref {p['ref']:.3f}  P@3 {p['3']:.3f}  P@5 {p['5']:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
