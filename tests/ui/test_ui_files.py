"""Saving, reopening, failures shown as dialogs, closing with changes, remembered settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefwright.model.errors import IngestError, ProjectError
from briefwright.store.project import load_project
from briefwright.ui.commands import SetField
from briefwright.ui.settings import Settings
from tests.ui.ui_readback import action, export

REPO = Path(__file__).resolve().parents[2]


def test_save_then_reopen_gives_the_same_briefing(
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui import create_main_window

    model = window.outline_model
    model.setData(model.item_index("facts", 0), "Reworded first fact.", Qt.ItemDataRole.EditRole)
    model.setData(
        model.item_index("actors", 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    group = model.item_index("sections", 0).parent()
    model.moveRows(group, 0, 1, group, 2)
    target = tmp_path / "niger"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.isWindowModified()
    action(window, "actionSave").trigger()
    saved = tmp_path / "niger.briefing"
    assert saved.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("niger.briefing")
    assert load_project(saved) == window.workspace.briefing
    assert Settings().recent_files()[0] == str(saved.resolve())

    again = create_main_window(saved)
    qtbot.addWidget(again)
    qtbot.waitSignal(again.briefingLoaded, timeout=30_000).wait()
    assert again.workspace.briefing == window.workspace.briefing
    assert again.workspace.project_path == saved


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.txt", b"", IngestError),
        ("binary.docx", b"\x00\x01not a zip", IngestError),
        ("damaged.briefing", b"{not json", ProjectError),
        ("future.briefing", b'{"schema": 999}', ProjectError),
    ],
)
def test_open_failure_is_a_dialog_and_keeps_the_work(
    window, qtbot, tmp_path: Path, name: str, content: bytes, error: type[Exception]
) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui.files.loading import load

    before = window.workspace.briefing
    text_before = window.source_view.toPlainText()
    window.undo_stack.push(SetField(window.workspace, "author", "Unsaved edit"))
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(error) as raised:
        load(lambda _article: None, bad)
    with qtbot.waitSignal(window.loadFailed, timeout=30_000) as failure:
        window.open_path(bad)
    message = str(raised.value)
    assert failure.args[0] == message
    assert message and "\n" not in message and "Traceback" not in message
    assert window.workspace.briefing is before
    assert before.meta.author == "Unsaved edit"
    assert window.isWindowModified()
    assert window.source_view.toPlainText() == text_before
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "errorDialog"]
    assert boxes and boxes[-1].textFormat() == Qt.TextFormat.PlainText
    assert name in boxes[-1].text()
    assert boxes[-1].informativeText() == message
    boxes[-1].close()


def test_export_failure_names_the_cause_and_keeps_existing_file(
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = (
        Path("/etc/hostname/brief.pdf")
        if Path("/etc/hostname").is_file()
        else tmp_path / "f" / "x" / "b.pdf"
    )
    (tmp_path / "f").write_text("a file where a folder should be")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.exports.failed, timeout=30_000) as failure:
        action(window, "actionExportPdf").trigger()
    assert failure.args[0]
    box = window.exports.last_message
    assert box is not None and box.objectName() == "errorDialog"
    assert "could not be written" in box.text()
    box.close()
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"%PDF-old")
    assert export(qtbot, window, monkeypatch, existing, "pdf") == existing
    assert existing.read_bytes().startswith(b"%PDF-1")


def test_suggested_export_name_comes_from_the_title(window) -> None:  # type: ignore[no-untyped-def]
    window.workspace.apply_field("title", "Q3: Results / Outlook?")
    assert window.exports.suggested_path("docx").name == "Q3- Results - Outlook.docx"


@pytest.mark.parametrize(("answer", "closed"), [("Discard", True), ("Cancel", False)])
def test_closing_with_changes_asks(window, monkeypatch, answer: str, closed: bool) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui.files.file_commands import FileCommands

    asked: list[bool] = []

    def ask(self: FileCommands) -> QMessageBox.StandardButton:
        asked.append(True)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(FileCommands, "ask_unsaved", ask)
    window.workspace.undo_stack.push(
        __import__("briefwright.ui.commands", fromlist=["SetField"]).SetField(
            window.workspace, "author", "Me"
        )
    )
    assert window.close() is closed
    assert asked == [True]


def test_splitters_and_geometry_are_remembered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui.window.main_window import MainWindow

    window.main_splitter.setSizes([300, 200, 250])
    state = window.main_splitter.saveState()
    window.close()
    assert Settings().splitter_state("mainSplitter") == state
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.main_splitter.saveState() == state
    assert QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Briefwright", "Briefwright"
    ).contains("window/geometry")


def test_smoke_mode_prints_one_json_line(tmp_path: Path) -> None:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path)
    )
    code = "import sys; from briefwright.ui.app import run_gui; sys.exit(run_gui(None, smoke=True))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert set(report) == {
        "window_painted_ms",
        "outline_ready_ms",
        "preview_ready_ms",
        "rss_mib",
        "loaded_at_paint",
        "loaded_when_ready",
    }
    assert 0 < report["window_painted_ms"] <= report["preview_ready_ms"]
    assert report["rss_mib"] > 0


def test_smoke_mode_on_a_missing_file_exits_2(tmp_path: Path) -> None:
    from briefwright.ui.app import run_gui

    assert run_gui(str(tmp_path / "missing.txt"), smoke=True) == 2


def test_dropping_a_file_on_the_window_opens_it(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    article = tmp_path / "dropped.txt"
    article.write_text("title Dropped\n\nThe minister met envoys in Accra on Tuesday.\n", "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.briefingLoaded, timeout=30_000):
        window.dropEvent(event)
    assert window.workspace.source_path == article
    assert window.windowTitle().startswith("dropped.txt")
    assert "Accra" in window.source_view.toPlainText()


def test_about_names_the_version(window) -> None:  # type: ignore[no-untyped-def]
    import briefwright

    action(window, "actionAbout").trigger()
    box = window.findChild(QMessageBox, "aboutDialog")
    assert box is not None and briefwright.__version__ in box.text()
    box.close()


def test_export_success_offers_open_file_and_show_in_folder(
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "b.pdf"), "")
    )
    with qtbot.waitSignal(window.exports.finished, timeout=30_000):
        action(window, "actionExportPdf").trigger()
    box = window.exports.last_message
    # The sample's memo still has required parts to complete: the file is written, and said.
    assert "Still to complete: Key judgments, Implications." in box.text()
    buttons = {b.text().replace("&", ""): b for b in box.buttons()}
    assert {"Open file", "Show in folder"} <= set(buttons)
    buttons["Open file"].click()
    assert opened == [str(tmp_path / "b.pdf")]
