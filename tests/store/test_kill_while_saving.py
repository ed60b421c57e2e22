"""SIGKILL a process while it saves a project, 100 times: the file is always whole.

One helper process imports the project code once and forks a fresh saver for every kill, so
100 kills cost ~100 forks instead of 100 interpreter starts. Each saver writes two different
briefings in turn, forever; the test kills it after a random delay of 0–20 ms (seeded), then
checks that the project and its ``.bak`` load and each equals one of the two versions.

Temp files: a killed save leaves its one in-flight ``.NAME.*.part`` file (nothing can remove
it at the moment of the kill); the next save removes it. So after each kill at most one such
file is present, and they never accumulate.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefwright.store.project import load_project, save_project
from tests.briefings import small_briefing

ROOT = Path(__file__).resolve().parents[2]
KILLS = 100
SEED = 20231112

HELPER = """
import os, sys
from briefwright.store.project import save_project
from tests.store.test_kill_while_saving import version
target = sys.argv[1]
a, b = version("a"), version("b")
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        while True:
            save_project(b, target)
            save_project(a, target)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(status, flush=True)
"""


def version(which: str):  # type: ignore[no-untyped-def]
    """Return one of the two briefings the saver alternates between (B is much larger)."""
    b = small_briefing()
    if which == "b":
        b.meta.title = "Version B"
        b.comment = "A long analyst comment that makes this version larger. " * 400
        b.facts[0].included = False
    return b


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_project_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    target = tmp_path / "work.briefing"
    versions = [version("a"), version("b")]
    save_project(versions[0], target)
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'desktop'}"}
    rng = random.Random(SEED)
    valid = 0
    mid_write = 0
    with subprocess.Popen(
        [sys.executable, "-c", HELPER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    ) as helper:
        assert helper.stdin is not None and helper.stdout is not None
        for _ in range(KILLS):
            helper.stdin.write("go\n")
            helper.stdin.flush()
            pid = int(helper.stdout.readline())
            time.sleep(rng.uniform(0.0, 0.020))
            os.kill(pid, signal.SIGKILL)
            status = int(helper.stdout.readline())
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            temps = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part"))
            assert len(temps) <= 1, temps
            mid_write += len(temps)
            assert load_project(target) in versions
            backup = target.with_name(target.name + ".bak")
            if backup.exists():
                assert load_project(backup) in versions
            valid += 1
        helper.stdin.close()
        assert helper.wait(timeout=30) == 0
    assert valid == KILLS
    # The kills must really land inside saves, or this test proves nothing.
    assert mid_write >= 5, mid_write
    print(f"{valid}/{KILLS} valid after SIGKILL; {mid_write} kills landed mid-write")
