"""The window's opening of articles and projects: read now or in the background, or recovered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal

from briefwright.app.pipeline import propose_article
from briefwright.model.article import Article
from briefwright.store.project import is_project
from briefwright.ui import worker
from briefwright.ui.files import loading, recovery
from briefwright.ui.files.clipboard_import import PASTED_NAME
from briefwright.ui.files.export_flow import describe_failure
from briefwright.ui.files.file_commands import FileCommands
from briefwright.ui.text.plain_widgets import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar

    from briefwright.model.briefing import Briefing
    from briefwright.ui.article.source_view import SourceView


class WindowOpening(FileCommands):
    """Opening a file, a pasted article or recovered work; ``briefingLoaded()`` when ready.

    The main window derives from this and provides the attributes declared here.
    """

    briefingLoaded = Signal()
    loadFailed = Signal(str)

    source_view: SourceView
    # Whether opening a file offers the unsaved work a crashed session left of it.
    offers_recovery: bool
    # Autosaves the user answered "Later" about: not asked about again in this window.
    declined_autosaves: set[Path]
    _busy: QProgressBar
    _load_generation: int
    _after_paint: list[Callable[[], None]] | None
    build_panes: Callable[[], None]
    _run_after_paint: Callable[[], None]
    _update_enabled: Callable[[], None]

    def open_path(self, path: str | Path) -> None:
        """Open an article or project in the background; the current work stays until ready.

        A small text article is shown at once; its analysis runs in the background. When a
        crashed session left newer unsaved work of the file, recovering it is offered first.
        """
        if not self.confirm_discard():
            return
        path = Path(path)
        if self.offers_recovery and recovery.offer_recovery_of(self, path):
            return
        self._load_generation += 1
        generation = self._load_generation
        self.loading = True
        self._busy.show()
        self.statusBar().showMessage(f"Reading {path.name}…")
        self._update_enabled()
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

        if self._after_paint is None:
            begin()
        elif article is not None:
            # The analysis would compete with the first paint for the interpreter.
            self._after_paint.append(begin)
        else:
            begin()
            QTimer.singleShot(0, self, self._run_after_paint)

    def open_article(self, article: Article) -> None:
        """Analyse an article that came without a file (pasted or dropped) and show it."""

        if not self.confirm_discard():
            return
        self._load_generation += 1
        generation = self._load_generation
        self.loading = True
        self._busy.show()
        self._update_enabled()
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

    def _on_article(self, generation: int, article: object) -> None:
        if generation != self._load_generation:
            return
        if isinstance(article, Article):
            self.source_view.show_article(article)
            self.statusBar().showMessage("Analysing the article…")

    def _on_loaded(self, generation: int, result: loading.Loaded) -> None:
        if generation != self._load_generation:
            return
        self.build_panes()
        self.loading = False
        self._busy.hide()
        on_disk = result.path.is_file()
        if result.project_path is None:
            # A new briefing carries the user's marking, whatever its template suggests.
            result.briefing.meta.marking = self.settings.default_marking()
        self.workspace.set_briefing(
            result.briefing,
            project_path=result.project_path,
            source_path=result.path if on_disk else None,
        )
        if on_disk:  # a pasted article has no file to open again
            self.settings.add_recent_file(result.path)
            self.settings.set_last_folder(result.path.parent)
        words = result.briefing.lead_article.word_count
        self.statusBar().showMessage(
            f"Opened {result.path.name}: {words:,} words, "
            f"{len(result.briefing.lead_article.paragraphs)} paragraphs",
            8000,
        )
        self._update_enabled()
        self.briefingLoaded.emit()

    def _on_load_failed(self, generation: int, path: Path, error: BaseException) -> None:
        if generation != self._load_generation:
            return
        self.build_panes()
        self.loading = False
        self._busy.hide()
        self.statusBar().clearMessage()
        if self.workspace.briefing is not None:
            self.source_view.show_article(self.workspace.briefing.lead_article)
        self._update_enabled()
        reason = describe_failure(error)
        show_error(
            self, "Could not open the file", f"{path.name} could not be opened.", reason
        )
        self.loadFailed.emit(reason)

    def open_recovered(self, briefing: Briefing, original: str | None) -> None:
        """Show a recovered ``briefing`` as unsaved work; Save goes to ``original`` if a project."""
        self.build_panes()
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
