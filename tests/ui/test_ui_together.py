"""Unticking a claim in the outline takes its caveat and its denial with it, in one step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefwright.app.pipeline import open_briefing

ARTICLE = Path(__file__).parents[1] / "data" / "together" / "claim_caveat_denial.txt"


def test_a_claim_its_caveat_and_its_denial_tick_together(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        briefing = open_briefing(ARTICLE)
        window.workspace.set_briefing(briefing, project_path=None, source_path=ARTICLE)
    briefing = window.workspace.require()
    model = window.outline_model
    assert [f.included for f in briefing.facts[:4]] == [True, True, True, True]

    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        index = model.item_index("facts", 0)
        assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert [f.included for f in briefing.facts[:4]] == [False, False, False, True]
    assert model.data(model.item_index("facts", 1), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )

    window.undo_stack.undo()
    assert [f.included for f in briefing.facts[:4]] == [True, True, True, True]
    window.undo_stack.redo()
    assert [f.included for f in briefing.facts[:3]] == [False, False, False]

    # Ticking the caveat alone brings back the claim it qualifies.
    assert model.setData(model.item_index("facts", 1), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)
    assert [f.included for f in briefing.facts[:3]] == [True, True, True]
