"""The one way the window runs slow work off the UI thread and gets its result back by signal."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Report = Callable[[object], None]


class Job(QObject):
    """One piece of background work; its signals arrive on the UI thread.

    ``progress(object)`` carries whatever the work reported, ``finished(object)`` its result,
    ``failed(object)`` the exception it raised (with ``__traceback__`` intact).
    ``done()`` is emitted last, after either outcome.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)


class _Runnable(QRunnable):
    """Runs a callable on a pool thread and hands the outcome to its Job's signals."""

    def __init__(self, job: Job, fn: Callable[..., Any], args: tuple[Any, ...], report: bool):
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._fn = fn
        self._args = args
        self._report = report

    def run(self) -> None:
        job = self._job
        try:
            if self._report:
                result = self._fn(job.progress.emit, *self._args)
            else:
                result = self._fn(*self._args)
        except BaseException as exc:
            exc.__notes__ = [*getattr(exc, "__notes__", []), traceback.format_exc()]
            outcome, value = job.failed, exc
        else:
            outcome, value = job.finished, result
        try:
            outcome.emit(value)
            job.done.emit()
        except RuntimeError:
            # The application is shutting down and the Job is gone: nobody awaits the result.
            return


_running: set[Job] = set()
_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """Return the thread pool background work runs on (two threads: analysis and rendering)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
        _pool.setObjectName("briefwrightWorkers")
    return _pool


def submit(
    name: str,
    fn: Callable[..., Any],
    *args: Any,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
) -> Job:
    """Run ``fn(*args)`` off the UI thread and return its Job.

    With ``on_progress`` the callable is called as ``fn(report, *args)`` and every
    ``report(value)`` reaches ``on_progress`` on the UI thread. The handlers run on the UI
    thread; the Job is kept alive until it is done. Nothing is raised here: an exception
    in ``fn`` goes to ``on_error`` (or the Job's ``failed`` signal).
    """
    job = Job(name)
    if on_result is not None:
        job.finished.connect(on_result)
    if on_error is not None:
        job.failed.connect(on_error)
    if on_progress is not None:
        job.progress.connect(on_progress)
    _running.add(job)
    job.done.connect(lambda: _running.discard(job))
    pool().start(_Runnable(job, fn, args, on_progress is not None))
    return job


def wait_idle(msecs: int = 30000) -> bool:
    """Block until no background work runs (for shutting down); return False on timeout."""
    return pool().waitForDone(msecs)
