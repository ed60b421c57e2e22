"""File names made from briefing titles that are valid on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

# Names Windows reserves for devices, with or without an extension ("NUL.pdf" is NUL too).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{c}" for c in "123456789¹²³"}
    | {f"LPT{c}" for c in "123456789¹²³"}
)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
MAX_STEM_BYTES = 120


def safe_filename(
    title: str, *, fallback: str = "briefing", max_bytes: int = MAX_STEM_BYTES
) -> str:
    """Return a file-name stem (no extension) made from ``title``, valid on every desktop system.

    Characters forbidden on Windows (``<>:"/\\|?*`` and control characters) become ``-``,
    runs of white space one space, trailing dots and spaces go, reserved device names
    (``CON``, ``NUL``, ``COM1`` …) get a ``_`` appended, and the result is cut at a word
    boundary to at most ``max_bytes`` bytes of UTF-8 (NFC) so an extension still fits in the
    255-byte limit of common file systems. ``fallback`` is returned when nothing usable is
    left. Raise ValueError when ``max_bytes`` is below 8 or ``fallback`` is itself unsafe.
    """
    if max_bytes < 8:
        raise ValueError(f"max_bytes must be at least 8, got {max_bytes}")
    if not fallback or _clean(fallback) != fallback:
        raise ValueError(f"fallback {fallback!r} is not a safe file name")
    stem = _clean(title)
    stem = _truncate(stem, max_bytes)
    if not stem:
        return fallback
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = stem + "_"
    return stem


def _clean(text: str) -> str:
    """Return ``text`` with forbidden characters replaced and white space tidied."""
    text = unicodedata.normalize("NFC", text)
    # Lone surrogates cannot be encoded as a file name on any platform.
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _SPACES.sub(" ", text)
    text = _FORBIDDEN.sub("-", text)
    text = re.sub(r"-{2,}", "-", text)
    return text.strip(" .-")


def _truncate(stem: str, max_bytes: int) -> str:
    """Return ``stem`` cut to ``max_bytes`` UTF-8 bytes, at a word boundary when one is near."""
    if len(stem.encode("utf-8")) <= max_bytes:
        return stem
    cut = stem.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    space = cut.rfind(" ")
    if space >= max_bytes // 2:
        cut = cut[:space]
    return cut.rstrip(" .-")
