"""ReportLab never fetches: its trusted hosts stay empty, whatever the environment says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import reportlab.rl_config as c
import briefwright.writers.pdf
print(repr(c.trustedHosts))
"""


def test_trusted_hosts_pinned_to_none_after_importing_the_writer() -> None:
    # ReportLab reads RL_trustedHosts from the environment; the writer must override it.
    env = {**os.environ, "RL_trustedHosts": "*", "PYTHONPATH": str(ROOT / "desktop")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("None", "[]", "()", "''")


def test_trusted_hosts_empty_in_this_process() -> None:
    import reportlab.rl_config as config

    import briefwright.writers.pdf  # noqa: F401

    assert not config.trustedHosts
