"""A fact several sources carry split into one fact per source, and facts of different
sources merged by hand into one: references, count and "sources differ" as a merge gives."""

from __future__ import annotations

import pytest

from briefwright.draft import own_content as own
from briefwright.model.briefing import NO_PARAGRAPH, Briefing, FactItem
from briefwright.model.sources import SourceRef


def _carried_by(b: Briefing, count: int, differs: bool = False) -> FactItem:
    return next(
        f for f in b.facts if len(f.refs) == count and bool(f.conflicts) == differs
    )


def test_a_merged_fact_splits_into_one_fact_per_source(four: Briefing) -> None:
    fact = _carried_by(four, 4)  # Ecowas's sanctions: S1, S2, S3 and S2's copy
    parts = own.split_by_source(four, fact)
    assert [p.ref for p in parts] == fact.refs
    first, *others = parts
    assert (first.id, first.text, first.source) == (fact.id, fact.text, fact.source)
    assert all(p.also == [] and p.corroboration == 1 and p.conflicts == [] for p in parts)
    taken = {f.id for f in four.facts}
    assert len({p.id for p in others}) == len(others)
    assert not {p.id for p in others} & taken
    for part in others:
        # Worded as that source's sentence, which is the sentence it cites.
        para = four.paragraph_at(part.ref)
        span = para.sentences[part.sentence]
        assert part.text == " ".join(para.text[span.start : span.end].split())
        assert part.original == part.text
        assert "ecowas" in part.text.lower()


def test_only_a_fact_several_sources_carry_splits_by_source(four: Briefing) -> None:
    alone = _carried_by(four, 1)
    with pytest.raises(ValueError, match="several sources"):
        own.split_by_source(four, alone)


@pytest.mark.parametrize("differs", [False, True])
def test_merging_the_parts_back_gives_the_fact_as_merged(four: Briefing, differs: bool) -> None:
    fact = _carried_by(four, 3 if differs else 4, differs)
    parts = own.split_by_source(four, fact)
    merged = parts[0]
    for part in parts[1:]:
        merged = own.merge_facts(merged, part, four)
    assert merged.refs == fact.refs
    assert merged.text == fact.text
    assert merged.corroboration == fact.corroboration
    assert sorted(merged.conflicts, key=repr) == sorted(fact.conflicts, key=repr)


def test_two_facts_of_different_sources_merge_by_hand(four: Briefing) -> None:
    s1 = next(f for f in four.facts if f.source == "S1" and not f.also)
    s3 = next(f for f in four.facts if f.source == "S3" and not f.also)
    merged = own.merge_facts(s1, s3, four)
    assert merged.text == s1.text
    assert (merged.id, merged.source) == (s1.id, "S1")
    assert merged.refs == [s1.ref, s3.ref]
    assert merged.corroboration == 2
    assert merged.included == (s1.included or s3.included)


def test_a_syndicated_copy_merged_by_hand_is_no_second_source(four: Briefing) -> None:
    s2 = FactItem("a", "The wire's fact.", 1, 0, source="S2")
    s4 = FactItem("b", "The copy's fact.", 1, 0, source="S4")
    assert own.merge_facts(s2, s4, four).corroboration == 1


def test_facts_of_one_source_merge_as_words_and_keep_their_source(four: Briefing) -> None:
    s3 = [f for f in four.facts if f.source == "S3" and not f.also][:2]
    merged = own.merge_facts(s3[0], s3[1], four)
    assert merged.text == f"{s3[0].text} {s3[1].text}"
    assert merged.ref == s3[0].ref
    # A fact sharing a source with another is not a second report of it: words join.
    carried = _carried_by(four, 4)
    with_s1 = next(f for f in four.facts if f.source == "S1" and not f.also)
    joined = own.merge_facts(carried, with_s1, four)
    assert joined.text.endswith(with_s1.text)
    assert joined.refs == carried.refs


def test_an_own_fact_merged_takes_the_other_s_source(four: Briefing) -> None:
    mine = FactItem("own-f1", "Our view.", NO_PARAGRAPH, -1, origin="analyst")
    s3 = next(f for f in four.facts if f.source == "S3")
    merged = own.merge_facts(mine, s3, four)
    assert merged.ref == SourceRef("S3", s3.paragraph)
    assert merged.origin == "analyst"
    assert merged.text == f"Our view. {s3.text}"


def test_a_fact_split_in_words_keeps_its_sources_and_new_ids_stay_free(four: Briefing) -> None:
    fact = _carried_by(four, 4)
    index = four.facts.index(fact)
    parts = own.split_fact(fact, ["One half.", "Other half."], four)
    assert [p.refs for p in parts] == [fact.refs, fact.refs]
    own.replace_facts(four, index, 1, parts)
    again = own.split_fact(four.facts[index], ["A.", "B."], four)
    ids = [f.id for f in four.facts]
    assert again[1].id not in ids
    assert len(set(ids)) == len(ids)
