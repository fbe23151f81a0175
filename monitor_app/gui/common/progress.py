"""Background work on screen, through the one task primitive (`tasks`): a busy bar that runs
one task at a time (`BusyBar`), the same bar with a Cancel button for a slow, cancellable
task (`TaskProgress`: export, import; the core checks the cancel flag where stopping leaves
nothing half-done), and the foot of a dialog whose OK runs a slow check (`DialogFooter`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.tasks import Task, TaskFunction, run_task, simple
from monitor_app.gui.common.widgets import make_button


class BusyBar(QProgressBar):
    """A busy indicator that runs one background task at a time.

    While the task runs the bar shows and the given controls are disabled, so nothing is
    submitted twice. The callbacks are held here and the task's signals go to this
    widget's own methods: if the screen is closed meanwhile, Qt drops the connections
    with the widget and no callback reaches a deleted screen.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setAccessibleName(self.tr("Working, please wait"))
        self.hide()
        self.task: Task | None = None
        self._disabled: list[QWidget] = []
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[str], None] | None = None

    @property
    def is_busy(self) -> bool:
        return self.task is not None

    def run(
        self,
        function: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        controls: Iterable[QWidget] = (),
    ) -> Task:
        return self.start(simple(function), on_success, on_failure, controls)

    def start(
        self,
        function: TaskFunction,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        controls: Iterable[QWidget] = (),
    ) -> Task:
        """`run` for a function that reports progress and polls a cancel flag
        (``function(progress, cancel)``): the bar fills as it reports."""
        if self.task is not None:
            raise RuntimeError("a task is already running here")  # a programming error
        self._disabled = [c for c in controls if c.isEnabled()]
        for control in self._disabled:
            control.setEnabled(False)
        self._on_success, self._on_failure = on_success, on_failure
        self.setRange(0, 0)
        self.show()
        self.task = run_task(function, self._succeeded, self._failed, self._progressed)
        return self.task

    def stop(self) -> None:
        """Cancel the task and forget it: whatever it answers later reaches no callback
        (the vault is locking, say)."""
        task = self.task
        if task is None:
            return
        task.cancel()
        for signal, slot in (
            (task.succeeded, self._succeeded),
            (task.failed, self._failed),
            (task.progressed, self._progressed),
        ):
            signal.disconnect(slot)
        self._finish()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(done)

    def _finish(self) -> None:
        # The callbacks are dropped with the task: kept, a screen's own methods held here
        # would tie it into a reference cycle with its bar, and Python's cycle collector
        # deleting a whole window (as it then may) has crashed PySide.
        self.task = None
        self._on_success = self._on_failure = None
        self.hide()
        for control in self._disabled:
            control.setEnabled(True)
        self._disabled = []

    def _succeeded(self, result: object) -> None:
        callback = self._on_success
        self._finish()
        if callback is not None:
            callback(result)

    def _failed(self, message: str) -> None:
        callback = self._on_failure
        self._finish()
        if callback is not None:
            callback(message)


class TaskProgress(QWidget):
    """Shown only while its task runs. Children: ``{prefix}Progress`` (the bar) and
    ``{prefix}CancelButton``."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = BusyBar(f"{prefix}Progress", self)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(True)
        self.cancel_button = make_button(self.tr("Cancel"), f"{prefix}CancelButton", self.cancel)
        self.cancel_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def is_busy(self) -> bool:
        return self.bar.is_busy

    @property
    def task(self) -> Task | None:
        return self.bar.task

    def run(
        self,
        function: TaskFunction,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        controls: Iterable[QWidget] = (),
    ) -> Task:
        """Run ``function(progress, cancel)``; ``controls`` are disabled meanwhile."""
        self.cancel_button.setEnabled(True)
        self.show()
        return self.bar.start(
            function,
            lambda result: self._then(on_success, result),
            lambda message: self._then(on_failure, message),
            controls,
        )

    def cancel(self) -> None:
        """Ask the task to stop; it answers (cancelled, or done) as usual."""
        task = self.bar.task
        if task is not None:
            task.cancel()
            self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """Cancel and forget the task (see `BusyBar.stop`)."""
        self.bar.stop()
        self.hide()

    def _then(self, callback: Callable[[Any], None], value: Any) -> None:
        self.hide()
        callback(value)


class DialogFooter(QWidget):
    """The foot of a dialog whose OK runs a slow check: a busy bar, an inline message, and
    OK (named for what it does; the default button, so Enter presses it) and Cancel.
    Children are named ``{prefix}Busy``, ``{prefix}Error``, ``{prefix}OkButton``, ...
    """

    def __init__(
        self,
        prefix: str,
        ok_text: str,
        on_ok: Callable[[], None],
        on_cancel: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.busy = BusyBar(f"{prefix}Busy", self)
        self.error = MessageLabel(f"{prefix}Error", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName(f"{prefix}OkButton")
        ok.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            f"{prefix}CancelButton"
        )
        self.buttons.accepted.connect(on_ok)
        self.buttons.rejected.connect(on_cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
