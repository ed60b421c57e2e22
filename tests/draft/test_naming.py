"""A printed sentence's opening pronoun named in brackets where nothing before it says who."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefwright.app.lint import lint
from briefwright.app.pipeline import open_briefing
from briefwright.draft.naming import in_full, named
from briefwright.draft.printplan import redraft
from briefwright.layout.compose import compose
from briefwright.model.briefing import ActorItem, Briefing, FactItem
from briefwright.model.document import ListBlock, Para

WIRE = Path(__file__).resolve().parents[1] / "data" / "wire"
ARTICLE = WIRE / "business-hamburg-shipping-outlook.txt"
QUOTE = '"Overcapacity remains the main risk'
TAKEN_UP = "He said some 3 million containers"
NAMED = "He [Jonas Weber] said some 3 million containers"

DURST = ActorItem("a1", "Robert Durst", "PERSON", aliases=["Durst"])


LAWYER = "His lawyer said he would appeal."
CASES = [
    ("He was 91.", "Lee Kuan Yew", "", "He [Lee Kuan Yew] was 91."),
    (LAWYER, "Robert Durst", "", "His [Robert Durst's] lawyer said he would appeal."),
    # Named before: the article's short form.
    (LAWYER, "Robert Durst", "Durst was arrested.", "His [Durst's] lawyer said he would appeal."),
    ("If guilty, he is jailed.", "Robert Durst", "", "If guilty, he [Robert Durst] is jailed."),
    ("Their work is genuine.", "Sukumaran and Chan", "",
     "Their [Sukumaran and Chan's] work is genuine."),
    # The sentence names the person before its pronoun; no pronoun opens it.
    ("When Durst left, he was arrested.", "Robert Durst", "", "When Durst left, he was arrested."),
    ("Police said he admitted it.", "Robert Durst", "", "Police said he admitted it."),
]


@pytest.mark.parametrize(("text", "name", "earlier", "printed"), CASES)
def test_the_name_in_brackets_follows_the_pronoun(
    text: str, name: str, earlier: str, printed: str
) -> None:
    assert named(text, name, [DURST], earlier) == printed
    # Without the editor's insertion the page reads the article's words as they stand.
    assert re.sub(r" \[[^\]]*\]", "", printed) == text


@pytest.fixture
def memo() -> Briefing:
    return open_briefing(ARTICLE)


def _fact(briefing: Briefing, opening: str) -> FactItem:
    return next(f for f in briefing.facts if f.text.startswith(opening))


def _key_facts(briefing: Briefing) -> list[str]:
    listed = next(b for b in compose(briefing).blocks if isinstance(b, ListBlock))
    return ["".join(r.text for r in item) for item in listed.items]


def test_ticked_without_the_sentence_before_it_the_fact_prints_the_name(memo: Briefing) -> None:
    fact = _fact(memo, TAKEN_UP)
    assert fact.refers_to == "Jonas Weber"
    _fact(memo, QUOTE).included = False
    fact.included = True
    redraft(memo)
    assert fact.printed_wording.startswith(NAMED)
    assert fact.text.startswith(TAKEN_UP)  # the wording the user edits is the article's
    assert any(item.startswith(NAMED) for item in _key_facts(memo))
    assert not any("“He”" in finding.message for finding in lint(memo))


def test_printed_right_after_the_sentence_it_takes_up_the_pronoun_stays(memo: Briefing) -> None:
    fact = _fact(memo, TAKEN_UP)
    _fact(memo, QUOTE).included = True
    fact.included = True
    redraft(memo)
    assert fact.printed_wording == ""
    printed = _key_facts(memo)
    at = next(n for n, item in enumerate(printed) if item.startswith(TAKEN_UP))
    assert printed[at - 1].startswith(QUOTE)


def test_the_users_wording_is_left_as_the_user_wrote_it(memo: Briefing) -> None:
    fact = _fact(memo, TAKEN_UP)
    _fact(memo, QUOTE).included = False
    fact.included = True
    fact.text = "He said 3 million containers of new capacity were due next year."
    redraft(memo)
    assert fact.printed_wording == ""
    assert any(item.startswith(fact.text) for item in _key_facts(memo))
    # What the user wrote is theirs: the check before sending still points at it.
    assert any("“He”" in finding.message for finding in lint(memo))


def test_a_summary_that_prints_it_without_the_sentence_before_names_it() -> None:
    briefing = open_briefing(ARTICLE, "sitrep")
    fact = _fact(briefing, TAKEN_UP)
    home = next(s for s in briefing.sections if fact.paragraph in s.paragraphs)
    home.chosen = [fact.id]
    redraft(briefing)
    assert home.printed == [fact.id]
    text = " ".join(
        "".join(r.text for r in block.runs)
        for block in compose(briefing).blocks
        if isinstance(block, Para)
    )
    assert NAMED in text
    assert TAKEN_UP not in text


JENKINS = ActorItem("a2", "Shayanna Jenkins", "PERSON", aliases=["Jenkins", "Shayanna"])
ROBINSON = ActorItem("a3", "Tony Terrell Robinson Jr.", "PERSON", aliases=["Robinson"])


@pytest.mark.parametrize(
    ("text", "earlier", "printed"),
    [
        ("Jenkins has pleaded not guilty.", "", "[Shayanna] Jenkins has pleaded not guilty."),
        ("On Monday, Jenkins wept.", "", "On Monday, [Shayanna] Jenkins wept."),
        ("Shayanna wept.", "", "Shayanna [Jenkins] wept."),
        ("Robinson was unarmed.", "", "[Tony Terrell] Robinson was unarmed."),
        # Named in full before, or not opening with the name: as written.
        ("Jenkins has pleaded not guilty.", "Shayanna Jenkins testified.", ""),
        ("Police said Jenkins wept.", "", ""),
        ("Jenkinson wept.", "", ""),
    ],
)
def test_a_person_first_printed_by_one_name_is_given_the_rest_in_brackets(
    text: str, earlier: str, printed: str
) -> None:
    assert in_full(text, [DURST, JENKINS, ROBINSON], earlier) == printed
