"""GUI benchmarks: live mode's click-to-durable-save time, and the time from launching the
app to its unlock screen being shown. Prints figures; asserts nothing.

- click → save: QTest.mouseClick on the real "Connection lost" button of a shown
  `LiveHearingWidget` (offscreen), alternating start and stop; the click returns once
  `Notebook.start_interval`/`stop_interval` has returned, i.e. the save is on disk
  (WAL, synchronous=FULL). Target: p99 < 50 ms.
- launch → unlock screen: a fresh `python -c` process builds the app with
  `monitor_app.gui.app.build` on an existing vault and prints `time.monotonic()` from a
  zero-delay timer after `show()` (the first turn of the event loop, with the unlock page
  laid out); measured from just before `Popen`. Median of 5.

Run: .venv/bin/python bench/bench_gui.py [--clicks 300] [--launches 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault

PASSPHRASE = "benchmark passphrase of decent length"
OUTAGE = "remote.connection_lost"

# The child process: build the app, show it, report when the first event-loop turn ran.
LAUNCH_CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from monitor_app.gui.app import build
app = QApplication(sys.argv[:1])
window = build(app, Path(sys.argv[1]))
window.show()
def shown():
    page = type(window.pages.currentWidget()).__name__
    print(time.monotonic(), page, flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def milliseconds(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {
        "p50": round(statistics.median(samples) * 1000, 2),
        "p99": round(cuts[98] * 1000, 2),
        "max": round(max(samples) * 1000, 2),
    }


def bench_clicks(folder: Path, clicks: int) -> dict[str, object]:
    from monitor_app.gui.common.session import VaultSession
    from monitor_app.gui.live.screen import LiveHearingWidget

    vault = Vault.open(folder)
    vault.unlock(PASSPHRASE)
    session = VaultSession(folder)
    session.open_unlocked(vault)
    notebook = session.notebook
    trial = notebook.add_trial("Benchmark trial")
    start = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    hearing = notebook.add_hearing(trial.id, start, "remote", "Europe/Minsk")
    widget = LiveHearingWidget(session, hearing.id)
    widget.resize(1100, 720)
    widget.show()
    QApplication.processEvents()
    button = widget.pad.buttons[OUTAGE]
    samples = []
    for _ in range(clicks):
        started = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        samples.append(time.perf_counter() - started)
        QApplication.processEvents()  # let the per-second tick and repaints happen too
    saved = len(notebook.list_observations(hearing.id))
    widget.close()
    session.lock()
    return {"clicks": clicks, "observations_saved": saved, "ms": milliseconds(samples)}


def bench_launch(folder: Path, launches: int, home: Path) -> dict[str, object]:
    env = dict(os.environ)
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())  # settings and logs of the runs stay here
    samples = []
    pages = set()
    for _ in range(launches):
        started = time.monotonic()
        child = subprocess.run(
            [sys.executable, "-c", LAUNCH_CHILD, str(folder)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        shown_at, page = child.stdout.split()[:2]
        samples.append(float(shown_at) - started)
        pages.add(page)
    return {
        "launches": launches,
        "page_shown": sorted(pages),
        "median_ms": round(statistics.median(samples) * 1000, 1),
        "all_ms": [round(s * 1000, 1) for s in samples],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clicks", type=int, default=300)
    parser.add_argument("--launches", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    results: dict[str, object] = {
        "python": platform.python_version(),
        "platform": app.platformName(),
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault, _ = Vault.create(folder, PASSPHRASE, "Bench", kdf=KDF_FLOOR)
        vault.close()
        results["click_to_durable_save"] = bench_clicks(folder, args.clicks)
        results["launch_to_unlock_screen"] = bench_launch(folder, args.launches, Path(tmp))
    for name, value in results.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
