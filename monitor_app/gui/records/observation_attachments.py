"""The observation editor's attachments: files and screen captures, read into memory off
the UI thread, listed with those already sealed in the vault, and sealed with the
observation on OK (by the editor).

The source file is never changed and a capture never touches the disk unencrypted. The
box's words are the editor's (its translation context), as they were when it held them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QScreen
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.error_messages import AS_GIVEN
from monitor_app.core.errors import ValidationError
from monitor_app.core.records.notebook import MAX_ATTACHMENT_BYTES
from monitor_app.core.records.records import Attachment
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.models import CELL_CHARS, RecordTableModel
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task, run_task, simple
from monitor_app.gui.common.widgets import PlainLabel, make_button, make_table_view

log = logging.getLogger(__name__)

CAPTURE_DELAY_MS = 350  # time for the window system to take the hidden editor off screen
PNG_MEDIA_TYPE = "image/png"


@dataclass(frozen=True)
class PendingFile:
    """A file or capture read into memory, sealed into the vault on OK."""

    filename: str
    data: bytes
    media_type: str | None = None
    id: str = ""  # not in the vault yet


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG in memory (safe on a worker thread: QImage is not a pixmap)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The binding takes the format as str, whatever its type stub says.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


class AttachmentsModel(RecordTableModel):
    """An observation's attachments in the vault, then those waiting for OK."""

    NAME, SIZE, TYPE, STATE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Size"), self.tr("Type"), self.tr("State")]

    def display(self, record: Attachment | PendingFile, column: int) -> str:
        if column == self.NAME:
            return one_line(record.filename, CELL_CHARS)  # may come from another vault
        if column == self.SIZE:
            size = record.size if isinstance(record, Attachment) else len(record.data)
            return QLocale().formattedDataSize(size)
        if column == self.TYPE:
            return one_line(record.media_type or "", CELL_CHARS)
        if isinstance(record, Attachment):
            return self.tr("Sealed in the vault")
        return self.tr("Sealed when you press OK")


class AttachmentsBox(QGroupBox):
    """The list of attachments and the ways to add one. What is read or captured waits in
    `pending` (announced by `file_added`) until the editor seals it; ``error`` is the
    editor's line for what went wrong; the editor's ``session`` keeps, in the vault, the
    folder files were last added from. Once `stop`ped (the editor closed), a capture still
    under way shows nothing."""

    file_added = Signal()

    def __init__(
        self, session: VaultSession, error: MessageLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("ObservationEditor", "Attachments"), parent)
        self.session = session
        self.error = error
        self.pending: list[PendingFile] = []
        self._capturing: QScreen | None = None  # the screen a capture under way will grab
        self.model = AttachmentsModel(self)
        self.view = make_table_view(
            "attachmentsView",
            self.model,
            QCoreApplication.translate("ObservationEditor", "Attachments"),
            sortable=False,
        )
        lines = self.fontMetrics().lineSpacing()
        self.view.setMinimumHeight(lines * 5)
        self.view.setMaximumHeight(lines * 8)
        self.add_file_button = make_button(
            QCoreApplication.translate("ObservationEditor", "Add &file…"),
            "addFileButton",
            self._add_file_clicked,
        )
        self.capture_button = make_button(
            QCoreApplication.translate("ObservationEditor", "Capture scree&n"),
            "captureScreenButton",
            self.capture_screen,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            PlainLabel(
                QCoreApplication.translate(
                    "ObservationEditor",
                    "The vault keeps an encrypted copy; the original file is left untouched. "
                    "Screen captures are never written to disk unencrypted.",
                ),
                self,
            )
        )
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.capture_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def stop(self) -> None:
        """The editor has closed: nothing read or captured stays in memory, and a capture
        under way grabs nothing (nor brings the editor back)."""
        self._capturing = None
        self.pending = []

    def show_files(self, saved: list[Attachment]) -> None:
        """List ``saved`` (those in the vault), then those waiting."""
        self.model.set_records([*saved, *self.pending])

    def _add_pending(self, file: PendingFile) -> None:
        self.pending.append(file)
        self.file_added.emit()
        log.info("attachment waiting")

    def _add_file_clicked(self) -> None:
        if not self.session.is_unlocked:
            return
        path = file_choosers.open_file(
            self.window(),
            self.session.vault,
            FolderPurpose.ATTACHMENTS,
            QCoreApplication.translate("ObservationEditor", "Add a file"),
        )
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> Task | None:
        """Read ``path`` off the UI thread; it is sealed with the observation on OK."""
        unreadable = QCoreApplication.translate("ObservationEditor", "The file could not be read.")
        too_large = QCoreApplication.translate(
            "ObservationEditor", "The file is larger than {size} MiB."
        ).format(size=MAX_ATTACHMENT_BYTES // (1024 * 1024))
        try:
            size = path.stat().st_size
        except OSError:
            self.error.show_error(unreadable)
            return None
        if size > MAX_ATTACHMENT_BYTES:
            self.error.show_error(too_large)
            return None

        def read() -> PendingFile:
            try:
                data = path.read_bytes()
            except OSError:
                raise ValidationError(AS_GIVEN, text=unreadable) from None
            if len(data) > MAX_ATTACHMENT_BYTES:
                raise ValidationError(AS_GIVEN, text=too_large)
            return PendingFile(path.name, data)

        self.error.clear_message()
        return run_task(
            simple(read), on_success=self._add_pending, on_failure=self.error.show_error
        )

    def capture_screen(self) -> None:
        """Capture a screen (chosen when there are several) with the editor out of the
        way; the PNG is made in memory and sealed with the observation on OK."""
        screen = self._choose_screen()
        if screen is None:
            return
        # exec() ends if its dialog is hidden: a modal editor is minimised instead.
        editor = self.window()
        if editor.isModal():
            editor.showMinimized()
        else:
            editor.hide()
        self._capturing = screen
        QTimer.singleShot(CAPTURE_DELAY_MS, self, lambda: self.grab_screen(screen))

    def _choose_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        if len(screens) <= 1:
            return screens[0] if screens else None
        names = [
            QCoreApplication.translate(
                "ObservationEditor", "Screen {number}: {name} ({width} x {height})"
            ).format(
                number=number,
                name=screen.name(),
                width=screen.size().width(),
                height=screen.size().height(),
            )
            for number, screen in enumerate(screens, start=1)
        ]
        chosen, ok = QInputDialog.getItem(
            self.window(),
            QCoreApplication.translate("ObservationEditor", "Capture screen"),
            QCoreApplication.translate("ObservationEditor", "Which screen?"),
            names,
            0,
            False,
        )
        return screens[names.index(chosen)] if ok and chosen in names else None

    def grab_screen(self, screen: QScreen) -> None:
        """The capture itself, once the editor is out of the way; it comes back after. Not
        if the capture was called off meanwhile (a lock closed the editor): show nothing."""
        if screen is not self._capturing:
            return
        self._capturing = None
        pixmap = screen.grabWindow(0)
        editor = self.window()
        editor.showNormal()
        editor.raise_()
        editor.activateWindow()
        if pixmap.isNull():
            self.error.show_error(
                QCoreApplication.translate("ObservationEditor", "The screen could not be captured.")
            )
            return
        image = pixmap.toImage()
        name = "screen-{}.png".format(utc_now().strftime("%Y-%m-%dT%H-%M-%SZ"))
        run_task(
            simple(lambda: PendingFile(name, png_bytes(image), PNG_MEDIA_TYPE)),
            on_success=self._add_pending,
            on_failure=self.error.show_error,
        )
