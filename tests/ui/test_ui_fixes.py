"""What the window got wrong before: drafted fields, long titles, the preview bar, questions."""

from __future__ import annotations

import copy
import dataclasses

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from briefwright.layout.compose import compose
from briefwright.model.document import Box, TitleBlock
from briefwright.ui.files.file_commands import FileCommands
from briefwright.ui.preview.view import FIT_WIDTH
from tests.ui.conftest import LOAD_TIMEOUT_MS
from tests.ui.ui_readback import wait_preview

# The question itself, taken before the ``window`` fixture answers it without asking.
ASK_UNSAVED = FileCommands.ask_unsaved


def _printed(briefing) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    document = compose(briefing)
    title = next(b for b in document.blocks if isinstance(b, TitleBlock))
    subject = dict(title.fields).get("Subject", "")
    box = next((b for b in document.blocks if isinstance(b, Box)), None)
    # The field holds the words; the printed box adds each quoted fact's reference.
    words = ("".join(r.text for r in p.runs if not r.ref) for p in box.paras) if box else ()
    bottom = " ".join(" ".join(words).split())
    return subject, bottom


def test_drafted_fields_show_what_is_printed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    briefing = window.workspace.require()
    details = window.details
    # Leave out the fact the bottom line opens with: the drafted bottom line follows, and the
    # field shows what prints.
    first = briefing.bottom_line_refs[0]
    row = next(i for i, f in enumerate(briefing.facts) if f.id == first)
    window.outline_view.select_item("facts", row)
    window.outline_view.toggle_selected()
    subject, bottom = _printed(briefing)
    assert first not in briefing.bottom_line_refs
    assert details.line_edits["subject"].text() == subject == briefing.meta.subject
    assert " ".join(details.bottom_line.toPlainText().split()) == bottom == briefing.bottom_line
    # Undo brings the drafted bottom line back as it was.
    window.undo_stack.undo()
    assert first in briefing.bottom_line_refs
    # Typing makes it the user's own: it no longer follows the ticks.
    details.line_edits["subject"].setFocus()
    details.line_edits["subject"].selectAll()
    qtbot.keyClicks(details.line_edits["subject"], "My subject")
    assert briefing.meta.subject == "My subject"
    window.outline_view.select_item("facts", 0)
    window.outline_view.toggle_selected()
    assert details.line_edits["subject"].text() == "My subject"


def test_long_title_leaves_the_side_columns_usable(qtbot, window, sample_briefing) -> None:  # type: ignore[no-untyped-def]
    long_title = "Very long headline " * 30
    other = copy.deepcopy(sample_briefing)
    other.replace_article("S1", dataclasses.replace(other.lead_article, title=long_title.strip()))
    window.resize(900, 600)
    wait_preview(
        qtbot,
        window,
        lambda: window.workspace.set_briefing(other, project_path=None, source_path=None),
    )
    qtbot.waitUntil(lambda: window.width() <= 900, timeout=LOAD_TIMEOUT_MS)
    window.main_splitter.setSizes([300, 300, 300])
    QApplication.processEvents()
    assert window.outline_view.width() >= 200
    assert window.details.width() >= 200
    caption = window.source_caption
    assert caption.text().endswith("…")
    assert long_title.strip()[:40] in caption.toolTip()
    assert caption.text().startswith("&Article")


def test_preview_status_is_not_clipped(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    status = window.preview_view.status
    window.resize(900, 600)
    QApplication.processEvents()
    shown = status.text()
    assert status.fontMetrics().horizontalAdvance(shown) <= status.width()
    assert shown == status.full_text() or shown.endswith("…")


def test_new_article_starts_at_page_one_fitted(qtbot, window, sample_briefing) -> None:  # type: ignore[no-untyped-def]
    view = window.preview_view
    with qtbot.waitSignal(window.preview.ready, timeout=LOAD_TIMEOUT_MS):
        view.set_zoom(2.0)
    view.go_to_page(view.page_count() - 1)
    assert view.current_page() > 0
    wait_preview(
        qtbot,
        window,
        lambda: window.workspace.set_briefing(
            copy.deepcopy(sample_briefing), project_path=None, source_path=None
        ),
    )
    assert view.zoom == FIT_WIDTH
    assert view.current_page() == 0


def test_unsaved_question_has_mnemonics(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text() for b in box.buttons())
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.click()

    QTimer.singleShot(0, answer)
    assert ASK_UNSAVED(window.files) == QMessageBox.StandardButton.Cancel
    assert sorted(seen) == ["&Cancel", "&Don't Save", "&Save"]


def test_open_file_without_a_viewer_says_so(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.exports._open(str(tmp_path / "brief.pdf"), "PDF")
    box = window.exports.last_message
    assert box is not None and box.isVisible()
    assert "No application" in box.text()
    box.close()
