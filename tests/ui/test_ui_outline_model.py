"""The outline model: structure, checking, editing and drag-and-drop, all undoable."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt

from briefwright.ui.outline.model import MIME_TYPE, OutlineModel
from briefwright.ui.workspace import Workspace
from tests.ui.ui_handmade import small_briefing


@pytest.fixture
def model(qapp):  # type: ignore[no-untyped-def]
    workspace = Workspace()
    workspace.set_briefing(small_briefing(), project_path=None, source_path=None)
    return OutlineModel(workspace)


def group(model: OutlineModel, kind: str) -> QModelIndex:
    return model.item_index(kind, 0).parent()


def headings(model: OutlineModel) -> list[str]:
    return [s.heading for s in model._ws.require().sections]


def test_model_passes_qt_model_tester(model: OutlineModel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model, force_py=True)
    model.setData(
        model.item_index("sections", 1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    model.moveRows(group(model, "sections"), 0, 1, group(model, "sections"), 3)
    qtmodeltester.check(model, force_py=True)


def test_tree_shape(model: OutlineModel) -> None:
    assert model.rowCount() == 4
    # Sections, key facts, key actors and the timeline's events (none in this briefing).
    assert [model.rowCount(model.index(r, 0)) for r in range(4)] == [3, 4, 2, 0]
    assert model.data(model.index(3, 0)) == "Events  (0 of 0)"
    section = model.item_index("sections", 1)
    assert model.rowCount(section) == 2
    paragraph = model.index(1, 0, section)
    assert model.data(paragraph).startswith("¶3")
    assert model.parent(paragraph) == section
    # A paragraph inside a section can be left out (ticked) and reworded (edited).
    assert model.flags(paragraph) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(paragraph) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(paragraph) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.data(model.item_index("facts", 1)).endswith("[¶2]")


def test_unset_roles_return_none_thousands_of_times(model: OutlineModel) -> None:
    """Guards the PySide6 pin: 6.12.0 over-released None here and aborted the interpreter."""
    indexes = [
        model.index(0, 0),
        model.item_index("facts", 0),
        model.index(0, 0, model.item_index("sections", 0)),
    ]
    before = sys.getrefcount(None)
    for _ in range(2000):
        for index in indexes:
            assert index.data(Qt.ItemDataRole.UserRole + 50) is None
            assert index.data(Qt.ItemDataRole.WhatsThisRole) is None
    assert sys.getrefcount(None) >= before - 50


def test_uncheck_is_undoable_and_named(model: OutlineModel) -> None:
    stack = model._ws.undo_stack
    index = model.item_index("sections", 1)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert stack.undoText() == "Exclude ‘ECOWAS sanctions on Niger’"
    assert model.data(model.index(0, 0)).endswith("(2 of 3)")
    stack.undo()
    assert model._ws.require().sections[1].included


@pytest.mark.parametrize(
    ("source", "drop_row", "order"),
    [
        (0, 3, [1, 2, 0]),
        (2, 0, [2, 0, 1]),
        (0, -1, [1, 2, 0]),
        (1, 1, [0, 1, 2]),
    ],
)
def test_drag_and_drop_reorders_within_group(
    model: OutlineModel, source: int, drop_row: int, order: list[int]
) -> None:
    before = headings(model)
    expected = [before[i] for i in order]
    mime = model.mimeData([model.item_index("sections", source)])
    assert mime.hasFormat(MIME_TYPE)
    moved = model.dropMimeData(
        mime, Qt.DropAction.MoveAction, drop_row, 0, group(model, "sections")
    )
    assert headings(model) == expected
    assert moved == (expected != before)
    if moved:
        assert model._ws.undo_stack.undoText() == "Move section"
        model._ws.undo_stack.undo()
        assert headings(model) == before


def test_drop_into_another_group_is_refused(model: OutlineModel) -> None:
    mime = model.mimeData([model.item_index("facts", 0)])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, group(model, "sections"))
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, group(model, "sections"))
    assert [f.id for f in model._ws.require().facts] == ["f1", "f2", "f3", "f4"]


def test_paragraph_children_follow_their_section_when_moved(model: OutlineModel) -> None:
    sections = group(model, "sections")
    model.moveRows(sections, 1, 1, sections, 0)
    moved = model.item_index("sections", 0)
    assert [model.data(model.index(r, 0, moved))[:2] for r in range(2)] == ["¶2", "¶3"]
    assert model.parent(model.index(0, 0, moved)) == moved


def test_editing_a_fact_and_a_heading(model: OutlineModel) -> None:
    stack = model._ws.undo_stack
    fact = model.item_index("facts", 2)
    assert model.setData(fact, "  US staff left Niamey.  ", Qt.ItemDataRole.EditRole)
    assert model._ws.require().facts[2].text == "US staff left Niamey."
    assert stack.undoText() == "Reword fact 3"
    assert not model.setData(fact, "   ", Qt.ItemDataRole.EditRole)
    heading = model.item_index("sections", 0)
    drafted = model.data(heading, Qt.ItemDataRole.EditRole)
    assert model.setData(heading, "Seizure of power", Qt.ItemDataRole.EditRole)
    assert model.data(heading, Qt.ItemDataRole.EditRole) == "Seizure of power"
    assert str(model.data(heading)).startswith("Seizure of power")
    stack.undo()
    stack.undo()
    assert model._ws.require().facts[2].text == "The US evacuated staff from Niamey."
    assert model.data(heading, Qt.ItemDataRole.EditRole) == drafted
    assert (
        model.flags(model.item_index("actors", 0)) & Qt.ItemFlag.ItemIsEditable
        == Qt.ItemFlag.NoItemFlags
    )
