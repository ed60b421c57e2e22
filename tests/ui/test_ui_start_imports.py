"""The window paints the article before any heavy library loads; each loads where it is used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_paint_loads_no_heavy_library(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),  # a settings folder of its own: no recent files
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "briefwright", "gui", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["loaded_at_paint"] == []
    # By the time the outline and the preview are ready, the analysis and the PDF writer ran.
    assert {"spacy", "reportlab"} <= set(report["loaded_when_ready"])
