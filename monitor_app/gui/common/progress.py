"""A progress bar with a Cancel button, for one slow, cancellable task at a time (export,
import). The core checks the cancel flag where stopping leaves nothing half-done."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from monitor_app.gui.common.reauth import BusyBar
from monitor_app.gui.common.tasks import Task, TaskFunction
from monitor_app.gui.common.widgets import make_button


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
