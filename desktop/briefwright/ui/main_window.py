"""The main window: article, outline and details, preview; file handling and wiring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
)

from briefwright.briefing import Briefing
from briefwright.errors import BriefwrightError
from briefwright.ui import loading
from briefwright.ui.about import show_about
from briefwright.ui.actions import build_actions
from briefwright.ui.autosaver import Autosaver
from briefwright.ui.details_panel import DetailsPanel
from briefwright.ui.export_flow import ExportFlow, describe_failure
from briefwright.ui.icons import app_icon
from briefwright.ui.outline_model import OutlineModel
from briefwright.ui.outline_view import OutlineView
from briefwright.ui.panes import pane
from briefwright.ui.plain import message_box, show_error
from briefwright.ui.preview_build import PreviewBuilder
from briefwright.ui.preview_view import FIT_WIDTH, PreviewView
from briefwright.ui.selection_sync import SelectionSync
from briefwright.ui.settings import Settings
from briefwright.ui.source_view import SourceView
from briefwright.ui.workspace import Workspace

ARTICLE_FILTER = "Articles (*.txt *.text *.md *.markdown *.html *.htm *.docx);;All files (*)"
PROJECT_FILTER = "Briefing projects (*.briefing)"
OPEN_FILTER = f"{PROJECT_FILTER};;{ARTICLE_FILTER}"


class MainWindow(QMainWindow):
    """The Briefwright window. ``briefingLoaded()`` is emitted when an opened file is ready.

    Unsaved work is autosaved every ``autosave_interval`` seconds (default
    :data:`briefwright.autosave.AUTOSAVE_INTERVAL`; see :class:`Autosaver`).
    """

    briefingLoaded = Signal()
    loadFailed = Signal(str)

    def __init__(
        self, settings: Settings | None = None, *, autosave_interval: float | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.workspace = Workspace(self)
        self.undo_stack = self.workspace.undo_stack
        self._load_generation = 0
        self.loading = False

        self.source_view = SourceView()
        self.source_view.setAcceptDrops(False)
        self.outline_model = OutlineModel(self.workspace, self)
        self.outline_view = OutlineView(self.outline_model)
        self.details = DetailsPanel(self.workspace)
        self.preview_view = PreviewView()
        self.preview = PreviewBuilder(self.workspace, self.preview_view)
        self.exports = ExportFlow(self, self.workspace, self.settings)
        self.autosaver = Autosaver(self.workspace, autosave_interval, self)

        details_scroll = QScrollArea()
        details_scroll.setObjectName("detailsScroll")
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.setWidget(self.details)
        source_pane, self.source_caption = pane("&Article", self.source_view, "source")
        outline_pane, _ = pane("&Outline", self.outline_view, "outline")
        details_pane, _ = pane("Details", details_scroll, "details")
        preview_pane, _ = pane(
            "&Preview", self.preview_view, "preview", buddy=self.preview_view.pages_area
        )

        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("sideSplitter")
        self.side_splitter.addWidget(outline_pane)
        self.side_splitter.addWidget(details_pane)
        self.side_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(source_pane)
        self.main_splitter.addWidget(self.side_splitter)
        self.main_splitter.addWidget(preview_pane)
        self.main_splitter.setChildrenCollapsible(False)
        for i, stretch in enumerate((3, 3, 4)):
            self.main_splitter.setStretchFactor(i, stretch)
        self.main_splitter.setSizes([430, 420, 516])
        self.side_splitter.setSizes([330, 360])
        self.setCentralWidget(self.main_splitter)

        self.menu_actions = build_actions(
            self,
            self.undo_stack.createUndoAction(self, "&Undo"),
            self.undo_stack.createRedoAction(self, "&Redo"),
        )
        self._busy = QProgressBar()
        self._busy.setObjectName("busyIndicator")
        self._busy.setAccessibleName("Working")
        self._busy.setRange(0, 0)
        self._busy.setMaximumWidth(140)
        self._busy.setMaximumHeight(14)
        self._busy.setTextVisible(False)
        self._busy.hide()
        self.statusBar().addPermanentWidget(self._busy)

        self._connect()
        self._restore_settings()
        self._update_title()
        self._update_enabled()
        if self.settings.geometry() is None:
            self._default_size()

    # --- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_article.triggered.connect(self.choose_article)
        a.open_project.triggered.connect(self.choose_project)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.export_pdf.triggered.connect(lambda: self.exports.export("pdf"))
        a.export_docx.triggered.connect(lambda: self.exports.export("docx"))
        a.quit.triggered.connect(self.close)
        a.move_up.triggered.connect(lambda: self.outline_view.move_selected(-1))
        a.move_down.triggered.connect(lambda: self.outline_view.move_selected(1))
        a.toggle.triggered.connect(self.outline_view.toggle_selected)
        a.rename.triggered.connect(self.outline_view.edit_selected)
        a.zoom_in.triggered.connect(lambda: self.preview_view.step_zoom(1))
        a.zoom_out.triggered.connect(lambda: self.preview_view.step_zoom(-1))
        a.zoom_fit.triggered.connect(lambda: self.preview_view.set_zoom(FIT_WIDTH))
        a.about.triggered.connect(self.show_about)
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # Typing after an undo or redo is a step of its own, not part of the one undone.
        a.undo.triggered.connect(self.workspace.end_merge_session)
        a.redo.triggered.connect(self.workspace.end_merge_session)
        self.workspace.pathChanged.connect(self._update_title)
        self.workspace.changed.connect(self._on_changed)
        self.workspace.reset.connect(self._on_reset)
        self.workspace.reset.connect(self._update_enabled)
        self.selection_sync = SelectionSync(
            self.workspace, self.outline_view, self.source_view, parent=self
        )
        self.preview_view.zoomChanged.connect(self.settings.set_zoom)
        self.exports.started.connect(lambda _p: self._update_enabled())
        self.exports.finished.connect(self._on_export_finished)
        self.exports.failed.connect(lambda _m: self._update_enabled())
        self.autosaver.failed.connect(
            lambda message: self.statusBar().showMessage(f"Could not autosave: {message}", 8000)
        )

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        for splitter in (self.main_splitter, self.side_splitter):
            state = s.splitter_state(splitter.objectName())
            if state is not None:
                splitter.restoreState(state)
        zoom = s.zoom()
        if zoom:
            self.preview_view.set_zoom(zoom)

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1366, screen.width()), min(768, screen.height()))

    def save_settings(self) -> None:
        """Remember geometry and splitter sizes."""
        self.settings.set_geometry(self.saveGeometry())
        for splitter in (self.main_splitter, self.side_splitter):
            self.settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        self.settings.sync()

    # --- opening ---------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> None:
        """Open an article or project in the background; the current work stays until ready."""
        if not self.confirm_discard():
            return
        self._load_generation += 1
        generation = self._load_generation
        self.loading = True
        self._busy.show()
        self.statusBar().showMessage(f"Reading {Path(path).name}…")
        self._update_enabled()
        loading.start(
            Path(path),
            on_article=lambda article: self._on_article(generation, article),
            on_result=lambda result: self._on_loaded(generation, result),
            on_error=lambda exc: self._on_load_failed(generation, Path(path), exc),
        )

    def _on_article(self, generation: int, article: object) -> None:
        if generation != self._load_generation:
            return
        from briefwright.article import Article

        if isinstance(article, Article):
            self.source_view.show_article(article)
            self.statusBar().showMessage("Analysing the article…")

    def _on_loaded(self, generation: int, result: loading.Loaded) -> None:
        if generation != self._load_generation:
            return
        self.loading = False
        self._busy.hide()
        self.workspace.set_briefing(
            result.briefing, project_path=result.project_path, source_path=result.path
        )
        self.settings.add_recent_file(result.path)
        self.settings.set_last_folder(result.path.parent)
        words = result.briefing.article.word_count
        self.statusBar().showMessage(
            f"Opened {result.path.name}: {words:,} words, "
            f"{len(result.briefing.article.paragraphs)} paragraphs",
            8000,
        )
        self._update_enabled()
        self.briefingLoaded.emit()

    def _on_load_failed(self, generation: int, path: Path, error: BaseException) -> None:
        if generation != self._load_generation:
            return
        self.loading = False
        self._busy.hide()
        self.statusBar().clearMessage()
        if self.workspace.briefing is not None:
            self.source_view.show_article(self.workspace.briefing.article)
        self._update_enabled()
        show_error(
            self,
            "Could not open the file",
            f"{path.name} could not be opened.",
            describe_failure(error),
        )
        self.loadFailed.emit(describe_failure(error))

    def open_recovered(self, briefing: Briefing, original: str | None) -> None:
        """Show a recovered ``briefing`` as unsaved work; Save goes to ``original`` if a project."""
        from briefwright.project import is_project

        path = Path(original) if original else None
        self._load_generation += 1
        self.loading = False
        self._busy.hide()
        self.workspace.set_briefing(
            briefing,
            project_path=path if path is not None and is_project(path) else None,
            source_path=path,
        )
        self.undo_stack.resetClean()
        self.statusBar().showMessage("Recovered the unsaved briefing: save it to keep it", 8000)
        self._update_enabled()
        self.briefingLoaded.emit()

    def choose_article(self) -> None:
        """Ask for an article and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self, "New from Article", self.settings.last_folder(), ARTICLE_FILTER
        )
        if path:
            self.open_path(path)

    def choose_project(self) -> None:
        """Ask for a project (or an article) and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open Project", self.settings.last_folder(), OPEN_FILTER
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

    # --- saving ----------------------------------------------------------------------------

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
        from briefwright.filenames import safe_filename

        current = self.workspace.project_path
        suggested = current or Path(self.settings.last_folder()) / (
            safe_filename(briefing.meta.title) + ".briefing"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, "Save Project As", str(suggested), PROJECT_FILTER
        )
        if not path:
            return False
        target = Path(path if path.endswith(".briefing") else path + ".briefing")
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        from briefwright.project import save_project

        try:
            save_project(self.workspace.require(), target)
        except (BriefwrightError, OSError) as exc:
            show_error(
                self, "Could not save", f"{target.name} could not be saved.", describe_failure(exc)
            )
            return False
        self.undo_stack.setClean()
        self.autosaver.remove()
        self.workspace.set_project_path(target)
        self.settings.add_recent_file(target)
        self.settings.set_last_folder(target.parent)
        self.statusBar().showMessage(f"Saved {target.name}", 5000)
        return True

    # --- closing ---------------------------------------------------------------------------

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

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.save_settings()
        self.autosaver.stop()
        self.autosaver.remove()
        event.accept()

    # --- drag a file onto the window -------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.open_path(files[0]))

    # --- following changes -----------------------------------------------------------------

    def _on_reset(self) -> None:
        briefing = self.workspace.require()
        self.source_view.show_article(briefing.article)
        self.source_view.set_briefing_highlights(briefing)
        self.outline_view.expand_groups()
        path = self.workspace.source_path
        name = briefing.article.title or (path.name if path is not None else "")
        # The caption keeps its Alt+A mnemonic; an "&" in the name must not make another.
        self.source_caption.setText(f"&Article · {name.replace('&', '&&')}" if name else "&Article")

    def _on_changed(self) -> None:
        briefing = self.workspace.briefing
        if briefing is not None:
            self.source_view.set_briefing_highlights(briefing)

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self) -> None:
        ws = self.workspace
        path = ws.project_path or ws.source_path
        name = path.name if path is not None else "Untitled"
        self.setWindowTitle(f"{name}[*] — Briefwright")
        self.setWindowFilePath(str(path) if path is not None else "")
        self.setWindowModified(not self.undo_stack.isClean())

    def _update_enabled(self) -> None:
        ready = self.workspace.briefing is not None
        for action in (
            self.menu_actions.save,
            self.menu_actions.save_as,
            self.menu_actions.toggle,
            self.menu_actions.rename,
            self.menu_actions.move_up,
            self.menu_actions.move_down,
        ):
            action.setEnabled(ready)
        for action in (self.menu_actions.export_pdf, self.menu_actions.export_docx):
            action.setEnabled(ready and not self.exports.running)
        self.outline_view.setEnabled(ready)
        self.details.setEnabled(ready)

    def _on_export_finished(self, path: str) -> None:
        self._update_enabled()
        self.statusBar().showMessage(f"Exported {Path(path).name}", 8000)

    def show_about(self) -> None:
        """Show the version and licence."""
        show_about(self)
