"""Writing finished bytes to a path atomically or to a binary stream, with clear errors."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefwright.model.errors import ExportError

Target = str | os.PathLike[str] | BinaryIO

# Windows refuses os.replace while another program (Word, Acrobat) holds the target open;
# it often lets go within a moment.
REPLACE_ATTEMPTS = 5
REPLACE_DELAY = 0.2


def write_bytes(
    target: Target,
    data: bytes,
    *,
    replace: Callable[[str, str], None] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> None:
    """Write ``data`` to ``target``: a path (atomically) or a writable binary stream.

    A path is written through a temporary file in the same folder, flushed to disk and then
    moved over the target, so a failure leaves any existing file as it was and no partial
    file behind. Raise ExportError naming the problem (folder missing, not a folder, target
    is a folder, permission denied, file in use, disk full).
    """
    if isinstance(target, str | os.PathLike):
        # Looked up at call time so a test (or a platform shim) can stand in for them.
        _write_path(Path(target), data, replace or os.replace, sleep or time.sleep)
        return
    try:
        target.write(data)
        target.flush()
    except OSError as exc:
        raise ExportError(f"cannot write the export: {exc.strerror or exc}") from exc


def _write_path(
    path: Path, data: bytes, replace: Callable[[str, str], None], sleep: Callable[[float], None]
) -> None:
    # Through a symbolic link the file it points to is updated, not the link replaced.
    if path.is_symlink():
        path = path.resolve()
    folder = path.parent
    _check_target(path, folder)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(_message(path, exc)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            # mkstemp creates the file for its owner only; an export or project is an
            # ordinary document, so it gets the mode the old file had, or the usual one.
            os.chmod(fh.fileno(), _mode_for(path))
            os.fsync(fh.fileno())
        _replace(temp, path, replace, sleep)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise ExportError(_message(path, exc)) from exc
        raise


def _mode_for(path: Path) -> int:
    """Return the permission bits for ``path``: the existing file's, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # os.umask can only be read by setting it, which races with other threads; Linux
    # reports it in /proc, and elsewhere the common default stands in.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _check_target(path: Path, folder: Path) -> None:
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder; choose a file name")
    if not folder.exists():
        ancestor = next((p for p in folder.parents if p.exists()), None)
        if ancestor is not None and not ancestor.is_dir():
            raise ExportError(f"cannot write {path}: {ancestor} is a file, not a folder")
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: {folder} is a file, not a folder")


def _replace(
    temp: str, path: Path, replace: Callable[[str, str], None], sleep: Callable[[float], None]
) -> None:
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            replace(temp, str(path))
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            sleep(REPLACE_DELAY * (attempt + 1))


def _message(path: Path, exc: OSError) -> str:
    code = exc.errno
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return (
            f"cannot write {path}: permission denied, or the file is open in another "
            "program; close it or choose another folder"
        )
    if code == errno.ENOSPC:
        return f"cannot write {path}: the disk is full"
    if code == errno.EROFS:
        return f"cannot write {path}: the folder is on a read-only disk"
    if code == errno.ENOTDIR:
        return f"cannot write {path}: part of the path is a file, not a folder"
    if code == errno.ENAMETOOLONG:
        return f"cannot write {path}: the file name is too long"
    if code == errno.EINVAL:
        return f"cannot write {path}: the file name is not valid here"
    return f"cannot write {path}: {exc.strerror or exc}"


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to the file ``path`` atomically; raise ExportError as :func:`write_bytes`."""
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"atomic_write_bytes needs a path, not {type(path).__name__}")
    write_bytes(path, data)
