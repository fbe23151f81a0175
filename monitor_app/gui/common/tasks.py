"""One way to run slow work off the UI thread (key derivation, import, export, reports).

`run_task` hands a plain function to Qt's thread pool; its result, its error message or its
progress come back as signals, delivered on the GUI thread. Core errors carry messages
written for users; anything else is logged and reported as a calm generic message.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from monitor_app.core.errors import TrialMonitorError
from monitor_app.gui.common.messages import error_text

log = logging.getLogger(__name__)

# A task's function gets a progress callback (done, total) and a cancel flag to poll.
Progress = Callable[[int, int], None]
TaskFunction = Callable[[Progress, threading.Event], Any]
PROGRESS_INTERVAL_S = 0.05


class Task(QObject):
    """A running task. Its public signals are always emitted on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)
    finished = Signal()

    # Emitted from the worker thread. They are connected to this object's own methods,
    # and this object lives on the GUI thread, so Qt queues them over to it: a plain
    # Python callable connected to a worker-emitted signal would run on the worker.
    _worker_succeeded = Signal(object)
    _worker_failed = Signal(str)
    _worker_progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_requested = threading.Event()
        self._worker_succeeded.connect(self._deliver_success)
        self._worker_failed.connect(self._deliver_failure)
        self._worker_progressed.connect(self.progressed)

    def cancel(self) -> None:
        self.cancel_requested.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_requested.is_set()

    def _deliver_success(self, result: object) -> None:
        self.succeeded.emit(result)
        self.finished.emit()

    def _deliver_failure(self, message: str) -> None:
        self.failed.emit(message)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, function: TaskFunction) -> None:
        super().__init__()
        self.task = task
        self.function = function

    def run(self) -> None:
        task = self.task
        last_report = 0.0

        def report(done: int, total: int) -> None:
            # At most ~20 reports a second reach the GUI thread: a loop reporting every item
            # must not flood the event queue.
            nonlocal last_report
            now = time.monotonic()
            if now - last_report >= PROGRESS_INTERVAL_S or done >= total:
                last_report = now
                task._worker_progressed.emit(done, total)

        try:
            result = self.function(report, task.cancel_requested)
        except TrialMonitorError as exc:
            task._worker_failed.emit(error_text(exc))
        except Exception:
            log.exception("background task failed")
            task._worker_failed.emit(
                QCoreApplication.translate(
                    "tasks", "Something went wrong. Nothing was changed; details are in the log."
                )
            )
        else:
            task._worker_succeeded.emit(result)


def run_task(
    function: TaskFunction,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run ``function(progress, cancel)`` on the thread pool; callbacks run on the GUI thread.

    The task belongs to the application object and is deleted with deleteLater once it has
    delivered its result, on the GUI thread. (Kept alive by Python references alone, it was
    sometimes freed by the worker thread dropping the last one: a crash in the event loop.)"""
    task = Task(QCoreApplication.instance())
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    task.finished.connect(task.deleteLater)
    QThreadPool.globalInstance().start(_Runnable(task, function))
    return task


def simple(function: Callable[[], Any]) -> TaskFunction:
    """Adapt a function that takes no progress or cancel arguments."""
    return lambda _progress, _cancel: function()
