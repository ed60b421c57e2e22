"""Bytes to text: BOM, strict UTF-8, a declared charset, Windows-1252, then a guess; bytes
that are not text are refused, whichever codec would accept them."""

from __future__ import annotations

import codecs
import re

from briefwright.ingest.textcheck import noise_reason, percent
from briefwright.model.errors import IngestError

_BOMS = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']?([A-Za-z0-9._:-]{1,40})"""
    rb"""|<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)
_SNIFF_BYTES = 4096
_C0_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
# Control bytes that never occur in text (NUL is counted on its own).
_CONTROL_BYTES = bytes(range(1, 9)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
_MAX_NUL_SHARE = 0.01
_MAX_CONTROL_SHARE = 0.05
_WESTERN = "cp1252"
_BINARY = " (an image, a program or a compressed file?)"


def decode_bytes(data: bytes, name: str) -> str:
    """Return ``data`` decoded as text; ``name`` (a file's base name) goes into messages.

    Order: a byte-order mark (UTF-8/16/32), strict UTF-8, a charset declared in an HTML
    ``<meta>`` or XML declaration, Windows-1252, then charset-normalizer's guess (also
    when Windows-1252 reads only noise). Raises IngestError("… does not look like text:
    <why>") for binary data (NULs above 1 % or control bytes above 5 % of the bytes, or
    bytes no encoding reads) and for text that is noise (see
    :func:`briefwright.ingest.textcheck.noise_reason`), whichever codec accepted it.
    """
    text, codec = _decode(data, name)
    reason = noise_reason(text)
    if reason is not None and codec == _WESTERN:
        # Windows-1252 reads any byte: what it made noise of may be text in another encoding
        # (Japanese in EUC-JP reads as symbols).
        guess = _guess(data)
        if guess is not None and noise_reason(guess) is None:
            return guess
    if reason is not None:
        raise _not_text(name, reason)
    return text


def _not_text(name: str, reason: str) -> IngestError:
    """Return the error that refuses the file ``name`` as not text, saying ``reason``."""
    return IngestError(f"{name}: does not look like text: {reason}")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Return the text of ``data`` and the codec that read it, tried in order."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as error:
                label = encoding.upper().removesuffix("-LE").removesuffix("-BE")
                raise _not_text(
                    name, f"it starts with a {label} byte-order mark, but the rest is not {label}"
                ) from error
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    _reject_binary(data, name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared is not None:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode(_WESTERN), _WESTERN
    except UnicodeDecodeError:
        pass
    guess = _guess(data)
    if guess is None:
        raise _not_text(name, "no text encoding reads its bytes")
    return guess, "guess"


def _guess(data: bytes) -> str | None:
    """Return ``data`` decoded as charset-normalizer guesses, or None when it cannot."""
    # Rarely reached, and slow to import: loaded on first use.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def declared_charset(data: bytes) -> str | None:
    """Return the codec named by an XML declaration or HTML ``<meta>`` near the start, if any.

    A name Python does not know is ignored (None). Raises nothing.
    """
    match = _DECLARED.search(data, 0, _SNIFF_BYTES)
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        encoding = codecs.lookup(label).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): these labels mean Windows-1252.
    if encoding in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return encoding


def _reject_binary(data: bytes, name: str) -> None:
    """Raise IngestError when ``data`` holds too many NULs or control bytes to be text."""
    if not data:
        return
    nuls = data.count(0)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if nuls > len(data) * _MAX_NUL_SHARE:
        raise _not_text(name, f"{percent(nuls / len(data))} of its bytes are NUL{_BINARY}")
    if controls > len(data) * _MAX_CONTROL_SHARE:
        share = percent(controls / len(data))
        raise _not_text(name, f"{share} of its bytes are control codes{_BINARY}")


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """Return ``data`` decoded as UTF-16 without a BOM when its NULs say so, and the codec;
    else None.

    Text in a Latin script stored as UTF-16 has a NUL in nearly every other byte, all on
    the same side; binary data does not.
    """
    if len(data) < 8 or len(data) % 2:
        return None
    sample = data[:_SNIFF_BYTES]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.5 and even_nuls <= half * 0.02:
        encoding = "utf-16-le"
    elif even_nuls > half * 0.5 and odd_nuls <= half * 0.02:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = len(_C0_CONTROLS.findall(text))
    return (text, encoding) if controls <= len(text) * _MAX_NUL_SHARE else None
