"""Find across the article and the outline, and the filter box over the outline."""

from __future__ import annotations

import pytest

from briefwright.ui.article.find_bar import matches
from tests.ui.ui_readback import action


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        ("The US embassy in Niamey", "niamey", True),
        ("The US  embassy", "us embassy", True),
        ("The US embassy", "consulate", False),
        ("anything", "   ", False),
    ],
)
def test_matches(text: str, query: str, found: bool) -> None:
    assert matches(text, query) is found


def test_find_moves_the_cursor_through_article_and_outline(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    action(window, "actionFind").trigger()
    bar = window.desk.find_bar
    assert bar.isVisible()
    bar.edit.setText("embassy")
    in_article = [h for h in bar.hits if h.row is None]
    in_outline = [h for h in bar.hits if h.row is not None]
    assert in_article and in_outline
    source = window.source_view
    bar.find_next()
    cursor = source.textCursor()
    assert cursor.selectedText().casefold() == "embassy"
    assert cursor.selectionStart() == in_article[0].start
    bar.find_next()
    assert source.textCursor().selectionStart() == (
        in_article[1].start if len(in_article) > 1 else cursor.selectionStart()
    )
    bar.find_previous()
    assert source.textCursor().selectionStart() == in_article[0].start
    bar.find_previous()  # wraps round to the last hit: an outline row
    current = window.outline_view.currentIndex()
    assert "embassy" in window.outline_model.data(current).casefold()
    assert "of" in bar.status.text()
    bar.close_bar()
    assert not bar.isVisible()


def test_find_reports_nothing_found(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    action(window, "actionFind").trigger()
    window.desk.find_bar.edit.setText("zzzqqq")
    assert window.desk.find_bar.hits == []
    assert window.desk.find_bar.status.text() == "Not found"


def test_filter_box_hides_what_does_not_match(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.outline_view
    model = window.outline_model
    facts = model.index(1, 0)
    total = model.rowCount(facts)
    window.desk.outline_filter.setText("embassy")
    shown = [r for r in range(total) if not view.isRowHidden(r, facts)]
    assert 0 < len(shown) < total
    assert all("embassy" in model.data(model.index(r, 0, facts)).casefold() for r in shown)
    window.desk.outline_filter.clear()
    assert not any(view.isRowHidden(r, facts) for r in range(total))
