"""The user's briefing: metadata, template, and the ordered sections, facts and actors chosen."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefwright.model.analysis import FactKind, Label, Mention, SectionRole
from briefwright.model.article import Article

SCHEMA_VERSION = 1

STANDARD_MARKINGS: tuple[str, ...] = (
    "UNCLASSIFIED",
    "OFFICIAL",
    "OFFICIAL-SENSITIVE",
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
)


@dataclass
class Meta:
    """The title block: what the reader sees first.

    ``dtg`` is the date-time group as shown (``121430Z NOV 23`` or an ISO date and time).
    """

    title: str
    subject: str = ""
    dtg: str = ""
    author: str = ""
    marking: str = "UNCLASSIFIED"
    distribution: str = ""


@dataclass
class SectionItem:
    """A section of the briefing: article paragraphs under a heading the user may edit."""

    id: str
    heading: str
    paragraphs: list[int]
    included: bool = True
    original_heading: str = ""
    role: SectionRole = "development"


@dataclass
class FactItem:
    """A key fact: a sentence of the article, possibly reworded; ``original`` is never edited."""

    id: str
    text: str
    paragraph: int
    sentence: int
    included: bool = True
    original: str = ""
    score: float = 0.0
    kind: FactKind = "fact"
    # Who says it, for a quote or a claim (see analysis.model.Fact); "" when nobody does.
    speaker: str = ""


@dataclass
class ActorItem:
    """A key actor for the actors table; ``subtype`` as in :class:`analysis.model.Actor`."""

    id: str
    name: str
    label: Label
    role: str = ""
    aliases: list[str] = field(default_factory=list)
    included: bool = True
    mentions: list[Mention] = field(default_factory=list)
    subtype: str = ""


@dataclass
class EventItem:
    """A dated event for the timeline: ``date`` is ISO (``2023-07-26`` or ``2023-07``).

    ``granularity`` says what the date stands for: a ``day``, the ``week`` starting on it,
    a ``month``, a ``year`` or a ``decade``.
    ``upcoming`` marks an event the article says is still to come; an event whose date the
    article does not let us resolve has ``date`` "" and granularity ``unknown``.
    """

    id: str
    date: str
    date_text: str
    text: str
    paragraph: int
    included: bool = True
    granularity: str = "day"
    upcoming: bool = False


@dataclass
class Briefing:
    """Everything the user chose; the only mutable state, and what a ``.briefing`` file holds."""

    meta: Meta
    article: Article
    template: str = "bluf-memo"
    bottom_line: str = ""
    comment: str = ""
    sections: list[SectionItem] = field(default_factory=list)
    facts: list[FactItem] = field(default_factory=list)
    actors: list[ActorItem] = field(default_factory=list)
    events: list[EventItem] = field(default_factory=list)
    source_appendix: bool = False
    # The bottom line and subject as proposed; while the user leaves them as they are, they
    # are drafted again from what is included (see briefwright.draft.drafting).
    auto_bottom_line: str = ""
    auto_subject: str = ""

    def included_sections(self) -> list[SectionItem]:
        """Return the included sections in order."""
        return [s for s in self.sections if s.included]

    def included_facts(self) -> list[FactItem]:
        """Return the included facts in order."""
        return [f for f in self.facts if f.included]

    def included_actors(self) -> list[ActorItem]:
        """Return the included actors in order."""
        return [a for a in self.actors if a.included]

    def included_events(self) -> list[EventItem]:
        """Return the included events in order."""
        return [e for e in self.events if e.included]
