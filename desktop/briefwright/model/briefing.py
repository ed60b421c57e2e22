"""The user's briefing: metadata, template, and the ordered sections, facts and actors chosen."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Annotated, Literal, get_args

from briefwright.model.analysis import FactKind, Granularity, Label, Mention, SectionRole, When
from briefwright.model.article import Article, Paragraph, ParagraphRef
from briefwright.model.likelihood import ScaleName
from briefwright.model.schema import Check
from briefwright.model.sources import (
    LEAD_SOURCE,
    Conflict,
    Credibility,
    Source,
    SourceId,
    SourceRef,
    reference_mark,
)

_ISO_PARTIAL = re.compile(r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?")
# An ISO date as precise as it is known: 2023, 2023-07 or 2023-07-26; empty when the text
# gives no date the analysis could resolve.
IsoPartialDate = Annotated[
    str,
    Check(
        lambda v: _ISO_PARTIAL.fullmatch(v) is not None,
        "an ISO date such as 2023-07-26, or empty",
    ),
]

# 2: a fact may be a "caveat", which version 1 cannot read; what prints is drafted into the
# file (printed_in, not_printed …), which version 1 passes over. Version 1 files load as they are.
# 3: the articles are a list of sources (S1, S2 …) and each reference names its source;
# version 2 cannot read it. Version 1 and 2 files (one "article") load as one source, S1.
SCHEMA_VERSION = 3
DEFAULT_TEMPLATE = "bluf-memo"
"""The template a briefing takes unless the user names another."""

Origin = Literal["article", "analyst"]
"""Where an item comes from: proposed from the article, or written by the analyst."""
ORIGINS: tuple[Origin, ...] = get_args(Origin)
NO_PARAGRAPH = 0
"""The paragraph of an analyst's item printed without a source reference."""



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


SectionDisplay = Literal["summary", "full"]
SECTION_DISPLAYS: tuple[SectionDisplay, ...] = get_args(SectionDisplay)
RiskLevel = Literal["", "low", "moderate", "high", "extreme"]
RISK_LEVELS: tuple[RiskLevel, ...] = get_args(RiskLevel)
# A judgment's confidence: high, moderate or low; empty until the user chooses.
JudgmentConfidence = Literal["", "high", "moderate", "low"]


@dataclass
class SectionItem:
    """A section of the briefing: article paragraphs under a heading the user may edit.

    ``display`` is ``"summary"`` (its key sentences) or ``"full"`` (every paragraph).
    ``chosen`` lists the ids of the sentences (facts) a summary shows, in the user's pick;
    ``None`` lets the ranker choose. ``sentence_wording`` maps a sentence id to the user's
    trimmed or reworded text of it in a summary.
    ``left_out`` lists paragraphs the user excluded (they stay in the outline, unticked);
    ``wording`` holds a paragraph's trimmed or reworded text by paragraph id (full text);
    ``text`` is the analyst's own prose, printed after the article's words without a reference.
    Its paragraphs are those of source ``source``.
    """

    id: str
    heading: str
    paragraphs: list[ParagraphRef]
    included: bool = True
    original_heading: str = ""
    role: SectionRole = "development"
    display: SectionDisplay = "summary"
    chosen: list[str] | None = None
    sentence_wording: dict[str, str] = field(default_factory=dict)
    origin: Origin = "article"
    text: str = ""
    left_out: list[ParagraphRef] = field(default_factory=list)
    wording: dict[ParagraphRef, str] = field(default_factory=dict)
    # Drafted (see draft/printplan.py): the heading last drafted (while ``heading`` equals
    # it, drafting may change it), the heading each sentence would support, the label that
    # names the section when no sentence does, the sentences its summary prints, those it
    # points to because another part prints them, and where those print ("Key fact 3").
    auto_heading: str = ""
    sentence_headings: dict[str, str] = field(default_factory=dict)
    label: str = ""
    printed: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)
    pointer: str = ""
    printed_in: str | None = None
    not_printed: str = ""
    source: SourceId = LEAD_SOURCE

    @property
    def refs(self) -> list[SourceRef]:
        """Return a reference to each of the section's paragraphs, in order."""
        return [SourceRef(self.source, p) for p in self.paragraphs]


