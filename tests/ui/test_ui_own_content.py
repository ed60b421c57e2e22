"""The analyst's own content in the real window: added, split, merged and edited, all undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from briefwright.model.briefing import NO_PARAGRAPH
from briefwright.ui.own import dialogs as own_dialogs
from tests.ui.ui_readback import action, docx_lines, export, pdf_lines

OWN = "The junta is unlikely to yield before the rainy season."


def test_added_fact_is_in_both_exports_and_undoes(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(own_dialogs, "ask_fact", lambda *a: (OWN, NO_PARAGRAPH))
    before = len(window.workspace.require().facts)
    action(window, "actionAddFact").trigger()
    facts = window.workspace.require().facts
    assert len(facts) == before + 1
    added = next(f for f in facts if f.text == OWN)
    assert added.origin == "analyst"
    group = window.outline_model.index(1, 0)
    assert window.outline_model.rowCount(group) == before + 1
    pdf = export(qtbot, window, monkeypatch, tmp_path / "own.pdf", "pdf")
    docx = export(qtbot, window, monkeypatch, tmp_path / "own.docx", "docx")
    assert any(OWN in line and "[¶" not in line for line in pdf_lines(pdf))
    assert any(line.endswith(OWN) for line in docx_lines(docx))
    window.undo_stack.undo()
    assert len(window.workspace.require().facts) == before
    assert window.outline_model.rowCount(group) == before


def test_selected_article_text_becomes_a_fact(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.source_view
    briefing = window.workspace.require()
    paragraph = briefing.lead_article.paragraphs[2]
    words = " ".join(paragraph.text.split()[:6])
    cursor = view.document().find(words)
    assert not cursor.isNull()
    view.setTextCursor(cursor)
    use = action(window, "actionUseAsFact")
    assert use.isEnabled()
    use.trigger()
    made = [f for f in briefing.facts if f.text == words]
    assert len(made) == 1
    assert made[0].paragraph == paragraph.id
    view.moveCursor(QTextCursor.MoveOperation.Start)
    assert not use.isEnabled()


def test_paragraph_rows_are_excluded_and_reworded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.outline_model
    view = window.outline_view
    section_index = model.item_index("sections", 0)
    child = model.index(0, 0, section_index)
    view.setCurrentIndex(child)
    assert action(window, "actionToggleIncluded").isEnabled()
    assert action(window, "actionRename").isEnabled()
    assert not action(window, "actionMoveUp").isEnabled()
    section = window.workspace.require().sections[0]
    pid = section.paragraphs[0]
    action(window, "actionToggleIncluded").trigger()
    assert pid in section.left_out
    assert model.data(child, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    window.undo_stack.undo()
    assert pid not in section.left_out
    assert model.setData(child, "A trimmed paragraph.", Qt.ItemDataRole.EditRole)
    assert section.wording[pid] == "A trimmed paragraph."
    assert "A trimmed paragraph." in model.data(child)
    window.undo_stack.undo()
    assert pid not in section.wording


def test_actions_that_cannot_apply_are_disabled(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.outline_view
    view.setCurrentIndex(window.outline_model.item_index("actors", 0))
    assert not action(window, "actionRename").isEnabled()
    assert action(window, "actionToggleIncluded").isEnabled()
    assert not action(window, "actionSplitFact").isEnabled()
    view.setCurrentIndex(window.outline_model.index(0, 0))  # a group
    assert not action(window, "actionToggleIncluded").isEnabled()
    assert not action(window, "actionMoveDown").isEnabled()


def test_split_and_merge_facts(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    facts = window.workspace.require().facts
    before = [f.text for f in facts]
    window.outline_view.select_item("facts", 0)
    monkeypatch.setattr(own_dialogs, "ask_split", lambda *a: "First part.\nSecond part.")
    action(window, "actionSplitFact").trigger()
    assert [f.text for f in facts[:2]] == ["First part.", "Second part."]
    assert len(facts) == len(before) + 1
    window.outline_view.select_item("facts", 0)
    action(window, "actionMergeFacts").trigger()
    assert facts[0].text == "First part. Second part."
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [f.text for f in facts] == before


def test_add_section_and_add_selection_to_it(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(own_dialogs, "ask_section", lambda *a: ("Our view", "Watch Niamey."))
    window.outline_view.select_item("sections", 0)
    action(window, "actionAddSection").trigger()
    sections = window.workspace.require().sections
    assert sections[1].heading == "Our view"
    assert sections[1].origin == "analyst"
    assert window.outline_view.selected_item() == ("sections", 1)
    article = window.workspace.require().lead_article
    cursor = window.source_view.document().find(article.paragraphs[-1].text[:30])
    window.source_view.setTextCursor(cursor)
    assert action(window, "actionAddToSection").isEnabled()
    menu = window.desk.own_content.section_menu(window)
    assert [a.text() for a in menu.actions()] == [s.heading for s in sections]
    menu.actions()[1].trigger()
    assert sections[1].paragraphs == [article.paragraphs[-1].id]
    assert window.outline_model.rowCount(window.outline_model.item_index("sections", 1)) == 1
    window.undo_stack.undo()
    assert sections[1].paragraphs == []
    window.undo_stack.undo()
    assert all(s.heading != "Our view" for s in sections)


def test_add_actor(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(own_dialogs, "ask_actor", lambda *a: ("Wagner Group", "ORG", "PMC"))
    action(window, "actionAddActor").trigger()
    actors = window.workspace.require().actors
    assert actors[-1].name == "Wagner Group"
    assert actors[-1].origin == "analyst"


def test_add_event_goes_into_the_timeline_in_date_order(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(own_dialogs, "ask_event", lambda *a: ("1999-01-01", "Earlier.", 0))
    before = len(window.workspace.require().events)
    action(window, "actionAddEvent").trigger()
    events = window.workspace.require().events
    assert events[0].text == "Earlier."
    assert len(events) == before + 1
    window.undo_stack.undo()
    assert len(window.workspace.require().events) == before


def test_own_paragraphs_close_a_section_in_print(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.ui_readback import wait_preview

    mine = "Our reading: the junta will hold the capital through the dry season."
    monkeypatch.setattr(own_dialogs, "ask_paragraphs", lambda *a: mine)
    window.outline_view.select_item("sections", 0)
    paragraphs = action(window, "actionOwnParagraphs")
    assert paragraphs.isEnabled()
    wait_preview(qtbot, window, paragraphs.trigger)
    assert window.workspace.require().sections[0].text == mine
    printed = window.preview.document.plain_lines()
    assert any("junta will hold the capital" in line for line in printed)
    window.undo_stack.undo()
    assert window.workspace.require().sections[0].text == ""
    window.outline_view.select_item("facts", 0)
    assert not paragraphs.isEnabled()


def test_using_an_unticked_facts_sentence_ticks_that_fact(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.source_view
    briefing = window.workspace.require()
    row, fact = next(
        (i, f)
        for i, f in enumerate(briefing.facts)
        if not f.included and f.sentence >= 0 and not view.document().find(f.original).isNull()
    )
    count = len(briefing.facts)
    view.setTextCursor(view.document().find(fact.original))
    action(window, "actionUseAsFact").trigger()
    assert len(briefing.facts) == count
    assert briefing.facts[row] is fact and fact.included
    assert window.outline_view.selected_item() == ("facts", row)
    window.undo_stack.undo()
    assert not fact.included and len(briefing.facts) == count


def test_add_fact_cites_no_paragraph_until_one_is_picked(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QDialog

    view = window.source_view
    briefing = window.workspace.require()
    # The cursor stands in a paragraph of the article: still, the fact is the analyst's own.
    words = " ".join(briefing.lead_article.paragraphs[2].text.split()[:4])
    view.setTextCursor(view.document().find(words))
    seen: list[object] = []

    def look(dialog: QDialog) -> int:
        combo = dialog.findChild(QComboBox, "referenceCombo")
        seen.append((combo.currentData(), combo.currentText()))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", look)
    action(window, "actionAddFact").trigger()
    assert seen == [(NO_PARAGRAPH, "No source reference (your own)")]
