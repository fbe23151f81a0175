"""The coordinator's Report tab: a trial's report as PDF, Word (DOCX), CSV or JSON, public
(observers as "Observer 1, 2…", no sources) or private (pseudonyms, and real names only if
asked for), optionally only what bears on one standard, in English, Russian or Kazakh,
written off the UI thread to a file only this user can read. Or an update to a report
already issued: what changed in the sentence and what followed it since the report was
generated (its "Generated" time, in UTC, to the second: the one written last this session
on the trial is offered, so an update written the same day lists only what is new)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.report_common import ReportOptions
from monitor_app.core.coordination.report_document import (
    ReportDocument,
    annex_path,
    report_documents,
    update_document,
)
from monitor_app.core.coordination.report_updates import TrialUpdate, trial_update, update_csv
from monitor_app.core.coordination.reports import TrialReport, to_csv, trial_report
from monitor_app.core.coordination.stages import staged_report
from monitor_app.core.languages import LANGUAGE_NAMES
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import from_utc_text
from monitor_app.core.records.totals import EntryCount, count_entries
from monitor_app.core.sync.importer import Importer
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.atomic import write_private_atomically
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.count_words import counted, entry_count_text
from monitor_app.gui.common.field_widgets import (
    from_qdatetime,
    make_datetime_edit,
    to_qdatetime,
)
from monitor_app.gui.common.layout import ScrollingBody, button_row
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.widgets import buddy_label, line_edit, make_button, paragraph
from monitor_app.gui.coordinator.report_stages import (
    StagesBox,
    stage_choices,
    stage_issued_text,
)
from monitor_app.gui.coordinator.widgets import CoordinatorPage, TrialCombo
from monitor_app.render.pdf import pdf_bytes

log = logging.getLogger(__name__)

# Format names, the same in every language.
FORMATS = {"pdf": "PDF", "docx": "Word (DOCX)", "csv": "CSV", "json": "JSON"}


def taxonomy_standards(taxonomy: Taxonomy) -> list[str]:
    """Every provision the taxonomy's categories and conditions cite, in order."""
    found: dict[str, None] = {}
    for category in taxonomy.categories:
        for standard in category.standards:
            found[standard] = None
        for item in category.items:
            for standard in item.standards:
                found[standard] = None
    return sorted(found)


# As a report prints the time it was generated ("Generated: 2026-12-07 10:15:42Z"), so that
# it can be typed as printed.
SINCE_DISPLAY = "yyyy-MM-dd HH:mm:ss 'UTC'"


@dataclass(frozen=True)
class Written:
    path: Path
    fmt: str
    entries: EntryCount
    public: bool
    changes: int | None = None  # an update's: how many changes it lists
    generated_utc: str = ""  # a report's: the time printed on it as "Generated"
    annex: Path | None = None  # where its annex went, in a file of its own
    stage: str = ""  # the issued stage written ("" for the report as things stand)


