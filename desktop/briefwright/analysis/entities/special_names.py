"""Names of a kind of their own: numbered roads ("Interstate 95") and named storms."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import NAME_LABELS, Candidate

# Named storms are events, not people: "Typhoon Kai-tak", "Hurricane Milton".
STORM_WORDS = lexicon.words("names.storm_words")
# A storm named after its kind: "Typhoon Kai-tak", "Hurricane Ian".
_STORM = re.compile(
    r"\b(?:" + "|".join(sorted(STORM_WORDS)) + r")\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)?)"
)
# The last word of a body's name: "Storm Prediction Center" is no storm.
_BODY_HEADS = lexicon.words("names.org_heads") | lexicon.words("names.centre_endings")
# A numbered road: "Interstate 95", "I-65" (the same road), "Highway 1", "Route 66".
_ROAD = re.compile(r"\b(?:Interstate\s+(\d{1,3})|I-(\d{1,3})|(?:Highway|Route)\s+\d{1,3})\b")


def road_name(text: str) -> str | None:
    """Return a numbered road's name written in full ("I-65" → "Interstate 65"), or None."""
    m = _ROAD.fullmatch(text)
    if m is None:
        return None
    number = m.group(1) or m.group(2)
    return f"Interstate {number}" if number else text


def with_roads(text: str, pid: int, found: list[Candidate]) -> list[Candidate]:
    """Return ``found`` with the numbered roads of ``text`` as places, in place of the
    numbers or names found inside them."""
    for m in _ROAD.finditer(text):
        a, b = m.start(), m.end()
        if any(c.overlaps(a, b) and c.label in NAME_LABELS and (c.start < a or c.end > b)
               for c in found):
            continue
        found = [c for c in found if not c.overlaps(a, b)]
        found.append(Candidate(pid, a, b, m.group(), "PLACE", "road"))
    return found


def storm_name(text: str) -> str | None:
    """Return the name in a named storm ("Kai-tak" in "Typhoon Kai-tak"), or None; a body
    named for storms is none ("Storm Prediction Center")."""
    words_ = text.split()
    if words_ and words_[-1] in _BODY_HEADS:
        return None
    k = 0
    while k < len(words_) - 1 and words_[k] in STORM_WORDS:
        k += 1
    return " ".join(words_[k:]) if k else None


def names_storm(text: str, c: Candidate) -> bool:
    """Return whether candidate ``c`` of paragraph ``text`` names a storm, or is a name right
    after a storm word."""
    if c.label not in NAME_LABELS:
        return False
    if storm_name(c.text) is not None:
        return True
    before = text[max(0, c.start - 20) : c.start].rstrip().rsplit(" ", 1)[-1]
    return before in STORM_WORDS


def storm_names(texts: Sequence[str]) -> set[str]:
    """Return the names of the storms the texts name ("Kai-tak" from "Typhoon Kai-tak")."""
    names: set[str] = set()
    for text in texts:
        for m in _STORM.finditer(text):
            if m.group(1).split()[0] not in STORM_WORDS:
                names.add(m.group(1))
                names.add(m.group(1).split()[0])
                names.add(m.group(1).split("-")[0])
    return names
