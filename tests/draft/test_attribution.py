"""The speaker printed after a quote or a claim, and where the sentence names it already."""

from __future__ import annotations

import pytest

from briefwright.draft.printmarks import attribution
from briefwright.model.briefing import ActorItem, FactItem

BLINKEN = ActorItem(
    "a1", "Antony Blinken", "PERSON", role="US Secretary of State", aliases=["Blinken"]
)


def _claim(text: str, speaker: str = "Antony Blinken") -> FactItem:
    return FactItem("f1", text, 1, 0, kind="claim", speaker=speaker)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # The main clause opens with the speaker, after a leading phrase or without one.
        ("In a call with President Bazoum, Blinken emphasized the US's support.", ""),
        ("Speaking on Friday, Blinken said aid would continue.", ""),
        ("Blinken said aid would continue.", ""),
        # Not named: the attribution prints, his title and family name.
        ("Aid would continue, officials were told.", "US Secretary of State Blinken"),
        ("In a call on Friday, the envoy said aid would go on.", "US Secretary of State Blinken"),
    ],
)
def test_no_attribution_where_the_main_clause_opens_with_the_speaker(
    text: str, printed: str
) -> None:
    assert attribution(_claim(text), [BLINKEN]) == printed
