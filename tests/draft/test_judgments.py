"""Key judgments: likelihood terms of both scales, confidence, support, legend, drafting."""

from __future__ import annotations

import pytest

from briefwright.draft.judgments import draft_judgment, estimative_facts
from briefwright.layout.compose import compose
from briefwright.model.briefing import FactItem, Judgment
from briefwright.model.document import ListBlock, Para
from briefwright.model.likelihood import ICD_203, PHIA, scale_of, term_in
from tests.writers.briefing_sample import build_briefing


@pytest.mark.parametrize(
    ("scale", "term", "shown"),
    [
        ("icd203", "likely", "Likely (55–80 %), moderate confidence"),
        ("icd203", "roughly even chance", "Roughly even chance (45–55 %), moderate confidence"),
        ("phia", "realistic possibility", "Realistic possibility (40–50 %), moderate confidence"),
        ("phia", "highly likely", "Highly likely (80–90 %), moderate confidence"),
    ],
)
def test_judgment_prints_term_range_confidence_and_refs(scale: str, term: str, shown: str) -> None:
    briefing = build_briefing()
    briefing.scale = scale
    support = tuple(f.id for f in briefing.facts if f.paragraph in (6, 7))
    briefing.judgments = [Judgment("j1", "The junta will stay.", term, "moderate", support)]
    document = compose(briefing)
    lines = document.plain_lines()
    item = next(line for line in lines if line.startswith("The junta will stay."))
    assert f"— {shown}" in item and item.endswith("[¶6] [¶7]")
    legend = lines[lines.index(item) + 1]
    assert legend.startswith(f"Likelihood ({scale_of(scale).title}): ")
    assert "Confidence: high, moderate or low." in legend


def test_legends_name_every_term_with_its_range() -> None:
    assert ICD_203.legend() == (
        "Likelihood (ICD 203): almost no chance 1–5 %; very unlikely 5–20 %; unlikely 20–45 %; "
        "roughly even chance 45–55 %; likely 55–80 %; very likely 80–95 %; "
        "almost certain 95–99 %."
    )
    assert [t.term for t in PHIA.terms] == [
        "remote chance",
        "highly unlikely",
        "unlikely",
        "realistic possibility",
        "likely or probable",
        "highly likely",
        "almost certain",
    ]


@pytest.mark.parametrize(
    ("sentence", "icd", "phia"),
    [
        ("Talks are likely to resume.", "likely", "likely or probable"),
        ("A deal is unlikely before March.", "unlikely", "unlikely"),
        ("It is very likely the junta stays.", "very likely", "likely or probable"),
        ("There is a realistic possibility of strikes.", "", "realistic possibility"),
        ("Sanctions will probably bite.", "", ""),
        ("The army could intervene.", "", ""),
    ],
)
def test_term_in_finds_only_the_words_the_sentence_uses(sentence: str, icd: str, phia: str) -> None:
    assert term_in(sentence, ICD_203) == icd
    assert term_in(sentence, PHIA) == phia


def test_draft_judgment_uses_the_articles_words_and_invents_nothing() -> None:
    briefing = build_briefing()
    briefing.facts.append(
        FactItem("f99", "A return to civilian rule is unlikely this year.", 7, 1, kind="assessment")
    )
    assert [f.id for f in estimative_facts(briefing)][-1] == "f99"
    judgment = draft_judgment(briefing, briefing.facts[-1])
    assert judgment.statement == "A return to civilian rule is unlikely this year."
    assert (judgment.likelihood, judgment.confidence) == ("unlikely", "")
    assert judgment.support == ("f99",) and judgment.origin == "f99"
    briefing.judgments.append(judgment)
    # Drafted into a judgment, the sentence is not listed again with the article's assessments.
    blocks = compose(briefing).blocks
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    texts = ["".join(r.text for r in item) for lst in lists for item in lst.items]
    assert sum("civilian rule is unlikely" in t for t in texts) == 1
    assert draft_judgment(briefing, briefing.facts[-1]).id == "j2"
    assert any(isinstance(b, Para) and b.text.startswith("Likelihood (ICD 203)") for b in blocks)
