"""Issue 12: the main window on a 1366×768 laptop opened at 1100×690 in the top-left
corner, and live mode's log, under the court's question, had room for about three rows.
On a small screen it now opens maximised; on a larger one, at a comfortable size in the
middle; and wherever the user left it, there it opens next time.

As in tests/gui/test_window_fit.py, each screen is a process of its own on Qt's offscreen
platform told the screen's size at start (``python -m tests.gui.test_main_window_size``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from monitor_app.gui.app import build
from monitor_app.gui.main_window import MainWindow
from tests.gui.helpers import ROOT, remove_translators, settled

LEFT_AT = (40, 30, 1500, 900)  # where the user leaves the window on the large screen


def on_screen(tmp_path: Path, width: int, height: int) -> dict[str, list[int]]:
    config = tmp_path / "screen.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(
        os.environ,  # the test's own home and settings folders (tests/conftest.py)
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        PYTHONPATH=str(ROOT),
    )
    env.pop("QT_SCALE_FACTOR", None)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.test_main_window_size", str(tmp_path / "vault")],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    report: dict[str, list[int]] = json.loads(done.stdout.splitlines()[-1])
    assert report["screen"][2:] == [width, height], "the screen size was not applied"
    return report


def test_on_a_small_laptop_it_opens_maximised(tmp_path: Path) -> None:
    report = on_screen(tmp_path, 1366, 768)
    assert report["first_frame"] == report["screen"]
    assert report["maximised"] == [1]


@pytest.mark.parametrize("size", [(1920, 1080), (1600, 1000)])
def test_on_a_larger_screen_it_opens_in_the_middle_then_where_it_was_left(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    report = on_screen(tmp_path, *size)
    assert report["first"][2:] == [1100, 720]
    x, y, width, height = report["first_frame"]  # the title bar and borders, centred
    assert abs(x + width / 2 - size[0] / 2) <= 2
    assert abs(y + height / 2 - size[1] / 2) <= 2
    assert report["maximised"] == [0]
    assert report["again"] == list(LEFT_AT)


def _geometry(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _opened(app: QApplication, folder: Path) -> MainWindow:
    main = build(app, folder)
    main.show()
    QTest.qWaitForWindowExposed(main)
    settled(main)
    return main


def size_report(folder: Path) -> dict[str, list[int]]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    main = _opened(app, folder)
    report = {
        "screen": _geometry(app.primaryScreen().availableGeometry()),
        "first_frame": _geometry(main.frameGeometry()),
        "first": _geometry(main.geometry()),
        "maximised": [int(main.isMaximized())],
    }
    if not main.isMaximized():
        main.setGeometry(*LEFT_AT)
        settled(main)
    main.close()
    remove_translators(app)
    again = _opened(app, folder)
    report["again"] = _geometry(again.geometry())
    again.close()
    return report


if __name__ == "__main__":
    # python -m tests.gui.test_main_window_size VAULT_FOLDER (none there: the setup wizard)
    print(json.dumps(size_report(Path(sys.argv[1]))))
