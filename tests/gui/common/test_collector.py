"""Reference cycles are collected on the GUI thread, never by a worker that happens to be
allocating: a Qt widget destroyed off the GUI thread crashes the process."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from monitor_app.gui.common.collector import GuiThreadCollector


class _Witness:
    """In the widget's cycle; notes the thread that collects it."""

    def __init__(self, widget: QWidget, threads: list[threading.Thread]) -> None:
        self.widget = widget
        self.threads = threads

    def __del__(self) -> None:
        self.threads.append(threading.current_thread())


def _allocate_cycles(count: int) -> None:
    """What a worker reading a vault does, as far as the collector is concerned."""
    for _ in range(count):
        cycle: list[object] = []
        cycle.append(cycle)


def test_a_dropped_widget_in_a_cycle_is_collected_on_the_gui_thread(
    qtbot: QtBot, gui_thread_collector: GuiThreadCollector
) -> None:
    assert not gc.isenabled()
    gui_thread_collector.timer.start()  # as in the app (the GUI fixtures keep it stopped)
    threads: list[threading.Thread] = []
    widget = QWidget()
    widget.witness = _Witness(widget, threads)  # type: ignore[attr-defined]
    alive = weakref.ref(widget)
    del widget

    # Far past every threshold: with automatic collection the worker would collect it.
    worker = threading.Thread(target=_allocate_cycles, args=(300_000,))
    worker.start()
    worker.join()
    assert alive() is not None
    assert threads == []

    qtbot.waitUntil(lambda: alive() is None, timeout=5000)
    assert threads == [threading.main_thread()]


def test_collection_keeps_cpython_thresholds_and_comes_back_when_stopped(
    gui_thread_collector: GuiThreadCollector,
) -> None:
    assert gui_thread_collector.thresholds == gc.get_threshold()
    gc.collect()
    assert gui_thread_collector.collect_due() == 0  # nothing due just after a collection
    gui_thread_collector.stop()
    assert gc.isenabled()
