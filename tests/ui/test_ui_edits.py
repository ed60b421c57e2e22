"""Edits to a Briefing return what undoes them and reject bad arguments early."""

from __future__ import annotations

import pytest

from briefwright.draft import edits
from tests.ui.ui_handmade import small_briefing


@pytest.mark.parametrize("kind", ["sections", "facts", "actors"])
def test_set_included_returns_previous(kind: edits.ItemKind) -> None:
    b = small_briefing()
    assert edits.set_included(b, kind, 1, False) is True
    assert edits.items_of(b, kind)[1].included is False
    assert edits.set_included(b, kind, 1, True) is False


@pytest.mark.parametrize(
    ("source", "dest", "order"),
    [
        (0, 2, ["f2", "f3", "f1", "f4"]),
        (3, 0, ["f4", "f1", "f2", "f3"]),
        (1, 1, ["f1", "f2", "f3", "f4"]),
    ],
)
def test_move_item_and_back(source: int, dest: int, order: list[str]) -> None:
    b = small_briefing()
    edits.move_item(b, "facts", source, dest)
    assert [f.id for f in b.facts] == order
    edits.move_item(b, "facts", dest, source)
    assert [f.id for f in b.facts] == ["f1", "f2", "f3", "f4"]


@pytest.mark.parametrize(("source", "dest"), [(-1, 0), (0, 4), (9, 0)])
def test_move_outside_the_list_is_rejected(source: int, dest: int) -> None:
    with pytest.raises(IndexError):
        edits.move_item(small_briefing(), "facts", source, dest)


def test_texts_are_stripped_and_blank_is_rejected() -> None:
    b = small_briefing()
    assert edits.set_fact_text(b, 0, "  New words. ") == "Troops seized the palace."
    assert b.facts[0].text == "New words."
    assert b.facts[0].original == "Troops seized the palace."
    assert edits.set_heading(b, 2, "What next") == "Outlook"
    with pytest.raises(ValueError, match="blank"):
        edits.set_fact_text(b, 0, " \n ")
    with pytest.raises(ValueError, match="blank"):
        edits.set_heading(b, 0, "")


@pytest.mark.parametrize("field", edits.META_FIELDS)
def test_set_meta(field: edits.MetaField) -> None:
    b = small_briefing()
    previous = getattr(b.meta, field)
    assert edits.set_meta(b, field, "X") == previous
    assert getattr(b.meta, field) == "X"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda b: edits.set_meta(b, "colour", "x"), "title-block field"),  # type: ignore[arg-type]
        (lambda b: edits.set_text(b, "title", "x"), "text field"),  # type: ignore[arg-type]
        (lambda b: edits.items_of(b, "judgments"), "item kind"),  # type: ignore[arg-type]
        (lambda b: edits.set_template(b, " "), "blank"),
    ],
)
def test_unknown_names_are_rejected(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        call(small_briefing())


def test_snapshot_is_independent_and_shares_the_article() -> None:
    b = small_briefing()
    copy = edits.snapshot(b)
    assert copy == b
    edits.set_included(b, "sections", 0, False)
    edits.set_fact_text(b, 1, "Changed.")
    edits.set_meta(b, "title", "Other")
    edits.move_item(b, "actors", 0, 1)
    assert copy.sections[0].included and copy.facts[1].text != "Changed."
    assert copy.meta.title == "Coup in Niger" and copy.actors[0].id == "a1"
    assert copy.lead_article is b.lead_article


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ECOWAS sanctions", "ECOWAS sanctions"),
        (
            "The Economic Community of West African States imposed sanctions",
            "The Economic Community of…",
        ),
        ("  line\nbreaks   here ", "line breaks here"),
    ],
)
def test_short_label(text: str, label: str) -> None:
    assert edits.short_label(text) == label
