"""Two facts merged by hand wherever they stand in the list: the facts offered for it, named by
their references, and the merge itself at the first fact's place."""

from __future__ import annotations

import pytest

from briefwright.draft import own_content as own
from briefwright.draft.edits import short_label
from briefwright.draft.merge_by_hand import (
    Partner,
    fact_label,
    fact_mark,
    merge_apart,
    merge_partners,
    merge_steps,
    partner_matches,
)
from briefwright.model.briefing import NO_PARAGRAPH, Briefing, FactItem


def _row(b: Briefing, source: str, last: bool = False) -> int:
    """Return the row of the first (or last) fact only ``source`` carries."""
    rows = [n for n, f in enumerate(b.facts) if f.source == source and not f.also]
    return rows[-1] if last else rows[0]


def _ids_but(b: Briefing, *gone: str) -> list[str]:
    return [f.id for f in b.facts if f.id not in gone]


def test_two_facts_apart_merge_at_the_first_s_place(four: Briefing) -> None:
    a, c = _row(four, "S1"), _row(four, "S3", last=True)
    assert c > a + 1
    first, second = four.facts[a], four.facts[c]
    expected = own.merge_facts(first, second, four)
    others = _ids_but(four, second.id)
    count = len(four.facts)
    assert merge_apart(four, a, c) == a
    merged = four.facts[a]
    assert merged == expected
    assert (merged.id, merged.text, merged.source) == (first.id, first.text, "S1")
    assert merged.refs == [first.ref, second.ref]
    assert merged.corroboration == 2
    assert merged.included == (first.included or second.included)
    assert len(four.facts) == count - 1
    assert [f.id for f in four.facts] == others


def test_a_fact_merged_with_one_before_it_keeps_its_place_among_the_others(
    four: Briefing,
) -> None:
    a, c = _row(four, "S3", last=True), _row(four, "S1")
    first, second = four.facts[a], four.facts[c]
    others = _ids_but(four, second.id)
    row = merge_apart(four, a, c)
    assert row == a - 1
    assert four.facts[row].id == first.id
    assert four.facts[row].refs == [first.ref, second.ref]
    assert [f.id for f in four.facts] == others


def test_corroboration_is_recounted_as_the_merge_of_sources_counts(four: Briefing) -> None:
    # A wire story and its syndicated copy count once: with a daily's fact, two sources.
    a = next(n for n, f in enumerate(four.facts) if {r.source for r in f.refs} == {"S2", "S4"})
    c = _row(four, "S3", last=True)
    assert c > a + 1 and four.facts[a].corroboration == 1
    carried, daily = four.facts[a], four.facts[c]
    row = merge_apart(four, a, c)
    assert four.facts[row].refs == [*carried.refs, daily.ref]
    assert four.facts[row].corroboration == 2


def test_neighbours_merge_without_a_move_and_a_fact_not_with_itself(four: Briefing) -> None:
    a = _row(four, "S1")
    steps = merge_steps(four, a, a + 1)
    assert steps.move is None and steps.at == a
    assert merge_steps(four, a, a + 3).move == (a + 3, a + 1)
    assert merge_steps(four, a + 3, a).move == (a, a + 3)
    with pytest.raises(ValueError, match="itself"):
        merge_steps(four, a, a)
    with pytest.raises(IndexError):
        merge_steps(four, a, len(four.facts))


def test_partners_of_other_sources_come_first_named_by_their_references(
    four: Briefing,
) -> None:
    a = _row(four, "S1")
    partners = merge_partners(four, a)
    assert sorted(p.row for p in partners) == [n for n in range(len(four.facts)) if n != a]
    kinds = [p.other_sources for p in partners]
    assert kinds == sorted(kinds, reverse=True)  # other sources first
    first = four.facts[a]
    for p in partners:
        fact = four.facts[p.row]
        assert p.other_sources == ("S1" not in {r.source for r in fact.refs})
        assert p.label == f"{fact_mark(fact, four)}  {short_label(fact.text, 70)}"
    # Each group keeps the order of the list.
    for flag in (True, False):
        rows = [p.row for p in partners if p.other_sources == flag]
        assert rows == sorted(rows)
    c = _row(four, "S3", last=True)
    label = next(p.label for p in partners if p.row == c)
    assert label.startswith(f"[S3 ¶{four.facts[c].paragraph}]  ")
    assert first.id not in {four.facts[p.row].id for p in partners}


def test_a_fact_is_named_by_all_its_references_or_as_your_own(four: Briefing) -> None:
    carried = next(f for f in four.facts if len(f.refs) == 4)
    assert fact_mark(carried, four) == "[S1 ¶6, S2 ¶4, S3 ¶4, S4 ¶4]"
    assert fact_mark(carried) == "[¶6, ¶4, ¶4, ¶4]"
    mine = FactItem("own-f1", "Our own view of the coup and what follows.", NO_PARAGRAPH, -1)
    assert fact_label(mine, four, 20) == "[own]  Our own view of the…"


def test_the_filter_matches_every_word_in_any_case() -> None:
    partner = Partner(3, "[S2 ¶3]  Troops closed the border", True)
    assert partner_matches(partner, "")
    assert partner_matches(partner, "s2 BORDER")
    assert partner_matches(partner, "¶3")
    assert not partner_matches(partner, "s3 border")
