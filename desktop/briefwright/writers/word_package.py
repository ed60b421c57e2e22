"""Reproducible DOCX packages: fixed core-property dates and a ZIP with fixed times and order."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from typing import Any

from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem

from briefwright.model.document import ZIP_EPOCH

# Word and LibreOffice read the content-types part first; keep it at the front.
FIRST = "[Content_Types].xml"


def fixed_time(epoch: int) -> datetime:
    """Return ``epoch`` as an aware UTC datetime, never before 1980 (the ZIP epoch)."""
    return datetime.fromtimestamp(max(epoch, ZIP_EPOCH), tz=UTC)


def package_members(package: Any) -> dict[str, bytes]:
    """Return every member of a python-docx package by name, as its ``save`` would write them.

    The same parts, relationships and content types as ``package.save``, without the ZIP it
    would compress only for :func:`reproducible_zip` to read back and compress again.
    """
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    members = {
        CONTENT_TYPES_URI.membername: _ContentTypesItem.from_parts(parts).blob,
        PACKAGE_URI.rels_uri.membername: package.rels.xml,
    }
    for part in parts:
        members[part.partname.membername] = part.blob
        if len(part.rels):
            members[part.partname.rels_uri.membername] = part.rels.xml
    return members


def reproducible_zip(members: dict[str, bytes], epoch: int) -> bytes:
    """Return a ZIP of ``members`` with every entry dated ``epoch``, in sorted order."""
    stamp = fixed_time(epoch).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(members, key=lambda n: (n != FIRST, n)):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            dst.writestr(info, members[name], compresslevel=6)
    return out.getvalue()
