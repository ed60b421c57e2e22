"""Sections summarise: key sentences by score, no repeated key fact, the user's pick and words."""

from __future__ import annotations

import pytest

from briefwright.draft.printplan import redraft
from briefwright.draft.summary import (
    auto_choice,
    inside_quotation,
    printed_sentences,
    states_heading,
)
from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing, SectionItem
from briefwright.model.document import Heading, Para
from tests.writers.briefing_sample import build_briefing


def _section(briefing, sid: str):  # type: ignore[no-untyped-def]
    return next(s for s in briefing.sections if s.id == sid)


def test_summary_takes_the_best_scored_sentence_not_a_key_fact() -> None:
    briefing = build_briefing()
    section = _section(briefing, "s4")  # paragraphs 6 and 7
    section.display = "summary"
    for f in briefing.facts:
        f.included = f.paragraph != 6
        f.score = {6: 0.9, 7: 0.5}.get(f.paragraph, 0.1) + f.sentence * 0.01
    redraft(briefing)
    facts = {f.id: f for f in briefing.facts}
    assert section.printed and all(facts[i].paragraph == 6 for i in section.printed)
    # Ticked as a key fact, the sentence is not shown again in the section.
    for f in briefing.facts:
        f.included = f.paragraph == 6
    redraft(briefing)
    assert all(facts[i].paragraph != 6 for i in section.printed)
    assert all(facts[i].printed_in == "key_facts" for i in section.elsewhere)


def test_summary_and_full_text_in_the_document() -> None:
    briefing = build_briefing()
    section = _section(briefing, "s1")
    section.display = "summary"
    for f in briefing.facts:
        f.included = False
    redraft(briefing)
    document = compose(briefing)
    lead = next(
        b
        for b in document.blocks
        if isinstance(b, Para) and b.runs[0].text.startswith(section.heading)
    )
    assert lead.runs[0].bold and lead.runs[-1].ref
    assert Heading(section.heading, 2) not in document.blocks
    section.display = "full"
    redraft(briefing)
    assert Heading(section.heading, 2) in compose(briefing).blocks


def test_the_users_pick_and_wording_win() -> None:
    briefing = build_briefing()
    for f in briefing.facts:
        f.included = False
    section = _section(briefing, "s3")
    section.display = "summary"
    ids = [f.id for f in briefing.facts if f.paragraph in section.paragraphs]
    section.chosen = [ids[-1], "no-such-id", ids[0]]
    section.sentence_wording = {ids[0]: "  Trimmed wording. "}
    redraft(briefing)
    shown = printed_sentences(briefing, section)
    assert [s.id for s in shown] == [ids[0], ids[-1]]  # reading order, unknown id passed over
    assert shown[0].text == "Trimmed wording." and shown[0].edited
    section.chosen = []
    redraft(briefing)
    assert printed_sentences(briefing, section) == []


def test_the_sentence_a_heading_states_is_shown_under_it() -> None:
    briefing = build_briefing()
    section = _section(briefing, "s4")  # paragraphs 6 and 7
    facts = [f for f in briefing.facts if f.paragraph in section.paragraphs]
    for f in briefing.facts:
        f.included = False
        f.kind = "fact"
    # The heading states the lower-scored sentence: it is the one the summary shows.
    stated, other = facts[-1], facts[0]
    stated.score, other.score = 0.2, 0.9
    words = [w for w in stated.text.split() if len(w) > 4][:3]
    section.heading = section.original_heading = " ".join(words)
    assert stated.id in auto_choice(briefing, section)


@pytest.mark.parametrize(
    ("heading", "text", "holds"),
    [
        # A clause heading holds over a sentence that states it, not over another.
        ("Mohamud ordered investigation", "The minister said the government would hold.", False),
        (
            "Mohamud ordered investigation",
            "Mohamud ordered an investigation into the attack.",
            True,
        ),
        # A topic label holds while the shown sentence carries one of its cues.
        ("Casualties", "Five attackers were killed and 43 people wounded.", True),
        ("Casualties", "Two members of parliament were rescued.", False),
        # A role label names the kind of section and always holds.
        ("Developments involving Ecowas", "Nothing in common here.", True),
    ],
)
def test_a_heading_holds_when_what_it_heads_states_it(heading: str, text: str, holds: bool) -> None:
    assert states_heading(heading, text) is holds


def test_a_summary_never_prints_a_sentence_pointing_back_without_its_antecedent() -> None:
    briefing = build_briefing()
    section = _section(briefing, "s4")  # paragraphs 6 and 7
    section.display = "summary"
    mine = [f for f in briefing.facts if f.paragraph in section.paragraphs]
    first, second = mine[0], mine[1]
    second.text = "He said the talks had failed and would not resume this year."
    for f in briefing.facts:
        f.included = False
        f.score = 0.9 if f is second else 0.5 if f is first else 0.1
    chosen = auto_choice(briefing, section)
    assert second.id not in chosen or first.id in chosen
    assert first.id in chosen
    # Printed elsewhere, the sentence pointed to leaves the other alone under this heading:
    # it is passed over.
    assert second.id not in auto_choice(briefing, section, frozenset([first.id]))


@pytest.mark.parametrize(
    "rest",
    [
        # Its speaker unnamed: not printed alone as a description would be.
        'Now the world must learn its lesson, only justice will."',
        # Its speaker named after it: still the tail of a quotation opened before.
        'In both robberies the men fled with an undisclosed sum," the FBI said.',
    ],
)
def test_the_rest_of_a_quotation_is_passed_over(rest: str) -> None:
    briefing = build_briefing()
    section = _section(briefing, "s4")  # paragraphs 6 and 7
    section.display = "summary"
    mine = [f for f in briefing.facts if f.paragraph in section.paragraphs]
    first, second = mine[0], mine[1]
    # The sentence before cannot be brought (it leans back itself).
    first.text = "He couldn't have done that without counting on impunity."
    second.text = rest
    for f in briefing.facts:
        f.included = False
        f.score = 0.9 if f is second else 0.5 if f is first else 0.1
    assert second.id not in auto_choice(briefing, section)
    second.text = "Now the ministry has closed the border crossing for a week."
    assert second.id in auto_choice(briefing, section)


def _best_first(briefing: Briefing) -> SectionItem:
    """Return section s4 (paragraphs 6 and 7) summed up, nothing ticked, paragraph 6 best."""
    section = _section(briefing, "s4")
    section.display = "summary"
    for f in briefing.facts:
        f.included = False
        f.score = {6: 0.9, 7: 0.5}.get(f.paragraph, 0.1) + f.sentence * 0.01
    return section


def test_a_summary_never_prints_the_middle_of_a_quotation_alone() -> None:
    briefing = build_briefing()
    section = _best_first(briefing)
    middle = [f for f in briefing.facts if f.paragraph == 6]
    for f in middle:
        f.kind = "quote"
        f.text = f.text.replace('"', "").replace("“", "").replace("”", "")
    redraft(briefing)
    assert section.printed and not {f.id for f in middle} & set(section.printed)
    assert inside_quotation(middle[0])


def test_a_summary_never_prints_the_credits_or_a_link() -> None:
    briefing = build_briefing()
    section = _best_first(briefing)
    credits = [f for f in briefing.facts if f.paragraph == 6]
    for f in credits:
        f.text = f.original = "Jane Doe and John Roe contributed to this report."
    redraft(briefing)
    assert section.printed and not {f.id for f in credits} & set(section.printed)
