"""The window's file commands: choose an article or project, recent files, save, unsaved work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from briefwright.app.filenames import safe_filename
from briefwright.model.errors import BriefwrightError, IngestError
from briefwright.model.filekinds import ARTICLE_SUFFIXES, PROJECT_SUFFIX, dialog_filter
from briefwright.store.project import save_project
from briefwright.ui.files.clipboard_import import article_from_mime, has_article
from briefwright.ui.files.export_flow import describe_failure
from briefwright.ui.text.plain_widgets import message_box, show_error

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack

    from briefwright.model.article import Article
    from briefwright.ui.files.autosaver import Autosaver
    from briefwright.ui.settings import Settings
    from briefwright.ui.window.actions import Actions
    from briefwright.ui.workspace import Workspace

ARTICLE_FILTER = dialog_filter()
PROJECT_FILTER = f"Briefing projects (*{PROJECT_SUFFIX})"
_ARTICLE_PATTERNS = " ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
OPEN_FILTER = (
    f"Articles and projects (*{PROJECT_SUFFIX} {_ARTICLE_PATTERNS});;"
    f"{PROJECT_FILTER};;{ARTICLE_FILTER}"
)
"""File > Open's filters: articles and projects together first, then each kind, then all."""


class FileCommands(QMainWindow):
    """File > Open (articles and projects), New from Article, Open Recent, Save, Save As;
    unsaved work; dropped files.

    The main window derives from this and provides the attributes declared here.
    """

    settings: Settings
    workspace: Workspace
    undo_stack: QUndoStack
    menu_actions: Actions
    autosaver: Autosaver
    open_path: Callable[[str | Path], None]
    open_article: Callable[[Article], None]

    def choose_article(self) -> None:
        """Ask for an article and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self, "New from Article", self.settings.last_folder(), ARTICLE_FILTER
        )
        if path:
            self.open_path(path)

    def choose_file(self) -> None:
        """Ask for an article or a project (one dialog, both kinds) and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open an Article or Project", self.settings.last_folder(), OPEN_FILTER
        )
        if path:
            self.open_path(path)

    def _fill_recent_menu(self) -> None:
        menu = self.menu_actions.recent_menu
        menu.clear()
        recent = self.settings.recent_files()
        for i, path in enumerate(recent, 1):
            action = menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction("No recent files").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("&Clear List", self.settings.clear_recent_files)

    def save(self) -> bool:
        """Save to the project file (asking for one the first time); return whether it was saved."""
        if self.workspace.project_path is None:
            return self.save_as()
        return self._save_to(self.workspace.project_path)

    def save_as(self) -> bool:
        """Ask for a project file and save to it; return whether it was saved."""
        briefing = self.workspace.briefing
        if briefing is None:
            return False
        current = self.workspace.project_path
        suggested = current or Path(self.settings.last_folder()) / (
            safe_filename(briefing.meta.title) + PROJECT_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self, "Save Project As", str(suggested), PROJECT_FILTER
        )
        if not path:
            return False
        target = Path(path if path.endswith(PROJECT_SUFFIX) else path + PROJECT_SUFFIX)
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        try:
            save_project(self.workspace.require(), target)
        except (BriefwrightError, OSError) as exc:
            reason = describe_failure(exc)
            show_error(self, "Could not save", f"{target.name} could not be saved.", reason)
            return False
        self.undo_stack.setClean()
        self.autosaver.remove()
        self.workspace.set_project_path(target)
        self.settings.add_recent_file(target)
        self.settings.set_last_folder(target.parent)
        self.statusBar().showMessage(f"Saved {target.name}", 5000)
        return True

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes; return Save, Discard or Cancel."""
        box = message_box(
            self,
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
        if self.workspace.briefing is None or self.undo_stack.isClean():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        files = mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())
        if files or has_article(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.open_path(files[0]))
            return

        try:
            article = article_from_mime(mime)
        except IngestError:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, self, lambda: self.open_article(article))
