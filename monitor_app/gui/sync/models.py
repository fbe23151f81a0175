"""Table models over what sync deals in: contacts, bundles sent, the results of an import,
the quarantine, and the trials that may be removed from the laptop.

Like the record models (gui/records/models.py) each keeps plain core objects and shows them
as one safe line per cell: names, file names and messages may come from a bundle, so they go
through `one_line`. Times are shown on this computer's clock. Two of them are lists to
choose from (the recipients of a bundle, the trials to remove): `CheckableModel` keeps
which rows are ticked, by record id, across reloads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from monitor_app.core.records.timeutil import local_zone_name
from monitor_app.core.sync.arrivals import Gaps
from monitor_app.core.sync.contacts import Contact, with_namesakes
from monitor_app.core.sync.export import NothingToExport, SentBundle
from monitor_app.core.sync.importer import (
    ALREADY_HAD,
    CANCELLED,
    IMPORTED,
    QUARANTINED,
    REFUSED,
    ImportResult,
    QuarantinedBundle,
)
from monitor_app.core.sync.receipts import PurgeCandidate
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.messages import error_text
from monitor_app.gui.common.models import CELL_CHARS, EMPTY, Index, RecordTableModel, local_time

_STATUS_LABELS: dict[str, object] = {
    IMPORTED: QT_TRANSLATE_NOOP("ImportStatus", "Imported"),
    ALREADY_HAD: QT_TRANSLATE_NOOP("ImportStatus", "Already had"),
    QUARANTINED: QT_TRANSLATE_NOOP("ImportStatus", "Quarantined"),
    REFUSED: QT_TRANSLATE_NOOP("ImportStatus", "Refused"),
    CANCELLED: QT_TRANSLATE_NOOP("ImportStatus", "Not imported (cancelled)"),
}


def status_label(status: str) -> str:
    """An import status in the UI's language (an unknown one as itself, made safe)."""
    text = _STATUS_LABELS.get(status)
    return QCoreApplication.translate("ImportStatus", str(text)) if text else one_line(status)


def _one(ranges: Sequence[tuple[int, int]]) -> bool:
    return len(ranges) == 1 and ranges[0][0] == ranges[0][1]


def _ranges(ranges: Sequence[tuple[int, int]]) -> str:
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def missing_text(gaps: Gaps) -> str:
    """What is still missing from a sender, in the UI's language (the core's `Gaps`)."""
    parts = []
    # Numbers listed, not counted: one or several, in words any language has.
    if gaps.bundles:
        words = (
            QCoreApplication.translate("Gaps", "bundle {numbers} not received yet")
            if _one(gaps.bundles)
            else QCoreApplication.translate("Gaps", "bundles {numbers} not received yet")
        )
        parts.append(words.format(numbers=_ranges(gaps.bundles)))
    if gaps.revisions:
        words = (
            QCoreApplication.translate("Gaps", "change {numbers} missing")
            if _one(gaps.revisions)
            else QCoreApplication.translate("Gaps", "changes {numbers} missing")
        )
        parts.append(words.format(numbers=_ranges(gaps.revisions)))
    if gaps.removed:
        # A count outside a class: words that read right for any number (count_words).
        parts.append(
            QCoreApplication.translate(
                "Gaps", "changes received that are no longer in this vault: {count}"
            ).format(count=gaps.removed)
        )
    return "; ".join(parts)


def on_this_computer(utc_text: str) -> str:
    """A stored UTC instant on this computer's clock ("" for none). A receipt says when its
    bundles were imported; what it says is shown as it is if it is no time at all."""
    try:
        return local_time(utc_text, local_zone_name())
    except ValueError:
        return one_line(utc_text, CELL_CHARS)


def contact_name(contact: Contact, namesakes: set[str]) -> str:
    """A contact's name for a cell, flagged when another contact's name looks the same
    (``namesakes``: their authors): only the fingerprint next to it tells them apart."""
    name = one_line(contact.name, CELL_CHARS)
    if contact.author not in namesakes:
        return name
    return QCoreApplication.translate(
        "ContactsModel", "{name} (same name as another contact)"
    ).format(name=name)


class ContactsModel(RecordTableModel):
    NAME, FINGERPRINT, ADDED = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.namesakes: set[str] = set()

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Fingerprint"), self.tr("Added")]

    def set_records(self, records: Sequence[Contact]) -> None:
        self.namesakes = with_namesakes(list(records))
        super().set_records(records)

    def record_id(self, record: Contact) -> str:
        return record.author

    def display(self, record: Contact, column: int) -> str:
        if column == self.NAME:
            return contact_name(record, self.namesakes)
        if column == self.FINGERPRINT:
            return record.card.fingerprint
        return on_this_computer(record.added_utc)

    def sort_value(self, record: Contact, column: int) -> Any:
        if column == self.ADDED:
            return record.added_utc
        return super().sort_value(record, column)


