"""Hand-made zip archives: members with real or declared sizes that zipfile cannot write."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")
_DOS_DATE_1980 = 0x21


@dataclass(frozen=True)
class Member:
    """One archive member as stored: deflated bytes and the sizes and CRC it declares."""

    name: str
    compressed: bytes
    size: int
    crc: int


def deflated(name: str, data: bytes) -> Member:
    """Return a member holding ``data`` deflated, declaring its true size and CRC."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = packer.compress(data) + packer.flush()
    return Member(name, body, len(data), zlib.crc32(data))


def zeros(name: str, size: int, chunk: int = 16 << 20) -> Member:
    """Return a member of ``size`` zero bytes, deflated without holding them all in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(min(chunk, size))
    parts, crc, left = [], 0, size
    while left:
        piece = block[: min(left, len(block))]
        parts.append(packer.compress(piece))
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    parts.append(packer.flush())
    return Member(name, b"".join(parts), size, crc)


def build_zip(members: list[Member]) -> bytes:
    """Return a zip archive of ``members`` exactly as they declare themselves."""
    out = io.BytesIO()
    central = []
    for m in members:
        offset = out.tell()
        name = m.name.encode()
        out.write(
            _LOCAL.pack(b"PK\x03\x04", 20, 0, 8, 0, _DOS_DATE_1980, m.crc,
                        len(m.compressed), m.size, len(name), 0)
        )
        out.write(name + m.compressed)
        central.append(
            _CENTRAL.pack(b"PK\x01\x02", 20, 20, 0, 8, 0, _DOS_DATE_1980, m.crc,
                          len(m.compressed), m.size, len(name), 0, 0, 0, 0, 0, offset)
            + name
        )
    start = out.tell()
    for entry in central:
        out.write(entry)
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), out.tell() - start,
                        start, 0))
    return out.getvalue()


def replace_member(archive: bytes, name: str, data: bytes) -> bytes:
    """Return ``archive`` (a real zip) with member ``name`` replaced by ``data``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = data if info.filename == name else src.read(info.filename)
            dst.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
