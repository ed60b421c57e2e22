"""The wheel, installed into a fresh virtual environment with no source tree, runs the app."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
SAMPLE = ROOT / "seeds" / "niger-coup-us-embassy-evacuation.txt"

pytestmark = pytest.mark.slow


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefwright-tests"


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args[:3]} failed:\n{done.stdout[-2000:]}{done.stderr[-3000:]}"
    return done.stdout


def _locked_venv() -> Path:
    """Return a venv holding the locked requirements, made once per lock (pip's cache serves
    the packages, so this works offline)."""
    key = hashlib.sha256(LOCK.read_bytes()).hexdigest()[:16]
    venv = _cache_root() / f"wheel-venv-{key}"
    if (venv / "ready").exists():
        return venv
    venv.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix="wheel-venv-", dir=venv.parent))
    base = getattr(sys, "_base_executable", sys.executable)
    _run(base, "-m", "venv", building, cwd=building.parent)
    _run(
        building / "bin" / "python", "-m", "pip", "install", "--quiet", "--require-hashes",
        "--no-deps", "-r", LOCK, cwd=building.parent,
    )
    (building / "ready").write_text(key, encoding="utf-8")
    try:
        building.rename(venv)
    except OSError:
        # Another run made it first: use that one.
        shutil.rmtree(building, ignore_errors=True)
    return venv


def _build_wheel(out: Path) -> Path:
    """Return a wheel built from a copy of the sources (the working tree is left untouched)."""
    source = out / "source"
    for name in ("pyproject.toml", "README.md"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "desktop", source / "desktop",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "-w", out / "dist", source, cwd=out,
    )
    (wheel,) = (out / "dist").glob("briefwright-*.whl")
    return wheel


def test_installed_wheel_exports_and_opens_the_window(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    venv = _locked_venv()
    python, app = venv / "bin" / "python", venv / "bin" / "briefwright"
    _run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", wheel,
         cwd=tmp_path)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(work), "XDG_CONFIG_HOME": str(work)}
    where = _run(python, "-c", "import briefwright; print(briefwright.__file__)", cwd=work, env=env)
    assert str(venv) in where and str(ROOT) not in where
    for out in ("x.pdf", "x.docx"):
        _run(app, "export", SAMPLE, "-o", out, cwd=work, env=env)
        assert (work / out).stat().st_size > 10_000
    assert (work / "x.pdf").read_bytes().startswith(b"%PDF-")
    smoke = _run(app, "gui", "--smoke", cwd=work, env=env)
    timings = json.loads(smoke.strip().splitlines()[-1])
    assert timings
