"""Analysis speed: loading the model, the sample once warm, and a batch of 200 articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable

from articles import generate_articles, generate_reports
from briefwright.analysis.engine import analyze, analyze_many
from briefwright.analysis.ranking.facts import build_facts
from briefwright.app.pipeline import merged_briefing
from briefwright.ingest import article_from_text, read_article
from content import SAMPLE
from report import Results, Row
from timing import measure

GROUP = "Analysis"
SAMPLE_BUDGET_S = 3.0
LOAD_REPEATS = 3
RANKER_REPEATS = 31
# A fresh interpreter loads the model; the imports before it are timed apart.
LOAD_SCRIPT = """
import json, time
t0 = time.perf_counter()
from briefwright.analysis.language import get_nlp
t1 = time.perf_counter()
get_nlp()
t2 = time.perf_counter()
print(json.dumps({"import_ms": (t1 - t0) * 1000, "load_ms": (t2 - t1) * 1000}))
"""


def run_analysis(results: Results, count: int = 200) -> None:
    """Record model load, the warm sample and the per-article batch time under ``Analysis``."""
    loads = [_load_once() for _ in range(LOAD_REPEATS)]
    load_ms = sorted(x["load_ms"] for x in loads)[len(loads) // 2]
    import_ms = sorted(x["import_ms"] for x in loads)[len(loads) // 2]
    results.add(Row(GROUP, "model load (fresh process, median)", "", round(load_ms, 1), "ms",
                    len(loads), f"after {import_ms:.0f} ms of imports"))

    sample = read_article(SAMPLE)
    timing = measure(lambda: analyze(sample), SAMPLE_BUDGET_S, warmup=True)
    cpu = _cpu_ms(lambda: analyze(sample), timing.n)
    results.add(Row(GROUP, "sample article, warm", "", round(timing.median_ms, 1), "ms", timing.n,
                    f"{sample.word_count} words; {cpu:.0f} ms CPU time each"))

    # The key-fact ranker's share of that: facts scored and selected by the learned model,
    # against the plain TextRank scoring it replaced.
    # CPU time: a few milliseconds drown in wall-clock noise on a shared machine.
    entities = analyze(sample).entities
    ranked = _cpu_ms(lambda: build_facts(sample, entities), RANKER_REPEATS)
    plain = _cpu_ms(lambda: build_facts(sample, entities, plain=True), RANKER_REPEATS)
    results.add(Row(GROUP, "key-fact ranker, sample article (CPU)", "", round(ranked - plain, 2),
                    "ms", RANKER_REPEATS, f"facts in {ranked:.1f} ms CPU with the ranker, "
                    f"{plain:.1f} ms with plain TextRank scores"))

    generated = generate_articles(count)
    articles = [article_from_text(a.text) for a in generated]
    words = sum(a.word_count for a in articles)
    # Warm the batch path on a few first, so the timing is steady-state throughput.
    for _ in analyze_many(articles[:8]):
        pass
    t0, c0 = time.perf_counter(), time.process_time()
    done = sum(1 for _ in analyze_many(articles))
    total_ms = (time.perf_counter() - t0) * 1000
    cpu_ms = (time.process_time() - c0) * 1000
    results.add(Row(GROUP, f"batch of {done} generated articles, per article", "",
                    round(total_ms / done, 1), "ms", 1,
                    f"{words / done:.0f} words each on average; {total_ms / 1000:.1f} s in all; "
                    f"{cpu_ms / done:.0f} ms CPU time per article"))


MERGE_SIZES = (10, 50)


def merge_row_name(count: int) -> str:
    """Return the name of the row that times ``count`` reports merged."""
    return f"{count} reports of one event, merged analysis"


def run_merge(results: Results, sizes: tuple[int, ...] = MERGE_SIZES) -> None:
    """Record, under ``Analysis``, the time from ``count`` generated 500-word reports of one
    event (already read) to their merged briefing, the model loaded: analysis, proposals,
    joining, as ``briefwright analyze … --merge`` does after reading the files."""
    for count in sizes:
        articles = [article_from_text(r.text) for r in generate_reports(count)]
        words = sum(a.word_count for a in articles) / max(1, count)
        merged_briefing(articles[:2])  # warm the batch path
        runs, joins = [], 0
        for _ in range(3 if count <= 10 else 1):
            t0 = time.perf_counter()
            briefing = merged_briefing(articles)
            runs.append(time.perf_counter() - t0)
            joins = sum(1 for f in briefing.facts if f.also)
        results.add(Row(GROUP, merge_row_name(count), "", round(min(runs), 2), "s", len(runs),
                        f"{words:.0f} words each; {joins} facts joined across reports; "
                        f"best of {len(runs)}; load average {os.getloadavg()[0]:.1f}"))


def _cpu_ms(work: Callable[[], object], repeats: int) -> float:
    """Return the median CPU time of ``work()`` in ms (all threads of this process)."""
    samples = []
    for _ in range(max(1, repeats)):
        c0 = time.process_time()
        work()
        samples.append((time.process_time() - c0) * 1000)
    return sorted(samples)[len(samples) // 2]


def _load_once() -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", LOAD_SCRIPT], capture_output=True, text=True,
                          check=True, timeout=300)
    data: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return data