@dataclass
class FactItem:
    """A key fact: a sentence of the article, possibly reworded; ``original`` is never edited.

    An analyst's own fact cites the paragraph the user picked, or :data:`NO_PARAGRAPH` for
    none; its ``sentence`` is -1 when it quotes no sentence of the article.
    """

    id: str
    text: str
    paragraph: ParagraphRef
    sentence: int
    included: bool = True
    original: str = ""
    score: float = 0.0
    kind: FactKind = "fact"
    # Who says it, for a quote or a claim (see analysis.model.Fact); "" when nobody does.
    speaker: str = ""
    origin: Origin = "article"
    # Drafted: the part it prints in and how it is named there ("Key fact 3", "Bottom
    # line"), or why it does not print.
    printed_in: str | None = None
    printed_as: str = ""
    not_printed: str = ""
    # Who says it, as printed after a quote or claim ("Defence Minister Nur"); "" for none.
    said_by: str = ""
    # Who the personal pronoun opening it stands for, as the analysis found it ("Lee Kuan
    # Yew" for "He was 91."; see analysis.model.Fact); "" when none or unsure.
    refers_to: str = ""
    # Drafted: its wording as printed where the sentence its pronoun takes up does not print
    # before it ("[Lee Kuan Yew] was 91."); "" when it prints as ``text``.
    printed_wording: str = ""
    # The source whose paragraph ``paragraph`` it stands in.
    source: SourceId = LEAD_SOURCE
    # With several sources: the other places the same fact stands (merged into this one),
    # how many independent sources carry it (syndicated copies count once), and where the
    # sources differ on a figure or a date (each side with its references).
    also: list[SourceRef] = field(default_factory=list)
    corroboration: int = 1
    conflicts: list[Conflict] = field(default_factory=list)
    # Its credibility (1 confirmed … 6 cannot be judged) as the user set it; "" while it is
    # as proposed from its sources and their grades (see draft/credibility.py).
    credibility: Credibility = ""

    @property
    def printed_text(self) -> str:
        """Return the fact's wording as it prints: the drafted one, else ``text``."""
        return self.printed_wording or self.text

    @property
    def ref(self) -> SourceRef:
        """Return where the fact stands: its source and paragraph."""
        return SourceRef(self.source, self.paragraph)

    @property
    def refs(self) -> list[SourceRef]:
        """Return every place the fact stands: its own, then those merged into it."""
        return [self.ref, *self.also]


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
    origin: Origin = "article"
    printed_in: str | None = None
    not_printed: str = ""

    @property
    def sources(self) -> list[str]:
        """Return the ids of the sources that name the actor, in order (S1 with no mention)."""
        named = sorted({m.source for m in self.mentions}, key=lambda sid: int(sid[1:]))
        return named or [LEAD_SOURCE]


@dataclass
class EventItem:
    """A dated event for the timeline: ``date`` is ISO (``2023-07-26`` or ``2023-07``).

    ``granularity`` says what the date stands for: a ``day``, the ``week`` starting on it,
    a ``month``, a ``year`` or a ``decade``.
    ``upcoming`` marks an event the article says is still to come; an event whose date the
    article does not let us resolve has ``date`` "" and granularity ``unknown``.
    """

    id: str
    date: IsoPartialDate
    date_text: str
    text: str
    paragraph: ParagraphRef
    included: bool = True
    granularity: Granularity = "day"
    upcoming: bool = False
    origin: Origin = "article"
    printed_in: str | None = None
    not_printed: str = ""
    # Where its date phrase starts in the paragraph (see DateItem); -1 for an own event.
    date_start: int = -1
    source: SourceId = LEAD_SOURCE
    # With several sources: the other places the same event is told (merged into this one).
    also: list[SourceRef] = field(default_factory=list)

    @property
    def ref(self) -> SourceRef:
        """Return where the event is told: its source and paragraph."""
        return SourceRef(self.source, self.paragraph)

    @property
    def refs(self) -> list[SourceRef]:
        """Return every place the event is told: its own, then those merged into it."""
        return [self.ref, *self.also]


@dataclass
class DateItem:
    """A date phrase of the article, resolved against the article's date.

    ``tense`` and ``unit`` say how the phrase was read (the tense of its clause, and the
    granularity it has once resolved), so that another article date resolves it again without
    the language model (see draft/dating.py); the rest as in :class:`analysis.model.DateRef`.
    """

    paragraph: ParagraphRef
    start: int
    end: int
    text: str
    value: str = ""
    granularity: Granularity = "unknown"
    when: When = ""
    reported: bool = False
    tense: When = ""
    unit: Granularity = "unknown"
    source: SourceId = LEAD_SOURCE


