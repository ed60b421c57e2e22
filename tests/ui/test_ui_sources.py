"""Several articles in the window: added from the File menu or dropped, listed, graded,
shown in the article pane, taken out again; each change one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from briefwright.model.schema import copy_of
from briefwright.ui.settings import Settings
from briefwright.ui.sources.list_model import COL_GRADE, COL_OUTLET
from tests.ui.conftest import LOAD_TIMEOUT_MS
from tests.ui.ui_readback import action

MULTI = Path(__file__).parents[1] / "data" / "multi"
WIRE = MULTI / "niger-wire-evacuation.txt"
DIFFERS = MULTI / "niger-daily-differs.txt"


def add_from_menu(window, qtbot, monkeypatch, paths: list[Path]) -> list[str]:  # type: ignore[no-untyped-def]
    """Add ``paths`` through File ▸ Add Article…; return the status bar's messages meanwhile."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], "")
    )
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(window.adder.added, timeout=LOAD_TIMEOUT_MS):
        action(window, "actionAddArticle").trigger()
        # The analysis runs in the background: the window answers meanwhile.
        assert window.adder.running
        assert window.findChild(QTableView, "sourcesList").isEnabled()
    return messages


def pane(window, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    found = window.findChild(QWidget, f"{name}Pane")
    assert found is not None
    return found


def sources_list(window) -> QTableView:  # type: ignore[no-untyped-def]
    found = window.findChild(QTableView, "sourcesList")
    assert found is not None
    return found


def outline_texts(window, kind: str) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.outline_model
    group = model.item_index(kind, 0).parent()
    return [model.index(r, 0, group).data() for r in range(model.rowCount(group))]


def test_adding_articles_is_one_step_undone_exactly(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    before = copy_of(ws.require())
    assert sources_list(window).model().rowCount() == 1
    assert not window.findChild(QComboBox, "sourceSelector").isVisible()
    # One article leaves the sources pane's room to the outline; several bring it up.
    assert not pane(window, "sources").isVisible()

    messages = add_from_menu(window, qtbot, monkeypatch, [WIRE, DIFFERS])
    assert pane(window, "sources").isVisible()
    assert any(m.startswith("Adding 2 articles") for m in messages)
    assert any(m.startswith("Analysing") for m in messages)
    assert [s.id for s in ws.require().sources] == ["S1", "S2", "S3"]
    assert sources_list(window).model().rowCount() == 3
    assert window.findChild(QComboBox, "sourceSelector").isVisible()
    facts = outline_texts(window, "facts")
    assert any("S2 ¶" in t and "(3 sources)" in t for t in facts)
    assert any("sources differ" in t for t in facts)
    differ = next(r for r, f in enumerate(ws.require().facts) if f.conflicts)
    tip = window.outline_model.item_index("facts", differ).data(Qt.ItemDataRole.ToolTipRole)
    assert "Sources differ:" in tip
    assert window.undo_stack.undoText() == "Add 2 articles"

    window.undo_stack.undo()
    assert ws.require() == before
    assert sources_list(window).model().rowCount() == 1
    assert not pane(window, "sources").isVisible()
    assert all("S2" not in t for t in outline_texts(window, "facts"))
    window.undo_stack.redo()
    assert [s.id for s in ws.require().sources] == ["S1", "S2", "S3"]


def test_dropped_files_are_added_and_a_bad_one_is_named(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    window.undo_stack.push(_author_edit(window))
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(WIRE)), QUrl.fromLocalFile(str(bad))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.adder.failed, timeout=LOAD_TIMEOUT_MS) as failure:
        window.dropEvent(drop)
    assert "empty.txt" in failure.args[0]
    assert [s.id for s in ws.require().sources] == ["S1", "S2"]
    assert ws.require().meta.author == "Unsaved edit"  # nothing the user had is lost
    box = window.adder.last_message
    assert isinstance(box, QMessageBox) and box.objectName() == "errorDialog"
    assert "1 of 2" in box.text() and "empty.txt" in box.informativeText()
    box.close()


def _author_edit(window):  # type: ignore[no-untyped-def]
    from briefwright.ui.commands import SetField

    return SetField(window.workspace, "author", "Unsaved edit")


def test_outlet_and_grade_are_edited_undone_and_remembered(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_from_menu(window, qtbot, monkeypatch, [WIRE])
    ws = window.workspace
    view = sources_list(window)
    model = view.model()
    outlet = ws.require().source("S2").outlet
    assert outlet == "Sahel Wire"

    # The grade drop-down offers the Admiralty grades, A to F.
    index = model.index(1, COL_GRADE)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox, "gradeEditor")
    assert combo is not None
    assert combo.itemText(1) == "B · usually reliable"
    assert combo.itemText(5) == "F · reliability cannot be judged"
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert ws.require().source("S2").grade == "B"
    assert Settings().outlet_grade(outlet) == "B"
    assert model.index(1, COL_GRADE).data() == "B · usually reliable"

    assert model.setData(model.index(1, COL_OUTLET), "Sahel Wire Service")
    assert ws.require().source("S2").outlet == "Sahel Wire Service"
    window.undo_stack.undo()
    assert ws.require().source("S2").outlet == "Sahel Wire"
    window.undo_stack.undo()
    assert ws.require().source("S2").grade == "F"

    # Next time an article of that outlet is added, its grade is proposed.
    window.undo_stack.undo()
    assert len(ws.require().sources) == 1
    add_from_menu(window, qtbot, monkeypatch, [WIRE])
    assert ws.require().source("S2").grade == "B"


def test_removing_a_source_is_undoable(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_from_menu(window, qtbot, monkeypatch, [WIRE, DIFFERS])
    ws = window.workspace
    with_three = copy_of(ws.require())
    view = sources_list(window)
    remove = window.findChild(QPushButton, "removeSourceButton")
    view.selectRow(1)
    assert remove.isEnabled()
    remove.click()
    assert [s.article for s in ws.require().sources] == [
        with_three.sources[0].article,
        with_three.sources[2].article,
    ]
    assert view.model().rowCount() == 2
    assert window.undo_stack.undoText().startswith("Remove source S2")
    window.undo_stack.undo()
    assert ws.require() == with_three


def test_the_article_pane_shows_the_source_of_what_is_selected(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_from_menu(window, qtbot, monkeypatch, [WIRE, DIFFERS])
    briefing = window.workspace.require()
    switch = window.source_switch
    assert switch.source_id == "S1"
    row, fact = next((n, f) for n, f in enumerate(briefing.facts) if f.source == "S2")
    window.outline_view.select_item("facts", row)
    assert switch.source_id == "S2"
    assert window.source_view.article is briefing.article_of("S2")
    assert window.source_view.paragraph_at_cursor()[0] == fact.paragraph
    assert window.source_caption.text().startswith("&Article · S2 · ")
    assert window.findChild(QComboBox, "sourceSelector").currentData() == "S2"
    assert sources_list(window).currentIndex().row() == 1

    # Choosing a source in the list, or above the article, shows it.
    sources_list(window).selectRow(2)
    assert window.source_view.article is briefing.article_of("S3")
    selector = window.findChild(QComboBox, "sourceSelector")
    selector.setCurrentIndex(0)
    selector.activated.emit(0)
    assert window.source_view.article is briefing.lead_article

    # Clicking a sentence of S3 selects the fact that stands there.
    window.source_switch.show_source("S3")
    row3, fact3 = next((n, f) for n, f in enumerate(briefing.facts) if f.source == "S3")
    para = briefing.paragraph_at(fact3.ref)
    window.source_view.paragraphActivated.emit(
        fact3.paragraph, para.sentences[fact3.sentence].start
    )
    assert window.outline_view.currentIndex() == window.outline_model.item_index("facts", row3)
