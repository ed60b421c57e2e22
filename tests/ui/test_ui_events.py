"""The timeline's events as outline rows: ticked into the timeline or left out, reworded,
every change undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefwright.draft.printmarks import unprinted
from briefwright.layout.compose import compose
from briefwright.layout.compose_parts import TIMELINE_COLUMNS
from briefwright.model.document import Table
from briefwright.ui import commands


def _timeline(briefing) -> str:  # type: ignore[no-untyped-def]
    """Return the printed timeline's rows as text ("" when none prints)."""
    blocks = compose(briefing).blocks
    tables = [b for b in blocks if isinstance(b, Table) and b.header == TIMELINE_COLUMNS]
    return repr([t.rows for t in tables]) if tables else ""


def test_events_are_rows_that_tick_and_reword(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    window.undo_stack.push(commands.SetField(ws, "template", "sitrep"))
    briefing = ws.require()
    model = window.outline_model
    event = briefing.events[0]
    group = model.item_index("events", 0).parent()
    assert model.data(group) == f"Events  (1 of {len(briefing.events)})"
    index = model.item_index("events", 0)
    assert event.text in model.data(index)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert event.printed_in is not None and event.text in _timeline(briefing)

    # Unticked: off the printed timeline, and not reported as "not shown".
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not event.included and event.printed_in is None and event.not_printed == ""
    assert all(kind != "event" for kind, _text, _why in unprinted(briefing))
    assert event.text not in _timeline(briefing)
    assert "not shown" not in model.data(index)
    assert window.undo_stack.undoText().startswith("Exclude")
    window.undo_stack.undo()
    assert event.included and event.text in _timeline(briefing)

    # Reworded in the tree (F2): the timeline prints the new words; undo puts back the old.
    old = event.text
    assert model.setData(index, "Troops seized power in Niamey.", Qt.ItemDataRole.EditRole)
    assert event.text == "Troops seized power in Niamey."
    assert "Troops seized power in Niamey." in _timeline(briefing)
    assert window.undo_stack.undoText() == "Reword event 1"
    window.undo_stack.undo()
    assert event.text == old


def test_events_keep_their_date_order(window) -> None:  # type: ignore[no-untyped-def]
    model = window.outline_model
    index = model.item_index("events", 0)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    group = index.parent()
    assert not model.moveRows(group, 0, 1, group, 1)


def test_an_event_row_shows_its_paragraph_in_the_article(window) -> None:  # type: ignore[no-untyped-def]
    view = window.outline_view
    view.select_item("events", 0)
    assert view.selected_item() == ("events", 0)
    assert window.menu_actions.rename.isEnabled()
    assert not window.menu_actions.move_up.isEnabled()
