"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python
3.11 dropped a reference to None per void call and to True per emit, aborting the app
after minutes of live mode)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_emits_keep_reference_counts(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received: list[bool] = []
    emitter.fired.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        label.setText("x")
        emitter.fired.emit(True)
    received.clear()
    assert sys.getrefcount(None) - none_before >= -50
    assert sys.getrefcount(True) - true_before >= -50
