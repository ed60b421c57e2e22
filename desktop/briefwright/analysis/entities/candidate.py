"""An entity candidate: a span of a paragraph that may name a person, an organisation, a
place or a group, with the evidence for it."""

from __future__ import annotations

from dataclasses import dataclass

from briefwright.analysis.entities.gazetteer import GazetteerEntry
from briefwright.model.analysis import Label

NAME_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "PLACE", "GROUP"})


@dataclass(frozen=True)
class Candidate:
    """A possible entity in paragraph ``paragraph`` at ``[start, end)`` of its text.

    ``weight`` is how much the evidence counts in a document-wide vote (a title before a
    name is strong evidence); ``title_start`` is where a title in front of the name begins.
    """

    paragraph: int
    start: int
    end: int
    text: str
    label: Label
    source: str
    weight: float = 1.0
    entry: GazetteerEntry | None = None
    title_start: int | None = None
    title: str | None = None

    def overlaps(self, start: int, end: int) -> bool:
        """Return whether ``[start, end)`` shares a character with this candidate."""
        return self.start < end and start < self.end
