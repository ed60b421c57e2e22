"""Reading an article file's bytes within the size limit, with messages a user can act on."""

from __future__ import annotations

import errno
from pathlib import Path

from briefwright.model.errors import IngestError

MAX_FILE_BYTES = 20 * 1024 * 1024
_MEGABYTE = 1024 * 1024


def read_bytes(path: Path) -> bytes:
    """Return the bytes of the file at ``path``.

    Raises IngestError naming the file's base name when it is missing, a folder, unreadable
    (permission denied or another OS error) or larger than 20 MB.
    """
    name = path.name or str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IngestError(f"{name}: is a folder, not a file")
        if size > MAX_FILE_BYTES:
            raise IngestError(f"{name}: larger than 20 MB ({size / _MEGABYTE:.1f} MB)")
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise IngestError(f"{name}: file not found") from error
    except IsADirectoryError as error:
        raise IngestError(f"{name}: is a folder, not a file") from error
    except PermissionError as error:
        raise IngestError(f"{name}: permission denied") from error
    except OSError as error:
        if error.errno == errno.ENOTDIR:
            raise IngestError(f"{name}: file not found (a part of its path is a file)") from error
        reason = error.strerror or type(error).__name__
        raise IngestError(f"{name}: cannot be read ({reason})") from error
    if len(data) > MAX_FILE_BYTES:
        # The file grew between the size check and the read.
        raise IngestError(f"{name}: larger than 20 MB")
    return data
