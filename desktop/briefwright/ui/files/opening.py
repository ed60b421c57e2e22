"""The window's opening of articles and projects: read now or in the background, or recovered."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefwright.app.pipeline import propose_article
from briefwright.model.article import Article
from briefwright.store.autosave import list_recoverable
from briefwright.store.project import is_project
from briefwright.ui import worker
from briefwright.ui.files import loading, recovery
from briefwright.ui.files.clipboard_import import PASTED_NAME
from briefwright.ui.files.export_flow import describe_failure
from briefwright.ui.text.plain_widgets import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from briefwright.model.briefing import Briefing
    from briefwright.ui.article.source_view import SourceView
    from briefwright.ui.files.autosaver import Autosaver
    from briefwright.ui.files.file_commands import FileCommands
    from briefwright.ui.settings import Settings
    from briefwright.ui.window.staging import Staging
    from briefwright.ui.workspace import Workspace


class Opener(QObject):
    """Opens a file, a pasted article or recovered work into the workspace.

    ``briefingLoaded()`` follows each briefing made ready, ``loadFailed(reason)`` each file
    that could not be opened, ``loadingChanged(loading)`` each start and end of a load. The
    current work is given up only when ``files`` confirms it may be; the article is shown in
    ``source_view`` as soon as it is read; the analysis of a file shown at once waits for the
    first paint (``staging``), and the panes are built before a briefing arrives.
    """

    briefingLoaded = Signal()
    loadFailed = Signal(str)
    loadingChanged = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        settings: Settings,
        files: FileCommands,
        autosaver: Autosaver,
        source_view: SourceView,
        status: QStatusBar,
        staging: Staging,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._ws = workspace
        self._settings = settings
        self._files = files
        self._autosaver = autosaver
        self._source = source_view
        self._status = status
        self._staging = staging
        # Whether opening a file offers the unsaved work a crashed session left of it.
        self.offers_recovery = True
        # Autosaves the user answered "Later" about: not asked about again in this window.
        self.declined_autosaves: set[Path] = set()
        self.loading = False
        # Only the newest load may show its result: an older one finishing late is dropped.
        self._generation = 0

    def open_path(self, path: str | Path) -> None:
        """Open an article or project in the background; the current work stays until ready.

        A small text article is shown at once; its analysis runs in the background. When a
        crashed session left newer unsaved work of the file, recovering it is offered first.
        """
        if not self._files.confirm_discard():
            return
        path = Path(path)
        if self.offers_recovery and self.offer_recovery(path):
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._status.showMessage(f"Reading {path.name}…")
        self.loadingChanged.emit(True)
        article = loading.read_now(path)
        if article is not None:
            self._on_article(generation, article)

        def begin() -> None:
            loading.start(
                path,
                article=article,
                on_article=lambda read: self._on_article(generation, read),
                on_result=lambda result: self._on_loaded(generation, result),
                on_error=lambda exc: self._on_load_failed(generation, path, exc),
            )

        if article is not None:
            # The analysis would compete with the first paint for the interpreter.
            self._staging.defer(begin)
        else:
            begin()
            self._staging.run_soon()

    def open_article(self, article: Article) -> None:
        """Analyse an article that came without a file (pasted or dropped) and show it."""
        if not self._files.confirm_discard():
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.loadingChanged.emit(True)
        self._on_article(generation, article)
        name = Path(article.title or PASTED_NAME)
        worker.submit(
            "paste",
            propose_article,
            article,
            on_result=lambda briefing: self._on_loaded(
                generation, loading.Loaded(briefing, name, None)
            ),
            on_error=lambda exc: self._on_load_failed(generation, name, exc),
        )

    def offer_recovery(self, path: Path | None = None) -> bool:
        """Offer the unsaved work a crashed session left (of ``path``, or of any file);
        return True when the user recovered one, now shown as unsaved work.

        An autosave already answered with Later in this window is not asked about again.
        """
        if path is None:
            entries = list_recoverable()
        else:
            entries = [
                e for e in recovery.autosaves_of(path) if e.file not in self.declined_autosaves
            ]
        found = recovery.choose_recovery(self._parent, entries, self.declined_autosaves)
        if found is None:
            return False
        briefing, entry = found
        self.open_recovered(briefing, entry.original)
        self._autosaver.adopt(entry)
        return True

    def open_recovered(self, briefing: Briefing, original: str | None) -> None:
        """Show a recovered ``briefing`` as unsaved work; Save goes to ``original`` if a project."""
        self._staging.build_panes()
        path = Path(original) if original else None
        self._generation += 1
        self.loading = False
        self._ws.set_briefing(
            briefing,
            project_path=path if path is not None and is_project(path) else None,
            source_path=path,
        )
        self._ws.undo_stack.resetClean()
        self._status.showMessage("Recovered the unsaved briefing: save it to keep it", 8000)
        self.loadingChanged.emit(False)
        self.briefingLoaded.emit()

    def _on_article(self, generation: int, article: object) -> None:
        if generation != self._generation:
            return
        if isinstance(article, Article):
            self._source.show_article(article)
            self._status.showMessage("Analysing the article…")

    def _on_loaded(self, generation: int, result: loading.Loaded) -> None:
        if generation != self._generation:
            return
        self._staging.build_panes()
        self.loading = False
        on_disk = result.path.is_file()
        if result.project_path is None:
            # A new briefing carries the user's marking, whatever its template suggests.
            result.briefing.meta.marking = self._settings.default_marking()
        self._ws.set_briefing(
            result.briefing,
            project_path=result.project_path,
            source_path=result.path if on_disk else None,
        )
        if on_disk:  # a pasted article has no file to open again
            self._settings.add_recent_file(result.path)
            self._settings.set_last_folder(result.path.parent)
        words = result.briefing.lead_article.word_count
        self._status.showMessage(
            f"Opened {result.path.name}: {words:,} words, "
            f"{len(result.briefing.lead_article.paragraphs)} paragraphs",
            8000,
        )
        self.loadingChanged.emit(False)
        self.briefingLoaded.emit()

    def _on_load_failed(self, generation: int, path: Path, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._staging.build_panes()
        self.loading = False
        self._status.clearMessage()
        if self._ws.briefing is not None:
            self._source.show_article(self._ws.briefing.lead_article)
        self.loadingChanged.emit(False)
        reason = describe_failure(error)
        show_error(
            self._parent, "Could not open the file", f"{path.name} could not be opened.", reason
        )
        self.loadFailed.emit(reason)
