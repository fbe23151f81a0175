"""Python's cycle collector, run on the GUI thread only.

CPython collects reference cycles in whichever thread happens to be allocating when a
threshold is crossed. A closed window caught in a cycle (a slot that refers back to its
widget, say) can then be destroyed by a worker thread that is reading a vault — and a Qt
widget destroyed off the GUI thread crashes the process (seen: a script that dropped a
closed coordinator's screen and opened another over 100k notes segfaulted in the reading).
The app deletes its tool windows when they close, but any dropped widget in a cycle is
exposed. So automatic collection is switched off and the same thresholds are checked from
a timer on the GUI thread, the approach PyQt's users have long taken for this.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the generations whose thresholds were crossed, as CPython would have;
        the number of unreachable objects found."""
        young, middle, old = gc.get_count()
        found = 0
        if young > self.thresholds[0]:
            found = gc.collect(0)
            if middle > self.thresholds[1]:
                found = gc.collect(1)
                if old > self.thresholds[2]:
                    found = gc.collect(2)
        return found

    def stop(self) -> None:
        """Automatic collection back on (the app is quitting, or a test is done)."""
        self.timer.stop()
        gc.enable()


def install(app: QObject) -> GuiThreadCollector:
    """One per application, owned by it; an existing one is reused."""
    existing = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return existing if existing is not None else GuiThreadCollector(app)
