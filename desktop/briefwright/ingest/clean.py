"""The one text cleaner every reader uses: line breaks, XML-safe characters, NFC."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029]")
# Everything XML 1.0 cannot hold: C0 controls other than tab, newline and carriage return,
# surrogates (a str holding one has a lone surrogate), and the non-characters U+FFFE/U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_REPLACEMENT = "\ufffd"

_KIND_CONTROL = "control"
_KIND_SURROGATE = "surrogate"
_KIND_NONCHARACTER = "noncharacter"
_KIND_CR = "cr"
_KIND_SEPARATOR = "separator"
_KIND_TAB = "tab"
_KIND_NFC = "nfc"

_DESCRIPTIONS = (
    (_KIND_CONTROL, "control character", "control characters", "replaced by U+FFFD"),
    (_KIND_SURROGATE, "lone surrogate", "lone surrogates", "replaced by U+FFFD"),
    (_KIND_NONCHARACTER, "non-character (U+FFFE/U+FFFF)", "non-characters (U+FFFE/U+FFFF)",
     "replaced by U+FFFD"),
    (_KIND_CR, "old Mac line break (CR)", "old Mac line breaks (CR)", "turned into a newline"),
    (_KIND_SEPARATOR, "Unicode line/paragraph separator", "Unicode line/paragraph separators",
     "turned into a newline"),
    (_KIND_TAB, "tab", "tabs", "replaced by a space"),
)


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return ``text`` cleaned and the list of changes made, in words a user can read.

    Line breaks (CRLF, CR, U+2028, U+2029) become ``\\n``; characters XML 1.0 cannot hold
    become U+FFFD; tabs become spaces; leading byte-order marks go; the result is in Unicode
    NFC. Windows line endings and a byte-order mark go without being reported (both routine).
    Idempotent; raises nothing.
    """
    cleaned, counts = clean_counted(text)
    return cleaned, describe_changes(counts)


def clean_counted(text: str) -> tuple[str, Counter[str]]:
    """Return ``text`` cleaned as :func:`clean_text` does and a count of each kind of change."""
    counts: Counter[str] = Counter()

    def line_break(match: re.Match[str]) -> str:
        found = match.group()
        if found == "\r":
            counts[_KIND_CR] += 1
        elif found != "\r\n":
            counts[_KIND_SEPARATOR] += 1
        return "\n"

    def invalid(match: re.Match[str]) -> str:
        code = ord(match.group())
        if 0xD800 <= code <= 0xDFFF:
            counts[_KIND_SURROGATE] += 1
        elif code >= 0xFFFE:
            counts[_KIND_NONCHARACTER] += 1
        else:
            counts[_KIND_CONTROL] += 1
        return _REPLACEMENT

    # A byte-order mark left at the start by a reader that did not expect one.
    text = text.lstrip("\ufeff")
    text = _LINE_BREAKS.sub(line_break, text)
    text = _XML_INVALID.sub(invalid, text)
    tabs = text.count("\t")
    if tabs:
        counts[_KIND_TAB] += tabs
        text = text.replace("\t", " ")
    if not unicodedata.is_normalized("NFC", text):
        counts[_KIND_NFC] += 1
        text = unicodedata.normalize("NFC", text)
    return text, counts


def describe_changes(counts: Counter[str]) -> list[str]:
    """Return one sentence per kind of change in ``counts``, in a fixed order."""
    lines: list[str] = []
    for kind, singular, plural, action in _DESCRIPTIONS:
        count = counts.get(kind, 0)
        if count:
            lines.append(f"{count} {singular if count == 1 else plural} {action}")
    if counts.get(_KIND_NFC, 0):
        lines.append("text normalised to Unicode NFC")
    return lines


def merge_counts(parts: Iterable[Counter[str]]) -> Counter[str]:
    """Return the sum of several change counts (one per piece of a document)."""
    total: Counter[str] = Counter()
    for part in parts:
        total.update(part)
    return total
