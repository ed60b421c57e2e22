"""The words a merge compares: content words, lightly stemmed, and figures by what they count."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STOP = frozenset(
    [
        "the", "and", "for", "that", "with", "from", "this", "were", "was", "has", "have",
        "had", "its", "their", "they", "them", "into", "after", "before", "over", "under",
        "about", "also", "but", "not", "are", "been", "will", "would", "could", "said",
        "says", "say", "which", "who", "whom", "while", "when", "where", "what", "than",
        "then", "there", "these", "those", "other", "such", "more", "most", "some", "any",
        "all", "one", "two", "his", "her", "him", "she", "our", "out", "off", "per", "via",
        "yet", "last", "week", "day", "days"
    ]
)
# A figure: a number and the word it counts ("262 people", "120 killed").
_FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+([a-z]+)")
_NOT_COUNTED = frozenset(
    [
        "and", "or", "to", "in", "on", "of", "at", "by", "the", "a", "an", "per", "percent"
    ]
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """Return the words of ``text`` that carry its content, lower case and lightly stemmed."""
    words = _WORD.findall(text.casefold().replace("’", "'"))
    return frozenset(_stem(w) for w in words if len(w) > 2 and w not in _STOP)


def figures(text: str) -> dict[str, str]:
    """Return the figures of ``text`` by the word they count: ``{"people": "262 people"}``."""
    out: dict[str, str] = {}
    for m in _FIGURE.finditer(text):
        noun = m.group(2)
        if noun in _NOT_COUNTED or (len(m.group(1)) == 4 and m.group(1).startswith(("19", "20"))):
            continue
        out.setdefault(_stem(noun), m.group(0))
    return out