@dataclass
class WrittenPrint:
    """Where a part the analyst wrote (purpose, comment …) prints, or why it does not."""

    part: str
    printed_in: str | None = None
    not_printed: str = ""


@dataclass(frozen=True)
class Judgment:
    """A key judgment the user wrote or drafted from one of the article's estimative sentences.

    ``likelihood`` is a term of the briefing's scale (empty until chosen), ``confidence``
    high, moderate or low (empty until chosen), ``support`` the ids of the facts it rests on,
    ``origin`` the id of the estimative sentence it was drafted from (empty when written).
    """

    id: str
    statement: str
    likelihood: str = ""
    confidence: JudgmentConfidence = ""
    support: tuple[str, ...] = ()
    origin: str = ""


@dataclass
class Briefing:
    """Everything the user chose; the only mutable state, and what a ``.briefing`` file holds."""

    meta: Meta
    # The articles, S1 first; one article is one source.
    sources: list[Source]
    template: str = DEFAULT_TEMPLATE
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
    # The next steps as drafted from the article's dated future events; while the user leaves
    # them so, they are drafted again (see draft/printplan.py).
    auto_next_steps: str = ""
    # Judgment and the parts a writer fills; text parts hold one item per line.
    judgments: list[Judgment] = field(default_factory=list)
    scale: ScaleName = "icd203"
    purpose: str = ""
    assumptions: str = ""
    implications: str = ""
    indicators: str = ""
    recommendations: str = ""
    next_steps: str = ""
    # Travel-security alert: blank locations and validity are proposed from the article.
    risk_level: RiskLevel = ""
    locations: str = ""
    valid_from: str = ""
    valid_to: str = ""
    event_type: str = ""
    advice: str = ""
    updates_alert: str = ""
    # Keys of template parts the user chose to leave out (see Part.key); the full article
    # as an appendix.
    omitted_parts: list[str] = field(default_factory=list)
    full_text_appendix: bool = False
    # Drafted: the facts the bottom line quotes (their references print after them), and
    # where each written part with text prints.
    bottom_line_refs: list[str] = field(default_factory=list)
    # A travel alert's fields as last proposed (see draft/alertdraft.py), and the names of
    # those still as proposed: the user has not confirmed or changed them.
    auto_alert: dict[str, str] = field(default_factory=dict)
    proposed: list[str] = field(default_factory=list)
    written: list[WrittenPrint] = field(default_factory=list)
    # The article's date phrases as resolved; relative days in printed sentences carry their
    # date ("on Monday [2 Mar]") while ``date_notes`` is on.
    dates: list[DateItem] = field(default_factory=list)
    date_notes: bool = True

    @property
    def lead_article(self) -> Article:
        """Return the first source's article: with one article, the article the briefing is
        drawn from; with several, the one given first, whose title and date the title block
        takes."""
        return self.sources[0].article

    @property
    def several_sources(self) -> bool:
        """Return True when the briefing is drawn from more than one article."""
        return len(self.sources) > 1

    def source(self, sid: str) -> Source:
        """Return the source whose id is ``sid``; raise KeyError when there is none."""
        for s in self.sources:
            if s.id == sid:
                return s
        raise KeyError(sid)

    def article_of(self, sid: str) -> Article:
        """Return the article of source ``sid``; raise KeyError when there is none."""
        return self.source(sid).article

    def paragraph_at(self, ref: SourceRef) -> Paragraph:
        """Return the paragraph ``ref`` names; raise KeyError when its source or paragraph is
        not there."""
        return self.article_of(ref.source).paragraph(ref.paragraph)

    def replace_article(self, sid: str, article: Article) -> None:
        """Put ``article`` in the place of source ``sid``'s (e.g. the same text redated)."""
        self.sources = [
            dataclasses.replace(s, article=article) if s.id == sid else s for s in self.sources
        ]

    def mark(self, ref: SourceRef) -> str:
        """Return how ``ref`` is named in the window and in print: ``¶4`` with one source,
        ``S2 ¶4`` with several."""
        return reference_mark(ref.source, ref.paragraph, self.several_sources)

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
