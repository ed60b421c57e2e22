"""Header fields (title, date, source, author, url) at the top of a plain-text article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefwright.ingest.dates import parse_date_prefix

_FIELD = re.compile(
    r"[^\S\n]*(?P<key>title|date|source|author|url)(?P<sep>[^\S\n]*:[^\S\n]*|[^\S\n]+)"
    r"(?P<value>[^\n]*)",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+(?:/\S*)?", re.IGNORECASE)
# A header value is a short label, not a sentence.
_MAX_VALUE = 200
_MAX_BARE_VALUE = 150
_SENTENCE_END = (".", "!", "?", ";", ",")


@dataclass(frozen=True)
class Header:
    """The header fields found and the offset in the text where the body starts."""

    body_start: int
    title: str | None = None
    date: date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None


def parse_header(text: str) -> Header:
    """Return the header fields at the very top of ``text`` and where its body begins.

    Lines ``key value`` or ``key: value`` (keys title, date, source, author, url, any case,
    each at most once, in any order) count as a header only before any other line. A date
    may run straight into the first paragraph on the same line (``date 2023-11-12 The …``):
    the body then starts right after the date. Raises nothing.
    """
    fields: dict[str, object] = {}
    seen: set[str] = set()
    # Skip blank lines but keep the first line's indentation (" date 2023-11-12 …").
    first_text = len(text) - len(text.lstrip())
    position = text.rfind("\n", 0, first_text) + 1
    while True:
        match = _FIELD.match(text, position)
        if match is None:
            break
        key = match.group("key").lower()
        if key in seen:
            break
        parsed = _parse_value(key, match)
        if parsed is None:
            break
        value, value_end = parsed
        if value is not None:
            fields[key] = value
        seen.add(key)
        if text[value_end : match.end()].strip():
            # The body runs on from this line (the date quirk).
            position = value_end
            break
        position = match.end() + 1 if match.end() < len(text) else match.end()
    if not seen:
        return Header(body_start=0)
    when = fields.get("date")
    return Header(
        body_start=min(position, len(text)),
        title=_text_field(fields, "title"),
        date=when if isinstance(when, date) else None,
        source=_text_field(fields, "source"),
        author=_text_field(fields, "author"),
        url=_text_field(fields, "url"),
    )


def _text_field(fields: dict[str, object], key: str) -> str | None:
    """Return the text field ``key`` or None when it was not given."""
    value = fields.get(key)
    return value if isinstance(value, str) else None


def _parse_value(key: str, match: re.Match[str]) -> tuple[object, int] | None:
    """Return the field's value and where it ends in the text, or None if not a header."""
    raw = match.group("value")
    colon = ":" in match.group("sep")
    value_start = match.start("value")
    if key == "date":
        found = parse_date_prefix(raw)
        if found is None:
            # "Date: unknown" is still a header line, one without a usable date.
            if colon and 0 < len(raw.strip()) <= 60:
                return None, match.end()
            return None
        when, length = found
        return when, value_start + length
    value = raw.strip()
    if not value:
        return None
    if key == "url":
        if _URL.fullmatch(value) is None:
            return None
        return value, match.end()
    if colon:
        if len(value) > _MAX_VALUE:
            return None
        return value, match.end()
    # Without a colon the line could be a sentence ("Source of the leak is unknown.").
    if len(value) > _MAX_BARE_VALUE or value[0].islower() or value.endswith(_SENTENCE_END):
        return None
    return value, match.end()