class CheckableModel(RecordTableModel):
    """Rows with a check box in the first column; `checked_ids` are the ticked rows'
    record ids. Ticks of records that are listed again after a reload are kept."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: set[str] = set()

    def can_check(self, record: Any) -> bool:
        return True

    def checked_ids(self) -> list[str]:
        """The ticked rows' ids, in the rows' order."""
        return [self.record_id(r) for r in self._records if self.record_id(r) in self._checked]

    def set_checked(self, record_id: str, checked: bool) -> None:
        row = self.row_of(record_id)
        if row is None or not self.can_check(self._records[row]):
            return
        if checked:
            self._checked.add(record_id)
        else:
            self._checked.discard(record_id)
        first = self.index(row, 0)
        self.dataChanged.emit(first, first, [Qt.ItemDataRole.CheckStateRole])

    def set_records(self, records: Sequence[Any]) -> None:
        allowed = {self.record_id(r) for r in records if self.can_check(r)}
        self._checked &= allowed
        super().set_records(records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == 0
            and 0 <= index.row() < len(self._records)
        ):
            record = self._records[index.row()]
            if not self.can_check(record):
                return None
            ticked = self.record_id(record) in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == 0
            and 0 <= index.row() < len(self._records)
            and self.can_check(self._records[index.row()])
        ):
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column():
            return False
        if not 0 <= index.row() < len(self._records):
            return False
        record = self._records[index.row()]
        if not self.can_check(record):
            return False
        self.set_checked(self.record_id(record), Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


class RecipientsModel(CheckableModel):
    """The contacts a bundle can be sent to; tick the ones it is for."""

    NAME, FINGERPRINT = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.namesakes: set[str] = set()

    def headers(self) -> list[str]:
        return [self.tr("Send to"), self.tr("Fingerprint")]

    def set_records(self, records: Sequence[Contact]) -> None:
        self.namesakes = with_namesakes(list(records))
        super().set_records(records)

    def record_id(self, record: Contact) -> str:
        return record.author

    def display(self, record: Contact, column: int) -> str:
        if column == self.NAME:
            return contact_name(record, self.namesakes)
        return record.card.fingerprint

    def chosen(self) -> list[Contact]:
        ticked = set(self.checked_ids())
        return [c for c in self._records if c.author in ticked]


class SentBundlesModel(RecordTableModel):
    DATE, RECIPIENTS, REVISIONS, ACKNOWLEDGED, FILE = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Sent"),
            self.tr("To"),
            self.tr("Saved changes"),
            self.tr("Receipt"),
            self.tr("File"),
        ]

    def record_id(self, record: SentBundle) -> str:
        return record.bundle_id

    def acknowledgement(self, record: SentBundle) -> str:
        names = [name for author, name, _seq in record.recipients if author in record.acknowledged]
        if not names:
            return self.tr("not yet")
        if len(names) == len(record.recipients):
            latest = max(record.acknowledged.values())
            return self.tr("received {date}").format(date=on_this_computer(latest))
        return self.tr("received by {names}").format(names=one_line(", ".join(names), CELL_CHARS))

    def display(self, record: SentBundle, column: int) -> str:
        if column == self.DATE:
            return on_this_computer(record.created_utc)
        if column == self.RECIPIENTS:
            names = ", ".join(name for _author, name, _seq in record.recipients)
            return one_line(names, CELL_CHARS)
        if column == self.REVISIONS:
            return str(record.revisions)
        if column == self.FILE:
            return one_line(record.file_name, CELL_CHARS)
        return self.acknowledgement(record)

    def sort_value(self, record: SentBundle, column: int) -> Any:
        if column == self.DATE:
            return record.created_utc
        if column == self.REVISIONS:
            return record.revisions
        return super().sort_value(record, column)


class ImportResultsModel(RecordTableModel):
    """What became of each file of one import, in the order the files were read."""

    FILE, STATUS, SENDER, NEW, MESSAGE = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Result"),
            self.tr("From"),
            self.tr("New changes"),
            self.tr("Details"),
        ]

    def record_id(self, record: ImportResult) -> str:
        return record.bundle_id or record.source

    def result_text(self, result: ImportResult) -> str:
        """What became of a file, in the UI's language where the result says it in data (a
        refusal's reason is the core's), and what is still missing from its sender."""
        name = one_line(result.author_name or "")
        if result.status == IMPORTED and result.written_by:  # a forwarded bundle's
            return self._forwarded_text(result, name)
        if result.status == IMPORTED:
            new, known = result.new_revisions, result.known_revisions
            text = counted(
                self.tr("Imported %n new change(s) from {name}.", "", new),
                "Imported %n new change(s) from {name}.",
                new,
            ).format(name=name)
            if known:
                text += " " + self.tr("Already here: %n.", "", known)
        elif result.status == ALREADY_HAD:
            text = self.tr("Nothing new: all of it was already here.")
        elif result.status == QUARANTINED:
            text = self.tr(
                "Signed by someone who is not a contact (it says {name}). Kept in quarantine "
                "until you add their key card."
            ).format(name=name)
        elif result.status == CANCELLED:
            text = self.tr("Not imported: cancelled. Nothing was changed.")
        elif result.error is not None:
            text = error_text(result.error)
        else:
            text = result.message
        if not result.missing:
            return text
        return self.tr("{message} Still missing: {gaps}.").format(
            message=text, gaps=missing_text(result.missing)
        )

    def _forwarded_text(self, result: ImportResult, forwarder: str) -> str:
        """Who wrote what a forwarded bundle brought, who forwarded it, and what is still
        missing from each author."""
        new, known = result.new_revisions, result.known_revisions
        source = "Imported %n new change(s) written by {names}, forwarded by {name}."
        names = ", ".join(one_line(author_name) for _, author_name, _ in result.written_by)
        parts = [
            counted(
                self.tr(
                    "Imported %n new change(s) written by {names}, forwarded by {name}.", "", new
                ),
                source,
                new,
            ).format(names=names, name=forwarder)
        ]
        if known:
            parts.append(self.tr("Already here: %n.", "", known))
        parts += [
            self.tr("Still missing from {name}: {gaps}.").format(
                name=one_line(author_name), gaps=missing_text(gaps)
            )
            for _, author_name, gaps in result.written_by
            if gaps
        ]
        return " ".join(parts)

    def display(self, record: ImportResult, column: int) -> str:
        if column == self.FILE:
            return one_line(record.source, CELL_CHARS)
        if column == self.STATUS:
            return status_label(record.status)
        if column == self.SENDER:
            return one_line(record.author_name, CELL_CHARS) if record.author_name else EMPTY
        if column == self.NEW:
            return str(record.new_revisions)
        return one_line(self.result_text(record), CELL_CHARS)

    def sort_value(self, record: ImportResult, column: int) -> Any:
        if column == self.NEW:
            return record.new_revisions
        return super().sort_value(record, column)


class QuarantineModel(RecordTableModel):
    """Bundles kept aside because their signer is not a contact."""

    RECEIVED, CLAIMED, FINGERPRINT, FILE = range(4)

    def headers(self) -> list[str]:
        return [
            self.tr("Received"),
            self.tr("Says it is from"),
            self.tr("Fingerprint"),
            self.tr("File"),
        ]

    def record_id(self, record: QuarantinedBundle) -> str:
        return record.item_id

    def display(self, record: QuarantinedBundle, column: int) -> str:
        if column == self.RECEIVED:
            return on_this_computer(record.received_utc)
        if column == self.CLAIMED:
            return one_line(record.claimed_name, CELL_CHARS)
        if column == self.FINGERPRINT:
            return one_line(record.fingerprint, CELL_CHARS)
        return one_line(record.file_name, CELL_CHARS)

    def sort_value(self, record: QuarantinedBundle, column: int) -> Any:
        if column == self.RECEIVED:
            return record.received_utc
        return super().sort_value(record, column)


class PurgeModel(CheckableModel):
    """Every trial in the vault; only those a receipt wholly acknowledges can be ticked."""

    TITLE, RECORDS, STATE = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Trial"), self.tr("Records"), self.tr("Can it be removed?")]

    def record_id(self, record: PurgeCandidate) -> str:
        return record.trial_id

    def can_check(self, record: PurgeCandidate) -> bool:
        return record.purgeable

    def display(self, record: PurgeCandidate, column: int) -> str:
        if column == self.TITLE:
            return one_line(record.title, CELL_CHARS)
        if column == self.RECORDS:
            return str(record.records)
        if record.purgeable:
            return self.tr("yes: the coordinator confirmed all of it")
        return self.tr("no: {reason}").format(reason=self.reason(record))

    def reason(self, record: PurgeCandidate) -> str:
        """Why a trial cannot be removed, in the UI's language (from the core's data)."""
        if record.foreign:
            return self.tr("it holds records from other people")
        pending = record.pending
        return counted(
            self.tr("%n change(s) without a receipt yet", "", pending),
            "%n change(s) without a receipt yet",
            pending,
        )

    def sort_value(self, record: PurgeCandidate, column: int) -> Any:
        if column == self.RECORDS:
            return record.records
        return super().sort_value(record, column)

    def checked_titles(self) -> list[str]:
        ticked = set(self.checked_ids())
        return [c.title for c in self._records if c.trial_id in ticked]


def nothing_to_export_text(refusal: NothingToExport, names: str) -> str:
    """Why nothing was written, in the UI's language (the core says which case it is);
    ``names`` are the contacts it was for."""
    if refusal.reason == NothingToExport.EMPTY:
        return QCoreApplication.translate(
            "Sync", "There is nothing to send yet: the vault has no records."
        )
    if refusal.reason == NothingToExport.UNCHANGED:
        return QCoreApplication.translate(
            "Sync",
            "Nothing has changed since the last bundle to {names}. To send everything again, "
            "tick the box to send everything.",
        ).format(names=names)
    if refusal.reason == NothingToExport.NOTHING_RECEIVED:
        return QCoreApplication.translate(
            "Sync", "No bundle from {name} has been imported yet."
        ).format(name=names)
    return error_text(refusal)
