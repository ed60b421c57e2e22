"""The article date in the details: editing it dates everything again, undoably."""

from __future__ import annotations

from datetime import date

import pytest

from briefwright.ui.details.article_date import parse_article_date


def test_editing_the_article_date_resolves_every_date_and_undo_restores(window) -> None:  # type: ignore[no-untyped-def]
    field = window.details.article_date
    briefing = window.workspace.require()
    assert field.edit.text() == "2023-11-12" and field.note.isHidden()
    event = next(e for e in briefing.events if e.date_start >= 0)
    before = (event.date, [d.value for d in briefing.dates])
    field.edit.setText("2024-02-20")
    field.edit.editingFinished.emit()
    assert briefing.lead_article.date == date(2024, 2, 20)
    assert event.date != before[0] and [d.value for d in briefing.dates] != before[1]
    assert window.undo_stack.undoText() == "Set article date to 2024-02-20"
    window.undo_stack.undo()
    assert briefing.lead_article.date == date(2023, 11, 12)
    assert (event.date, [d.value for d in briefing.dates]) == before
    assert field.edit.text() == "2023-11-12"


def test_a_date_that_is_no_date_is_refused_with_a_message(window) -> None:  # type: ignore[no-untyped-def]
    field = window.details.article_date
    count = window.undo_stack.count()
    field.edit.setText("yesterday noon")
    field.edit.editingFinished.emit()
    assert window.undo_stack.count() == count
    assert "not a date" in field.note.text() and not field.note.isHidden()


def test_the_date_notes_switch_is_an_undoable_field(window) -> None:  # type: ignore[no-untyped-def]
    field = window.details.article_date
    briefing = window.workspace.require()
    assert field.notes.isChecked() and briefing.date_notes
    field.notes.setChecked(False)
    assert briefing.date_notes is False
    window.undo_stack.undo()
    assert briefing.date_notes is True and field.notes.isChecked()


@pytest.mark.parametrize(
    ("text", "day"), [("", None), (" 2026-03-03 ", date(2026, 3, 3))]
)
def test_parse_article_date(text: str, day: date | None) -> None:
    assert parse_article_date(text) == day


def test_parse_article_date_refuses_words() -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_article_date("3rd of March")
