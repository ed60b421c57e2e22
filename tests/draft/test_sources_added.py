"""Sources added to an open briefing, taken out again, named and graded by the user."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import open_several, propose_several
from briefwright.draft.merge.combine import add_sources
from briefwright.draft.merge.removal import remove_source
from briefwright.draft.printplan import redraft
from briefwright.draft.source_edits import propose_grades, set_grade, set_outlet
from briefwright.model.briefing import Briefing
from briefwright.model.schema import copy_of
from tests.conftest import SAMPLE

MULTI = Path(__file__).parents[1] / "data" / "multi"
PATHS = [SAMPLE, MULTI / "niger-wire-evacuation.txt", MULTI / "niger-daily-differs.txt"]


@pytest.fixture(scope="module")
def proposals() -> list[Briefing]:
    found, errors = propose_several(PATHS)
    assert errors == []
    return found


@pytest.fixture(scope="module")
def batch() -> Briefing:
    return open_several(PATHS)[0]


def _merged(b: Briefing) -> list[tuple[str, list[str], int, list[str]]]:
    return [
        (f.id, [b.mark(r) for r in f.refs], f.corroboration, [c.text for c in f.conflicts])
        for f in b.facts
    ]


def test_adding_to_the_open_briefing_is_the_merge_of_all(
    proposals: list[Briefing], batch: Briefing
) -> None:
    at_once = add_sources(proposals[0], proposals[1:])
    redraft(at_once)
    # What the open briefing ticks stays ticked (the user may have picked it); a briefing
    # made of the articles at once ranks every source's facts for the template's room.
    assert {f.id for f in proposals[0].facts if f.included} <= {
        f.id for f in at_once.facts if f.included
    }
    whole = copy_of(batch)
    for briefing in (at_once, whole):
        for f in briefing.facts:
            f.included = True
        redraft(briefing)
    assert at_once == whole


def test_adding_one_after_another_merges_as_all_at_once(
    proposals: list[Briefing], batch: Briefing
) -> None:
    before = copy_of(proposals[0])
    first = add_sources(proposals[0], proposals[1:2])
    then = add_sources(first, proposals[2:])
    redraft(then)
    assert proposals[0] == before  # the open briefing is not changed
    assert [s.id for s in then.sources] == ["S1", "S2", "S3"]
    assert _merged(then) == _merged(batch)
    assert any(f.conflicts for f in then.facts)


def test_the_user_s_edits_stay_when_a_source_is_added(proposals: list[Briefing]) -> None:
    mine = copy_of(proposals[0])
    mine.facts[0].text = "My own wording."
    mine.facts[1].included = False
    mine.meta.title = "My title"
    out = add_sources(mine, proposals[1:2])
    assert out.meta.title == "My title"
    assert out.facts[0].text == "My own wording."
    assert out.facts[0].id == mine.facts[0].id


def test_removing_a_source_takes_its_items_and_moves_the_later_up(batch: Briefing) -> None:
    out = remove_source(batch, "S2")
    assert [s.id for s in out.sources] == ["S1", "S2"]
    assert out.sources[1].article is batch.sources[2].article
    refs = [r for f in out.facts for r in f.refs] + [r for e in out.events for r in e.refs]
    assert {r.source for r in refs} <= {"S1", "S2"}
    assert all(m.source in {"S1", "S2"} for a in out.actors for m in a.mentions)
    # A fact only the old S2 carried is gone; one S3 carried too now names it S2.
    only_s2 = [f.id for f in batch.facts if {r.source for r in f.refs} == {"S2"}]
    assert only_s2 and not {f.id for f in out.facts} & set(only_s2)
    with_s3 = [f for f in batch.facts if "S3" in {r.source for r in f.refs}]
    kept = {f.id: f for f in out.facts}
    for f in with_s3:
        assert "S2" in {r.source for r in kept[f.id].refs}
        assert all(r.source != "S3" for r in kept[f.id].refs)
    assert all(f.corroboration <= len({r.source for r in f.refs}) for f in out.facts)
    redraft(out)


def test_removing_the_first_source_lets_the_next_lead(batch: Briefing) -> None:
    out = remove_source(batch, "S1")
    assert out.lead_article is batch.sources[1].article
    for f in out.facts:
        if f.origin == "article":
            paragraph = out.paragraph_at(f.ref)
            assert 0 <= f.sentence < len(paragraph.sentences)
    redraft(out)


@pytest.mark.parametrize("sid", ["S9", "S0"])
def test_removing_an_unknown_source_is_refused(batch: Briefing, sid: str) -> None:
    with pytest.raises(ValueError, match=sid):
        remove_source(batch, sid)


def test_the_only_source_stays(proposals: list[Briefing]) -> None:
    with pytest.raises(ValueError, match="at least one"):
        remove_source(proposals[0], "S1")


def test_outlet_and_grade_are_set_and_proposed(batch: Briefing) -> None:
    b = copy_of(batch)
    assert set_outlet(b, "S2", "  Sahel   Wire Service ") == batch.source("S2").outlet
    assert b.source("S2").outlet == "Sahel Wire Service"
    assert set_grade(b, "S2", "B") == "F"
    assert b.source("S2").grade == "B"
    with pytest.raises(ValueError, match="A, B"):
        set_grade(b, "S2", "G")
    with pytest.raises(KeyError):
        set_grade(b, "S7", "A")
    outlet = b.source("S3").outlet
    propose_grades(b, ["S3"], {outlet.upper(): "C"})
    assert b.source("S3").grade == "C"
    propose_grades(b, ["S3"], {outlet: "A"})  # graded already: the user's grade stays
    assert b.source("S3").grade == "C"
