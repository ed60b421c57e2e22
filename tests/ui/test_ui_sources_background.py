"""Articles added to the open briefing are merged in the background, on a copy: an edit made
meanwhile is kept, a briefing opened meanwhile drops the result, the addition is one step."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from briefwright.model.briefing import Briefing
from briefwright.model.schema import copy_of
from briefwright.ui.commands import RewordFact
from briefwright.ui.sources import adding
from tests.ui.conftest import LOAD_TIMEOUT_MS
from tests.ui.test_ui_sources import DIFFERS, WIRE

REWORDED = "The embassy's staff left Niamey on evacuation flights, officials said."


class Gate(QObject):
    """Stands in for the merge: records where each call ran and on what, and holds the
    first call in the background until :attr:`release` is set.

    ``entered(int)`` is emitted (from the background) as each call starts, with its number.
    """

    entered = Signal(int)

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._ws = window.workspace
        self.release = threading.Event()
        self.on_ui_thread: list[bool] = []
        self.on_live_briefing: list[bool] = []
        self.inputs: list[Briefing] = []

    def merge(self, briefing: Briefing, proposals: Sequence[Briefing]) -> Briefing:
        app = QCoreApplication.instance()
        assert app is not None
        self.on_ui_thread.append(QThread.currentThread() == app.thread())
        self.on_live_briefing.append(briefing is self._ws.briefing)
        self.inputs.append(copy_of(briefing))
        self.entered.emit(len(self.inputs))
        if len(self.inputs) == 1:
            assert self.release.wait(LOAD_TIMEOUT_MS / 1000)
        return REAL_ADD_SOURCES(briefing, proposals)


REAL_ADD_SOURCES = adding.add_sources


@pytest.fixture
def gate(window, monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:  # type: ignore[no-untyped-def]
    """Return the Gate the window's merges go through; released at the end in any case, so
    the window's teardown never waits for a merge held back."""
    held = Gate(window)
    monkeypatch.setattr(adding, "add_sources", held.merge)
    yield held
    held.release.set()


def test_articles_are_merged_in_the_background_on_a_copy(window, qtbot, gate: Gate) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    before = copy_of(ws.require())
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(gate.entered, timeout=LOAD_TIMEOUT_MS):
        assert window.adder.add_paths([WIRE, DIFFERS])
    # The merge is under way and the window still answers: the busy state shows it.
    assert window.adder.running
    assert ws.require() == before
    with qtbot.waitSignal(window.adder.added, timeout=LOAD_TIMEOUT_MS) as added:
        gate.release.set()
    assert added.args == [["S2", "S3"]]
    assert gate.on_ui_thread == [False]
    assert gate.on_live_briefing == [False]
    assert not window.adder.running
    assert [s.id for s in ws.require().sources] == ["S1", "S2", "S3"]
    assert any(m.startswith("Adding 2 articles") for m in messages)
    assert any(m.startswith("Analysing") for m in messages)
    assert window.statusBar().currentMessage() == "Added S2, S3"
    window.undo_stack.undo()
    assert ws.require() == before


def test_an_edit_made_while_the_articles_are_merged_is_kept(window, qtbot, gate: Gate) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    original = ws.require().facts[0].text
    with qtbot.waitSignal(gate.entered, timeout=LOAD_TIMEOUT_MS):
        assert window.adder.add_paths([WIRE, DIFFERS])
    window.undo_stack.push(RewordFact(ws, 0, REWORDED))
    edited = copy_of(ws.require())
    assert edited.facts[0].text == REWORDED
    with qtbot.waitSignal(window.adder.added, timeout=LOAD_TIMEOUT_MS):
        gate.release.set()
    # The first merge came back for the briefing as it was: merged again, in the background,
    # from the briefing with the edit.
    assert gate.on_ui_thread == [False, False]
    assert gate.on_live_briefing == [False, False]
    assert gate.inputs[0].facts[0].text == original
    assert gate.inputs[1] == edited
    merged = copy_of(ws.require())
    assert [s.id for s in merged.sources] == ["S1", "S2", "S3"]
    assert merged.facts[0].text == REWORDED
    assert window.undo_stack.undoText() == "Add 2 articles"
    window.undo_stack.undo()
    assert ws.require() == edited
    window.undo_stack.undo()
    assert ws.require().facts[0].text == original
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert ws.require() == merged


def test_a_briefing_opened_meanwhile_drops_the_merge(  # type: ignore[no-untyped-def]
    window, qtbot, gate: Gate, sample_briefing: Briefing
) -> None:
    ws = window.workspace
    added: list[list[str]] = []
    window.adder.added.connect(added.append)
    with qtbot.waitSignal(gate.entered, timeout=LOAD_TIMEOUT_MS):
        assert window.adder.add_paths([WIRE])
    ws.set_briefing(sample_briefing, project_path=None, source_path=None)
    with qtbot.waitSignal(window.adder.busyChanged, timeout=LOAD_TIMEOUT_MS) as busy:
        gate.release.set()
    assert busy.args == [False]
    assert added == []
    assert len(gate.inputs) == 1
    assert ws.briefing is sample_briefing and len(sample_briefing.sources) == 1
    assert not window.undo_stack.canUndo()
