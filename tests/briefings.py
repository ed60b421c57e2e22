"""A small hand-built Briefing for tests that must not depend on the analysis."""

from __future__ import annotations

from datetime import date

from briefwright.draft.printplan import redraft
from briefwright.ingest.sentences import split_sentences
from briefwright.model.analysis import Mention
from briefwright.model.article import Article, Paragraph
from briefwright.model.briefing import ActorItem, Briefing, EventItem, FactItem, Meta, SectionItem
from briefwright.model.sources import source_of

PARAGRAPHS = (
    "The capital was calm on Monday. Troops guarded the palace.",
    "The regional bloc imposed sanctions on the junta. Its leader rejected them.",
    "Analysts said talks could resume next month.",
)


def small_briefing() -> Briefing:
    """Return a three-paragraph Briefing with two sections, four facts, two actors, an event."""
    article = Article(
        title="Calm in the capital",
        paragraphs=tuple(
            Paragraph(id=i, text=t, sentences=split_sentences(t))
            for i, t in enumerate(PARAGRAPHS, 1)
        ),
        date=date(2023, 11, 12),
        source="Test Wire",
    )
    briefing = Briefing(
        meta=Meta(title="Calm in the capital", subject="Sanctions", dtg="121430Z NOV 23"),
        sources=[source_of(article)],
        template="bluf-memo",
        bottom_line="The capital is calm; sanctions are in force.",
        comment="Watch the border.",
        sections=[
            SectionItem(
                "s1", "Calm in the capital", [1], True, "Calm in the capital", "development"
            ),
            SectionItem("s2", "Sanctions and rejection", [2, 3], True, "Sanctions", "reaction"),
        ],
        facts=[
            FactItem(
                "f1",
                "The capital was calm on Monday.",
                1,
                0,
                True,
                "The capital was calm on Monday.",
            ),
            FactItem("f2", "Troops guarded the palace.", 1, 1, False, "Troops guarded the palace."),
            FactItem(
                "f3",
                "The regional bloc imposed sanctions.",
                2,
                0,
                True,
                "The regional bloc imposed sanctions on the junta.",
                0.9,
            ),
            FactItem(
                "f4",
                "Analysts said talks could resume next month.",
                3,
                0,
                True,
                "Analysts said talks could resume next month.",
                0.4,
                "assessment",
            ),
        ],
        actors=[
            ActorItem(
                "a1",
                "Regional bloc",
                "ORG",
                "sanctioning body",
                ["bloc"],
                True,
                [Mention(2, 4, 16)],
            ),
            ActorItem("a2", "Junta", "GROUP", "", [], False, [Mention(2, 45, 50)]),
        ],
        events=[EventItem("e1", "2023-11-06", "Monday", "The capital was calm on Monday.", 1)],
    )
    redraft(briefing)
    return briefing
