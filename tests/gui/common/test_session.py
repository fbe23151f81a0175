from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from monitor_app.core.errors import ValidationError
from monitor_app.gui.common.session import IdleLock, VaultSession
from monitor_app.gui.common.tasks import run_task, simple


def test_lock_emits_before_and_after_and_drops_the_notebook(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    seen: list[str] = []
    gui_session.about_to_lock.connect(lambda: seen.append("about"))
    gui_session.locked.connect(lambda: seen.append("locked"))
    with qtbot.waitSignal(gui_session.locked):
        gui_session.lock()
    assert seen == ["about", "locked"]
    assert not gui_session.is_unlocked
    with pytest.raises(RuntimeError):
        _ = gui_session.notebook
    gui_session.lock()  # locking twice is harmless
    assert seen == ["about", "locked"]


def test_idle_lock_fires_after_the_timeout(qtbot: QtBot, gui_session: VaultSession) -> None:
    idle = IdleLock(gui_session, minutes=0.001)  # 60 ms
    idle.timer.start()
    with qtbot.waitSignal(gui_session.locked, timeout=5000):
        pass
    assert not gui_session.is_unlocked


def test_task_results_and_errors_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    main = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    task = run_task(simple(work), on_success=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["callback"] == main
    assert seen["worker"] != main

    def refuse() -> None:
        raise ValidationError("trial-title-missing")

    messages: list[str] = []
    task = run_task(simple(refuse), on_failure=messages.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert messages == ["A trial needs a title."]

    def crash() -> None:
        raise ZeroDivisionError

    task = run_task(simple(crash), on_failure=messages.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert "Nothing was changed" in messages[-1]


def test_progress_and_cancel(qtbot: QtBot) -> None:
    def count(progress, cancel: threading.Event) -> int:  # type: ignore[no-untyped-def]
        done = 0
        for done in range(1, 1_000_000):
            progress(done, 1_000_000)
            if cancel.is_set():
                break
        return done

    progressed: list[tuple[int, int]] = []
    task = run_task(count, on_progress=lambda d, t: progressed.append((d, t)))
    qtbot.waitUntil(lambda: bool(progressed), timeout=5000)
    task.cancel()
    results: list[object] = []
    task.succeeded.connect(results.append)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert results
    assert isinstance(results[0], int)
    assert results[0] < 999_999
