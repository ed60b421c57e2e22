# ruff: noqa: E501 - the article text is quoted verbatim
"""A realistic briefing built by hand from the sample Niger article, for composer and writers."""

from __future__ import annotations

import re
from datetime import date

from briefwright.draft.printplan import redraft
from briefwright.model.article import Article, Paragraph, Sentence
from briefwright.model.briefing import ActorItem, Briefing, EventItem, FactItem, Meta, SectionItem
from briefwright.model.sources import source_of

PARAGRAPHS = (
    "The recent political upheaval in Niger has led to the partial evacuation of the United States "
    "Embassy in the country. This decision comes in the wake of last week’s coup, which has caused "
    "widespread concern among foreign nations.",
    "The United States, like many other countries, has taken swift action to prioritize the safety "
    "of its citizens and diplomatic staff. Although the embassy remains open in Niger’s capital, "
    "Niamey, the partial evacuation sends a strong message about the seriousness of the situation.",
    "Niger, known for its significant uranium production and its location on a crucial migration "
    "route, holds strategic importance in the region. The instability caused by the coup has raised "
    "concerns not only about the internal affairs of the country but also about wider implications "
    "for North Africa and the Mediterranean.",
    "US Secretary of State Antony Blinken has reaffirmed the commitment to restoring Niger’s "
    "democratically elected government. In a conversation with ousted President Mohamed Bazoum, "
    "Blinken emphasized the US’s dedication to the people of Niger and their diplomatic engagement.",
    "While France, the former colonial power in Niger, and the European Union have already "
    "suspended financial and development aid, the US remains a major donor of humanitarian and "
    "security assistance to the country. However, the US has warned that cooperation could be "
    "suspended if the coup persists.",
    "The Economic Community of West African States (Ecowas) has taken a firm stance against the "
    "coup, imposing sanctions that include a halt on all commercial transactions with Niger and the "
    "freezing of the country’s assets in the regional central bank. Additionally, military chiefs "
    "from Ecowas have discussed the possibility of military intervention, though as a last resort.",
    "The leader of the coup, Gen Abdourahamane Tchiani, has vehemently rejected the sanctions "
    "imposed against Niger, denouncing them as cynical and iniquitous. Tchiani sees them as an "
    "attempt to undermine Niger’s security forces and render the country ungovernable.",
    "Interestingly, the coup has sparked demonstrations both against France and in favor of Russia "
    "in Niger. Protesters gathered outside the French embassy in Niamey, expressing support for "
    "Russia and criticizing France. This shift in sentiment demonstrates a complex dynamic in "
    "international relations and the evolving nature of alliances in the region.",
    "The evacuation flights organized by the French and Italian governments indicate the urgency "
    "felt by these countries to ensure the safety of their citizens. As Niger has been a vital "
    "partner in the fight against jihadist extremism in the Sahel, the presence of military bases "
    "maintained by France and the US further highlights the geopolitical significance of the country.",
    "As the situation in Niger continues to unfold, it serves as a reminder of the delicate balance "
    "of power and influence in the region. The partial evacuation of the US Embassy and the "
    "reactions from various international actors underline the intricate web of relationships that "
    "shape global affairs.",
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Return the sentence spans of ``text`` split after ., ! or ? before a capital."""
    spans: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append(Sentence(start, match.start()))
        start = match.end()
    spans.append(Sentence(start, len(text)))
    return tuple(spans)


def build_article(
    paragraphs: tuple[str, ...] = PARAGRAPHS, *, with_sentences: bool = True
) -> Article:
    """Return the sample article with paragraph ids 1…n and, when asked, sentence spans."""
    return Article(
        title="US partially evacuates embassy in Niger after coup",
        paragraphs=tuple(
            Paragraph(i, text, split_sentences(text) if with_sentences else ())
            for i, text in enumerate(paragraphs, start=1)
        ),
        date=date(2023, 11, 12),
        source="Sample news wire",
        author="Staff reporter",
    )


def build_briefing(template: str = "bluf-memo", article: Article | None = None) -> Briefing:
    """Return a realistic Briefing on the sample article; a few items are deliberately excluded."""
    article = article or build_article()
    briefing = Briefing(
        meta=Meta(
            title="Niger: partial evacuation of the US Embassy after the coup",
            subject="Security situation in Niger following the military coup",
            dtg="121430Z NOV 23",
            author="J. Carter, Sahel Desk",
            marking="UNCLASSIFIED",
            distribution="Regional security team",
        ),
        sources=[source_of(article)],
        template=template,
        bottom_line=(
            "The US has partially evacuated its embassy in Niamey after last week's coup; the "
            "embassy stays open. ECOWAS sanctions and the junta's defiance make a quick return to "
            "civilian rule unlikely, and further Western drawdowns should be expected."
        ),
        comment=(
            "Staff with travel planned to Niger should defer it and confirm evacuation routes.\n\n"
            "Watch for ECOWAS decisions on military intervention and any US suspension of aid."
        ),
        sections=[
            SectionItem("s1", "Partial evacuation of the US Embassy", [1, 2], role="development"),
            SectionItem("s2", "Niger's strategic importance", [3], role="background"),
            SectionItem("s3", "US diplomatic engagement and aid", [4, 5], role="reaction"),
            SectionItem("s4", "ECOWAS sanctions and the junta's response", [6, 7], role="reaction"),
            SectionItem("s5", "Anti-French protests in Niamey", [8], role="development"),
            SectionItem(
                "s6", "European evacuation flights", [9], included=False, role="development"
            ),
            SectionItem("s7", "Regional balance of power", [10], role="outlook"),
        ],
        facts=[
            FactItem(
                "f1",
                "The US has partially evacuated its embassy in Niger after last week's coup.",
                1,
                0,
            ),
            FactItem("f2", "The embassy in Niamey remains open.", 2, 1),
            FactItem(
                "f3", "Niger is a significant uranium producer on a crucial migration route.", 3, 0
            ),
            FactItem(
                "f4",
                "Antony Blinken reaffirmed US support for restoring Niger's elected government.",
                4,
                0,
            ),
            FactItem("f5", "France and the EU have suspended financial and development aid.", 5, 0),
            FactItem(
                "f6", "The US has warned it could suspend cooperation if the coup persists.", 5, 1
            ),
            FactItem(
                "f7",
                "ECOWAS halted commercial transactions and froze Niger's assets in the regional central bank.",
                6,
                0,
            ),
            FactItem("f8", "ECOWAS military chiefs discussed intervention as a last resort.", 6, 1),
            FactItem(
                "f9",
                "Gen Abdourahamane Tchiani rejected the sanctions as cynical and iniquitous.",
                7,
                0,
            ),
            FactItem(
                "f10",
                "Protesters outside the French embassy in Niamey voiced support for Russia.",
                8,
                1,
            ),
            FactItem(
                "f11",
                "French and Italian governments organised evacuation flights.",
                9,
                0,
                included=False,
            ),
            FactItem(
                "f12",
                "The instability is likely to have wider implications for North Africa and the Mediterranean.",
                3,
                1,
                kind="assessment",
            ),
        ],
        actors=[
            ActorItem("a1", "Antony Blinken", "PERSON", "US Secretary of State"),
            ActorItem("a2", "Mohamed Bazoum", "PERSON", "Ousted President of Niger"),
            ActorItem("a3", "Abdourahamane Tchiani", "PERSON", "General; leader of the coup"),
            ActorItem(
                "a4",
                "ECOWAS",
                "ORG",
                "Economic Community of West African States; imposed sanctions",
            ),
            ActorItem(
                "a5", "United States", "PLACE", "Major donor; partially evacuated its embassy"
            ),
            ActorItem(
                "a6", "Niamey", "PLACE", "Capital of Niger; site of protests at the French embassy"
            ),
            ActorItem("a7", "Russia", "PLACE", "Cited by protesters", included=False),
        ],
        events=[
            EventItem(
                "e1", "2023-11-05", "last week", "Military coup ousts President Mohamed Bazoum.", 1
            ),
            EventItem(
                "e2",
                "2023-11-12",
                "2023-11-12",
                "US orders the partial evacuation of its embassy.",
                1,
            ),
            EventItem(
                "e3",
                "2023-11-10",
                "this week",
                "French evacuation flights leave Niamey.",
                9,
                included=False,
            ),
        ],
    )
    # The writers are tested on whole paragraphs: every section shows its full text.
    for section in briefing.sections:
        section.display = "full"
    redraft(briefing)
    return briefing
