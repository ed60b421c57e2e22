"""The real window on the sample: choices reach the preview and both exports; undo restores."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QTreeView, QWidget

from briefwright.draft.printplan import redraft
from tests.ui.ui_readback import action, docx_lines, export, pdf_lines, wait_preview

OBJECT_NAMES = ("sourceView", "outlineView", "previewView", "templateCombo")
ACTION_NAMES = (
    "actionOpen",
    "actionSave",
    "actionExportPdf",
    "actionExportDocx",
    "actionUndo",
    "actionRedo",
)


def included_section(window) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Return the row and heading of the second included section."""
    rows = [(i, s.heading) for i, s in enumerate(window.workspace.briefing.sections) if s.included]
    return rows[1]


def test_contract_names_are_present(window) -> None:  # type: ignore[no-untyped-def]
    for name in OBJECT_NAMES:
        assert window.findChild(QWidget, name) is not None, name
    assert isinstance(window.findChild(QPlainTextEdit, "sourceView"), QPlainTextEdit)
    assert isinstance(window.findChild(QTreeView, "outlineView"), QTreeView)
    assert isinstance(window.findChild(QComboBox, "templateCombo"), QComboBox)
    for name in ACTION_NAMES:
        assert action(window, name).toolTip()
    assert action(window, "actionExportPdf").shortcut().toString() == "Ctrl+E"
    assert action(window, "actionExportDocx").shortcut().toString() == "Ctrl+Shift+E"
    assert action(window, "actionRedo").shortcut().toString() == "Ctrl+Shift+Z"


def test_create_main_window_opens_the_sample(opened_window, sample_briefing_once) -> None:  # type: ignore[no-untyped-def]
    window = opened_window
    opened = window.workspace.briefing
    # The date-time group is the time of analysis, so only the content is compared.
    assert opened.lead_article == sample_briefing_once.lead_article
    assert (opened.sections, opened.facts, opened.actors) == (
        sample_briefing_once.sections,
        sample_briefing_once.facts,
        sample_briefing_once.actors,
    )
    text = window.source_view.toPlainText()
    assert text.startswith("¶1\u2003")
    assert "¶10\u2003" in text
    assert window.preview_view.page_count() >= 1
    assert not window.preview_view.page_pixmap(0).isNull()
    assert window.windowTitle().startswith("niger-coup-us-embassy-evacuation.txt")


