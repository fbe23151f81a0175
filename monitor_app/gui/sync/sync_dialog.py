"""Sending notes (the observer's side): export a bundle for chosen contacts into a folder or
onto a drive, see the bundles sent and whether a receipt confirmed them, import a receipt,
and from there remove acknowledged trials from the laptop.

The export runs off the UI thread with a progress bar and can be cancelled; the core
writes the bundle whole under a random name, or leaves nothing.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import (
    Cancelled,
    NothingToExport,
    RecordsNeedCorrecting,
    SentBundle,
    SentBundles,
    change_count,
    export_bundles,
)
from monitor_app.core.sync.receipts import ReceiptResult, import_receipt
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.count_words import change_count_text, counted
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.navigation import Screen, show_dialog
from monitor_app.gui.common.progress import BusyBar, TaskProgress
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Progress, Task
from monitor_app.gui.common.tool_dialog import ToolDialog
from monitor_app.gui.common.widgets import (
    buddy_label,
    make_button,
    paragraph,
    select_id,
    sorted_table,
)
from monitor_app.gui.records.correct_values_dialog import CorrectValuesDialog
from monitor_app.gui.sync.forward_dialog import ForwardDialog
from monitor_app.gui.sync.models import RecipientsModel, SentBundlesModel, nothing_to_export_text

log = logging.getLogger(__name__)

RECEIPT_FILTER = "*.age"


class SyncDialog(ToolDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "syncDialog", parent)
        self.setWindowTitle(self.tr("Sync"))
        layout = self.body_layout()
        layout.addWidget(self._send_box())
        layout.addWidget(self._sent_box(), 1)
        self.no_default_buttons()
        self.fit(120, 48)
        self.reload()

    # ---- building ---------------------------------------------------------------------

    def _send_box(self) -> QGroupBox:
        # Controls are made without a parent and take their places (and Tab order) as
        # they are laid out, top to bottom.
        box = QGroupBox(self.tr("Send a bundle"), self)
        self.recipients = RecipientsModel(self)
        self.recipients_view, self.recipients_proxy = sorted_table(
            "recipientsView",
            self.recipients,
            self.tr("Send to"),
            RecipientsModel.NAME,
            stretch=RecipientsModel.NAME,
            rows=3,
        )
        self.recipients.dataChanged.connect(self._update_buttons)
        self.recipients.modelReset.connect(self._update_buttons)
        self.no_contacts = MessageLabel("noContactsHint", box)
        self.contacts_button = make_button(
            self.tr("&Contacts…"), "openContactsButton", self.open_contacts
        )
        self.forward_button = make_button(
            self.tr("For&ward bundles received…"), "openForwardButton", self.open_forward
        )
        self.everything_check = QCheckBox(
            self.tr("Send &everything again, not only what changed since the last bundle")
        )
        self.everything_check.setObjectName("exportAllCheck")
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("exportFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder to save the bundle in"))
        self.folder_edit.setPlaceholderText(self.tr("A USB stick, or a folder that is synced"))
        self.folder_edit.textChanged.connect(self._update_buttons)
        self.choose_button = make_button(
            self.tr("C&hoose…"), "chooseExportFolderButton", self._choose_folder
        )
        self.export_button = make_button(
            self.tr("E&xport bundle"), "exportButton", self._export_clicked
        )
        self.progress = TaskProgress("export")
        self.export_status = MessageLabel("exportStatus", box)
        # Shown when sending is refused for values an older version saved.
        self.to_correct: tuple[str, ...] = ()
        self.correct_button = make_button(
            self.tr("&Correct them…"), "correctRecordsButton", self._correct_records
        )
        self.correct_button.hide()

        folder_row = QHBoxLayout()
        folder_row.addWidget(buddy_label(self.tr("&Folder:"), self.folder_edit))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        layout = QVBoxLayout(box)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A bundle holds the changes you made since your last bundle to the same "
                    "people, encrypted so that only they and you can open it. Its file name "
                    "says nothing about you. Send it any way that works."
                ),
                box,
            )
        )
        layout.addWidget(buddy_label(self.tr("Send &to:"), self.recipients_view))
        layout.addWidget(self.recipients_view)
        layout.addWidget(self.no_contacts)
        layout.addWidget(button_row(self.contacts_button, self.forward_button))
        layout.addWidget(self.everything_check)
        layout.addLayout(folder_row)
        layout.addWidget(button_row(self.export_button))
        layout.addWidget(self.progress)
        layout.addWidget(self.export_status)
        layout.addWidget(button_row(self.correct_button))
        return box

    def _correct_records(self) -> None:
        dialog = CorrectValuesDialog(self.session, self.to_correct, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._corrections_closed)
        dialog.open()

    def _corrections_closed(self) -> None:
        self.correct_button.hide()
        self.export_status.clear_message()

    def _sent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bundles sent"), self)
        self.sent = SentBundlesModel(self)
        self.sent_view, self.sent_proxy = sorted_table(
            "sentBundlesView",
            self.sent,
            self.tr("Bundles sent"),
            SentBundlesModel.DATE,
            stretch=SentBundlesModel.FILE,
            rows=3,
            order=Qt.SortOrder.DescendingOrder,
        )
        self.receipt_button = make_button(
            self.tr("Import a &receipt…"), "importReceiptButton", self._choose_receipt
        )
        self.purge_button = make_button(
            self.tr("Re&move acknowledged trials from this laptop…"),
            "purgeButton",
            self.open_purge,
        )
        self.receipt_busy = BusyBar("receiptBusy", box)
        self.receipt_status = MessageLabel("receiptStatus", box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.sent_view, 1)
        layout.addWidget(button_row(self.receipt_button, self.purge_button))
        layout.addWidget(self.receipt_busy)
        layout.addWidget(self.receipt_status)
        return box

    # ---- what is shown ----------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Re-read the contacts and the bundles sent."""
        vault = self.session.vault
        contacts = Contacts(vault).list()
        self.recipients.set_records(contacts)
        if len(contacts) == 1 and not self.recipients.checked_ids():
            self.recipients.set_checked(contacts[0].author, True)  # the usual case: one
        if contacts:
            self.no_contacts.clear_message()
        else:
            self.no_contacts.show_info(
                self.tr("Add your coordinator's key card under Contacts first.")
            )
        self.sent.set_records(SentBundles(vault).all())
        if select:
            select_id(self.sent_view, self.sent_proxy, self.sent, select)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self.recipients.checked_ids()) and bool(self.folder_edit.text().strip())
        self.export_button.setEnabled(ready and not self.progress.is_busy)

    # ---- exporting --------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = file_choosers.folder(
            self,
            self.session.vault,
            FolderPurpose.BUNDLES,
            self.tr("Choose where to save the bundle"),
            self.folder_edit.text().strip(),
        )
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def _export_clicked(self) -> None:
        text = self.folder_edit.text().strip()
        if text:
            self.export_to(Path(text))

    def export_to(self, folder: Path) -> Task | None:
        """Write a bundle for the ticked contacts into ``folder``, off the UI thread."""
        recipients = self.recipients.chosen()
        if not recipients:
            self.export_status.show_error(self.tr("Tick at least one contact to send it to."))
            return None
        if not folder.is_dir():
            self.export_status.show_error(
                self.tr(
                    "{folder} is not a folder. Choose the folder to save the bundle in."
                ).format(folder=one_line(str(folder)))
            )
            return None
        self.folder_edit.setText(str(folder))
        vault = self.session.vault
        everything = self.everything_check.isChecked()
        cancelled = self.tr("Cancelled. Nothing was written.")
        names = ", ".join(one_line(c.name) for c in recipients)

        def work(
            progress: Progress, cancel: threading.Event
        ) -> list[SentBundle] | str | RecordsNeedCorrecting:
            try:
                return export_bundles(
                    vault, recipients, folder, everything=everything, progress=progress,
                    cancel=cancel,
                )  # fmt: skip
            except NothingToExport as exc:  # answers, not failures
                return nothing_to_export_text(exc, names)
            except RecordsNeedCorrecting as exc:
                return exc
            except Cancelled:
                return cancelled

        self.export_status.clear_message()
        task = self.progress.run(
            work,
            self._exported,
            self.export_status.show_error,
            (self.export_button, self.everything_check, self.choose_button, self.folder_edit),
        )
        self._update_buttons()
        return task

    def _exported(self, outcome: list[SentBundle] | str | RecordsNeedCorrecting) -> None:
        self._update_buttons()
        if isinstance(outcome, str):
            self.export_status.show_info(outcome)
            return
        if isinstance(outcome, RecordsNeedCorrecting):
            self.export_status.show_error(error_text(outcome))
            self.to_correct = outcome.record_ids
            self.correct_button.show()
            return
        log.info("bundle exported in %d part(s)", len(outcome))
        if self.session.is_unlocked:
            self.reload(select=outcome[-1].bundle_id)
        names = ", ".join(one_line(name) for _author, name, _seq in outcome[0].recipients)
        if len(outcome) == 1:
            text = self.tr(
                "Saved {file}: {changes} for {names}. Send the file to them any way that works."
            )
        else:  # more than one bundle may carry (bundle_format.BundleRoom)
            text = self.tr(
                "Saved {count} files, as one bundle may carry only so much: {file}. They hold "
                "{changes} for {names}. Send them all, any way that works; they may be "
                "imported in any order."
            )
        files = ", ".join(part.file_name for part in outcome)
        changes = change_count_text(change_count(outcome))
        self.export_status.show_info(
            text.format(file=files, changes=changes, names=names, count=len(outcome))
        )

    # ---- receipts and removing --------------------------------------------------------

    def _choose_receipt(self) -> None:
        path = file_choosers.open_file(
            self,
            self.session.vault,
            FolderPurpose.RECEIPTS,
            self.tr("Choose a receipt"),
            self.tr("Receipts ({pattern});;All files (*)").format(pattern=RECEIPT_FILTER),
        )
        if path is not None:
            self.import_receipt_from(path)

    def import_receipt_from(self, path: Path) -> Task:
        """Record which bundles the receipt in ``path`` confirms, off the UI thread."""
        vault = self.session.vault
        self.receipt_status.clear_message()
        return self.receipt_busy.run(
            lambda: import_receipt(vault, path),
            self._receipt_imported,
            self.receipt_status.show_error,
            (self.receipt_button, self.purge_button),
        )

    def receipt_text(self, result: ReceiptResult) -> str:
        name = one_line(result.signer_name)
        if result.duplicate:
            return self.tr("This receipt from {name} was imported before; nothing changed.").format(
                name=name
            )
        confirmed, before, unknown = (
            result.newly_acknowledged,
            result.already_acknowledged,
            result.unknown,
        )
        parts = [
            counted(
                self.tr("{name} confirms %n more bundle(s).", "", confirmed),
                "{name} confirms %n more bundle(s).",
                confirmed,
            ).format(name=name)
        ]
        if before:
            parts.append(self.tr("Confirmed before: %n.", "", before))
        if unknown:
            parts.append(
                counted(
                    self.tr(
                        "%n entry(ies) matching no bundle you sent them, ignored.", "", unknown
                    ),
                    "%n entry(ies) matching no bundle you sent them, ignored.",
                    unknown,
                )
            )
        return " ".join(parts)

    def _receipt_imported(self, result: ReceiptResult) -> None:
        log.info("receipt imported")
        self.receipt_status.show_info(self.receipt_text(result))
        if self.session.is_unlocked:
            self.reload()

    def child_closed(self) -> None:
        if self.session.is_unlocked:
            self.reload()

    def open_contacts(self) -> None:
        self.screen_requested.emit(Screen.CONTACTS)

    def open_forward(self) -> ForwardDialog:
        """Forwarding bundles received to a head office or a panel, over this screen."""
        dialog = show_dialog(ForwardDialog(self.session, self))
        dialog.finished.connect(self.child_closed)
        return dialog

    def open_purge(self) -> None:
        self.screen_requested.emit(Screen.PURGE)
