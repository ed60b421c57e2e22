"""A fact's credibility (1–6) proposed from its sources and their grades, set by hand, kept in
the project and printed as a compact grade (``B2``) beside the fact with several sources."""

from __future__ import annotations

import json
import re

import pytest

from briefwright.draft.credibility import (
    best_grade,
    compact_grade,
    credibility,
    proposed_credibility,
    set_credibility,
)
from briefwright.draft.source_edits import set_grade
from briefwright.layout.compose import compose
from briefwright.model.briefing import NO_PARAGRAPH, Briefing, FactItem
from briefwright.model.document import ListBlock
from briefwright.model.sources import Conflict, SourceRef
from briefwright.store.project import dumps, loads
from tests.briefings import small_briefing


def _fact(sources: list[str], conflicts: bool = False) -> FactItem:
    """Return a fact standing in paragraph 1 of each of ``sources``, the first its own."""
    fact = FactItem("x", "A fact.", 1, 0, source=sources[0])
    fact.also = [SourceRef(s, 1) for s in sources[1:]]
    if conflicts:
        fact.conflicts = [
            Conflict("12 killed", (fact.ref,)),
            Conflict("15 killed", (fact.also[0],)),
        ]
    return fact


@pytest.mark.parametrize(
    ("grades", "sources", "conflicts", "expected"),
    [
        ("BCFF", ["S1", "S2"], False, "1"),  # two independent sources graded A–C
        ("BCFF", ["S1", "S2"], True, "2"),  # … that differ on a figure
        ("AFFF", ["S1"], False, "2"),  # one source graded A
        ("BFFF", ["S1"], False, "2"),  # … or B
        ("CDFF", ["S1", "S2"], False, "2"),  # a C source and another independent one
        ("CFFF", ["S1"], False, "3"),  # one source graded C
        ("DEFF", ["S1", "S2"], False, "3"),  # two independent unreliable sources
        ("DFFF", ["S1"], False, "4"),  # only a source graded D
        ("EFFF", ["S1", "S3"], False, "4"),  # E, and an ungraded source that counts for nothing
        ("FFFF", ["S1", "S2", "S3"], False, "6"),  # only ungraded sources
        ("FAFA", ["S2", "S4"], False, "2"),  # a syndicated copy is not a second source
        ("FAAA", ["S2", "S3", "S4"], False, "1"),  # … but an independent daily is
    ],
)
def test_credibility_is_proposed_from_the_sources_and_their_grades(
    four: Briefing, grades: str, sources: list[str], conflicts: bool, expected: str
) -> None:
    for source, grade in zip(four.sources, grades, strict=True):
        set_grade(four, source.id, grade)
    fact = _fact(sources, conflicts)
    assert proposed_credibility(four, fact) == expected
    best = min(g for s, g in zip(four.sources, grades, strict=True) if s.id in sources)
    assert compact_grade(four, fact) == f"{best}{expected}"


def test_an_own_fact_citing_nothing_cannot_be_judged(four: Briefing) -> None:
    own = FactItem("own-f1", "Our own view.", NO_PARAGRAPH, -1, origin="analyst")
    assert proposed_credibility(four, own) == "6"
    assert best_grade(four, own) == ""
    assert compact_grade(four, own) == ""


def test_set_by_hand_the_credibility_stays_whatever_the_grades(four: Briefing) -> None:
    merged = next(n for n, f in enumerate(four.facts) if f.corroboration >= 2)
    fact = four.facts[merged]
    assert set_credibility(four, merged, "5") == ""
    for source in four.sources:
        set_grade(four, source.id, "A")
    assert credibility(four, fact) == "5"
    assert compact_grade(four, fact) == "A5"
    assert set_credibility(four, merged, "") == "5"
    assert credibility(four, fact) == proposed_credibility(four, fact)
    with pytest.raises(ValueError, match="credibility"):
        set_credibility(four, merged, "7")


def _fact_lines(briefing: Briefing) -> list[str]:
    return [
        "".join(r.text for r in item)
        for block in compose(briefing).blocks
        if isinstance(block, ListBlock)
        for item in block.items
    ]


def test_the_compact_grade_prints_beside_each_fact_with_several_sources(four: Briefing) -> None:
    set_grade(four, "S1", "B")
    set_grade(four, "S2", "A")
    lines = _fact_lines(four)
    # Ecowas's sanctions, in S1 (B), S2 (A), S3 and S2's copy: two independent A–C sources.
    assert any(line.endswith("[S1 ¶6, S2 ¶4, S3 ¶4, S4 ¶4] A1 (3 sources)") for line in lines)
    # The wire story and its syndicated copy: one source graded A, not a confirmation.
    assert any(line.endswith("[S2 ¶2, S4 ¶2] A2") for line in lines)
    # The sample's own facts: one source graded B.
    assert any(re.search(r"\[S1 ¶\d+\] B2$", line) for line in lines)
    # The daily's own facts: one ungraded source.
    only_s3 = [line for line in lines if line.endswith(("[S3 ¶1] F6", "[S3 ¶5] F6"))]
    assert only_s3
    legend = [
        "".join(r.text for r in b.runs)
        for b in compose(four).blocks
        if hasattr(b, "runs") and "Beside a fact" in "".join(r.text for r in b.runs)
    ]
    assert legend and "6 cannot be judged" in legend[0]


def test_no_grade_prints_with_one_source() -> None:
    briefing = small_briefing()
    assert all(" F6" not in line and " F2" not in line for line in _fact_lines(briefing))


def test_the_credibility_set_is_saved_and_an_older_file_loads_as_proposed(four: Briefing) -> None:
    set_credibility(four, 0, "3")
    again = loads(dumps(four))
    assert again.facts[0].credibility == "3"
    assert again == four
    # A file saved before credibility was kept: no such field, every fact as proposed.
    data = json.loads(dumps(four))
    for fact in data["facts"]:
        fact.pop("credibility", None)
    older = loads(json.dumps(data).encode())
    assert [f.credibility for f in older.facts] == [""] * len(four.facts)
    data["facts"][0]["credibility"] = "9"
    with pytest.raises(Exception, match="credibility"):
        loads(json.dumps(data).encode())
