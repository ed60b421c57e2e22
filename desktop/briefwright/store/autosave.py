"""Autosaves of unsaved work in the app-data folder, so a crash never loses a briefing.

How the window uses it (plain Python, no Qt here):

* At start, call :func:`list_recoverable`. Each :class:`AutosaveEntry` found was left by a
  session that did not shut down cleanly; offer "Recover unsaved briefing?" with its
  ``title``, ``original`` path and ``saved_at`` time. Recover with :func:`load_autosave`
  (raises ProjectError for a damaged file) or drop it with :func:`discard`.
* While a briefing has unsaved changes, call :func:`write_autosave` every
  :data:`AUTOSAVE_INTERVAL` seconds with a ``key`` naming the document (its project path when
  it has one, else its article path, else any token unique to the window). The write is
  atomic: a crash during it leaves the previous autosave intact.
* After a successful Save, and on a clean shutdown (saved, or the user chose to discard
  changes), call :func:`remove_autosave` with the same key: only a crash leaves one behind.

The folder is ``$BRIEFWRIGHT_DATA_DIR/autosave`` when that variable is set (tests use it),
else the platform's app-data folder: ``$XDG_DATA_HOME/briefwright/autosave`` (default
``~/.local/share/briefwright/autosave``) on Linux, ``%LOCALAPPDATA%\\Briefwright\\autosave`` on
Windows, ``~/Library/Application Support/Briefwright/autosave`` on macOS.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefwright.model.briefing import Briefing
from briefwright.model.errors import ExportError, ProjectError
from briefwright.store.atomic import atomic_write_bytes
from briefwright.store.project import briefing_to_dict, loads

AUTOSAVE_INTERVAL = 10
"""Seconds at most between an edit and its autosave while a briefing has unsaved changes."""

AUTOSAVE_SUFFIX = ".briefing-autosave"
ENVELOPE_VERSION = 1
DATA_DIR_ENV = "BRIEFWRIGHT_DATA_DIR"
# An autosave holds a whole project; a file past this size is not one of ours.
_MAX_AUTOSAVE_BYTES = 60 * 1024 * 1024


@dataclass(frozen=True)
class AutosaveEntry:
    """An autosave found on disk: where it is, what it belongs to, when it was written."""

    file: Path
    key: str
    original: str | None
    saved_at: datetime
    title: str
    pid: int


def data_dir() -> Path:
    """Return the app-data folder (not created): the env override or the platform's folder."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "").strip()
        return (Path(base) if base else home / "AppData" / "Local") / "Briefwright"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Briefwright"
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base_dir / "briefwright"


def autosave_dir() -> Path:
    """Return the folder autosaves live in (not created)."""
    return data_dir() / "autosave"


def autosave_path(key: str) -> Path:
    """Return the autosave file for the document named ``key`` (a path or any token)."""
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return autosave_dir() / f"{digest}{AUTOSAVE_SUFFIX}"


def write_autosave(briefing: Briefing, key: str, *, original: str | None = None) -> Path:
    """Write ``briefing`` as the autosave of ``key`` atomically and return the file's path.

    ``original`` is the file the user opened (shown when offering recovery); it defaults to
    ``key``. Raise ValueError for an empty key and ExportError when the folder cannot be
    created or the file cannot be written (the previous autosave is then intact).
    """
    if not key:
        raise ValueError("key must not be empty")
    folder = autosave_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot autosave to {folder}: {exc.strerror or exc}") from exc
    envelope = {
        "autosave": ENVELOPE_VERSION,
        "key": key,
        "original": original if original is not None else key,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "title": briefing.meta.title or briefing.lead_article.title,
        "pid": os.getpid(),
        "project": briefing_to_dict(briefing),
    }
    data = json.dumps(envelope, ensure_ascii=False).encode("utf-8", "replace")
    target = autosave_path(key)
    atomic_write_bytes(target, data)
    return target


def list_recoverable() -> list[AutosaveEntry]:
    """Return the autosaves a crashed session left, newest first.

    Autosaves of this process and of another Briefwright still running (its process id is
    alive) are left out: that work is not lost. Files that are not readable autosaves are
    skipped and left on disk. Raises nothing.
    """
    folder = autosave_dir()
    try:
        files = sorted(folder.glob(f"*{AUTOSAVE_SUFFIX}"))
    except OSError:
        return []
    entries = []
    for file in files:
        entry = _read_entry(file)
        if entry is not None and not _alive(entry.pid):
            entries.append(entry)
    entries.sort(key=lambda e: e.saved_at, reverse=True)
    return entries


def load_autosave(entry: AutosaveEntry) -> Briefing:
    """Return the Briefing an autosave holds.

    Raise ProjectError when the file is gone, damaged or of a newer Briefwright.
    """
    envelope = _read_envelope(entry.file)
    if envelope is None:
        raise ProjectError(f"{entry.file.name}: the autosave is damaged or gone")
    project = json.dumps(envelope["project"], ensure_ascii=False).encode("utf-8", "replace")
    return loads(project, name=f"autosave of {entry.title or entry.key}")


def discard(entry: AutosaveEntry) -> None:
    """Delete an autosave the user chose not to recover; a file already gone is fine."""
    with contextlib.suppress(FileNotFoundError):
        entry.file.unlink()


def remove_autosave(key: str) -> None:
    """Delete the autosave of ``key`` (after a save or a clean shutdown); none is fine."""
    with contextlib.suppress(FileNotFoundError):
        autosave_path(key).unlink()


def _read_envelope(file: Path) -> dict[str, object] | None:
    """Return the decoded autosave envelope in ``file``, or None when it is not one."""
    try:
        if file.stat().st_size > _MAX_AUTOSAVE_BYTES:
            return None
        data = json.loads(file.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("autosave") != ENVELOPE_VERSION:
        return None
    if not isinstance(data.get("project"), dict):
        return None
    return data


def _read_entry(file: Path) -> AutosaveEntry | None:
    """Return the entry describing ``file``, or None when it is not a readable autosave."""
    data = _read_envelope(file)
    if data is None:
        return None
    key, original, title, pid, saved = (
        data.get("key"),
        data.get("original"),
        data.get("title"),
        data.get("pid"),
        data.get("saved_at"),
    )
    if not isinstance(key, str) or not isinstance(saved, str):
        return None
    try:
        saved_at = datetime.fromisoformat(saved)
    except ValueError:
        return None
    return AutosaveEntry(
        file=file,
        key=key,
        original=original if isinstance(original, str) else None,
        saved_at=saved_at,
        title=title if isinstance(title, str) else "",
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
    )


def _alive(pid: int) -> bool:
    """Return True when ``pid`` is this process or another running process (POSIX only).

    On Windows only this process counts as alive. A process id reused after a crash hides
    that autosave until the other process ends.
    """
    if pid == os.getpid():
        return True
    if pid <= 0 or sys.platform == "win32":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
