"""Print entity F1, key-sentence precision and analysis speed on tests/data/labelled.

Run: .venv/bin/python bench/quality.py
Compares the raw spaCy small model with the full analysis (gazetteer, titles, votes), and
plain TextRank with the combined fact score.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from briefwright.analysis import analyze, analyze_many  # noqa: E402
from briefwright.analysis.facts import build_facts  # noqa: E402
from briefwright.analysis.language import get_nlp  # noqa: E402
from briefwright.article import Article, Paragraph  # noqa: E402
from briefwright.ingest import article_from_text  # noqa: E402
from briefwright.ingest.sentences import split_sentences  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "labelled"
SAMPLE = ROOT / "seeds" / "niger-coup-us-embassy-evacuation.txt"
RAW_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
Span = tuple[int, int, int, str]


def load(path: Path) -> tuple[dict, Article]:
    """Return the labelled record and its Article."""
    record = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = tuple(
        Paragraph(i, text, split_sentences(text))
        for i, text in enumerate(record["paragraphs"], start=1)
    )
    article = Article(record["id"], paragraphs, date=date.fromisoformat(record["date"]))
    return record, article


def gold_spans(record: dict) -> set[Span]:
    return {(e["paragraph"], e["start"], e["end"], e["label"]) for e in record["entities"]}


def raw_spans(article: Article) -> set[Span]:
    nlp = get_nlp()
    out = set()
    for p in article.paragraphs:
        for ent in nlp(p.text).ents:
            if ent.label_ in RAW_LABELS:
                out.add((p.id, ent.start_char, ent.end_char, RAW_LABELS[ent.label_]))
    return out


def our_spans(article: Article) -> set[Span]:
    return {
        (e.paragraph, e.start, e.end, e.label)
        for e in analyze(article).entities
        if e.label in ("PERSON", "ORG", "PLACE")
    }


def f1(pairs: Iterable[tuple[set[Span], set[Span]]]) -> float:
    tp = fp = fn = 0
    for gold, found in pairs:
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def top_k_precision(article: Article, record: dict, *, plain: bool) -> tuple[int, int]:
    """Return (hits, k) for the k best-scored facts, k = number of reference sentences."""
    analysis = analyze(article)
    facts = build_facts(article, analysis.entities, plain=plain)
    k = len(record["key_sentences"])
    best = sorted(facts, key=lambda f: (-f.score, f.id))[:k]
    reference = {s.strip() for s in record["key_sentences"]}
    return sum(1 for f in best if f.text.strip() in reference), k


def main() -> None:
    records = [load(p) for p in sorted(LABELLED.glob("*.json"))]
    get_nlp()
    groups = {
        "politics/economy": [r for r in records if r[0]["category"] in ("politics", "economy")],
        "overall": records,
    }
    print(f"labelled texts: {len(records)}")
    print("entity F1 (exact span and type; PERSON/ORG/PLACE)")
    for name, members in groups.items():
        raw = f1((gold_spans(r), raw_spans(a)) for r, a in members)
        ours = f1((gold_spans(r), our_spans(a)) for r, a in members)
        print(f"  {name:18s} raw model {raw:.3f}   ours {ours:.3f}")
    for cat in sorted({r["category"] for r, _ in records}):
        members = [(r, a) for r, a in records if r["category"] == cat]
        ours = f1((gold_spans(r), our_spans(a)) for r, a in members)
        raw = f1((gold_spans(r), raw_spans(a)) for r, a in members)
        print(f"    {cat:16s} raw {raw:.3f}   ours {ours:.3f}")
    print("key sentences: share of the k top-scored facts in the reference")
    for plain in (True, False):
        hits = total = 0
        for record, article in records:
            h, k = top_k_precision(article, record, plain=plain)
            hits += h
            total += k
        name = "plain TextRank" if plain else "TextRank + concreteness"
        print(f"  {name:26s} {hits}/{total} = {hits / total:.3f}")
    sample = article_from_text(SAMPLE.read_text(encoding="utf-8"))
    analyze(sample)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        analyze(sample)
        runs.append(time.perf_counter() - start)
    words = sample.word_count
    print(f"speed: sample ({words} words) single analyze, best of 5: {min(runs) * 1000:.0f} ms")
    batch = [sample] * 20 + [a for _, a in records] * 2
    total_words = sum(a.word_count for a in batch)
    start = time.perf_counter()
    list(analyze_many(batch))
    elapsed = time.perf_counter() - start
    per_400 = elapsed / total_words * 400 * 1000
    print(f"speed: batch of {len(batch)} articles, {per_400:.0f} ms per 400 words")


if __name__ == "__main__":
    main()
