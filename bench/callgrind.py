"""Instruction counts of the export paths under callgrind: stable where times are noisy."""

from __future__ import annotations

import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from briefwright.model.document import Document
from callgrind_export import COUNTED
from peers import OUT, Peer
from report import Results, Row

BENCH = Path(__file__).resolve().parent
GROUP = "Instructions (callgrind Ir, one warm export, start and imports excluded)"
TIMEOUT_S = 900


def run_callgrind(results: Results, document: Document, valgrind: Peer) -> None:
    """Record the Ir total of each counted export in ``COUNTED`` for ``document``."""
    if not valgrind.available:
        for plans in COUNTED.values():
            for label, _variant, _work in plans:
                results.add(Row(GROUP, label, "", None, "Ir", 0, valgrind.note))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="callgrind-", dir=OUT))
    source = work / "document-x1.pickle"
    source.write_bytes(pickle.dumps(document))
    try:
        # One process per format, both at once: counts do not depend on the machine's load.
        runs = {fmt: _start(fmt, source, work) for fmt in COUNTED}
        for fmt, (process, out_file) in runs.items():
            _collect(results, fmt, process, out_file)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _start(fmt: str, source: Path, work: Path) -> tuple[subprocess.Popen[str], Path]:
    out_file = work / f"callgrind.{fmt}.out"
    command = [
        "valgrind", "--tool=callgrind", "--collect-atstart=no",
        "--toggle-collect=sys_call_tracing", "--dump-after=sys_call_tracing",
        f"--callgrind-out-file={out_file}",
        sys.executable, str(BENCH / "callgrind_export.py"), fmt, str(source),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    return process, out_file


def _collect(results: Results, fmt: str, process: subprocess.Popen[str], out_file: Path) -> None:
    labels = [label for label, _variant, _work in COUNTED[fmt]]
    try:
        _, stderr = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        for label in labels:
            results.add(Row(GROUP, label, "", None, "Ir", 0, "timed out"))
        return
    tail = (stderr.strip().splitlines() or ["no output"])[-1]
    for number, label in enumerate(labels, start=1):
        total = _total(out_file.with_name(f"{out_file.name}.{number}"))
        if process.returncode != 0 or total is None:
            results.add(Row(GROUP, label, "", None, "Ir", 0, f"failed: {tail}"))
        elif total == 0:
            results.add(Row(GROUP, label, "", None, "Ir", 0,
                            "sys_call_tracing is not in the interpreter's symbols"))
        else:
            results.add(Row(GROUP, label, "", float(total), "Ir", 1))


def _total(out_file: Path) -> int | None:
    if not out_file.is_file():
        return None
    text = out_file.read_text(encoding="utf-8", errors="replace")
    match = re.search(r"^(?:totals|summary):\s+(\d+)", text, re.MULTILINE)
    return int(match.group(1)) if match else None
