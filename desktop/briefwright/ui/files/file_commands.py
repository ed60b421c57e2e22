"""The window's file commands: choose an article or project, recent files, save, unsaved work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from briefwright.app.filenames import safe_filename
from briefwright.model.errors import BriefwrightError, IngestError
from briefwright.model.filekinds import ARTICLE_SUFFIXES, PROJECT_SUFFIX, dialog_filter
from briefwright.store.project import save_project
from briefwright.ui.files.clipboard_import import article_from_mime, has_article
from briefwright.ui.files.export_flow import describe_failure
from briefwright.ui.text.plain_widgets import message_box, show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from briefwright.ui.files.autosaver import Autosaver
    from briefwright.ui.settings import Settings
    from briefwright.ui.workspace import Workspace

ARTICLE_FILTER = dialog_filter()
PROJECT_FILTER = f"Briefing projects (*{PROJECT_SUFFIX})"
_ARTICLE_PATTERNS = " ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
OPEN_FILTER = (
    f"Articles and projects (*{PROJECT_SUFFIX} {_ARTICLE_PATTERNS});;"
    f"{PROJECT_FILTER};;{ARTICLE_FILTER}"
)
"""File > Open's filters: articles and projects together first, then each kind, then all."""


class FileCommands(QObject):
    """File > Open (articles and projects), New from Article, Open Recent, Save, Save As;
    unsaved work; dropped files.

    What the user chose to open is not opened here: ``openRequested(path)`` asks for a file,
    ``articleRequested(article)`` for an article dropped as text. Dialogs stand over
    ``parent``; messages go to ``status``.
    """

    openRequested = Signal(str)
    articleRequested = Signal(object)
    # Article files to add to the open briefing as further sources.
    addRequested = Signal(list)

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        settings: Settings,
        autosaver: Autosaver,
        status: QStatusBar,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._ws = workspace
        self._settings = settings
        self._autosaver = autosaver
        self._status = status

    def choose_article(self) -> None:
        """Ask for an article; ``openRequested`` it when one was chosen."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, "New from Article", self._settings.last_folder(), ARTICLE_FILTER
        )
        if path:
            self.openRequested.emit(path)

    def choose_articles_to_add(self) -> None:
        """Ask for articles (several at once); ``addRequested`` them when some were chosen."""
        paths, _ = QFileDialog.getOpenFileNames(
            self._parent, "Add Articles to the Briefing", self._settings.last_folder(),
            ARTICLE_FILTER,
        )
        if paths:
            self._settings.set_last_folder(paths[0])
            self.addRequested.emit(list(paths))

    def choose_file(self) -> None:
        """Ask for an article or a project (one dialog, both kinds); ``openRequested`` it."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, "Open an Article or Project", self._settings.last_folder(), OPEN_FILTER
        )
        if path:
            self.openRequested.emit(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Fill ``menu`` with the recent files (each ``openRequested`` when chosen)."""
        menu.clear()
        recent = self._settings.recent_files()
        for i, path in enumerate(recent, 1):
            action = menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.openRequested.emit(p))
        if not recent:
            menu.addAction("No recent files").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("&Clear List", self._settings.clear_recent_files)

    def save(self) -> bool:
        """Save to the project file (asking for one the first time); return whether it was saved."""
        if self._ws.project_path is None:
            return self.save_as()
        return self._save_to(self._ws.project_path)

    def save_as(self) -> bool:
        """Ask for a project file and save to it; return whether it was saved."""
        briefing = self._ws.briefing
        if briefing is None:
            return False
        current = self._ws.project_path
        suggested = current or Path(self._settings.last_folder()) / (
            safe_filename(briefing.meta.title) + PROJECT_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self._parent, "Save Project As", str(suggested), PROJECT_FILTER
        )
        if not path:
            return False
        target = Path(path if path.endswith(PROJECT_SUFFIX) else path + PROJECT_SUFFIX)
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        try:
            save_project(self._ws.require(), target)
        except (BriefwrightError, OSError) as exc:
            reason = describe_failure(exc)
            show_error(self._parent, "Could not save", f"{target.name} could not be saved.", reason)
            return False
        self._ws.undo_stack.setClean()
        self._autosaver.remove()
        self._ws.set_project_path(target)
        self._settings.add_recent_file(target)
        self._settings.set_last_folder(target.parent)
        self._status.showMessage(f"Saved {target.name}", 5000)
        return True

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes; return Save, Discard or Cancel."""
        box = message_box(
            self._parent,
            QMessageBox.Icon.Question,
            "Unsaved changes",
            "Save the changes to this briefing?",
            "Your changes are lost if you don't save them.",
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        # Alt+S, Alt+D and Alt+C answer from the keyboard.
        for button, text in (
            (QMessageBox.StandardButton.Save, "&Save"),
            (QMessageBox.StandardButton.Discard, "&Don't Save"),
            (QMessageBox.StandardButton.Cancel, "&Cancel"),
        ):
            found = box.button(button)
            if found is not None:
                found.setText(text)
        box.exec()
        return box.standardButton(box.clickedButton()) or QMessageBox.StandardButton.Cancel

    def confirm_discard(self) -> bool:
        """Return True when the current work may be replaced (saved, discarded or unchanged)."""
        if self._ws.briefing is None or self._ws.undo_stack.isClean():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def accepts_drop(self, mime: QMimeData) -> bool:
        """Return whether ``mime`` (dragged over the window) holds a file or an article."""
        files = mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())
        return files or has_article(mime)

    def drop(self, mime: QMimeData) -> bool:
        """Ask to open what ``mime`` holds (its first file, else its text as an article), once
        the drop is over; return False when it holds neither. Several article files dropped
        while a briefing is open are asked to be added to it instead."""
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        articles = [f for f in files if Path(f).suffix.lower() in ARTICLE_SUFFIXES]
        if self._ws.briefing is not None and len(files) > 1 and articles:
            QTimer.singleShot(0, self, lambda: self.addRequested.emit(files))
            return True
        if files:
            # Opened after the drop returns: the source of the drag must not wait on the opening.
            QTimer.singleShot(0, self, lambda: self.openRequested.emit(files[0]))
            return True
        try:
            article = article_from_mime(mime)
        except IngestError:
            return False
        QTimer.singleShot(0, self, lambda: self.articleRequested.emit(article))
        return True
