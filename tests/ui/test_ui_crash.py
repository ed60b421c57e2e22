"""A window killed mid-work (kill -9) leaves its last edit autosaved; reopening offers it back."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import LOAD_TIMEOUT_MS, SAMPLE

REPO = Path(__file__).resolve().parents[2]
DTG = "121430Z NOV 23"
CRASH_TIMEOUT_MS = 90_000

# The real window on the article in argv[1]: once loaded, the user types a date-time group,
# then the window runs on (autosaving) until the test kills it.
WORK_THEN_HANG = """
import sys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from briefwright.ui.app import application
from briefwright.ui.window.main_window import MainWindow

app = application()
window = MainWindow(autosave_interval=float(sys.argv[2]))
window.persist_settings = False

def edit():
    field = window.details.line_edits["dtg"]
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, sys.argv[3])
    print("edited", window.workspace.require().meta.dtg, flush=True)

window.briefingLoaded.connect(edit)
window.loadFailed.connect(lambda message: (print(message, file=sys.stderr), app.exit(3)))
window.show()
window.open_path(sys.argv[1])
sys.exit(app.exec())
"""


def autosave_files(data_dir: Path) -> list[Path]:
    """Return the autosave files in the app-data folder ``data_dir``."""
    return sorted((data_dir / "autosave").glob("*.briefing-autosave"))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9 (POSIX)")
def test_killed_window_is_offered_back_when_the_same_article_opens(
    qtbot, monkeypatch, no_questions: None, tmp_path: Path, private_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui import create_main_window, worker

    article = tmp_path / "article.txt"
    shutil.copyfile(SAMPLE, article)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "desktop"),
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFWRIGHT_DATA_DIR": str(private_data_dir),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", WORK_THEN_HANG, str(article), "0.2", DTG],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Poll the file system, with a deadline, for the autosave the edit caused.
        qtbot.waitUntil(
            lambda: bool(autosave_files(private_data_dir)) or child.poll() is not None,
            timeout=CRASH_TIMEOUT_MS,
        )
        assert child.poll() is None, child.communicate()[1]
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == -signal.SIGKILL
    assert out.splitlines() == [f"edited {DTG}"], err
    [left] = autosave_files(private_data_dir)

    asked: list[str] = []

    def recover(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        [button] = [b for b in box.buttons() if b.text() == "&Recover"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", recover)
    win = create_main_window(article)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.preview.ready, timeout=LOAD_TIMEOUT_MS):
        win.show()
    [details] = asked
    assert str(article) in details
    briefing = win.workspace.require()
    assert briefing.meta.dtg == DTG
    assert win.details.line_edits["dtg"].text() == DTG
    assert win.workspace.source_path == article
    assert win.isWindowModified() and not win.undo_stack.isClean()
    # The recovered autosave stays until the window's own autosave replaces it.
    assert autosave_files(private_data_dir) == [left]
    win.undo_stack.setClean()
    worker.wait_idle()


def test_later_is_not_asked_again_and_an_older_autosave_is_not_offered(
    qtbot, monkeypatch, no_questions: None, tmp_path: Path, private_data_dir: Path, sample_briefing
) -> None:  # type: ignore[no-untyped-def]
    from briefwright.store.autosave import write_autosave
    from briefwright.ui import worker
    from briefwright.ui.files import recovery
    from briefwright.ui.window.main_window import MainWindow

    article = tmp_path / "article.txt"
    shutil.copyfile(SAMPLE, article)
    sample_briefing.meta.dtg = DTG
    file = write_autosave(sample_briefing, f"1:{article}", original=str(article))
    # Left by a process that is gone (no process has id 0 but the kernel's own).
    envelope = file.read_text("utf-8").replace(f'"pid": {os.getpid()}', '"pid": 0')
    file.write_text(envelope, "utf-8")
    assert [e.file for e in recovery.autosaves_of(article)] == [file]

    answers: list[object] = []

    def later(_window: object, entry: object) -> recovery.Choice:
        answers.append(entry)
        return recovery.Choice.LATER

    monkeypatch.setattr(recovery, "ask_recovery", later)
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.briefingLoaded, timeout=LOAD_TIMEOUT_MS):
        win.open_path(article)
    assert len(answers) == 1 and win.workspace.require().meta.dtg != DTG
    with qtbot.waitSignal(win.briefingLoaded, timeout=LOAD_TIMEOUT_MS):
        win.open_path(article)
    assert len(answers) == 1
    assert file.is_file()

    # The article changed after the autosave: the autosave is older and not offered.
    os.utime(article, (file.stat().st_mtime + 5, file.stat().st_mtime + 5))
    assert recovery.autosaves_of(article) == []
    worker.wait_idle()
