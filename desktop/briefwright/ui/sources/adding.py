"""Adding articles to the open briefing: read, analysed and merged off the UI thread, then
put in place in one undoable step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefwright.app.pipeline import propose_several
from briefwright.draft.merge.combine import add_sources
from briefwright.draft.source_edits import propose_grades
from briefwright.model.briefing import Briefing
from briefwright.model.errors import BriefwrightError
from briefwright.model.schema import copy_of
from briefwright.ui import worker
from briefwright.ui.files.export_flow import describe_failure
from briefwright.ui.sources.commands import ReplaceBriefing, adding_text
from briefwright.ui.text.plain_widgets import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

    from briefwright.ui.settings import Settings
    from briefwright.ui.workspace import Workspace

Proposed = tuple[list[Briefing], list[BriefwrightError]]
# The briefing with the articles added and merged again, and the ids of the sources added.
Merged = tuple[Briefing, list[str]]


def _propose(report: Callable[[object], None], paths: list[str], template: str) -> Proposed:
    return propose_several(paths, template, report)


def _merge(briefing: Briefing, proposals: list[Briefing], graded: dict[str, str]) -> Merged:
    """Return ``briefing`` with the articles of ``proposals`` added as its next sources and
    merged again, each new source of an outlet in ``graded`` given that grade, and the ids
    of the sources added. ``briefing`` is not changed; raise ValueError as
    :func:`briefwright.draft.merge.combine.add_sources` does."""
    after = add_sources(briefing, proposals)
    new = [s.id for s in after.sources[len(briefing.sources) :]]
    propose_grades(after, new, graded)
    return after, new


class SourceAdder(QObject):
    """Adds article files to the open briefing as its next sources (S2, S3 …).

    The files are read and analysed in the background (the status bar says what is being
    done); the articles are then merged, also in the background, into a copy of the
    briefing taken when the merge starts, and the result put in place as one undoable step.
    The window stays open to edits meanwhile: when the briefing was changed before the
    merge came back, it is merged again from the briefing as it now is, so no edit is lost;
    when another briefing was opened, the result is dropped. Files that cannot be read are
    named, each with its reason, in one message; the others are added.
    ``busyChanged(bool)`` follows each start and end; ``added(list)`` carries the ids of the
    sources added, ``failed(str)`` the message shown when a file could not be added.
    """

    busyChanged = Signal(bool)
    added = Signal(list)
    failed = Signal(str)

    def __init__(
        self, parent: QWidget, workspace: Workspace, settings: Settings, status: QStatusBar
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._ws = workspace
        self._settings = settings
        self._status = status
        self.running = False
        self.last_message: QMessageBox | None = None
        # A briefing opened meanwhile drops the result of an addition to the one before.
        self._generation = 0
        workspace.reset.connect(self._on_reset)

    def add_paths(self, paths: Sequence[str | Path]) -> bool:
        """Start adding the articles at ``paths``; return False when no briefing is open or
        an addition is still under way (the status bar says so)."""
        if self._ws.briefing is None or not paths:
            return False
        if self.running:
            self._status.showMessage("Still adding the articles chosen before…", 5000)
            return False
        names = [str(p) for p in paths]
        self.running = True
        self.busyChanged.emit(True)
        plural = "s" if len(names) != 1 else ""
        self._status.showMessage(f"Adding {len(names)} article{plural}…")
        generation = self._generation
        worker.submit(
            "add articles",
            _propose,
            names,
            self._ws.briefing.template,
            on_progress=lambda text: self._status.showMessage(str(text)),
            on_result=lambda result: self._on_proposed(generation, result),
            on_error=lambda exc: self._on_error(generation, exc),
        )
        return True

    def _on_reset(self) -> None:
        if not self._ws.replacing:
            self._generation += 1

    def _done(self) -> None:
        self.running = False
        self.busyChanged.emit(False)

    def _on_proposed(self, generation: int, result: Proposed) -> None:
        proposals, errors = result
        if generation != self._generation or self._ws.briefing is None:
            self._done()
            self._status.clearMessage()
            return
        if not proposals:
            self._done()
            self._status.clearMessage()
            self._report_unread(errors, 0)
            return
        # The grades the user gave these outlets before, read here: settings stay on this thread.
        graded: dict[str, str] = {}
        for proposal in proposals:
            outlet = proposal.sources[0].outlet
            if (grade := self._settings.outlet_grade(outlet)) is not None:
                graded[outlet] = grade
        plural = "s" if len(proposals) != 1 else ""
        self._status.showMessage(f"Merging {len(proposals)} article{plural} into the briefing…")
        self._start_merge(generation, proposals, errors, graded)

    def _start_merge(
        self,
        generation: int,
        proposals: list[Briefing],
        errors: list[BriefwrightError],
        graded: dict[str, str],
    ) -> None:
        """Merge ``proposals`` into a copy of the briefing as it is now, in the background."""
        revision = self._ws.revision
        worker.submit(
            "merge articles",
            _merge,
            copy_of(self._ws.require()),
            proposals,
            graded,
            on_result=lambda merged: self._on_merged(
                generation, revision, proposals, errors, graded, merged
            ),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _on_merged(
        self,
        generation: int,
        revision: int,
        proposals: list[Briefing],
        errors: list[BriefwrightError],
        graded: dict[str, str],
        merged: Merged,
    ) -> None:
        if generation != self._generation or self._ws.briefing is None:
            self._done()
            self._status.clearMessage()
            return
        if revision != self._ws.revision:
            # Edited meanwhile: merged again from the briefing as it is now, edits and all.
            self._start_merge(generation, proposals, errors, graded)
            return
        self._done()
        after, new = merged
        self._ws.undo_stack.push(ReplaceBriefing(self._ws, after, adding_text(after, len(new))))
        self._status.showMessage(f"Added {', '.join(new)}", 8000)
        self.added.emit(new)
        self._report_unread(errors, len(proposals))

    def _report_unread(self, errors: list[BriefwrightError], added: int) -> None:
        """Name the files that could not be read, when there are any, beside ``added``."""
        if errors:
            self._report(len(errors), len(errors) + added, [str(e) for e in errors])

    def _on_error(self, generation: int, error: BaseException) -> None:
        self._done()
        self._status.clearMessage()
        if generation == self._generation:
            self._report(1, 1, [describe_failure(error)])

    def _report(self, bad: int, total: int, reasons: list[str]) -> None:
        if bad == total:
            text = "The article could not be added." if total == 1 else (
                "None of the articles could be added."
            )
        else:
            text = f"{bad} of {total} files could not be added; the others were."
        message = "\n".join(reasons)
        self.last_message = show_error(self._parent, "Could not add every article", text, message)
        self.failed.emit(message)
