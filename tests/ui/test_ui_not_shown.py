"""The window says which ticked items the template leaves off the page, before any export."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefwright.ui import commands


def _said(note) -> str:  # type: ignore[no-untyped-def]
    """Return what the note says, each line whole (the pane shows them cut to its width)."""
    return "\n".join(note.shown_lines())


def test_the_note_lists_what_the_template_does_not_print(window) -> None:  # type: ignore[no-untyped-def]
    note = window.not_shown
    briefing = window.workspace.require()
    assert briefing.template == "bluf-memo"
    # The memo has no timeline: the ticked event is the one item it leaves out.
    assert not note.isHidden() and "1 ticked item not shown in the BLUF memo" in _said(note)
    assert "the BLUF memo has no timeline" in _said(note)
    window.undo_stack.push(commands.SetField(window.workspace, "template", "travel-alert"))
    assert not note.isHidden()
    assert "not shown in the Travel-security alert" in _said(note)
    assert "no actors table" in note.toolTip()
    actor = next(a for a in briefing.actors if a.included)
    assert f"Actor ‘{actor.name}’" in note.toolTip()
    # The outline says it on the row too.
    row = briefing.actors.index(actor)
    index = window.outline_model.item_index("actors", row)
    assert "not shown" in window.outline_model.data(index, Qt.ItemDataRole.DisplayRole)
    window.undo_stack.undo()
    assert "1 ticked item" in _said(note)
    event_row = next(i for i, e in enumerate(briefing.events) if e.included)
    window.workspace.apply_event(event_row, None)
    assert "ticked item" not in _said(note)
    # The sample is years older than the briefing's date-time group: the note says so.
    assert _said(note).startswith("Source dated 12 Nov 2023, ")


def test_each_line_of_the_note_keeps_to_one_line_of_a_small_window(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(900, 600)
    note = window.not_shown
    qtbot.waitUntil(lambda: note.width() < 300)
    shown = note.text().splitlines()
    assert len(shown) == len(note.shown_lines()) >= 2
    metrics = note.fontMetrics()
    assert all(metrics.horizontalAdvance(line) <= note.contentsRect().width() for line in shown)
    assert any(line.endswith("…") for line in shown)  # cut, and whole in the tooltip
    assert note.height() <= (len(shown) + 1) * metrics.lineSpacing() + 16


def test_a_fact_row_shows_how_it_prints(window) -> None:  # type: ignore[no-untyped-def]
    briefing = window.workspace.require()
    model = window.outline_model
    for row, fact in enumerate(briefing.facts):
        shown = model.data(model.item_index("facts", row), Qt.ItemDataRole.DisplayRole)
        if fact.printed_as.startswith("Key fact "):
            assert shown.startswith(fact.printed_as.removeprefix("Key fact ") + ". ")
        elif fact.printed_in == "bottom_line":
            assert shown.startswith(f"{fact.printed_as}: ")
    section = briefing.sections[0]
    shown = model.data(model.item_index("sections", 0), Qt.ItemDataRole.DisplayRole)
    assert shown.startswith(section.heading)
    if section.pointer and not section.printed:
        assert shown.endswith(f"→ {section.pointer}")


def test_a_key_fact_moves_to_its_section_in_one_undoable_step(window) -> None:  # type: ignore[no-untyped-def]
    briefing = window.workspace.require()
    row = next(i for i, f in enumerate(briefing.facts) if f.printed_in == "key_facts")
    fact = briefing.facts[row]
    window.outline_view.select_item("facts", row)
    action = window.desk_actions.to_section
    assert action.isEnabled()
    action.trigger()
    home = next(s for s in briefing.sections if fact.paragraph in s.paragraphs)
    assert not fact.included and fact.id in home.printed
    assert home.heading  # the section prints it under its heading
    window.undo_stack.undo()  # one step puts both back
    assert fact.included and fact.printed_in == "key_facts" and fact.id not in home.printed
    window.outline_view.select_item("actors", 0)
    assert not action.isEnabled()
