"""Importing bundles (the coordinator's side): drop files or a folder here, or choose them;
see what became of each file; deal with the quarantine; write receipts.

An import runs off the UI thread and can be cancelled: the core rolls back the file being
read and reports the rest as not imported, so nothing is ever half-imported. Everything a
bundle says (names, file names, messages) is shown as plain text only.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import NothingToExport
from monitor_app.core.sync.importer import (
    ALREADY_HAD,
    CANCELLED,
    IMPORTED,
    QUARANTINED,
    REFUSED,
    Importer,
    ImportResult,
)
from monitor_app.core.sync.receipts import export_receipt
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, confirm
from monitor_app.gui.common.models import RECORD_ID_ROLE
from monitor_app.gui.common.progress import BusyBar, TaskProgress
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Progress, Task, TaskFunction
from monitor_app.gui.common.tool_dialog import ToolDialog
from monitor_app.gui.common.widgets import (
    PlainLabel,
    buddy_label,
    fit_columns,
    make_button,
    make_table_view,
    paragraph,
    show_rows,
    sorted_table,
)
from monitor_app.gui.sync.models import (
    ImportResultsModel,
    QuarantineModel,
    nothing_to_export_text,
    status_label,
)

log = logging.getLogger(__name__)

BUNDLE_FILTER_SUFFIX = "*.age"


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in a drag (links to web pages are not imported)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ImportDialog(ToolDialog):
    imported = Signal()  # new revisions came in

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "importDialog", parent)
        self.setWindowTitle(self.tr("Import bundles"))
        self.setAcceptDrops(True)
        layout = self.body_layout()
        layout.addWidget(self._drop_area())
        layout.addWidget(self._results_box(), 2)
        layout.addWidget(self._quarantine_box(), 1)
        layout.addWidget(self._receipt_box())
        self.no_default_buttons()
        self.fit(130, 48)
        self.reload()

    # ---- building ---------------------------------------------------------------------

    def _drop_area(self) -> QWidget:
        area = QFrame(self)
        area.setObjectName("dropArea")
        area.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_files_button = make_button(
            self.tr("Choose &files…"), "chooseFilesButton", self._choose_files
        )
        self.choose_folder_button = make_button(
            self.tr("Choose a f&older…"), "chooseImportFolderButton", self._choose_folder
        )
        self.progress = TaskProgress("import")  # laid out (and reached by Tab) last
        hint = paragraph(
            self.tr(
                "Drop bundle files, or a folder of them (a USB stick, a synced folder), "
                "anywhere on this window, or choose them. A bundle imports whole or not at "
                "all, and one imported twice changes nothing."
            ),
            area,
        )
        layout = QVBoxLayout(area)
        layout.addWidget(hint)
        layout.addWidget(button_row(self.choose_files_button, self.choose_folder_button))
        layout.addWidget(self.progress)
        return area

    def _results_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What was imported"), self)
        self.summary = PlainLabel(self.tr("Nothing imported yet."), box)
        self.summary.setObjectName("importSummary")
        self.results = ImportResultsModel(self)
        self.results_view = make_table_view(
            "importResultsView", self.results, self.tr("Import results"), sortable=False
        )
        show_rows(self.results_view, 3)
        fit_columns(self.results_view, ImportResultsModel.MESSAGE)
        self.results_view.selectionModel().selectionChanged.connect(self._show_detail)
        self.detail = PlainLabel("", box)
        self.detail.setObjectName("importResultDetail")
        layout = QVBoxLayout(box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results_view, 1)
        layout.addWidget(self.detail)
        return box

    def _quarantine_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quarantine"), self)
        self.quarantine = QuarantineModel(self)
        self.quarantine_view, self.quarantine_proxy = sorted_table(
            "quarantineView",
            self.quarantine,
            self.tr("Quarantined bundles"),
            QuarantineModel.RECEIVED,
            stretch=QuarantineModel.FILE,
            rows=2,
        )
        self.quarantine_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.import_quarantined_button = make_button(
            self.tr("Import &quarantined"), "importQuarantinedButton", self.import_quarantined
        )
        self.discard_button = make_button(
            self.tr("&Discard…"), "discardQuarantinedButton", self.discard_selected
        )
        self.quarantine_status = MessageLabel("quarantineStatus", box)
        layout = QVBoxLayout(box)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Bundles signed by someone who is not one of your contacts are kept "
                    "here, sealed, unread. Add the sender's key card under Contacts after "
                    "comparing its fingerprint with them, then import these."
                ),
                box,
            )
        )
        layout.addWidget(self.quarantine_view, 1)
        layout.addWidget(button_row(self.import_quarantined_button, self.discard_button))
        layout.addWidget(self.quarantine_status)
        return box

    def _receipt_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipts"), self)
        self.receipt_combo = QComboBox(box)
        self.receipt_combo.setObjectName("receiptContactCombo")
        self.receipt_combo.setAccessibleName(self.tr("Observer to write a receipt for"))
        self.receipt_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.receipt_button = make_button(
            self.tr("&Write receipt…"), "writeReceiptButton", self._choose_receipt_folder
        )
        self.receipt_busy = BusyBar("receiptBusy", box)
        self.receipt_status = MessageLabel("receiptStatus", box)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("Recei&pt for:"), self.receipt_combo))
        row.addWidget(self.receipt_combo, 1)
        row.addWidget(self.receipt_button)
        layout = QVBoxLayout(box)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A receipt tells an observer which of their bundles arrived here, so "
                    "they can remove those notes from their laptop."
                ),
                box,
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.receipt_busy)
        layout.addWidget(self.receipt_status)
        return box

    # ---- what is shown ----------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the quarantine and the contacts (after an import, a new contact)."""
        vault = self.session.vault
        self.quarantine.set_records(Importer(vault).quarantined())
        chosen = self.receipt_combo.currentData()
        self.receipt_combo.clear()
        for contact in Contacts(vault).list():
            self.receipt_combo.addItem(one_line(contact.name), contact.author)
        self.receipt_combo.setCurrentIndex(max(0, self.receipt_combo.findData(chosen)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.progress.is_busy
        has_quarantine = self.quarantine.rowCount() > 0
        self.import_quarantined_button.setEnabled(has_quarantine and not busy)
        selected = self.quarantine_view.selectionModel().hasSelection()
        self.discard_button.setEnabled(selected and not busy)
        has_contacts = self.receipt_combo.count() > 0
        self.receipt_combo.setEnabled(has_contacts)
        self.receipt_button.setEnabled(has_contacts)

    def shown_results(self) -> list[ImportResult]:
        return self.results.records()

    def _show_detail(self) -> None:
        rows = self.results_view.selectionModel().selectedRows()
        if not rows:
            self.detail.set_plain("")
            return
        result: ImportResult = self.results.record(rows[0].row())
        self.detail.set_plain(
            self.tr("{file}: {status}. {message}").format(
                file=result.source,
                status=status_label(result.status),
                message=self.results.result_text(result),
            )
        )

    def _summarise(self, results: Sequence[ImportResult]) -> str:
        counts = Counter(r.status for r in results)
        text = self.tr(
            "Files: {files} · imported: {imported} · already had: {had} · "
            "quarantined: {quarantined} · refused: {refused}"
        ).format(
            files=len(results),
            imported=counts[IMPORTED],
            had=counts[ALREADY_HAD],
            quarantined=counts[QUARANTINED],
            refused=counts[REFUSED],
        )
        if counts[CANCELLED]:
            text += " · " + self.tr("not imported (cancelled): {count}").format(
                count=counts[CANCELLED]
            )
        return text

    # ---- importing --------------------------------------------------------------------

    def _choose_files(self) -> None:
        paths = file_choosers.open_files(
            self,
            self.session.vault,
            FolderPurpose.BUNDLES,
            self.tr("Choose bundles to import"),
            self.tr("Bundles ({pattern});;All files (*)").format(pattern=BUNDLE_FILTER_SUFFIX),
        )
        if paths:
            self.import_paths(paths)

    def _choose_folder(self) -> None:
        folder = file_choosers.folder(
            self, self.session.vault, FolderPurpose.BUNDLES, self.tr("Choose a folder of bundles")
        )
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[Path]) -> Task | None:
        """Import files, and the bundles in folders, off the UI thread."""
        if not paths:
            return None
        vault = self.session.vault
        chosen = list(paths)

        def work(progress: Progress, cancel: threading.Event) -> list[ImportResult]:
            return Importer(vault).import_paths(chosen, progress, cancel)

        return self._run(work)

    def import_quarantined(self) -> Task | None:
        """Try every quarantined bundle again (after their senders were added)."""
        vault = self.session.vault

        def work(progress: Progress, cancel: threading.Event) -> list[ImportResult]:
            return Importer(vault).import_quarantined(progress, cancel)

        return self._run(work)

    def _run(self, work: TaskFunction) -> Task | None:
        if self.progress.is_busy:
            self.quarantine_status.show_error(
                self.tr("An import is under way. Wait for it, or cancel it, first.")
            )
            return None
        self.quarantine_status.clear_message()
        self.summary.set_plain(self.tr("Importing…"))
        task = self.progress.run(
            work,
            self._imported,
            self._failed,
            (self.choose_files_button, self.choose_folder_button, self.import_quarantined_button),
        )
        self._update_buttons()
        return task

    def _imported(self, results: list[ImportResult]) -> None:
        self.results.set_records(results)
        self.summary.set_plain(self._summarise(results))
        if results:
            self.results_view.selectRow(0)
        log.info("import finished: %d file(s)", len(results))
        if self.session.is_unlocked:
            self.reload()
            if any(r.new_revisions for r in results):
                self.session.changed("trial")
                self.imported.emit()

    def _failed(self, message: str) -> None:
        self.summary.set_plain(message)
        if self.session.is_unlocked:
            self.reload()

    # ---- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()) and not self.progress.is_busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData()) and not self.progress.is_busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths or self.progress.is_busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # ---- the quarantine ---------------------------------------------------------------

    def discard_selected(self) -> None:
        rows = self.quarantine_view.selectionModel().selectedRows()
        if not rows or self.progress.is_busy:
            return
        item_id = str(rows[0].data(RECORD_ID_ROLE))
        row = self.quarantine.row_of(item_id)
        if row is None:
            return
        bundle = self.quarantine.record(row)
        asked = confirm(
            self,
            "discardQuarantinedBox",
            self.tr("Discard a quarantined bundle"),
            self.tr("Discard the bundle that says it is from {name}?").format(
                name=one_line(bundle.claimed_name)
            ),
            self.tr("&Discard"),
            detail=self.tr(
                "It is removed from this vault without being read. If it was genuine, ask "
                "its sender to export it again."
            ),
        )
        if not asked or not self.session.is_unlocked:
            return
        Importer(self.session.vault).drop_quarantined(item_id)
        log.info("quarantined bundle discarded")
        self.reload()
        self.quarantine_status.show_info(self.tr("The bundle was discarded."))

    # ---- receipts ---------------------------------------------------------------------

    def _choose_receipt_folder(self) -> None:
        author = self.receipt_combo.currentData()
        if not author:
            return
        folder = file_choosers.folder(
            self,
            self.session.vault,
            FolderPurpose.RECEIPTS,
            self.tr("Choose where to save the receipt"),
        )
        if folder is not None:
            self.write_receipt(str(author), folder)

    def write_receipt(self, author: str, folder: Path) -> Task | None:
        """A receipt for contact ``author`` of every bundle of theirs imported here, saved
        in ``folder`` off the UI thread."""
        vault = self.session.vault
        contact = Contacts(vault).get(author)
        if contact is None:
            return None
        name = one_line(contact.name)
        self.receipt_status.clear_message()

        def work() -> Path | str:
            try:
                return export_receipt(vault, contact, folder)
            except NothingToExport as exc:  # an answer, in the UI's language
                return nothing_to_export_text(exc, name)

        return self.receipt_busy.run(
            work,
            lambda path: self._receipt_written(path, name),
            self.receipt_status.show_error,
            (self.receipt_button, self.receipt_combo),
        )

    def _receipt_written(self, path: Path | str, name: str) -> None:
        if isinstance(path, str):
            self.receipt_status.show_info(path)
            return
        log.info("receipt written")
        self.receipt_status.show_info(
            self.tr(
                "Receipt saved as {file}. Give it to {name}: it lets them remove what you "
                "received from their laptop."
            ).format(file=one_line(str(path)), name=name)
        )
