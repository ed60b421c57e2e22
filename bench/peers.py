"""The peers the benchmarks compare against, installed when missing, or skipped with a reason.

WeasyPrint comes from PyPI, pinned by hash in ``requirements-peers.lock``, and goes into
``bench/out/peers`` (not the project's virtual environment, which stays exactly as its lock
file says). pandoc, LibreOffice and valgrind come from Debian through apt-get, as root.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
PEERS_DIR = OUT / "peers"
LOCK = BENCH / "requirements-peers.lock"
# The shared libraries WeasyPrint loads through cffi.
WEASYPRINT_DEBS = ("libpango-1.0-0", "libpangoft2-1.0-0")
DEBIAN_TOOLS = {
    "pandoc": "pandoc",
    "soffice": "libreoffice-writer-nogui",
    "valgrind": "valgrind",
}
INSTALL_TIMEOUT_S = 900


@dataclass(frozen=True)
class Peer:
    """One peer: whether it can be measured, its version or why it was skipped."""

    name: str
    available: bool
    note: str


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_entries(lock: Path = LOCK) -> list[tuple[str, str, str]]:
    """Return ``(name, version, requirement text)`` for each package pinned in ``lock``."""
    entries: list[tuple[str, str, str]] = []
    current: list[str] = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith((" ", "\t")) and current:
            if not line.strip().startswith("#"):
                current.append(line)
            continue
        if current:
            entries.append(_entry(current))
            current = []
        if line and not line.startswith("#"):
            current = [line]
    if current:
        entries.append(_entry(current))
    return entries


def _entry(lines: list[str]) -> tuple[str, str, str]:
    head = lines[0].split(";")[0].split("\\")[0].strip()
    name, _, version = head.partition("==")
    return _normalise(name), version.strip(), "\n".join(lines).rstrip(" \\")


def _installed_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def use_peers_dir() -> None:
    """Make packages installed in ``bench/out/peers`` importable (after the project's own)."""
    if str(PEERS_DIR) not in sys.path:
        sys.path.append(str(PEERS_DIR))
        importlib.invalidate_caches()


def ensure_weasyprint() -> Peer:
    """Return WeasyPrint's status, installing it from the hash-pinned lock when missing."""
    use_peers_dir()
    found = _try_import_weasyprint()
    if found.available:
        return found
    missing = [
        text
        for name, version, text in lock_entries()
        if _installed_version(name) != version
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    extra = OUT / "peers-missing.lock"
    extra.write_text("\n".join(missing) + "\n", encoding="utf-8")
    command = [
        sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--require-hashes", "--no-deps", "--target", str(PEERS_DIR), "-r", str(extra),
    ]
    print(f"bench: installing WeasyPrint into {PEERS_DIR.relative_to(BENCH.parent)} …", flush=True)
    done = subprocess.run(command, capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return Peer("weasyprint", False, f"pip install failed: {tail}")
    found = _try_import_weasyprint()
    if not found.available and "cannot load library" in found.note:
        status = apt_install(WEASYPRINT_DEBS)
        if status:
            return Peer("weasyprint", False, f"{found.note}; {status}")
        found = _try_import_weasyprint()
    return found


def _try_import_weasyprint() -> Peer:
    for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
        del sys.modules[name]
    # Directory listings are cached by the import system: pip may just have filled one.
    importlib.invalidate_caches()
    try:
        weasyprint = importlib.import_module("weasyprint")
    except ImportError as exc:
        return Peer("weasyprint", False, f"not installed ({exc})")
    except OSError as exc:
        return Peer("weasyprint", False, f"cannot load library: {exc}")
    return Peer("weasyprint", True, f"WeasyPrint {weasyprint.__version__}")


def apt_install(packages: tuple[str, ...]) -> str:
    """Install Debian ``packages`` with apt-get; return "" on success, else why not."""
    if shutil.which("apt-get") is None:
        return "apt-get not found (not Debian)"
    if os.geteuid() != 0:
        return f"not root: run `sudo apt-get install {' '.join(packages)}`"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    print(f"bench: apt-get install {' '.join(packages)} …", flush=True)
    try:
        done = subprocess.run(install, capture_output=True, text=True, env=env,
                              timeout=INSTALL_TIMEOUT_S)
        if done.returncode != 0:
            # The package lists may be stale or absent on a fresh machine.
            subprocess.run(["apt-get", "update", "-q"], capture_output=True, env=env,
                           timeout=INSTALL_TIMEOUT_S)
            done = subprocess.run(install, capture_output=True, text=True, env=env,
                                  timeout=INSTALL_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return f"apt-get install {' '.join(packages)} timed out"
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"apt-get install failed: {tail}"
    return ""


def ensure_tool(command: str) -> Peer:
    """Return the status of the Debian tool ``command``, installing its package when missing."""
    package = DEBIAN_TOOLS[command]
    if shutil.which(command) is None:
        status = apt_install((package,))
        if status:
            return Peer(command, False, status)
        if shutil.which(command) is None:
            return Peer(command, False, f"{package} installed but `{command}` not on PATH")
    return Peer(command, True, _tool_version(command))


def _tool_version(command: str) -> str:
    try:
        done = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{command} (version unknown: {exc})"
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0] if lines else command


def present_peers() -> dict[str, Peer]:
    """Return every peer's status without installing anything."""
    use_peers_dir()
    peers = {"weasyprint": _try_import_weasyprint()}
    for command in DEBIAN_TOOLS:
        if shutil.which(command) is None:
            peers[command] = Peer(command, False, "not installed (--no-install)")
        else:
            peers[command] = Peer(command, True, _tool_version(command))
    return peers


def ensure_all() -> dict[str, Peer]:
    """Return every peer's status by name, installing what is missing and can be installed."""
    peers = {"weasyprint": ensure_weasyprint()}
    for command in DEBIAN_TOOLS:
        peers[command] = ensure_tool(command)
    return peers
