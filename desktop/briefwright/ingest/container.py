"""Checks on a Word file's container before any XML in it is parsed."""

from __future__ import annotations

import io
import zipfile

from briefwright.model.errors import IngestError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
# Tiny members (a few KB of repetitive XML) legitimately compress better than 100:1; a bomb
# needs size, so the ratio is only judged above this.
_RATIO_FLOOR = 1024 * 1024
# An encrypted OOXML file is an OLE2 compound file holding this stream (names are UTF-16).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def check_word_container(data: bytes, name: str) -> zipfile.ZipFile:
    """Return ``data`` opened as a zip archive fit to be read as a Word file.

    Raises IngestError naming ``name``: "encrypted Word file: …" or "legacy .doc: …" for an
    OLE2 compound file, "not a Word file" when ``data`` is not a zip archive, "compressed
    contents too large (zip bomb?)" when declared sizes pass 50 MB a member, 200 MB in all,
    or a compression ratio of 100.
    """
    if data.startswith(OLE2_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise IngestError(f"{name}: encrypted Word file: remove the password and save again")
        raise IngestError(f"{name}: legacy .doc: save as .docx first")
    if not data.startswith(ZIP_MAGIC):
        raise IngestError(f"{name}: not a Word file")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise IngestError(f"{name}: not a Word file (damaged zip archive)") from error
    total = 0
    for member in archive.infolist():
        total += member.file_size
        too_big = member.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
        ratio = member.file_size / max(member.compress_size, 1)
        if too_big or (member.file_size > _RATIO_FLOOR and ratio > MAX_RATIO):
            archive.close()
            raise IngestError(f"{name}: compressed contents too large (zip bomb?)")
    if "[Content_Types].xml" not in archive.namelist():
        archive.close()
        raise IngestError(f"{name}: not a Word file (a zip archive without a document)")
    return archive