class ReportPage(CoordinatorPage):
    def __init__(
        self, session: VaultSession, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPage")
        self.session = session
        self.taxonomy = taxonomy
        self.data: CoordinatorData | None = None
        self.trial_combo = TrialCombo("reportTrialCombo", self.tr("Trial to report on"))
        self.trial_combo.currentIndexChanged.connect(self._offer_last_report)
        self.trial_combo.currentIndexChanged.connect(self._show_stages)
        self._stage_widgets(session, taxonomy)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("reportFormatCombo")
        self.format_combo.setAccessibleName(self.tr("Format"))
        for code, name in FORMATS.items():
            self.format_combo.addItem(name, code)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.public_check = QCheckBox(
            self.tr("&Public: observers as \u201cObserver 1, 2…\u201d, no sources")
        )
        self.public_check.setObjectName("reportPublicCheck")
        self.public_check.toggled.connect(self._update)
        self.real_names_check = QCheckBox(self.tr("Show &real names where I noted them"))
        self.real_names_check.setObjectName("reportRealNamesCheck")
        self.standard_combo = self._standards(taxonomy)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reportLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the report"))
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lang)))
        self.file_edit = line_edit("reportFileEdit", self.tr("File to write the report to"))
        self.file_edit.textChanged.connect(self._update)
        self.choose_button = make_button(
            self.tr("C&hoose…"), "chooseReportFileButton", self._choose_file
        )
        self.write_button = make_button(
            self.tr("&Write report"), "writeReportButton", self._write_clicked
        )
        self.busy = BusyBar("reportBusy", self)
        self.status = MessageLabel("reportStatus", self)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Trial:"), self.trial_combo)
        form.addRow(self.tr("Wr&ite:"), self.stage_combo)
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        form.addRow("", self.public_check)
        form.addRow("", self.real_names_check)
        form.addRow(self.tr("&Standard:"), self.standard_combo)
        form.addRow("", self._update_row())
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.annex_check)
        form.addRow(buddy_label(self.tr("&File:"), self.file_edit), file_row)
        self._lay_out(form)
        self._list_stages()
        self._update()

    def _stage_widgets(self, session: VaultSession, taxonomy: Taxonomy) -> None:
        """What to write (the report now, or an issued stage), the annex apart, and the
        trial's stages."""
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("reportStageCombo")
        self.stage_combo.setAccessibleName(self.tr("What to write: the report now, or a stage"))
        self.stage_combo.currentIndexChanged.connect(self._update)
        self.annex_check = QCheckBox(
            self.tr("Put the events and the chronology in a separate &annex file")
        )
        self.annex_check.setObjectName("reportSeparateAnnexCheck")
        self.annex_check.setToolTip(
            self.tr("Written beside the report, its name ending in \u201c-annex\u201d.")
        )
        self.stages = StagesBox(session, taxonomy)
        self.stages.changed.connect(self._list_stages)

    def _lay_out(self, form: QFormLayout) -> None:
        """The page scrolls when the screen is short: the stages below the form."""
        body = QWidget(self)
        body.setObjectName("reportBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A report on one trial: a summary, the findings by standard citing the "
                    "events, then the events and the chronology of observations as an annex. "
                    "A public report names no observer and shows no sources. Issue a stage "
                    "(briefing, preliminary, final) to freeze it: written again, it is the "
                    "same report. After the final report, an update lists what changed in the "
                    "sentence and what followed it."
                ),
                body,
            )
        )
        layout.addLayout(form)
        layout.addWidget(button_row(self.write_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.stages, 1)  # its table gives up height first
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(ScrollingBody(body, self))

    def _update_row(self) -> QHBoxLayout:
        """The choice of an update, and the time the report it follows was generated."""
        self.update_check = QCheckBox(self.tr("An &update: what changed since the report of"))
        self.update_check.setObjectName("reportUpdateCheck")
        self.update_check.toggled.connect(self._update)
        self.since_edit = make_datetime_edit(self)
        self.since_edit.setDisplayFormat(SINCE_DISPLAY)
        self.since_edit.setObjectName("reportSinceEdit")
        self.since_edit.setAccessibleName(
            self.tr("Time the report the update follows was generated, in UTC")
        )
        self.since_edit.setToolTip(
            self.tr(
                "Type the time printed as \u201cGenerated\u201d on the final report (UTC, to "
                "the second): the update lists what reached this vault after it. Once you "
                "write a report on the trial here, its time is filled in."
            )
        )
        self._offer_last_report()
        row = QHBoxLayout()
        row.addWidget(self.update_check)
        row.addWidget(self.since_edit)
        row.addStretch(1)
        return row

    def _standards(self, taxonomy: Taxonomy) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("reportStandardCombo")
        combo.setAccessibleName(self.tr("Standard"))
        combo.addItem(self.tr("Every observation"), "")
        for standard in taxonomy_standards(taxonomy):
            text = self.tr("Only what bears on {standard}").format(standard=standard)
            combo.addItem(text, standard)
        return combo

    def _offer_last_report(self) -> None:
        """Fill in when the last report on the chosen trial was generated, if one was
        written this session; else the start of today (UTC)."""
        generated = self.session.reports_generated.get(self.trial_combo.key())
        if generated:
            self.since_edit.setDateTime(to_qdatetime(from_utc_text(generated)))
        else:
            today = QDateTime.currentDateTimeUtc().date()
            self.since_edit.setDateTime(QDateTime(today, QTime(0, 0), QTimeZone.utc()))

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        self.trial_combo.set_groups(data.groups, data)
        self._show_stages()
        self._update()

    def clear(self) -> None:
        self.data = None
        self.trial_combo.forget()
        self.stages.clear()

    def _show_stages(self) -> None:
        """The stages of the trial chosen."""
        data, key = self.data, self.trial_combo.key()
        if data is None or not key:
            self.stages.clear()
            return
        group = data.index.group(key)
        self.stages.show_trial(key, group.ids, group.title, data.names)

    def _list_stages(self) -> None:
        """What can be written: the report as things stand, or a stage as issued."""
        chosen = str(self.stage_combo.currentData() or "")
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
        self.stage_combo.addItem(self.tr("The report as things stand now"), "")
        for stage in stage_choices(self.stages.stages):
            self.stage_combo.addItem(stage_issued_text(stage), stage.stage)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(chosen)))
        self.stage_combo.blockSignals(False)
        self._update()

    def _update(self) -> None:
        public = self.public_check.isChecked()
        if public:
            self.real_names_check.setChecked(False)
        self.real_names_check.setEnabled(not public)
        staged = bool(self.stage_combo.currentData())
        if staged:  # an issued stage is written whole, as issued
            self.update_check.setChecked(False)
        self.update_check.setEnabled(not staged)
        updating = self.update_check.isChecked()
        self.since_edit.setEnabled(updating)
        # An update covers the whole sentence section, never one standard's annex.
        self.standard_combo.setEnabled(not updating and not staged)
        self.annex_check.setEnabled(self.fmt() in ("pdf", "docx") and not updating)
        ready = self.data is not None and bool(self.trial_combo.key())
        self.write_button.setEnabled(
            ready and bool(self.file_edit.text().strip()) and not self.busy.is_busy
        )

    def _format_changed(self) -> None:
        text = self.file_edit.text().strip()
        if text:
            self.file_edit.setText(str(Path(text).with_suffix("." + self.fmt())))
        self._update()

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def choose(
        self,
        *,
        trial: str = "",
        fmt: str = "",
        public: bool = False,
        real_names: bool = False,
        standard: str = "",
        lang: str = "",
        update_since: QDate | QDateTime | None = None,
        stage: str = "",
        separate_annex: bool = False,
    ) -> None:
        """Fill in the form (what the user would choose)."""
        if trial:
            self.trial_combo.choose(trial)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage)))
        self.annex_check.setChecked(separate_annex)
        if fmt:
            self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self.public_check.setChecked(public)
        self.real_names_check.setChecked(real_names and not public)
        self.standard_combo.setCurrentIndex(max(0, self.standard_combo.findData(standard)))
        if lang:
            self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        self.update_check.setChecked(update_since is not None)
        if isinstance(update_since, QDate):  # its start, in UTC
            update_since = QDateTime(update_since, QTime(0, 0), QTimeZone.utc())
        if update_since is not None:
            self.since_edit.setDateTime(update_since)

    def _choose_file(self) -> None:
        fmt = self.fmt()
        path = file_choosers.save_file(
            self,
            self.session.vault,
            FolderPurpose.REPORTS,
            self.tr("Save the report as"),
            file_name=f"report.{fmt}",
            name_filter=self._name_filter(fmt),
        )
        if path is not None:
            self.file_edit.setText(str(path))

    def _name_filter(self, fmt: str) -> str:
        if fmt == "docx":
            return self.tr("Word documents (*.docx)")
        return self.tr("{name} files (*.{suffix})").format(name=FORMATS[fmt], suffix=fmt)

    def _write_clicked(self) -> None:
        text = self.file_edit.text().strip()
        if text:
            self.write_to(Path(text))

    def write_to(self, path: Path) -> Task | None:
        """Write the chosen report to ``path`` off the UI thread."""
        data, key = self.data, self.trial_combo.key()
        if data is None or not key or not self.session.is_unlocked or self.busy.is_busy:
            return None
        updating = self.update_check.isChecked()
        code = str(self.stage_combo.currentData() or "")
        issued = next((s for s in stage_choices(self.stages.stages) if s.stage == code), None)
        options = ReportOptions(
            lang=str(self.language_combo.currentData()),
            public=self.public_check.isChecked(),
            real_names=self.real_names_check.isChecked() and not self.public_check.isChecked(),
            standard="" if updating or issued else str(self.standard_combo.currentData() or ""),
        )
        # When the report updated was generated, as printed on it (UTC).
        since = from_qdatetime(self.since_edit.dateTime()).replace(tzinfo=UTC) if updating else None
        fmt, vault, taxonomy = self.fmt(), self.session.vault, self.taxonomy
        separate = self.annex_check.isEnabled() and self.annex_check.isChecked()
        self.file_edit.setText(str(path))

        def work() -> Written:
            statuses, importer = list(data.statuses), Importer(vault)
            if since is not None:
                update = trial_update(data.index, key, statuses, importer, options, since=since)
                write_private_atomically(path, _update_content(update, fmt))
                return Written(path, fmt, EntryCount(0, 0), options.public, len(update.changes))
            if issued is not None:
                report = staged_report(vault, issued, taxonomy, options)
            else:
                report = trial_report(data.index, key, statuses, importer, options)
            files = _report_content(report, fmt, separate)
            annex = annex_path(path) if len(files) > 1 else None
            if annex is not None:
                write_private_atomically(annex, files[1])
            write_private_atomically(path, files[0])
            logged = count_entries(entry.code for entry in report.entries)
            return Written(
                path,
                fmt,
                logged,
                options.public,
                generated_utc=report.generated_utc,
                annex=annex,
                stage=code if issued else "",
            )

        self.status.clear_message()
        task = self.busy.run(
            work,
            lambda written: self._written(written, key),
            self.status.show_error,
            (self.write_button, self.choose_button),
        )
        self._update()
        return task

    def _written(self, written: Written, trial: str) -> None:
        log.info("report written")
        if written.generated_utc:  # a report: an update to it follows it from now on
            self.session.reports_generated[trial] = written.generated_utc
            if self.trial_combo.key() == trial:
                self._offer_last_report()
        kind = self.tr("public") if written.public else self.tr("private")
        if written.changes is not None:
            shown = counted(
                self.tr(
                    "Wrote a {kind} {format} update listing %n change(s) to {file}.",
                    "",
                    written.changes,
                ),
                "Wrote a {kind} {format} update listing %n change(s) to {file}.",
                written.changes,
            )
        elif written.stage:
            shown = self.tr("Wrote the {kind} {format} of an issued stage to {file}, as issued.")
        else:
            shown = self.tr("Wrote a {kind} {format} report with {logged} to {file}.")
        if written.annex is not None:
            shown += " " + self.tr("Its annex: {annex}.").format(annex=one_line(str(written.annex)))
        self.status.show_info(
            shown.format(
                kind=kind,
                format=FORMATS[written.fmt],
                logged=entry_count_text(written.entries),
                file=one_line(str(written.path)),
            )
        )
        self._update()


def _report_content(report: TrialReport, fmt: str, separate_annex: bool = False) -> list[bytes]:
    """The report's file; and its annex's, when it goes in a file of its own."""
    if fmt == "csv":
        return [to_csv([report]).encode("utf-8")]
    if fmt == "json":
        return [_json_bytes(report.to_json())]
    documents = report_documents(report, separate_annex=separate_annex)
    return [_document_bytes(document, report.title, fmt) for document in documents]


def _update_content(update: TrialUpdate, fmt: str) -> bytes:
    if fmt == "csv":
        return update_csv([update]).encode("utf-8")
    if fmt == "json":
        return _json_bytes(update.to_json())
    return _document_bytes(update_document(update), update.title, fmt)


def _document_bytes(document: ReportDocument, title: str, fmt: str) -> bytes:
    if fmt == "docx":
        # python-docx and lxml (~50 ms to import) only when a Word file is asked for.
        from monitor_app.render.docx import docx_bytes

        return docx_bytes(document, title)
    return pdf_bytes(document, title)


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
