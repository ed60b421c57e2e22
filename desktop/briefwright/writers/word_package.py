"""Reproducible DOCX packages: fixed core-property dates and a ZIP with fixed times and order."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
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
    """Return a ZIP of ``members`` with every entry dated ``epoch``, in sorted order.

    Byte for byte what ``zipfile`` writes for entries deflated at level 6 with Unix
    permissions 0644 (``tests/writers/test_fast_paths.py`` holds it to that); written here
    so that a member seen before (Word's style sheets, the same in every export) is not
    compressed again.
    """
    dt = fixed_time(epoch).timetuple()[:6]
    dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
    dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
    out = io.BytesIO()
    directory = []
    for name in sorted(members, key=lambda n: (n != FIRST, n)):
        data = members[name]
        crc, packed = _deflated(data)
        encoded, flags = _name_bytes(name)
        offset = out.tell()
        out.write(
            struct.pack(
                "<4s2B4HL2L2H", b"PK\003\004", 20, 0, flags, zipfile.ZIP_DEFLATED, dostime,
                dosdate, crc, len(packed), len(data), len(encoded), 0,
            )
        )
        out.write(encoded)
        out.write(packed)
        directory.append(
            struct.pack(
                "<4s4B4HL2L5H2L", b"PK\001\002", 20, 3, 20, 0, flags, zipfile.ZIP_DEFLATED,
                dostime, dosdate, crc, len(packed), len(data), len(encoded), 0, 0, 0, 0,
                0o644 << 16, offset,
            )
            + encoded
        )
    start = out.tell()
    out.write(b"".join(directory))
    size = out.tell() - start
    count = len(directory)
    out.write(struct.pack("<4s4H2LH", b"PK\005\006", 0, 0, count, count, size, start, 0))
    return out.getvalue()


def _name_bytes(name: str) -> tuple[bytes, int]:
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), 0x800


# Members of at least this size are kept compressed for the next export that has them.
CACHE_FROM = 64 * 1024
_packed: dict[bytes, tuple[int, bytes]] = {}


def _deflated(data: bytes) -> tuple[int, bytes]:
    """Return the CRC-32 of ``data`` and its raw deflate stream at level 6, as zipfile makes it."""
    if len(data) >= CACHE_FROM:
        found = _packed.get(data)
        if found is not None:
            return found
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    result = zlib.crc32(data), packer.compress(data) + packer.flush()
    if len(data) >= CACHE_FROM:
        if len(_packed) >= 16:
            _packed.clear()
        _packed[data] = result
    return result
