"""A briefing of several articles in the window: a fact's credibility set in its details, its
compact grade in the preview, a merged fact split by source, facts of two sources merged, and
a fact merged with another chosen wherever it stands, each one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPushButton,
)

from briefwright.app.pipeline import open_several
from briefwright.draft.credibility import compact_grade
from briefwright.draft.edits import short_label
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


def _alone(  # type: ignore[no-untyped-def]
    window, source: str, last: bool = False, ticked: bool | None = None
) -> int:
    """Return the row of the first (or last) fact only ``source`` carries, ticked or not
    as ``ticked`` asks (either when None)."""
    facts = window.workspace.require().facts
    rows = [
        n
        for n, f in enumerate(facts)
        if f.source == source and not f.also and ticked in (None, f.included)
    ]
    return rows[-1] if last else rows[0]


def _chooser_parts(dialog: QDialog) -> tuple[QListWidget, QLineEdit, QPushButton]:
    listing = dialog.findChild(QListWidget, "mergePartnerList")
    box = dialog.findChild(QLineEdit, "mergeFilterEdit")
    buttons = dialog.findChild(QDialogButtonBox)
    assert listing is not None and box is not None and buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    return listing, box, ok


def test_a_fact_merges_with_one_chosen_apart_in_one_undoable_step(several, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    briefing = several.workspace.require()
    facts = briefing.facts
    before = copy_of(briefing).facts
    a, c = _alone(several, "S1", ticked=False), _alone(several, "S3", last=True, ticked=True)
    assert c > a + 1
    first, second = before[a], before[c]
    assert not first.included and second.included
    seen: dict[str, object] = {}

    def pick(dialog: QDialog) -> int:
        assert dialog.objectName() == "mergeWithDialog"
        listing, box, ok = _chooser_parts(dialog)
        labels = [listing.item(n).text() for n in range(listing.count())]
        seen["labels"] = labels
        seen["ok before a pick"] = ok.isEnabled()
        box.setText("S3")
        shown = [listing.item(n) for n in range(listing.count()) if not listing.item(n).isHidden()]
        assert shown and all("S3 ¶" in item.text() for item in shown)
        wanted = next(i for i in shown if i.data(Qt.ItemDataRole.UserRole) == c)
        listing.setCurrentItem(wanted)
        seen["ok after a pick"] = ok.isEnabled()
        ok.click()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", pick)
    several.outline_view.select_item("facts", a)
    merge = action(several, "actionMergeWithFact")
    assert merge.isEnabled()
    merge.trigger()
    labels = seen["labels"]
    assert isinstance(labels, list) and len(labels) == len(before) - 1
    assert f"[S3 ¶{second.paragraph}]  {short_label(second.text, 70)}" in labels
    # Facts of other sources first, then those S1 carries too.
    with_s1 = [n for n, label in enumerate(labels) if "S1 ¶" in label]
    assert with_s1 == list(range(len(labels) - len(with_s1), len(labels)))
    assert (seen["ok before a pick"], seen["ok after a pick"]) == (False, True)
    assert len(facts) == len(before) - 1
    assert facts[a].id == first.id and facts[a].text == first.text
    assert facts[a].refs == [first.ref, second.ref]
    assert facts[a].corroboration == 2
    assert facts[a].included
    assert several.outline_view.selected_item() == ("facts", a)
    assert several.undo_stack.undoText() == f"Merge facts {a + 1} and {c + 1}"
    several.undo_stack.undo()
    assert facts == before
    several.undo_stack.redo()
    assert facts[a].refs == [first.ref, second.ref]


def test_the_chooser_waits_for_a_pick_and_esc_cancels(qtbot, several) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            seen.append(dialog.objectName())
            seen.append(_chooser_parts(dialog)[2].isEnabled())
        finally:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    count = several.undo_stack.count()
    facts = list(several.workspace.require().facts)
    several.outline_view.select_item("facts", 0)
    QTimer.singleShot(0, answer)
    action(several, "actionMergeWithFact").trigger()
    assert seen == ["mergeWithDialog", False]
    assert several.undo_stack.count() == count
    assert several.workspace.require().facts == facts


def test_merge_with_fact_needs_a_second_fact(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.outline_view.select_item("facts", 0)
    assert action(window, "actionMergeWithFact").isEnabled()
    one = copy_of(window.workspace.require())
    one.facts = one.facts[:1]
    with qtbot.waitSignal(window.preview.ready, timeout=LOAD_TIMEOUT_MS):
        window.workspace.set_briefing(one, project_path=None, source_path=SAMPLE)
    window.outline_view.select_item("facts", 0)
    assert window.outline_view.selected_item() == ("facts", 0)
    assert not action(window, "actionMergeWithFact").isEnabled()
    assert not action(window, "actionMergeFacts").isEnabled()
