"""Export to PDF or Word: ask for the file, write it off the UI thread, report the outcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from briefwright.app.export import export_briefing
from briefwright.app.filenames import safe_filename
from briefwright.draft.completion import to_complete
from briefwright.draft.edits import snapshot
from briefwright.model.briefing import Briefing
from briefwright.model.errors import BriefwrightError
from briefwright.model.exportkinds import EXPORT_KINDS, Format
from briefwright.ui import worker
from briefwright.ui.settings import Settings
from briefwright.ui.text.plain_widgets import message_box, show_error, title_width
from briefwright.ui.workspace import Workspace

ExportFormat = Format


def write_export(briefing: Briefing, fmt: ExportFormat, target: str) -> str:
    """Write ``briefing`` to ``target`` as the command line does; return ``target``.

    Raise ExportError (or another BriefwrightError) with a message naming the cause.
    """
    # The writers (ReportLab, python-docx) load on the first export, not at the window's start.
    export_briefing(briefing, target, fmt)
    return target


def describe_failure(error: BaseException) -> str:
    """Return a sentence naming why an export or a save failed."""
    if isinstance(error, BriefwrightError):
        return str(error)
    if isinstance(error, PermissionError):
        name = error.filename or "the file"
        return f"Permission denied: {name} cannot be written (is it open in another program?)."
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}."
    return f"An unexpected error stopped it: {type(error).__name__}: {error}"


class ExportFlow(QObject):
    """Runs exports for the window; ``finished(path)`` or ``failed(message)`` ends each one."""

    started = Signal(str)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, window: QWidget, workspace: Workspace, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._ws = workspace
        self._settings = settings
        self._progress: QProgressDialog | None = None
        self.running = False
        self.last_message: QMessageBox | None = None

    def suggested_path(self, fmt: ExportFormat) -> Path:
        """Return the path the save dialog proposes: the title made safe, in the last folder."""
        briefing = self._ws.require()
        ext = EXPORT_KINDS[fmt].suffix
        return Path(self._settings.last_folder()) / f"{safe_filename(briefing.meta.title)}{ext}"

    def export(self, fmt: ExportFormat) -> None:
        """Ask where to export and write the file in the background (nothing when cancelled)."""
        if self._ws.briefing is None or self.running:
            return
        kind = EXPORT_KINDS[fmt]
        ext, label, file_filter = kind.suffix, kind.label, kind.file_filter
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, f"Export {label}", str(self.suggested_path(fmt)), file_filter
        )
        if not chosen:
            return
        target = chosen if chosen.lower().endswith(ext) else chosen + ext
        self._settings.set_last_folder(Path(target).parent)
        self.running = True
        self.started.emit(target)
        self._progress = QProgressDialog(f"Exporting {label}…", "", 0, 0, self._window)
        self._progress.setObjectName("exportProgress")
        self._progress.setWindowTitle(f"Export {label}")
        self._progress.setMinimumWidth(title_width(self._progress, f"Export {label}"))
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(400)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setValue(0)
        worker.submit(
            f"export-{fmt}",
            write_export,
            snapshot(self._ws.briefing),
            fmt,
            target,
            on_result=lambda path: self._on_done(label, path),
            on_error=lambda exc: self._on_failed(label, target, exc),
        )

    def _close_progress(self) -> None:
        self.running = False
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _on_done(self, label: str, path: str) -> None:
        self._close_progress()
        missing = to_complete(self._ws.briefing) if self._ws.briefing is not None else []
        # The file is written either way; what still reads "To complete" is said at once.
        note = f" Still to complete: {', '.join(missing)}." if missing else ""
        box = message_box(
            self._window,
            QMessageBox.Icon.Information,
            f"{label} exported",
            f"The briefing was exported to {Path(path).name}.{note}",
            str(Path(path).parent),
        )
        box.setObjectName("exportDoneDialog")
        open_file = box.addButton("&Open file", QMessageBox.ButtonRole.ActionRole)
        show_folder = box.addButton("&Show in folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_file.setToolTip("Open the exported file in its default application")
        show_folder.setToolTip("Open the folder that holds the exported file")
        open_file.clicked.connect(lambda: self._open(path, label))
        show_folder.clicked.connect(lambda: self._open(str(Path(path).parent), "folder"))
        box.open()
        self.last_message = box
        self.finished.emit(path)

    def _open(self, path: str, what: str) -> None:
        """Open ``path`` in its default application; say so when the system has none."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            return
        self.last_message = show_error(
            self._window,
            "Could not open it",
            f"No application is set up to open this {what}.",
            f"It is saved at {path}; open it from your file manager.",
        )

    def _on_failed(self, label: str, target: str, error: BaseException) -> None:
        self._close_progress()
        message = describe_failure(error)
        self.last_message = show_error(
            self._window,
            f"{label} export failed",
            f"{Path(target).name} could not be written.",
            f"{message}\nYour briefing is unchanged, and any existing file was left as it was.",
        )
        self.failed.emit(message)
