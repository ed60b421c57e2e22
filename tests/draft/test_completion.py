"""Each kind of part has its rule for "to complete": a required part with nothing to show
says so in the Document, on the command line and in the window's export message."""

from __future__ import annotations

import pytest

from briefwright.draft.completion import part_state, to_complete
from briefwright.draft.partkinds import PART_INFO
from briefwright.draft.templates import PART_KINDS, WRITTEN_PARTS, Part
from briefwright.model.briefing import Briefing
from tests.briefings import small_briefing

# The kinds that always have something to print: the article's details, the advice library.
ALWAYS_FILLED = {"sources", "advice"}


def _emptied() -> Briefing:
    """Return a briefing that picks nothing and whose written parts are blank."""
    b = small_briefing()
    for items in (b.facts, b.actors, b.events, b.sections):
        for item in items:
            item.included = False
    b.actors = []
    b.bottom_line = b.comment = b.risk_level = b.locations = ""
    for kind in WRITTEN_PARTS:
        setattr(b, kind, "")
    b.judgments = []
    return b


@pytest.mark.parametrize("kind", PART_KINDS)
def test_a_required_part_of_every_kind_is_to_complete_when_it_has_nothing(kind: str) -> None:
    part = Part(kind, PART_INFO[kind].name, required=True)  # type: ignore[arg-type]
    expected = "filled" if kind in ALWAYS_FILLED else "to complete"
    assert part_state(_emptied(), part) == expected
    optional = Part(kind, PART_INFO[kind].name)  # type: ignore[arg-type]
    assert part_state(_emptied(), optional) == ("filled" if kind in ALWAYS_FILLED else "empty")


def test_to_complete_lists_the_blank_required_parts_in_the_template_order() -> None:
    b = small_briefing()  # a BLUF memo without key judgments or implications
    assert to_complete(b) == ["Key judgments", "Implications"]
    b.bottom_line = " "
    assert to_complete(b) == ["Bottom line up front", "Key judgments", "Implications"]
