"""A small Briefing built by hand, for tests of the outline model and edits without analysis."""

from __future__ import annotations

from briefwright.model.analysis import Mention
from briefwright.model.article import Article, Paragraph, Sentence
from briefwright.model.briefing import ActorItem, Briefing, FactItem, Meta, SectionItem
from briefwright.model.sources import source_of

TEXTS = (
    "Troops seized the palace. The president was detained.",
    "ECOWAS imposed sanctions on Niger. Borders were closed.",
    "The US evacuated staff from Niamey. France flew citizens out.",
    "Talks may resume next week.",
)


def _sentences(text: str) -> tuple[Sentence, ...]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append(Sentence(start, i + 1))
            start = i + 2
    return tuple(spans)


def small_briefing() -> Briefing:
    """Return a Briefing of four paragraphs, three sections, four facts and two actors."""
    article = Article(
        title="Coup in Niger",
        paragraphs=tuple(Paragraph(i, t, _sentences(t)) for i, t in enumerate(TEXTS, start=1)),
    )
    sections = [
        SectionItem("s1", "The coup", [1], original_heading="The coup"),
        SectionItem("s2", "ECOWAS sanctions on Niger", [2, 3], original_heading="x"),
        SectionItem("s3", "Outlook", [4], original_heading="Outlook", role="outlook"),
    ]
    facts = [
        FactItem("f1", "Troops seized the palace.", 1, 0, original="Troops seized the palace."),
        FactItem("f2", "ECOWAS imposed sanctions on Niger.", 2, 0, original="x"),
        FactItem("f3", "The US evacuated staff from Niamey.", 3, 0, original="x"),
        FactItem("f4", "Talks may resume next week.", 4, 0, original="x", kind="assessment"),
    ]
    actors = [
        ActorItem("a1", "ECOWAS", "ORG", "regional bloc", mentions=[Mention(2, 0, 6)]),
        ActorItem(
            "a2",
            "Niamey",
            "PLACE",
            "capital",
            mentions=[Mention(3, TEXTS[2].index("Niamey"), TEXTS[2].index("Niamey") + 6)],
        ),
    ]
    return Briefing(
        meta=Meta(title="Coup in Niger", subject="Niger"),
        sources=[source_of(article)],
        sections=sections,
        facts=facts,
        actors=actors,
        bottom_line="Niger's junta holds power.",
    )
