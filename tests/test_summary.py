"""Sections summarise: key sentences by score, no repeated key fact, the user's pick and words."""

from __future__ import annotations

import pytest

from briefwright.draft.shown import shown_elsewhere
from briefwright.draft.summary import SummarySentence, auto_choice, summary, summary_heading
from briefwright.layout.compose import compose
from briefwright.model.briefing import SectionItem
from briefwright.model.document import Heading, Para
from tests.writers.briefing_sample import build_briefing


def _section(briefing, sid: str):
    return next(s for s in briefing.sections if s.id == sid)


def test_summary_takes_the_best_scored_sentence_not_a_key_fact() -> None:
    briefing = build_briefing()
    section = _section(briefing, "s4")  # paragraphs 6 and 7
    for f in briefing.facts:
        f.included = f.paragraph != 6
        f.score = {6: 0.9, 7: 0.5}.get(f.paragraph, 0.1) + f.sentence * 0.01
    chosen = auto_choice(briefing, section, shown_elsewhere(briefing))
    facts = {f.id: f for f in briefing.facts}
    assert chosen and all(facts[i].paragraph == 6 for i in chosen)
    # Ticked as a key fact, the sentence is not shown again in the section.
    for f in briefing.facts:
        f.included = f.paragraph == 6
    assert all(
        facts[i].paragraph != 6 for i in auto_choice(briefing, section, shown_elsewhere(briefing))
    )


def test_summary_and_full_text_in_the_document() -> None:
    briefing = build_briefing()
    section = _section(briefing, "s1")
    section.display = "summary"
    for f in briefing.facts:
        f.included = False
    document = compose(briefing)
    lead = next(
        b for b in document.blocks if isinstance(b, Para) and b.runs[0].text.startswith("Partial")
    )
    assert lead.runs[0].bold and lead.runs[-1].ref
    assert Heading("Partial evacuation of the US Embassy", 2) not in document.blocks
    section.display = "full"
    assert Heading("Partial evacuation of the US Embassy", 2) in compose(briefing).blocks


def test_the_users_pick_and_wording_win() -> None:
    briefing = build_briefing()
    section = _section(briefing, "s3")
    ids = [f.id for f in briefing.facts if f.paragraph in section.paragraphs]
    section.chosen = [ids[-1], "no-such-id", ids[0]]
    section.sentence_wording = {ids[0]: "  Trimmed wording. "}
    shown = summary(briefing, section)
    assert [s.id for s in shown] == [ids[0], ids[-1]]  # reading order, unknown id passed over
    assert shown[0].text == "Trimmed wording." and shown[0].edited
    section.chosen = []
    assert summary(briefing, section) == []


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
    chosen = auto_choice(briefing, section, shown_elsewhere(briefing))
    assert stated.id in chosen


@pytest.mark.parametrize(
    ("heading", "text", "role", "printed"),
    [
        # A clause heading over a sentence that does not state it gives way to the role label.
        ("Mohamud ordered investigation", "The minister said the government would hold.",
         "development", "Developments"),
        ("Mohamud ordered investigation", "Mohamud ordered an investigation into the attack.",
         "development", "Mohamud ordered investigation"),
        # A topic label holds while the shown sentence carries one of its cues.
        ("Casualties", "Five attackers were killed and 43 people wounded.", "development",
         "Casualties"),
        ("Casualties", "Two members of parliament were rescued.", "development", "Developments"),
        ("Outlook for Al-Shabaab", "The mission hands over bases in December.", "outlook",
         "Outlook"),
        ("Outlook for Al-Shabaab", "Al-Shabaab will exploit the gaps.", "outlook",
         "Outlook for Al-Shabaab"),
    ],
)
def test_summary_heading_is_stated_by_what_it_heads(
    heading: str, text: str, role: str, printed: str
) -> None:
    section = SectionItem(
        id="s1", heading=heading, paragraphs=[1], original_heading=heading, role=role
    )
    assert summary_heading(section, [SummarySentence("f1", 1, text)]) == printed


def test_a_heading_the_user_wrote_is_printed_as_written() -> None:
    section = SectionItem(
        id="s1", heading="My own words", paragraphs=[1], original_heading="Proposed"
    )
    shown = [SummarySentence("f1", 1, "Nothing in common here.")]
    assert summary_heading(section, shown) == "My own words"
