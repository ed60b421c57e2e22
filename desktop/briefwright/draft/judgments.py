"""Key judgments drafted from the article's own estimative sentences, never made up."""

from __future__ import annotations

from briefwright.draft.summary import article_sentence
from briefwright.model.briefing import Briefing, FactItem, Judgment
from briefwright.model.likelihood import scale_of, term_in


def estimative_facts(briefing: Briefing) -> list[FactItem]:
    """Return the article's estimative sentences (facts of kind ``assessment``), in order."""
    return sorted(
        (f for f in briefing.facts if f.kind == "assessment"),
        key=lambda f: (f.paragraph, f.sentence),
    )


def draft_judgment(briefing: Briefing, fact: FactItem) -> Judgment:
    """Return a draft judgment from estimative sentence ``fact``: its words as the statement,
    the likelihood term only when the sentence itself uses one of the scale's terms, no
    confidence (the analyst sets it), and the sentence as its support."""
    scale = scale_of(briefing.scale)
    statement = fact.text.strip() or article_sentence(briefing, fact)
    taken = {j.id for j in briefing.judgments}
    number = len(briefing.judgments) + 1
    while f"j{number}" in taken:
        number += 1
    return Judgment(
        id=f"j{number}",
        statement=statement,
        likelihood=term_in(statement, scale),
        support=(fact.id,),
        origin=fact.id,
    )
