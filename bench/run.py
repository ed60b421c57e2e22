"""`make bench`: Briefwright against its peers, side by side in one run.

Prints a table (Markdown, ready for the README), writes ``bench/results.json`` whose
``targets`` list holds one ``{"name", "value", "target", "met"}`` per target, and profiles
every target that was missed. ``--quick`` runs a smaller version to try the harness.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from analysis_speed import MERGE_SIZES, merge_row_name, run_analysis, run_merge  # noqa: E402
from articles import generate_articles  # noqa: E402
from bare_pdf import bare_pdf_bytes  # noqa: E402
from briefwright.analysis.engine import analyze, analyze_many  # noqa: E402
from briefwright.app.export import export_briefing  # noqa: E402
from briefwright.ingest import article_from_text, read_article  # noqa: E402
from briefwright.writers.pdf import write_pdf  # noqa: E402
from briefwright.writers.word import write_docx  # noqa: E402
from callgrind import run_callgrind  # noqa: E402
from content import SAMPLE, Content, load_content  # noqa: E402
from exports import BARE_RL, BW_DOCX, BW_EXPORT, BW_PDF, PANDOC, WEASY, run_docx, run_pdf  # noqa: E402
from peers import OUT, Peer, ensure_all, present_peers  # noqa: E402
from profiling import profile_work  # noqa: E402
from report import Results, table_lines, write_json  # noqa: E402
from window import (  # noqa: E402
    PREVIEW_TARGET_MS,
    SOURCES,
    SOURCES_RSS_TARGET_MIB,
    run_preview,
    run_sources,
    run_start,
    sources_row_name,
    window_env,
)

RESULTS = BENCH / "results.json"
TABLE = OUT / "table.md"


def main(argv: list[str]) -> int:
    """Run every benchmark, print the table, write the results; return 0 (1 if one crashed)."""
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer sizes, articles and edits")
    parser.add_argument("--no-install", action="store_true", help="measure only peers present")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = Results()
    peers = _peers(results, install=not args.no_install)
    sizes = (1, 10) if args.quick else (1, 10, 100)
    failures = 0

    def step(name: str, work: Callable[[], object]) -> None:
        nonlocal failures
        print(f"bench: {name} …", flush=True)
        t0 = time.perf_counter()
        try:
            work()
        except Exception as exc:  # one broken piece must not hide the others' numbers
            failures += 1
            results.skipped[name] = f"failed: {type(exc).__name__}: {exc}"
            print(f"bench: {name} failed: {exc}", file=sys.stderr, flush=True)
        print(f"bench: {name} took {time.perf_counter() - t0:.1f} s", flush=True)

    holder: dict[str, Content] = {}
    step("content", lambda: holder.setdefault("content", load_content(sizes)))
    content = holder.get("content")
    if content is not None:
        step("pdf", lambda: run_pdf(results, content, peers))
        step("docx", lambda: run_docx(results, content, peers))
    step("analysis", lambda: run_analysis(results, 40 if args.quick else 200))
    step("merge", lambda: run_merge(results))
    step("window start", lambda: run_start(results))
    preview: dict[str, object] = {}
    step("preview", lambda: preview.update(run_preview(results, profile=True)))
    step("window with sources", lambda: run_sources(results))
    if content is not None:
        step("callgrind", lambda: run_callgrind(results, content.documents[1], peers["valgrind"]))
    _targets(results)
    step("profiles", lambda: _profiles(results, content, preview))
    results.wall_s = time.perf_counter() - started
    lines = table_lines(results)
    lines.append("")
    lines.append(f"Whole run: {results.wall_s:.0f} s.")
    for name, why in results.skipped.items():
        lines.append(f"Skipped {name}: {why}")
    text = "\n".join(lines)
    print("\n" + text + "\n")
    for name, profile in results.profiles.items():
        print(f"--- profile: {name} ---\n{profile}\n")
    write_json(results, RESULTS)
    OUT.mkdir(parents=True, exist_ok=True)
    TABLE.write_text(text + "\n", encoding="utf-8")
    print(f"bench: wrote {RESULTS.relative_to(BENCH.parent)} and {TABLE.relative_to(BENCH.parent)}")
    return 1 if failures else 0


def _peers(results: Results, install: bool) -> dict[str, Peer]:
    peers = ensure_all() if install else present_peers()
    for name, peer in peers.items():
        if peer.available:
            results.peers[name] = peer.note
        else:
            results.skipped[name] = peer.note
        print(f"bench: peer {name}: {'ok, ' if peer.available else 'SKIPPED, '}{peer.note}")
    return peers


def _targets(results: Results) -> None:
    v = results.value
    results.ratio_target("pdf_vs_weasyprint", v("PDF", BW_EXPORT, "×1"), v("PDF", WEASY, "×1"),
                         0.1, "sample briefing, Briefwright compose+write vs WeasyPrint")
    results.ratio_target("pdf_vs_bare_reportlab", v("PDF", BW_EXPORT, "×1"),
                         v("PDF", BARE_RL, "×1"), 1.0,
                         "sample briefing, Briefwright compose+write vs bare platypus")
    results.ratio_target("docx_vs_pandoc", v("DOCX", BW_EXPORT, "×1"), v("DOCX", PANDOC, "×1"),
                         0.6, "Briefwright in process (warm) vs pandoc md→docx whole process")
    results.ratio_target("pdf_x100_vs_bare_reportlab", v("PDF", BW_PDF, "×100"),
                         v("PDF", BARE_RL, "×100"), 1.0,
                         "write_pdf of the ×100 Document vs a bare ReportLab build of it")
    results.ratio_target("docx_x100_vs_x1", v("DOCX", BW_DOCX, "×100"), v("DOCX", BW_DOCX, "×1"),
                         60, "write_docx of the Document ×100 vs ×1")
    results.ratio_target("start_vs_bare_window",
                         v("Window", "Briefwright: start to painted article"),
                         v("Window", "bare PySide6 window: start to painted article"), 1.5,
                         "process start to painted article, medians, both on this machine",
                         both="ms")
    ir = "Instructions (callgrind Ir, one warm export, start and imports excluded)"
    results.ratio_target("pdf_vs_bare_reportlab_ir", v(ir, "Briefwright write_pdf ×1"),
                         v(ir, "bare ReportLab ×1"), 1.0,
                         "the same ratio in instructions (stable on a busy machine)")
    results.limit_target("outline_ready_ms", v("Window", "Briefwright: start to outline ready"),
                         1200, "ms", "process start to outline filled")
    results.limit_target("preview_p95_ms",
                         v("Window", "preview latency p95 (edit → preview.ready)"),
                         PREVIEW_TARGET_MS, "ms", "100 fact toggles in the real window")
    results.limit_target("analysis_ms_per_article",
                         v("Analysis", "batch of 200 generated articles, per article")
                         or v("Analysis", "batch of 40 generated articles, per article"),
                         60, "ms", "analyze_many over ~400-word articles")
    for count, limit in zip(MERGE_SIZES, (1.5, 8.0), strict=True):
        results.limit_target(f"merge_{count}_reports_s", v("Analysis", merge_row_name(count)),
                             limit, "s",
                             f"{count} 500-word reports → merged briefing, model loaded")
    results.limit_target("seed_analysis_warm_ms", v("Analysis", "sample article, warm"), 100,
                         "ms", "analyze(sample) with the model loaded")
    rss = [x for x in (v("Window", "Briefwright smoke run: peak RSS"),
                       v("Window", "Briefwright after 100 edits: peak RSS")) if x is not None]
    results.limit_target("window_peak_rss_mib", max(rss) if rss else None, 350, "MiB",
                         "max of the smoke run and the 100-edit run")
    results.limit_target(f"window_{SOURCES}_sources_rss_mib",
                         v("Window", sources_row_name()), SOURCES_RSS_TARGET_MIB, "MiB",
                         f"the window with {SOURCES} 500-word reports added as sources")


def _profiles(results: Results, content: Content | None, preview: dict[str, object]) -> None:
    missed = {t.name for t in results.targets if t.met is False}
    if content is not None:
        briefing = content.briefing
        if missed & {"pdf_vs_weasyprint", "pdf_vs_bare_reportlab"}:
            results.profiles["pdf export (Briefwright)"] = profile_work(
                lambda: export_briefing(briefing, io.BytesIO(), "pdf"), 20,
                "export_briefing(sample) to PDF")
            doc = content.documents[1]
            results.profiles["pdf export (bare ReportLab)"] = profile_work(
                lambda: bare_pdf_bytes(doc), 20, "bare ReportLab build of the same Document")
        if "docx_vs_pandoc" in missed:
            results.profiles["docx export (Briefwright)"] = profile_work(
                lambda: export_briefing(briefing, io.BytesIO(), "docx"), 20,
                "export_briefing(sample) to DOCX")
        big = max(content.documents)
        if "pdf_x100_vs_bare_reportlab" in missed:
            doc = content.documents[big]
            results.profiles[f"pdf write ×{big}"] = profile_work(
                lambda: write_pdf(doc, io.BytesIO()), 1, f"write_pdf of the Document ×{big}")
        if "docx_x100_vs_x1" in missed:
            doc = content.documents[big]
            results.profiles[f"docx write ×{big}"] = profile_work(
                lambda: write_docx(doc, io.BytesIO()), 1, f"write_docx of the Document ×{big}")
    if "start_vs_bare_window" in missed or "outline_ready_ms" in missed:
        results.profiles["window start"] = _start_profile()
    if "preview_p95_ms" in missed and preview.get("profile"):
        results.profiles["preview build"] = str(preview["profile"])
    if "analysis_ms_per_article" in missed:
        articles = [article_from_text(a.text) for a in generate_articles(40)]
        results.profiles["analysis batch"] = profile_work(
            lambda: list(analyze_many(articles)), 1, "analyze_many over 40 generated articles")
    if "seed_analysis_warm_ms" in missed:
        sample = read_article(SAMPLE)
        results.profiles["seed analysis"] = profile_work(
            lambda: analyze(sample), 10, "analyze(sample), model loaded")


def _start_profile() -> str:
    import tempfile

    OUT.mkdir(parents=True, exist_ok=True)
    env = window_env(Path(tempfile.mkdtemp(prefix="settings-", dir=OUT)))
    done = subprocess.run([sys.executable, str(BENCH / "start_profile.py"), str(SAMPLE)],
                          capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        return f"start profile failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}"
    return done.stdout + "\n\n" + _import_times(env)


def _import_times(env: dict[str, str], top: int = 15) -> str:
    """Return the slowest imports of the window module (``-X importtime``, cumulative µs)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import briefwright.ui.window.main_window"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    total = max((us for us, _ in rows), default=0)
    lines = [f"imports of briefwright.ui.window.main_window (-X importtime): {total / 1000:.0f} ms"]
    lines += [f"  {us / 1000:7.1f} ms  {name}" for us, name in sorted(rows, reverse=True)[:top]]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
