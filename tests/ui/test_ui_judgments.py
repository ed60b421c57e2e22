"""The details panel's template parts, full-text sections and key judgments, all undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefwright.draft.summary import printed_sentences


def test_parts_show_their_state_in_template_order(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.details.judgment_panel
    model = panel.parts_model
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows[0] == "Bottom line up front — done"
    assert "Key judgments — To complete" in rows
    assert rows[-1] == "Sources and notes — done"
    # Unticking a part leaves it out; undo puts it back.
    judgments_row = rows.index("Key judgments — To complete")
    model.setData(
        model.index(judgments_row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert window.workspace.require().omitted_parts == ["judgments"]
    assert model.index(judgments_row, 0).data() == "Key judgments — left out"
    window.undo_stack.undo()
    assert window.workspace.require().omitted_parts == []


def test_section_full_text_toggle_is_undoable(window) -> None:  # type: ignore[no-untyped-def]
    model = window.details.judgment_panel.sections_model
    model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert window.workspace.require().sections[0].display == "full"
    window.undo_stack.undo()
    assert window.workspace.require().sections[0].display == "summary"


def test_draft_edit_and_undo_a_judgment(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.details.judgment_panel
    briefing = window.workspace.require()
    if panel.estimative_combo.count() == 0:
        panel.add_button.click()
        assert briefing.judgments[0].statement == ""
    else:
        panel.draft_button.click()
        fact = next(f for f in briefing.facts if f.id == briefing.judgments[0].origin)
        assert briefing.judgments[0].statement == fact.text
    model = panel.judgments_model
    assert model.setData(model.index(0, 1), "likely")
    assert model.setData(model.index(0, 2), "high")
    assert not model.setData(model.index(0, 2), "total")
    assert model.setData(model.index(0, 3), "¶2, 4")
    assert model.index(0, 3).data() == "¶2, ¶4"
    assert not model.setData(model.index(0, 3), "¶999")
    assert (briefing.judgments[0].likelihood, briefing.judgments[0].confidence) == (
        "likely",
        "high",
    )
    for _ in range(4):
        window.undo_stack.undo()
    assert briefing.judgments == []


def test_risk_level_is_an_undoable_field(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.details.judgment_panel
    panel.risk_combo.activated.emit(panel.risk_combo.findData("high"))
    assert window.workspace.require().risk_level == "high"
    window.undo_stack.undo()
    assert window.workspace.require().risk_level == ""


def test_pick_and_reword_a_sections_sentences(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.details.judgment_panel
    briefing = window.workspace.require()
    row = max(range(len(briefing.sections)), key=lambda i: len(briefing.sections[i].paragraphs))
    panel.sections_view.setCurrentIndex(panel.sections_model.index(row, 0))
    model = panel.sentences_model
    assert model.section_row == row and model.rowCount() >= 2
    unticked = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        # a sentence no other part prints: the summary then shows it
        and not model._facts[r].included
        and model._facts[r].id not in briefing.bottom_line_refs
    )
    assert model.setData(
        model.index(unticked, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    section = briefing.sections[row]
    assert section.chosen is not None and model._facts[unticked].id in section.chosen
    assert model.setData(model.index(unticked, 0), "Trimmed.", Qt.ItemDataRole.EditRole)
    assert section.sentence_wording == {model._facts[unticked].id: "Trimmed."}
    assert "Trimmed." in [s.text for s in printed_sentences(briefing, section)]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert section.chosen is None and section.sentence_wording == {}


def test_validity_and_written_parts_are_undoable_fields(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.details.judgment_panel
    briefing = window.workspace.require()
    panel.validity["valid_to"].textEdited.emit("2023-11-19")
    panel.boxes["next_steps"].setPlainText("Review on Friday.")
    assert (briefing.valid_to, briefing.next_steps) == ("2023-11-19", "Review on Friday.")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert (briefing.valid_to, briefing.next_steps) == ("", "")
    assert panel.validity["valid_to"].text() == ""
