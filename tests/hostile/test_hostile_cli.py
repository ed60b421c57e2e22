"""The corpus through the command line: exit 0, or exit 2 with one line per bad file.

Subprocesses run with a ``sitecustomize`` that refuses and records any socket connection and
any open of the local file the corpus points at; memory is the children's peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.corpus import CASES, SECRET_MARKER, SECRET_NAME, Case

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT = 60
MEMORY_LIMIT_KIB = 1024 * 1024

GUARD = """
import socket, sys
LOG = {log!r}
def _note(what):
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(what + "\\n")
def _refuse(self, address, *a, **k):
    _note(f"socket {{address!r}}")
    raise OSError("network access attempted")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
def _audit(event, args):
    if event == "open" and args and {secret!r} in str(args[0]):
        _note(f"open {{args[0]}}")
sys.addaudithook(_audit)
"""


def run_cli(args: list[str], tmp_path: Path, timeout: float = TIME_LIMIT) -> tuple[
    subprocess.CompletedProcess[str], list[str]
]:
    """Return the finished ``python -m briefwright ARGS`` and what its guard recorded."""
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    log = tmp_path / "guard.log"
    (guard / "sitecustomize.py").write_text(GUARD.format(log=str(log), secret=SECRET_NAME))
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(guard), str(ROOT / "desktop")]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("BRIEFWRIGHT_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "briefwright", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=tmp_path,
    )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert peak <= MEMORY_LIMIT_KIB, f"a child used {peak // 1024} MiB"
    recorded = log.read_text().splitlines() if log.exists() else []
    return done, recorded


def assert_clean_stderr(stderr: str, failing: list[str]) -> None:
    """Assert stderr holds exactly one ``briefwright: NAME: …`` line per failing file."""
    assert "Traceback" not in stderr
    # A warning of parts still to complete is about files written, not failures.
    lines = [x for x in stderr.splitlines() if not x.startswith("briefwright: warning: ")]
    assert len(lines) == len(failing), lines
    for line, name in zip(lines, failing, strict=True):
        assert line.startswith(f"briefwright: {name}: "), line


def _light(kind: str) -> list[Case]:
    return [c for c in CASES if not c.heavy and (c.is_project == (kind == "project"))]


def test_analyze_batch_one_process(corpus: dict[str, Path], tmp_path: Path) -> None:
    cases = _light("article")
    done, recorded = run_cli(
        ["analyze", "--jsonl", *[str(corpus[c.name]) for c in cases]], tmp_path
    )
    assert recorded == []
    failing = [c.name for c in cases if c.error]
    assert done.returncode == (2 if failing else 0), done.stderr
    assert_clean_stderr(done.stderr, failing)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Path(r["file"]).name for r in records] == [c.name for c in cases]
    for case, record in zip(cases, records, strict=True):
        assert ("error" in record) == bool(case.error), case.name
        if not case.error:
            assert record["article"]["paragraphs"], case.name
    assert SECRET_MARKER not in done.stdout


def test_export_folder_one_process(corpus: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    cases = [c for c in CASES if not c.heavy and c.name.endswith((".txt", ".html", ".docx",
                                                                 ".briefing"))]
    for case in cases:
        (folder / case.name).symlink_to(corpus[case.name])
    out = tmp_path / "out"
    done, recorded = run_cli(["export", str(folder), "-o", str(out), "--format", "both"],
                             tmp_path)
    assert recorded == []
    ordered = sorted(cases, key=lambda c: c.name)
    failing = [c.name for c in ordered if c.error]
    assert done.returncode == 2, done.stderr
    assert_clean_stderr(done.stderr, failing)
    written = sorted(p.name for p in out.iterdir())
    expected = sorted(
        f"{Path(c.name).stem}.{fmt}" for c in ordered if not c.error for fmt in ("pdf", "docx")
    )
    assert written == expected


@pytest.mark.parametrize(
    "name", ["random-binary.txt", "huge-60mb.txt", "project-nested-arrays.briefing"]
)
def test_single_file_export_exit_2_one_line(
    name: str, corpus: dict[str, Path], tmp_path: Path
) -> None:
    done, recorded = run_cli(["export", str(corpus[name]), "-o", "out.pdf"], tmp_path)
    assert recorded == []
    assert done.returncode == 2
    assert_clean_stderr(done.stderr, [name])
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize("case", [c for c in CASES if c.heavy], ids=lambda c: c.name)
def test_heavy_case_export_within_limits(
    case: Case, corpus: dict[str, Path], tmp_path: Path
) -> None:
    done, recorded = run_cli(["export", str(corpus[case.name]), "-o", "out.pdf"], tmp_path)
    assert recorded == []
    assert done.returncode == 0, done.stderr
    assert_clean_stderr(done.stderr, [])
    assert (tmp_path / "out.pdf").stat().st_size > 0
