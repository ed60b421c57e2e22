"""The main window: the article, outline, details and preview panes, and the parts at work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QMainWindow, QVBoxLayout

import briefwright
from briefwright.model.sources import LEAD_SOURCE
from briefwright.ui.article.selection_sync import SelectionSync
from briefwright.ui.article.source_switch import SourceSwitch
from briefwright.ui.article.source_view import SourceView
from briefwright.ui.details.panel import DetailsPanel
from briefwright.ui.files.autosaver import Autosaver
from briefwright.ui.files.export_flow import ExportFlow
from briefwright.ui.files.file_commands import FileCommands
from briefwright.ui.files.opening import Opener
from briefwright.ui.outline.model import OutlineModel
from briefwright.ui.outline.not_shown import NotShownNote
from briefwright.ui.outline.view import OutlineView
from briefwright.ui.preview.build import PreviewBuilder
from briefwright.ui.preview.view import FIT_WIDTH, PreviewView
from briefwright.ui.settings import Settings
from briefwright.ui.sources.adding import SourceAdder
from briefwright.ui.sources.pane import SourcesPane
from briefwright.ui.window import layout as window_layout
from briefwright.ui.window.about import show_about
from briefwright.ui.window.actions import build_actions
from briefwright.ui.window.desk import Desk
from briefwright.ui.window.desk_actions import build_desk_actions
from briefwright.ui.window.icons import app_icon
from briefwright.ui.window.staging import Staging
from briefwright.ui.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QSplitter


class MainWindow(QMainWindow):
    """The Briefwright window. ``briefingLoaded()`` is emitted when an opened file is ready.

    The window holds the workspace, the actions, the panes and the parts that work on them:
    ``files`` (:class:`FileCommands`: open and save dialogs, recent files, unsaved work,
    dropped files), ``opener`` (:class:`Opener`: reading and analysing what is opened,
    offering recovered work), ``desk`` (:class:`Desk`: own content, paste, find, print, help,
    spelling, pane toggles), ``exports`` and ``autosaver``.

    Unsaved work is autosaved every ``autosave_interval`` seconds (default
    :data:`briefwright.ui.files.autosaver.AUTOSAVE_LAG`; see :class:`Autosaver`). Opening a file
    offers the unsaved work a crashed session left of it (``opener.offers_recovery``).

    With ``staged``, only the article pane, menus and tool bar are made at once; the outline,
    details and preview panes (and the analysis of an article already shown) follow the
    first paint of the article, and ``panesBuilt()`` is emitted then. Without it, the
    window is complete when made.
    """

    briefingLoaded = Signal()
    loadFailed = Signal(str)
    panesBuilt = Signal()

    outline_model: OutlineModel
    outline_view: OutlineView
    details: DetailsPanel
    preview_view: PreviewView
    preview: PreviewBuilder
    exports: ExportFlow
    selection_sync: SelectionSync
    side_splitter: QSplitter
    not_shown: NotShownNote
    sources_pane: SourcesPane

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        autosave_interval: float | None = None,
        staged: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.persist_settings = True
        self.workspace = Workspace(self)
        self.undo_stack = self.workspace.undo_stack
        self.workspace.fieldChanged.connect(self._remember_marking)
        self._built = False

        self.source_view = SourceView()
        self.source_view.setAcceptDrops(False)
        self.main_splitter, self.source_caption = window_layout.main_splitter(self.source_view)
        self.setCentralWidget(self.main_splitter)
        selector = QComboBox()
        source_pane = self.source_view.parentWidget()
        source_layout = source_pane.layout() if source_pane is not None else None
        if isinstance(source_layout, QVBoxLayout):
            # Above the article text: which source it shows, when there are several.
            source_layout.insertWidget(1, selector)
        self.source_switch = SourceSwitch(
            self.workspace, self.source_view, selector, self.source_caption
        )
        self.menu_actions = build_actions(
            self,
            self.undo_stack.createUndoAction(self, "&Undo"),
            self.undo_stack.createRedoAction(self, "&Redo"),
        )
        self.desk_actions = build_desk_actions(self, self.menu_actions)
        self._busy = window_layout.busy_indicator()
        status = self.statusBar()
        status.addPermanentWidget(self._busy)

        self.autosaver = Autosaver(self.workspace, autosave_interval, self)
        self.staging = Staging(
            self.build_panes, self.source_view.painted if staged else None, self
        )
        self.files = FileCommands(self, self.workspace, self.settings, self.autosaver, status)
        self.opener = Opener(
            self,
            self.workspace,
            self.settings,
            self.files,
            self.autosaver,
            self.source_view,
            status,
            self.staging,
        )
        self.desk = Desk(
            self,
            self.workspace,
            self.settings,
            self.menu_actions,
            self.desk_actions,
            self.source_view,
            self.files,
            self.opener,
        )
        self.adder = SourceAdder(self, self.workspace, self.settings, status)
        self.adder.busyChanged.connect(self._on_loading_changed)
        self.files.addRequested.connect(self.adder.add_paths)
        self.files.openRequested.connect(self.opener.open_path)
        self.files.articleRequested.connect(self.opener.open_article)
        self.opener.loadingChanged.connect(self._on_loading_changed)
        self.opener.briefingLoaded.connect(self.briefingLoaded)
        self.opener.loadFailed.connect(self.loadFailed)

        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry) or self._too_small():
            self._default_size()
        state = self.settings.splitter_state(self.main_splitter.objectName())
        if state is not None:
            self.main_splitter.restoreState(state)
        a = self.menu_actions
        a.new_article.triggered.connect(self.files.choose_article)
        a.add_article.triggered.connect(self.files.choose_articles_to_add)
        a.open_project.triggered.connect(self.files.choose_file)
        a.save.triggered.connect(self.files.save)
        a.save_as.triggered.connect(self.files.save_as)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        a.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(a.recent_menu))
        self.autosaver.failed.connect(
            lambda message: status.showMessage(f"Could not autosave: {message}", 8000)
        )
        self._update_title()
        if not staged:
            self.build_panes()
        self._update_enabled()

    # --- what others ask of the window (the work is its parts') -----------------------------

    def open_path(self, path: str | Path) -> None:
        """Open an article or project in the background (see :meth:`Opener.open_path`)."""
        self.opener.open_path(path)

    def save(self) -> bool:
        """Save to the project file (asking for one the first time); return whether it was saved."""
        return self.files.save()

    @property
    def panes_built(self) -> bool:
        """Return whether the outline, details and preview panes exist yet."""
        return self._built

    def build_panes(self) -> None:
        """Make the outline, details and preview panes and wire them (once; later calls return)."""
        if self._built:
            return
        self._built = True
        self.setWindowIcon(app_icon())
        # Read here, after the first paint: the installed metadata takes ~50 ms to load.
        QApplication.setApplicationVersion(briefwright.__version__)
        self.outline_model = OutlineModel(self.workspace, self)
        self.outline_view = OutlineView(self.outline_model)
        self.details = DetailsPanel(self.workspace)
        self.preview_view = PreviewView()
        self.preview = PreviewBuilder(self.workspace, self.preview_view)
        self.exports = ExportFlow(self, self.workspace, self.settings)
        self.not_shown = NotShownNote(self.workspace)
        self.sources_pane = SourcesPane(self.workspace, self.settings)
        self.side_splitter = window_layout.fill_columns(
            self.main_splitter,
            self.outline_view,
            self.details,
            self.preview_view,
            self.not_shown,
            self.sources_pane,
        )
        # Restored again now that the real panes fill the columns the sizes were saved for.
        for splitter in (self.main_splitter, self.side_splitter):
            state = self.settings.splitter_state(splitter.objectName())
            if state is not None:
                splitter.restoreState(state)
            elif splitter is self.main_splitter:
                splitter.setSizes(list(window_layout.DEFAULT_SIZES))
        zoom = self.settings.zoom()
        if zoom:
            self.preview_view.set_zoom(zoom)
        self._connect()
        self._update_enabled()
        self.panesBuilt.emit()

    # --- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.menu_actions
        a.export_pdf.triggered.connect(lambda: self.exports.export("pdf"))
        a.export_docx.triggered.connect(lambda: self.exports.export("docx"))
        a.move_up.triggered.connect(lambda: self.outline_view.move_selected(-1))
        a.move_down.triggered.connect(lambda: self.outline_view.move_selected(1))
        a.toggle.triggered.connect(self.outline_view.toggle_selected)
        a.rename.triggered.connect(self.outline_view.edit_selected)
        a.zoom_in.triggered.connect(lambda: self.preview_view.step_zoom(1))
        a.zoom_out.triggered.connect(lambda: self.preview_view.step_zoom(-1))
        a.zoom_fit.triggered.connect(lambda: self.preview_view.set_zoom(FIT_WIDTH))
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # Typing after an undo or redo is a step of its own, not part of the one undone.
        a.undo.triggered.connect(self.workspace.end_merge_session)
        a.redo.triggered.connect(self.workspace.end_merge_session)
        self.workspace.pathChanged.connect(self._update_title)
        self.workspace.changed.connect(self._on_changed)
        self.workspace.reset.connect(self._on_reset)
        self.workspace.reset.connect(self._update_enabled)
        self.selection_sync = SelectionSync(
            self.workspace, self.outline_view, self.source_switch, parent=self
        )
        self.sources_pane.sourceChosen.connect(self.source_switch.show_source)
        self.source_switch.shown.connect(self.sources_pane.select_source)
        self.preview_view.zoomChanged.connect(self.settings.set_zoom)
        self.exports.started.connect(lambda _p: self._update_enabled())
        self.exports.finished.connect(self._on_export_finished)
        self.exports.failed.connect(lambda _m: self._update_enabled())
        self.desk.attach_panes(
            self.outline_view, self.details, self.preview_view, self.preview, self.side_splitter
        )

    def _too_small(self) -> bool:
        # A geometry saved on another screen can come back too small to show three panes.
        screen = self.screen().availableGeometry()
        return self.width() < min(900, screen.width()) or self.height() < min(560, screen.height())

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1366, screen.width()), min(768, screen.height()))

    def save_settings(self) -> None:
        """Remember geometry and splitter sizes (not in a start-up probe, which is headless)."""
        if not self.persist_settings:
            return
        self.settings.set_geometry(self.saveGeometry())
        splitters = [self.main_splitter, self.side_splitter] if self._built else []
        for splitter in splitters:
            self.settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        self.settings.sync()

    # --- closing ----------------------------------------------------------------------------

    def _remember_marking(self, name: str) -> None:
        """Keep the marking the user chose as the one new briefings carry."""
        if name == "marking" and self.persist_settings and self.workspace.briefing is not None:
            self.settings.set_default_marking(self.workspace.briefing.meta.marking)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.save_settings()
        self.autosaver.stop()
        self.autosaver.remove()
        event.accept()

    # Drops are the window's events; what a drop opens is the file commands' to say.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.accepts_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.files.drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- following changes -----------------------------------------------------------------

    def _on_reset(self) -> None:
        # A briefing newly opened shows its first source; sources added to the open one
        # leave the article shown as it was (see SourceSwitch.refresh).
        if not self.workspace.replacing:
            self.source_switch.show_source(LEAD_SOURCE)
        self.outline_view.expand_groups()

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
        a = self.menu_actions
        for action in (a.save, a.save_as, a.toggle, a.rename, a.move_up, a.move_down):
            action.setEnabled(ready)
        a.add_article.setEnabled(ready and not self.adder.running)
        exporting = self._built and self.exports.running
        for action in (a.export_pdf, a.export_docx):
            action.setEnabled(ready and not exporting)
        if self._built:
            self.outline_view.setEnabled(ready)
            self.details.setEnabled(ready)
        self.desk.update_edit_actions()

    def _on_loading_changed(self, loading: bool) -> None:
        self._busy.setVisible(self.opener.loading or self.adder.running or loading)
        self._update_enabled()

    def _on_export_finished(self, path: str) -> None:
        self._update_enabled()
        self.statusBar().showMessage(f"Exported {Path(path).name}", 8000)

    def show_about(self) -> None:
        """Show the version and licence."""
        show_about(self)
