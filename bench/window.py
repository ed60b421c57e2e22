"""The window: start to painted article vs a bare PySide6 window, preview latency, peak memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from articles import generate_reports
from content import SAMPLE
from peers import OUT
from report import Results, Row
from timing import percentile

BENCH = Path(__file__).resolve().parent
GROUP = "Window"
START_RUNS = 5
START_BUDGET_S = 60.0
RUN_TIMEOUT_S = 120
PREVIEW_EDITS = 100
PREVIEW_TARGET_MS = 80.0
SOURCES = 50
SOURCES_TIMEOUT_S = 600
SOURCES_RSS_TARGET_MIB = 500.0


def sources_row_name(count: int = SOURCES) -> str:
    """Return the name of the row of the window's peak memory with ``count`` sources."""
    return f"Briefwright with {count} sources added: peak RSS"


def window_env(config: Path) -> dict[str, str]:
    """Return the environment the window runs in: offscreen, settings in ``config``.

    Offscreen like the tests; a private settings folder so no earlier geometry or recent
    project changes what opens, and the user's settings stay untouched. Bytecode may be
    written: an installed copy (wheel, PyInstaller) starts from compiled modules, and the
    untimed first run compiles ours; with PYTHONDONTWRITEBYTECODE set, every timed start
    would compile the whole package from source (~30 ms) while the bare window has none.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _detached(command: list[str]) -> list[str]:
    """Return ``command`` started through a small shell that forks it.

    Linux carries a process's peak RSS (``ru_maxrss``) over fork and exec: a window started
    straight from this process, which holds the language model, would report our peak as
    its own. Forked from a small shell it starts from the shell's.
    """
    return ["/bin/sh", "-c", '"$@"; exit $?', "sh", *command]


def _json_run(
    command: list[str], env: dict[str, str], timeout: float = RUN_TIMEOUT_S
) -> dict[str, Any]:
    done = subprocess.run(_detached(command), capture_output=True, text=True, env=env,
                          timeout=timeout)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{' '.join(command[1:3])} failed ({done.returncode}): {tail}")
    data: dict[str, Any] = json.loads(lines[-1])
    return data


def run_start(results: Results) -> None:
    """Record start-to-paint of the app and of a bare window (alternating runs), outline and RSS."""
    OUT.mkdir(parents=True, exist_ok=True)
    config = Path(tempfile.mkdtemp(prefix="settings-", dir=OUT))
    env = window_env(config)
    app_cmd = [sys.executable, "-m", "briefwright", "gui", str(SAMPLE), "--smoke"]
    bare_cmd = [sys.executable, str(BENCH / "bare_window.py"), str(SAMPLE)]
    apps: list[dict[str, Any]] = []
    bares: list[dict[str, Any]] = []
    # One untimed run each: the first start reads every library from disk.
    _json_run(bare_cmd, env)
    _json_run(app_cmd, env)
    spent = 0.0
    for _ in range(START_RUNS):
        bares.append(_json_run(bare_cmd, env))
        apps.append(_json_run(app_cmd, env))
        spent += float(apps[-1]["preview_ready_ms"]) / 1000
        if spent > START_BUDGET_S:
            break

    def median(runs: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(float(r[key]) for r in runs))

    n = len(apps)
    results.add(Row(GROUP, "bare PySide6 window: start to painted article", "",
                    median(bares, "window_painted_ms"), "ms", len(bares)))
    results.add(Row(GROUP, "Briefwright: start to painted article", "",
                    median(apps, "window_painted_ms"), "ms", n, "`briefwright gui --smoke`"))
    results.add(Row(GROUP, "Briefwright: start to outline ready", "",
                    median(apps, "outline_ready_ms"), "ms", n))
    results.add(Row(GROUP, "Briefwright: start to preview shown", "",
                    median(apps, "preview_ready_ms"), "ms", n))
    results.add(Row(GROUP, "bare PySide6 window: peak RSS", "",
                    max(float(r["rss_mib"]) for r in bares), "MiB", len(bares)))
    results.add(Row(GROUP, "Briefwright smoke run: peak RSS", "",
                    max(float(r["rss_mib"]) for r in apps), "MiB", n))


def run_preview(results: Results, profile: bool) -> dict[str, Any]:
    """Record preview latency p50/p95 over the edits and the peak RSS; return the raw report."""
    OUT.mkdir(parents=True, exist_ok=True)
    config = Path(tempfile.mkdtemp(prefix="settings-", dir=OUT))
    command = [sys.executable, str(BENCH / "preview_drive.py"), str(PREVIEW_EDITS)]
    if profile:
        command.append("--profile")
    data = _json_run(command, window_env(config))
    latencies = [float(x) for x in data["latencies_ms"]]
    reported = [float(x) for x in data["window_reported_ms"]]
    note = f"{data['timeouts']} timed out" if data.get("timeouts") else ""
    n = len(latencies)
    results.add(Row(GROUP, "preview latency p50 (edit → preview.ready)", "",
                    round(percentile(latencies, 50), 1), "ms", n, note))
    results.add(Row(GROUP, "preview latency p95 (edit → preview.ready)", "",
                    round(percentile(latencies, 95), 1), "ms", n,
                    f"{data['pages']} pages; debounce included"))
    if reported:
        results.add(Row(GROUP, "preview latency p95 as the window reports it", "",
                        round(percentile(reported, 95), 1), "ms", len(reported)))
    results.add(Row(GROUP, "Briefwright after 100 edits: peak RSS", "",
                    float(data["rss_mib"]), "MiB", 1))
    return data


def run_sources(results: Results, count: int = SOURCES, where: Path = OUT) -> dict[str, Any]:
    """Record the real window's peak RSS with ``count`` generated 500-word reports of one
    event as its sources (the first opened, the others added at once, as File ▸ Add
    Article… does, until the merged briefing reaches the preview); return the raw report.
    The reports and the window's settings are written under ``where``. Raise RuntimeError
    when the window fails or reports an error."""
    where.mkdir(parents=True, exist_ok=True)
    config = Path(tempfile.mkdtemp(prefix="settings-", dir=where))
    folder = Path(tempfile.mkdtemp(prefix="reports-", dir=where))
    paths = []
    for report in generate_reports(count):
        path = folder / report.name
        path.write_text(report.text, encoding="utf-8")
        paths.append(str(path))
    command = [sys.executable, str(BENCH / "sources_drive.py"), *paths]
    data = _json_run(command, window_env(config), timeout=SOURCES_TIMEOUT_S)
    if "error" in data:
        raise RuntimeError(str(data["error"]))
    results.add(Row(GROUP, sources_row_name(count), "", float(data["rss_mib"]), "MiB", 1,
                    f"{data['rss_one_mib']:.0f} MiB with the first; {data['sources']} sources, "
                    f"{data['joined']} facts joined; added in {data['add_s']:.1f} s, preview "
                    f"after {data['preview_s']:.1f} s; UI thread blocked at most "
                    f"{data['ui_blocked_ms']:.0f} ms; model processes' peak "
                    f"{data['children_rss_mib']:.0f} MiB"))
    return data
