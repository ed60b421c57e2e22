"""A briefing of several articles in the window: a fact's credibility set in its details, its
compact grade in the preview, a merged fact split by source and facts of two sources merged,
each one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from briefwright.app.pipeline import open_several
from briefwright.draft.credibility import compact_grade
from briefwright.model.briefing import Briefing
from briefwright.model.schema import copy_of
from briefwright.ui.own import dialogs as own_dialogs
from tests.ui.conftest import LOAD_TIMEOUT_MS, SAMPLE
from tests.ui.ui_readback import action, wait_preview

MULTI = Path(__file__).parents[1] / "data" / "multi"
PATHS = [SAMPLE, MULTI / "niger-wire-evacuation.txt", MULTI / "niger-daily-differs.txt"]


@pytest.fixture(scope="module")
def three_once() -> Briefing:
    briefing, errors = open_several(PATHS)
    assert errors == []
    return briefing


@pytest.fixture
def several(qtbot, no_questions: None, three_once: Briefing):  # type: ignore[no-untyped-def]
    """Return the real window on the sample and two other reports of the same event."""
    from briefwright.ui import worker
    from briefwright.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.preview.ready, timeout=LOAD_TIMEOUT_MS):
        win.workspace.set_briefing(copy_of(three_once), project_path=None, source_path=SAMPLE)
    yield win
    win.undo_stack.setClean()
    worker.wait_idle()


def _combo(window) -> QComboBox:  # type: ignore[no-untyped-def]
    found = window.findChild(QComboBox, "factCredibilityCombo")
    assert found is not None
    return found


def _merged_row(window) -> int:  # type: ignore[no-untyped-def]
    facts = window.workspace.require().facts
    return next(n for n, f in enumerate(facts) if f.printed_in == "key_facts" and f.also)


def test_credibility_is_chosen_in_the_details_printed_and_undone(qtbot, several) -> None:  # type: ignore[no-untyped-def]
    row = _merged_row(several)
    several.outline_view.select_item("facts", row)
    combo = _combo(several)
    assert combo.isVisibleTo(several.details)
    assert combo.currentData() == ""
    assert combo.currentText().startswith("As proposed: 6")  # no source graded yet
    fact = several.workspace.require().facts[row]
    wait_preview(qtbot, several, lambda: combo.activated.emit(combo.findData("2")))
    assert fact.credibility == "2"
    assert combo.currentData() == "2"
    assert several.undo_stack.undoText() == f"Set fact {row + 1}'s credibility to 2"
    printed = " ".join(several.preview.document.plain_lines())
    assert compact_grade(several.workspace.require(), fact) == "F2"
    assert "F2" in printed
    several.undo_stack.undo()
    assert fact.credibility == ""
    assert combo.currentData() == ""
    several.undo_stack.redo()
    assert fact.credibility == "2"


def test_credibility_is_not_offered_with_one_source(window) -> None:  # type: ignore[no-untyped-def]
    window.outline_view.select_item("facts", 0)
    assert not _combo(window).isVisibleTo(window.details)


def test_a_merged_fact_splits_by_source_and_merges_back(several, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    facts = several.workspace.require().facts
    before = copy_of(several.workspace.require()).facts
    row = _merged_row(several)
    refs = facts[row].refs

    def no_dialog(*_: object) -> None:
        raise AssertionError("a fact several sources carry splits without asking")

    monkeypatch.setattr(own_dialogs, "ask_split", no_dialog)
    several.outline_view.select_item("facts", row)
    action(several, "actionSplitFact").trigger()
    assert [facts[row + n].ref for n in range(len(refs))] == refs
    assert all(not facts[row + n].also for n in range(len(refs)))
    assert len(facts) == len(before) + len(refs) - 1
    # The first two, of different sources, merge into one fact carrying both.
    several.outline_view.select_item("facts", row)
    action(several, "actionMergeFacts").trigger()
    assert facts[row].refs == refs[:2]
    assert facts[row].corroboration == 2
    several.undo_stack.undo()
    several.undo_stack.undo()
    assert facts == before
