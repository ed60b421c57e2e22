"""What the analysis found: entities, actors, dates, facts and section proposals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from briefwright.model.article import ParagraphRef
from briefwright.model.schema import not_stored
from briefwright.model.sources import LEAD_SOURCE, SourceId

Label = Literal["PERSON", "ORG", "PLACE", "GROUP", "DATE", "FIGURE"]
LABELS: tuple[Label, ...] = ("PERSON", "ORG", "PLACE", "GROUP", "DATE", "FIGURE")
# What a sentence is (see analysis/statements/factkinds.py): a reported fact, direct speech, what a
# source says, a view rather than news, estimative language, the report's own caveat that
# what it reports is not verified.
FactKind = Literal["fact", "quote", "claim", "commentary", "assessment", "caveat"]
FACT_KINDS: tuple[FactKind, ...] = (
    "fact",
    "quote",
    "claim",
    "commentary",
    "assessment",
    "caveat",
)
SectionRole = Literal["background", "development", "reaction", "outlook"]
SECTION_ROLES: tuple[SectionRole, ...] = ("background", "development", "reaction", "outlook")


@dataclass(frozen=True)
class Entity:
    """A mention; ``start``/``end`` index the text of paragraph ``paragraph`` (its id)."""

    text: str
    label: Label
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """Where an actor is named: paragraph id and span in that paragraph's text, in source
    ``source`` of a briefing (S1, the only one, for an article's own analysis)."""

    # Stored as a ``[paragraph, start, end, source]`` array: an actor has many mentions.
    # Files written before sources existed hold ``[paragraph, start, end]``.
    JSON_AS_ARRAY: ClassVar[bool] = True

    paragraph: ParagraphRef
    start: int
    end: int
    source: SourceId = LEAD_SOURCE


@dataclass(frozen=True)
class Actor:
    """One person, organisation, place or group with every name the text uses for it.

    ``subtype`` says what kind of place a PLACE is (``country``, ``city``, ``region``) and
    marks a GROUP named by a nationality or religion adjective (``demonym``: "French",
    "Sunni"), never an actor a briefing lists; empty when unknown.
    """

    id: str
    name: str
    label: Label
    aliases: tuple[str, ...]
    role: str | None
    mentions: tuple[Mention, ...]
    subtype: str = ""

    @property
    def type_name(self) -> str:
        """Return the actor's type as a reader would name it (see :func:`type_name`)."""
        return type_name(self.label, self.subtype)


_TYPE_NAMES: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "PLACE": "Place",
    "GROUP": "Group",
    "DATE": "Date",
    "FIGURE": "Figure",
}


def type_name(label: str, subtype: str = "") -> str:
    """Return the type a reader would name: ``"Person"``, ``"Organisation"``, ``"Country"`` …"""
    if label == "PLACE" and subtype in ("country", "city", "region"):
        return subtype.title()
    return _TYPE_NAMES.get(label, label.title())


Granularity = Literal["day", "week", "month", "year", "decade", "period", "unknown"]
When = Literal["past", "present", "future", ""]


@dataclass(frozen=True)
class DateRef:
    """A date phrase and, when it can be resolved, its ISO value (``2023-11-05``, ``2023-11``).

    A ``period`` is an ISO interval (``2024-03/2026-12-01`` for "since March 2024",
    ``2027-01/2027-06`` for "the first half of next year"; ``2021/..`` when it runs to an
    unknown article date). ``when`` places it against the article's date as the text does
    (a past or future tense, "last", "next"; "" when nothing says); ``reported`` marks the
    date of a statement ("said on Monday") rather than of what was said.

    How the phrase was read, kept so that it can be resolved against another article date
    without the tagger (``analysis/dates/redate.py``), and left out of files and JSON: ``tense``,
    the tense of its clause as resolution took it, and ``unit``, the granularity it has once
    resolved whatever the article date ("day" for "on Friday" even without one).
    """

    text: str
    paragraph: int
    start: int
    end: int
    value: str | None
    granularity: Granularity
    when: When = ""
    reported: bool = False
    tense: When = not_stored(default="")
    unit: Granularity = not_stored(default="unknown")


@dataclass(frozen=True)
class Fact:
    """A sentence of the article, scored; ``included`` is the default selection.

    ``speaker`` names who says it (an actor's name, or the source as the article describes
    it, such as "police") for a quote, a claim or attributed commentary; else None.
    ``refers_to`` names who the personal pronoun opening it stands for ("Lee Kuan Yew" for
    "He was 91."), when the sentences before it leave one reading; else None. It is left out
    of files and JSON: a briefing keeps its own copy (:class:`briefing.FactItem`).
    """

    id: str
    text: str
    paragraph: int
    sentence: int
    score: float
    included: bool
    kind: FactKind = "fact"
    speaker: str | None = None
    refers_to: str | None = not_stored(default=None)


@dataclass(frozen=True)
class SectionProposal:
    """Consecutive paragraphs on one topic with a short specific heading.

    ``role`` says where a template puts it: context (``background``), what happened
    (``development``), how others responded (``reaction``), what may come (``outlook``).
    """

    id: str
    heading: str
    paragraphs: tuple[int, ...]
    included: bool = True
    role: SectionRole = "development"
    # The neutral label that names the section when no sentence it prints states a heading
    # ("Reaction involving Ecowas"), unique in the article; and, by fact id, the heading
    # each of its sentences supports on its own.
    label: str = ""
    sentence_headings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Event:
    """A dated happening for a timeline: who did what, cut short from its sentence.

    ``upcoming`` when the article says it is still to come (a future tense, "next week").
    """

    text: str
    paragraph: int
    sentence: int
    date: DateRef
    upcoming: bool = False


@dataclass(frozen=True)
class Analysis:
    """Everything the machine found in one article; deterministic, never edited by the user.

    ``subject`` is the one-line subject a briefing proposes: who did what, where ("" when the
    article gives nothing to say it with).
    """

    entities: tuple[Entity, ...]
    actors: tuple[Actor, ...]
    dates: tuple[DateRef, ...]
    facts: tuple[Fact, ...]
    sections: tuple[SectionProposal, ...]
    events: tuple[Event, ...] = ()
    subject: str = ""
    # The kind of event reported (a key of resources/event_types.toml, "general" when none
    # stands out) and the phrases of the headline and lede that decided it.
    event_type: str = ""
    event_type_cues: tuple[str, ...] = ()
