"""Reproducible DOCX packages: fixed core-property dates and a ZIP with fixed times and order."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from briefwright.model.document import ZIP_EPOCH

# Word and LibreOffice read the content-types part first; keep it at the front.
FIRST = "[Content_Types].xml"


def fixed_time(epoch: int) -> datetime:
    """Return ``epoch`` as an aware UTC datetime, never before 1980 (the ZIP epoch)."""
    return datetime.fromtimestamp(max(epoch, ZIP_EPOCH), tz=UTC)


def reproducible_zip(data: bytes, epoch: int) -> bytes:
    """Return the ZIP ``data`` rewritten with every entry dated ``epoch`` in sorted order."""
    stamp = fixed_time(epoch).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        names = sorted(src.namelist(), key=lambda n: (n != FIRST, n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            dst.writestr(info, src.read(name), compresslevel=6)
    return out.getvalue()
