"""Issue 3: "Layouts survive long Russian strings, 200% scaling and a right-to-left locale",
checked on the demo trial's busiest screens instead of by eye.

In Russian, each screen's window fits a small laptop (1366×768 logical pixels), and once
shown at that size no text is cut off: a button, or a label that does not wrap, is at least
as wide as each line of its text. Right to left, every widget is mirrored. At 200% (a
process of its own: Qt reads QT_SCALE_FACTOR at start) the same holds in device pixels.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from monitor_app.demo.trial import DemoIds
from monitor_app.gui.common.settings import AppSettings
from tests.gui.helpers import (
    ROOT,
    SMALL_LAPTOP,
    SYNC_DIALOGS,
    clipped,
    fits,
    not_right_to_left,
    on_every_page,
    remove_translators,
)

# The compact logger is shown at its own small size (it sits beside a video call).
LAYOUT_SCREENS = ("workspace", "live", "editor", "settings", "compact", *SYNC_DIALOGS)
SCALE = 2

OpenDemo = Callable[[str], QWidget]


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """Screens opened in this test are in Russian, the language with the longest strings."""
    AppSettings().language = "ru"
    yield
    remove_translators(qapp)


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("name", LAYOUT_SCREENS)
def test_in_russian_each_window_fits_a_small_laptop(open_demo: OpenDemo, name: str) -> None:
    window = open_demo(name)
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert fits(minimum, SMALL_LAPTOP), f"needs {minimum.width()} x {minimum.height()}"


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("name", LAYOUT_SCREENS)
def test_in_russian_no_text_is_cut_off(open_demo: OpenDemo, name: str) -> None:
    assert on_every_page(open_demo(name), clipped) == []


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("name", LAYOUT_SCREENS)
def test_right_to_left_every_widget_is_mirrored(
    qapp: QApplication, open_demo: OpenDemo, name: str
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_demo(name)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft  # kept by the translator
        left_to_right = not_right_to_left(window)
        cut_off = on_every_page(window, clipped)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert left_to_right == []
    assert cut_off == []


def test_at_200_percent_each_window_fits_and_cuts_off_nothing(
    demo: tuple[Path, DemoIds],
) -> None:
    folder, ids = demo
    env = dict(
        os.environ,  # the test's own home and settings folders (tests/conftest.py)
        QT_SCALE_FACTOR=str(SCALE),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    env.pop("QT_SCREEN_SCALE_FACTORS", None)  # would multiply with ours
    args = [str(folder), ids.trial, ids.hearing, ids.outage, *LAYOUT_SCREENS]
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.helpers", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert sorted(report) == sorted(LAYOUT_SCREENS)
    device_limit = (SCALE * SMALL_LAPTOP[0], SCALE * SMALL_LAPTOP[1])
    for name, screen in report.items():
        ratio = screen["device_pixel_ratio"]
        assert ratio == SCALE, f"{name}: QT_SCALE_FACTOR was not applied"
        width, height = (round(ratio * side) for side in screen["minimum"])
        assert width <= device_limit[0], f"{name} needs {width} device pixels across"
        assert height <= device_limit[1], f"{name} needs {height} device pixels down"
        assert screen["clipped"] == [], name
