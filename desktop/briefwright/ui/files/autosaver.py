"""Autosaving unsaved work on a timer, off the UI thread, and removing it once it is safe."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from briefwright.draft.edits import snapshot
from briefwright.model.briefing import Briefing
from briefwright.store import autosave
from briefwright.store.autosave import AUTOSAVE_INTERVAL
from briefwright.ui import worker
from briefwright.ui.workspace import Workspace

if TYPE_CHECKING:
    from briefwright.store.autosave import AutosaveEntry

AUTOSAVE_LAG = float(AUTOSAVE_INTERVAL)
"""The most seconds unsaved work waits before it is autosaved (the timer's default period)."""


class Autosaver(QObject):
    """Writes the open briefing to the app-data folder while it has unsaved changes.

    Every ``interval`` seconds (default :data:`AUTOSAVE_LAG`, so an edit is never more than
    that behind on disk) :meth:`tick` writes a snapshot of the briefing off the UI thread, but
    only when it changed since the last autosave and differs from what is saved. Without an
    ``interval`` the timer starts when the first briefing arrives. A save, an undo back to
    the saved state, opening another file and a clean close remove the autosave
    (:meth:`remove`). ``written(path)`` follows each autosave written; ``failed(message)``
    each one that could not be.
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        interval: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._dirty = False
        # Written-and-removed order matters across threads: a removal must never be undone
        # by a write that was already under way, so both happen under this lock and a write
        # goes ahead only when no removal came after it was asked for.
        self._lock = threading.Lock()
        self._generation = 0
        self._key: str | None = None
        self._adopted: list[AutosaveEntry] = []
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.timeout.connect(self.tick)
        if interval is not None:
            self._start_timer(interval)
        workspace.changed.connect(self._on_changed)
        workspace.reset.connect(self._on_reset)
        workspace.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @property
    def key(self) -> str:
        """Return the autosave key of the open document: this process and where it came from.

        The process id keeps a crashed session's autosave of the same file apart from ours,
        so working on that file again never overwrites what could still be recovered.
        """
        ws = self._ws
        where = ws.project_path or ws.source_path
        return f"{os.getpid()}:{id(self):x}:{where if where is not None else 'untitled'}"

    def pending(self) -> bool:
        """Return True when the next tick would write an autosave."""
        return self._dirty and self._ws.briefing is not None and not self._ws.undo_stack.isClean()

    def adopt(self, entry: AutosaveEntry) -> None:
        """Take over a recovered autosave: it is deleted once ours is written or the work saved.

        Until then it stays on disk, so a crash right after recovering loses nothing.
        """
        self._adopted.append(entry)
        self._dirty = True

    def tick(self) -> worker.Job | None:
        """Write an autosave off the UI thread when there are unsaved changes; return its job."""
        briefing = self._ws.briefing
        if briefing is None or not self.pending():
            return None
        self._dirty = False
        ws = self._ws
        where = ws.project_path or ws.source_path
        key = self.key
        self._key = key
        with self._lock:
            generation = self._generation
        return worker.submit(
            "autosave",
            self._write,
            snapshot(briefing),
            key,
            str(where) if where is not None else None,
            generation,
            on_result=self._on_written,
            on_error=self._on_failed,
        )

    def remove(self) -> None:
        """Delete this window's autosave and any adopted one: the work is saved or given up."""
        if self._key is None and not self._adopted:
            self._dirty = False
            return
        with self._lock:
            self._generation += 1
            if self._key is not None:
                autosave.remove_autosave(self._key)
            self._key = None
        for entry in self._adopted:
            autosave.discard(entry)
        self._adopted.clear()
        self._dirty = False

    def stop(self) -> None:
        """Stop autosaving (the window is closing)."""
        self._stopped = True
        self.timer.stop()

    # --- internals -------------------------------------------------------------------------

    def _write(
        self, briefing: Briefing, key: str, original: str | None, generation: int
    ) -> Path | None:
        """Write the autosave on a pool thread; return its path, or None when no longer wanted."""
        with self._lock:
            if generation != self._generation:
                return None
            return autosave.write_autosave(briefing, key, original=original)

    def _start_timer(self, interval: float) -> None:
        self.timer.setInterval(max(int(interval * 1000), 1))
        self.timer.start()

    def _on_written(self, path: object) -> None:
        if not isinstance(path, Path):
            return
        for entry in self._adopted:
            if entry.file != path:
                autosave.discard(entry)
        self._adopted.clear()
        self.written.emit(str(path))

    def _on_failed(self, error: BaseException) -> None:
        # Try again at the next tick; the previous autosave, if any, is intact.
        self._dirty = True
        self.failed.emit(str(error) or type(error).__name__)

    def _on_changed(self) -> None:
        self._dirty = True

    def _on_reset(self) -> None:
        # A new briefing replaced the old one only after its changes were saved or discarded;
        # sources added to the open one leave its unsaved work to be autosaved.
        if self._ws.replacing:
            return
        self.remove()
        if not self.timer.isActive() and not self._stopped:
            self._start_timer(AUTOSAVE_LAG)

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.remove()
