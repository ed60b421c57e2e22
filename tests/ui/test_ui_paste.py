"""New from Clipboard, Ctrl+V in an empty window, and dropped text: an article without a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication

from briefwright.model.errors import IngestError
from briefwright.ui.files.clipboard_import import article_from_mime, has_article
from tests.ui.conftest import LOAD_TIMEOUT_MS
from tests.ui.ui_readback import action

WIRE = Path(__file__).resolve().parents[1] / "data" / "wire"

TEXT = (
    "Floods close the port of Mombasa\n\n"
    "MOMBASA, Kenya — Heavy rain flooded the port of Mombasa on Tuesday, halting cargo "
    "handling for a second day, the Kenya Ports Authority said.\n\n"
    "The authority said 14 ships were waiting offshore. Officials expect work to resume "
    "on Thursday if the rain eases."
)
HTML = (
    "<html><head><title>Floods close the port of Mombasa</title></head><body><article>"
    "<h1>Floods close the port of Mombasa</h1>"
    "<p>Heavy rain flooded the port of Mombasa on Tuesday, halting cargo handling for a "
    "second day, the Kenya Ports Authority said in a statement to shipping lines.</p>"
    "<p>The authority said 14 ships were waiting offshore. Officials expect work to resume "
    "on Thursday if the rain eases, and said no one had been hurt.</p>"
    "</article></body></html>"
)


def _mime(text: str = "", html: str = "") -> QMimeData:
    mime = QMimeData()
    if text:
        mime.setText(text)
    if html:
        mime.setHtml(html)
    return mime


@pytest.mark.parametrize(
    ("text", "html", "expected"),
    [
        (TEXT, "", "14 ships"),
        ("", HTML, "14 ships"),
        ("Plain fallback for a page with no text.", "<html><body></body></html>", "fallback"),
    ],
)
def test_article_from_mime(qapp, text: str, html: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    article = article_from_mime(_mime(text, html))
    assert any(expected in p.text for p in article.paragraphs)
    assert article.path is None


def test_nothing_to_paste_is_a_clear_error(qapp) -> None:  # type: ignore[no-untyped-def]
    assert not has_article(_mime("   "))
    with pytest.raises(IngestError, match="no text"):
        article_from_mime(_mime("  \n "))


@pytest.fixture
def empty_window(qtbot, no_questions):  # type: ignore[no-untyped-def]
    from briefwright.ui import worker
    from briefwright.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.undo_stack.setClean()
    worker.wait_idle()


@pytest.mark.parametrize("name", ["actionNewFromClipboard", "actionPasteArticle"])
def test_paste_opens_the_clipboard_as_an_article(qtbot, empty_window, name: str) -> None:  # type: ignore[no-untyped-def]
    # setText, not setMimeData: a QMimeData made here and owned by the clipboard is freed
    # twice when the test process ends.
    QGuiApplication.clipboard().setText(TEXT)
    paste = action(empty_window, name)
    assert paste.isEnabled()
    with qtbot.waitSignal(empty_window.briefingLoaded, timeout=LOAD_TIMEOUT_MS):
        paste.trigger()
    briefing = empty_window.workspace.require()
    assert any("14 ships" in p.text for p in briefing.lead_article.paragraphs)
    assert briefing.facts
    assert empty_window.workspace.source_path is None
    # Once an article is open, Ctrl+V is the text fields' own again.
    assert not action(empty_window, "actionPasteArticle").isEnabled()
    QGuiApplication.clipboard().clear()


def test_ctrl_shift_v_and_ctrl_v_are_the_shortcuts(empty_window) -> None:  # type: ignore[no-untyped-def]
    shortcut = action(empty_window, "actionNewFromClipboard").shortcut().toString()
    assert shortcut == "Ctrl+Shift+V"
    assert action(empty_window, "actionPasteArticle").shortcut().toString() == "Ctrl+V"


def test_dropped_html_opens_as_an_article(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    mime = _mime("", HTML)
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(empty_window.briefingLoaded, timeout=LOAD_TIMEOUT_MS):
        empty_window.dropEvent(event)
    article = empty_window.workspace.require().lead_article
    assert article.title == "Floods close the port of Mombasa"


def test_pasted_markdown_reads_as_the_same_file(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ingest import read_article

    path = WIRE / "health-juba-cholera.md"
    QGuiApplication.clipboard().setText(path.read_text("utf-8"))
    with qtbot.waitSignal(empty_window.briefingLoaded, timeout=LOAD_TIMEOUT_MS):
        action(empty_window, "actionNewFromClipboard").trigger()
    pasted = empty_window.workspace.require().lead_article
    read = read_article(path)
    assert pasted.title == read.title
    assert pasted.title == "Cholera cases double in South Sudan as floods cut off clinics"
    assert [p.text for p in pasted.paragraphs] == [p.text for p in read.paragraphs]
    assert not any(mark in p.text for p in pasted.paragraphs for mark in ("#", "**", "*By"))
    assert empty_window.workspace.source_path is None
    QGuiApplication.clipboard().clear()
