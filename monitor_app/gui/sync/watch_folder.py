"""The coordinator's Watch folder tab: a folder (one Syncthing or Nextcloud keeps in step,
say) where bundles observers drop are imported as they arrive, with the same results as
the Import screen.

While watching, a file-system notice or a timer every few seconds asks the core's
`WatchFolder` to import what is new and settled, in a worker; one look at a time. Each
import is announced on the screen (and by `QApplication.alert`) and reloads what the
coordinator sees; files the core leaves for a later look (still being written, or cut
short while they arrive) are counted under it. The folder's path is remembered in the
app's settings.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.sync.importer import IMPORTED, Importer, ImportResult
from monitor_app.core.sync.watch import Waiting, WatchFolder
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.tasks import Progress, Task, run_task
from monitor_app.gui.common.widgets import (
    buddy_label,
    fit_columns,
    line_edit,
    make_button,
    make_table_view,
    paragraph,
    show_rows,
)
from monitor_app.gui.sync.models import ImportResultsModel

log = logging.getLogger(__name__)

POLL_MS = 3_000


class WatchFolderPage(QWidget):
    imported = Signal(int)  # new changes came in (how many)

    def __init__(
        self, session: VaultSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("watchFolderPage")
        self.session = session
        self.settings = settings
        self.watch: WatchFolder | None = None
        self.task: Task | None = None
        self._again = False  # a notice came while a look was under way
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.poll_now())
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll_now)

        self.folder_edit = line_edit(
            "watchFolderEdit",
            self.tr("Folder to watch"),
            self.tr("A folder that Syncthing or Nextcloud keeps in step, say"),
        )
        self.folder_edit.setText(settings.watch_folder)
        self.folder_edit.textChanged.connect(self._update_buttons)
        self.choose_button = make_button(
            self.tr("C&hoose…"), "chooseWatchFolderButton", self._choose_folder
        )
        self.start_button = make_button(
            self.tr("&Start watching"), "startWatchButton", self._start_clicked
        )
        self.stop_button = make_button(self.tr("S&top watching"), "stopWatchButton", self.stop)
        self.status = MessageLabel("watchStatus", self)
        self.waiting = MessageLabel("watchWaiting", self)
        self.results = ImportResultsModel(self)
        self.results_view = make_table_view(
            "watchResultsView", self.results, self.tr("Imported from the watch folder"), False
        )
        show_rows(self.results_view, 3)
        fit_columns(self.results_view, ImportResultsModel.MESSAGE)

        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Folder:"), self.folder_edit))
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Bundles that appear in this folder are imported as they arrive, as if "
                    "you had imported them yourself. A file still being copied waits until "
                    "it has settled."
                ),
                self,
            )
        )
        layout.addLayout(row)
        layout.addWidget(button_row(self.start_button, self.stop_button))
        layout.addWidget(self.status)
        layout.addWidget(self.waiting)
        layout.addWidget(self.results_view, 1)
        self._update_buttons()

    @property
    def watching(self) -> bool:
        return self.watch is not None

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(not self.watching and bool(self.folder_edit.text().strip()))
        self.stop_button.setEnabled(self.watching)
        self.folder_edit.setEnabled(not self.watching)
        self.choose_button.setEnabled(not self.watching)

    def _choose_folder(self) -> None:
        chosen = file_choosers.folder(
            self,
            self.session.vault,
            FolderPurpose.BUNDLES,
            self.tr("Choose a folder to watch"),
            self.folder_edit.text().strip(),
        )
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def _start_clicked(self) -> None:
        text = self.folder_edit.text().strip()
        if text:
            self.start(Path(text))

    def start(self, folder: Path) -> bool:
        """Watch ``folder`` (and remember it); look at once."""
        if not self.session.is_unlocked:
            return False
        try:
            self.watch = WatchFolder(Importer(self.session.vault), folder)
        except TrialMonitorError as exc:
            self.status.show_error(error_text(exc))
            return False
        self.folder_edit.setText(str(folder))
        self.settings.watch_folder = str(folder)
        self.watcher.addPath(str(folder))
        self.timer.start()
        log.info("watching a folder")
        self.status.show_info(
            self.tr("Watching {folder}. New bundles are imported as they arrive.").format(
                folder=one_line(str(folder))
            )
        )
        self._update_buttons()
        self.poll_now()
        return True

    def stop(self) -> None:
        """Stop watching; a look under way is cancelled (it imports whole files or none)."""
        self.timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self.task is not None:
            self.task.cancel()
        self.task = None
        self.watch = None
        self.waiting.clear_message()
        self._update_buttons()
        if self.session.is_unlocked:
            self.status.show_info(self.tr("Not watching."))

    def poll_now(self, now: float | None = None) -> Task | None:
        """Import what is new in the folder, off the UI thread (``now``: the time to judge
        whether a file has settled, for tests)."""
        watch = self.watch
        if watch is None or not self.session.is_unlocked:
            return None
        if self.task is not None:
            self._again = True
            return None

        def work(
            _progress: Progress, cancel: threading.Event
        ) -> tuple[list[ImportResult], tuple[Waiting, ...]]:
            return watch.poll(cancel=cancel, now=now), watch.waiting

        self.task = run_task(work, self._polled, self._failed)
        return self.task

    def _polled(self, outcome: tuple[list[ImportResult], tuple[Waiting, ...]]) -> None:
        self.task = None
        results, waiting = outcome
        self._show_waiting(waiting)
        if results:
            self.results.set_records([*results, *self.results.records()])
            new = sum(r.new_revisions for r in results if r.status == IMPORTED)
            looked = len(results)
            self.status.show_info(
                counted(
                    self.tr("Imported %n new change(s) from the watch folder.", "", new),
                    "Imported %n new change(s) from the watch folder.",
                    new,
                )
                if new
                else counted(
                    self.tr("Looked at %n new file(s): nothing new.", "", looked),
                    "Looked at %n new file(s): nothing new.",
                    looked,
                )
            )
            log.info("watch folder: %d file(s)", len(results))
            QApplication.alert(self.window())
            if new and self.session.is_unlocked:
                self.session.changed("trial")
                self.imported.emit(new)
        self._again_if_asked(self.poll_now)

    def _show_waiting(self, waiting: tuple[Waiting, ...]) -> None:
        """How many files a look left for later: still being written (or cut short while
        they arrive); each is imported once whole, or reported once it stops changing."""
        if not waiting or self.watch is None:
            self.waiting.clear_message()
            return
        text = counted(
            self.tr(
                "Waiting for %n file(s) still being written; imported once complete.",
                "",
                len(waiting),
            ),
            "Waiting for %n file(s) still being written; imported once complete.",
            len(waiting),
        )
        if not (self.waiting.isVisible() and self.waiting.text() == text):  # every few seconds
            self.waiting.show_info(text)

    def _failed(self, message: str) -> None:
        self.task = None
        self.status.show_error(message)
        self._again_if_asked(self.poll_now)

    def _again_if_asked(self, poll: Callable[[], object]) -> None:
        if self._again:
            self._again = False
            poll()

    def clear(self) -> None:
        self.stop()
        self.results.set_records([])
        self.status.clear_message()
        self.waiting.clear_message()
