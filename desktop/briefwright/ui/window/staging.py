"""Work held back until the article is first painted: the later panes, and the analysis."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

PANES_FALLBACK_MS = 1500
"""A staged window builds its panes this long after it was made if no paint came first."""


class Staging(QObject):
    """Runs the work waiting for the first paint of the article, then builds the panes.

    ``build_panes`` makes the outline, details and preview panes (and returns at once when
    they exist). With ``painted`` (the article view's first-paint signal) the work waits for
    it, or for :data:`PANES_FALLBACK_MS`; without it nothing waits.
    """

    def __init__(
        self,
        build_panes: Callable[[], None],
        painted: SignalInstance | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.build_panes = build_panes
        # Work waiting for the first paint of the article; None once it has run.
        self._tasks: list[Callable[[], None]] | None = None
        if painted is not None:
            self._tasks = []
            # One turn later, so that whoever else awaits the paint hears of it first.
            painted.connect(lambda: QTimer.singleShot(0, self, self.run))
            QTimer.singleShot(PANES_FALLBACK_MS, self, self.run)

    @property
    def waiting(self) -> bool:
        """Return whether the first paint is still awaited."""
        return self._tasks is not None

    def defer(self, task: Callable[[], None]) -> None:
        """Run ``task`` after the first paint, or now when it is no longer awaited."""
        if self._tasks is None:
            task()
        else:
            self._tasks.append(task)

    def run_soon(self) -> None:
        """Stop waiting for the paint: run the waiting work at the next turn of the event loop."""
        if self._tasks is not None:
            QTimer.singleShot(0, self, self.run)

    def run(self) -> None:
        """Run the waiting work and build the panes (once; later calls return)."""
        tasks, self._tasks = self._tasks, None
        if tasks is None:
            return
        for task in tasks:
            task()
        self.build_panes()
