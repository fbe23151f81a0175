"""Background tasks deliver on the GUI thread and are freed there: many short tasks in a
row, each finishing while the next starts, must neither crash nor lose a result."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from monitor_app.gui.common.tasks import Progress, run_task


def test_many_short_tasks_deliver_every_result_on_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = QThread.currentThread()
    results: list[int] = []
    threads: list[bool] = []

    def work(n: int) -> object:
        def run(progress: Progress, _cancel: threading.Event) -> int:
            progress(1, 1)
            return n

        return run

    def delivered(value: object) -> None:
        threads.append(QThread.currentThread() is gui_thread)
        results.append(int(value))  # type: ignore[call-overload]

    for n in range(300):
        run_task(work(n), on_success=delivered)
    qtbot.waitUntil(lambda: len(results) == 300, timeout=30_000)
    assert sorted(results) == list(range(300))
    assert all(threads)


def test_a_failing_task_reports_a_calm_message(qtbot: QtBot) -> None:
    messages: list[str] = []

    def fail(_progress: Progress, _cancel: threading.Event) -> None:
        raise RuntimeError("a bug with private details")

    run_task(fail, on_failure=messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "Nothing was changed" in messages[0]
    assert "private details" not in messages[0]