def test_uncheck_section_preview_exports_and_undo(
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    show_sections_in_full(qtbot, window)
    row, heading = included_section(window)
    assert heading in window.preview.document.plain_lines()
    index = window.outline_model.item_index("sections", row)
    wait_preview(
        qtbot,
        window,
        lambda: window.outline_model.setData(
            index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        ),
    )
    assert heading not in window.preview.document.plain_lines()
    assert heading not in pdf_lines(window.preview.pdf)
    assert window.isWindowModified()
    assert action(window, "actionUndo").text() == f"&Undo {window.undo_stack.undoText()}"
    assert window.undo_stack.undoText().startswith("Exclude ‘")

    pdf = export(qtbot, window, monkeypatch, tmp_path / "brief.pdf", "pdf")
    docx = export(qtbot, window, monkeypatch, tmp_path / "brief", "docx")
    assert docx.name == "brief.docx"
    assert heading not in pdf_lines(pdf)
    assert heading not in docx_lines(docx)
    other = [s.heading for s in window.workspace.briefing.included_sections()]
    assert other[0] in pdf_lines(pdf) and other[0] in docx_lines(docx)

    wait_preview(qtbot, window, action(window, "actionUndo").trigger)
    assert heading in window.preview.document.plain_lines()
    assert not window.isWindowModified()


def test_reorder_by_drag_and_drop_reaches_exports(
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    show_sections_in_full(qtbot, window)
    model = window.outline_model
    included = [i for i, s in enumerate(window.workspace.briefing.sections) if s.included]
    first, second = included[0], included[1]
    ids = [window.workspace.briefing.sections[i].id for i in (first, second)]
    group = model.item_index("sections", first).parent()
    mime = model.mimeData([model.item_index("sections", first)])
    wait_preview(
        qtbot,
        window,
        lambda: model.dropMimeData(mime, Qt.DropAction.MoveAction, second + 1, 0, group),
    )
    assert window.undo_stack.undoText() == "Move section"
    # Headings are drafted again for the new order: read them after the move.
    moved = {s.id: s.heading for s in window.workspace.briefing.sections}
    a, b = moved[ids[0]], moved[ids[1]]
    lines = window.preview.document.plain_lines()
    assert lines.index(b) < lines.index(a)
    for fmt, read in (("pdf", pdf_lines), ("docx", docx_lines)):
        out = read(export(qtbot, window, monkeypatch, tmp_path / f"order.{fmt}", fmt))
        assert out.index(b) < out.index(a), fmt


def test_reworded_fact_reaches_exports(window, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    facts = window.workspace.briefing.facts
    row = next(i for i, f in enumerate(facts) if f.included)
    wording = "Washington ordered non-emergency staff to leave Niamey"
    index = window.outline_model.item_index("facts", row)
    wait_preview(
        qtbot,
        window,
        lambda: window.outline_model.setData(index, wording, Qt.ItemDataRole.EditRole),
    )
    assert window.undo_stack.undoText() == f"Reword fact {row + 1}"
    for fmt, read in (("pdf", pdf_lines), ("docx", docx_lines)):
        text = " ".join(read(export(qtbot, window, monkeypatch, tmp_path / f"fact.{fmt}", fmt)))
        assert wording in text, fmt


def test_template_and_details_are_undoable(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = window.findChild(QComboBox, "templateCombo")
    sitrep = combo.findData("sitrep")
    assert sitrep >= 0
    wait_preview(qtbot, window, lambda: combo.activated.emit(sitrep))
    assert window.workspace.briefing.template == "sitrep"
    assert window.undo_stack.undoText() == f"Change template to {combo.itemText(sitrep)}"
    title = window.details.line_edits["title"]
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "XYZ")
    assert window.workspace.briefing.meta.title.endswith("XYZ")
    assert window.undo_stack.undoText() == "Edit title"
    count = window.undo_stack.count()
    window.undo_stack.undo()
    assert not window.workspace.briefing.meta.title.endswith("X")
    assert not title.text().endswith("X")
    assert window.undo_stack.count() == count
    window.undo_stack.undo()
    assert window.workspace.briefing.template == "bluf-memo"
    assert combo.currentData() == "bluf-memo"


def test_selecting_a_fact_scrolls_the_source_and_clicking_selects(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    facts = window.workspace.briefing.facts
    row = max(i for i, f in enumerate(facts) if f.paragraph >= 6)
    window.outline_view.select_item("facts", row)
    where = window.source_view.paragraph_at_cursor()
    assert where is not None and where[0] == facts[row].paragraph
    target = next(i for i, f in enumerate(facts) if f.paragraph == 4 and f.sentence == 0)
    cursor = window.source_view.textCursor()
    cursor.setPosition(window.source_view._position(4, 2))
    window.source_view.setTextCursor(cursor)
    assert window.outline_view.selected_item() == ("facts", target)


@pytest.mark.parametrize("text", ["<b>bold</b> <img src='/etc/hostname'> &amp; end"])
def test_article_markup_shows_as_plain_text(qtbot, monkeypatch, tmp_path: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui import create_main_window

    article = tmp_path / "markup.txt"
    article.write_text(
        f"title Markup test\n\n{text} The mayor spoke in Paris on Monday.\n", "utf-8"
    )
    win = create_main_window(article)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.briefingLoaded, timeout=30_000):
        pass
    assert text in win.source_view.toPlainText()


def show_sections_in_full(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Show every section in full, so its heading is a line of the preview (drafted again, as
    an edit is: a heading is drafted from what the section prints)."""
    for s in window.workspace.briefing.sections:
        s.display = "full"
    redraft(window.workspace.briefing)
    wait_preview(qtbot, window, window.workspace.changed.emit)


def test_a_template_change_shows_the_drafted_locations(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # A SITREP drafts its location line: the box shows it and no edit writes it back.
    combo = window.findChild(QComboBox, "templateCombo")
    wait_preview(qtbot, window, lambda: combo.activated.emit(combo.findData("sitrep")))
    box = window.findChild(QPlainTextEdit, "locationsEdit")
    assert box.toPlainText() == window.workspace.briefing.locations == "Niamey\nNiger"
    assert window.undo_stack.undoText().startswith("Change template")
