"""A claim, the caveat that qualifies it and the denial that answers it go together."""

from __future__ import annotations

from pathlib import Path

from briefwright.app.pipeline import open_briefing
from briefwright.draft.printmarks import unprinted
from briefwright.draft.together import tick_units, together, units
from briefwright.layout.compose import compose
from briefwright.model.briefing import FactItem

ARTICLE = Path(__file__).parents[1] / "data" / "together" / "claim_caveat_denial.txt"


def _fact(n: int, kind: str, text: str, included: bool = False) -> FactItem:
    return FactItem(id=f"f{n}", text=text, paragraph=n + 1, sentence=0, included=included,
                    original=text, kind=kind)  # type: ignore[arg-type]


def test_a_caveat_and_a_denial_join_the_claim_before_them() -> None:
    facts = [
        _fact(0, "fact", "Fighting began on Saturday."),
        _fact(1, "claim", "Rebels said they had taken the town."),
        _fact(2, "caveat", "The claim could not be independently verified."),
        _fact(3, "claim", "The army denied that the town had fallen."),
        _fact(4, "fact", "A curfew was imposed."),
    ]
    assert units(facts) == [[1, 2, 3]]
    assert together(facts, 3) == [1, 2, 3]
    assert together(facts, 4) == [4]


def test_a_caveat_too_far_from_any_claim_qualifies_the_fact_before_it() -> None:
    facts = [
        _fact(0, "claim", "Rebels said they had taken the town."),
        *(_fact(n, "fact", f"Fact {n} happened.") for n in range(1, 5)),
        _fact(5, "caveat", "This could not be independently verified."),
    ]
    assert units(facts) == [[4, 5]]


def test_ticking_one_ticks_the_others() -> None:
    facts = [
        _fact(0, "claim", "Rebels said they had taken the town.", included=True),
        _fact(1, "caveat", "The claim could not be independently verified."),
    ]
    tick_units(facts)
    assert all(f.included for f in facts)


def test_a_proposed_briefing_ticks_and_prints_the_unit_whole() -> None:
    briefing = open_briefing(ARTICLE)
    assert [f.kind for f in briefing.facts[:3]] == ["claim", "caveat", "claim"]
    assert [f.included for f in briefing.facts[:3]] == [True, True, True]
    compose(briefing)
    assert all(f.printed_in is not None for f in briefing.facts[:3])
    assert not [u for u in unprinted(briefing) if u[0] == "fact"]


def test_a_statement_that_denies_what_was_said_joins_the_claim() -> None:
    facts = [
        _fact(0, "claim", "One officer said Olin attacked him with a knife."),
        _fact(1, "fact", "The family denied the claim, saying Olin was unarmed."),
        _fact(2, "claim", "Rebels said they had taken the town."),
        # Rejecting a measure is no denial of what was said.
        _fact(3, "fact", "The general rejected the sanctions imposed on the country."),
    ]
    assert units(facts) == [[0, 1]]
