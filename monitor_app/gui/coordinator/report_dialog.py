"""The coordinator's Report tab: a trial's report as PDF, CSV or JSON, public (observers as
"Observer 1, 2…", no sources) or private (pseudonyms, and real names only if asked for),
optionally only what bears on one standard, in English, Russian or Kazakh, written off the UI
thread to a file only this user can read."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.report_document import report_document
from monitor_app.core.coordination.reports import ReportOptions, to_csv, trial_report
from monitor_app.core.languages import LANGUAGE_NAMES
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.totals import EntryCount, count_entries
from monitor_app.core.sync.importer import Importer
from monitor_app.core.textsafe import one_line
from monitor_app.core.vault.atomic import write_private_atomically
from monitor_app.core.vault.remembered_folders import FolderPurpose
from monitor_app.gui.common import file_choosers
from monitor_app.gui.common.count_words import entry_count_text
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.widgets import buddy_label, line_edit, make_button, paragraph
from monitor_app.gui.coordinator.widgets import CoordinatorPage, TrialCombo
from monitor_app.render.pdf import pdf_bytes

log = logging.getLogger(__name__)

FORMATS = {"pdf": "PDF", "csv": "CSV", "json": "JSON"}


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


@dataclass(frozen=True)
class Written:
    path: Path
    fmt: str
    entries: EntryCount
    public: bool


class ReportPage(CoordinatorPage):
    def __init__(
        self, session: VaultSession, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPage")
        self.session = session
        self.data: CoordinatorData | None = None
        self.trial_combo = TrialCombo("reportTrialCombo", self.tr("Trial to report on"))
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
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        form.addRow("", self.public_check)
        form.addRow("", self.real_names_check)
        form.addRow(self.tr("&Standard:"), self.standard_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(buddy_label(self.tr("&File:"), self.file_edit), file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A report on one trial, hearing by hearing, each finding with the "
                    "standard it bears on, the totals, the observers and where each note "
                    "came from. A public report names no observer and shows no sources."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(button_row(self.write_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._update()

    def _standards(self, taxonomy: Taxonomy) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("reportStandardCombo")
        combo.setAccessibleName(self.tr("Standard"))
        combo.addItem(self.tr("Every observation"), "")
        for standard in taxonomy_standards(taxonomy):
            text = self.tr("Only what bears on {standard}").format(standard=standard)
            combo.addItem(text, standard)
        return combo

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        self.trial_combo.set_groups(data.groups, data)
        self._update()

    def clear(self) -> None:
        self.data = None
        self.trial_combo.clear()

    def _update(self) -> None:
        public = self.public_check.isChecked()
        if public:
            self.real_names_check.setChecked(False)
        self.real_names_check.setEnabled(not public)
        ready = self.data is not None and bool(self.trial_combo.key())
        self.write_button.setEnabled(
            ready and bool(self.file_edit.text().strip()) and not self.busy.is_busy
        )

    def _format_changed(self) -> None:
        text = self.file_edit.text().strip()
        if text:
            self.file_edit.setText(str(Path(text).with_suffix("." + self.fmt())))

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
    ) -> None:
        """Fill in the form (what the user would choose)."""
        if trial:
            self.trial_combo.choose(trial)
        if fmt:
            self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self.public_check.setChecked(public)
        self.real_names_check.setChecked(real_names and not public)
        self.standard_combo.setCurrentIndex(max(0, self.standard_combo.findData(standard)))
        if lang:
            self.language_combo.setCurrentIndex(self.language_combo.findData(lang))

    def _choose_file(self) -> None:
        fmt = self.fmt()
        path = file_choosers.save_file(
            self,
            self.session.vault,
            FolderPurpose.REPORTS,
            self.tr("Save the report as"),
            file_name=f"report.{fmt}",
            name_filter=self.tr("{name} files (*.{suffix})").format(name=FORMATS[fmt], suffix=fmt),
        )
        if path is not None:
            self.file_edit.setText(str(path))

    def _write_clicked(self) -> None:
        text = self.file_edit.text().strip()
        if text:
            self.write_to(Path(text))

    def write_to(self, path: Path) -> Task | None:
        """Write the chosen report to ``path`` off the UI thread."""
        data, key = self.data, self.trial_combo.key()
        if data is None or not key or not self.session.is_unlocked or self.busy.is_busy:
            return None
        options = ReportOptions(
            lang=str(self.language_combo.currentData()),
            public=self.public_check.isChecked(),
            real_names=self.real_names_check.isChecked() and not self.public_check.isChecked(),
            standard=str(self.standard_combo.currentData() or ""),
        )
        fmt, vault = self.fmt(), self.session.vault
        self.file_edit.setText(str(path))

        def work() -> Written:
            report = trial_report(data.index, key, list(data.statuses), Importer(vault), options)
            if fmt == "csv":
                content = to_csv([report]).encode("utf-8")
            elif fmt == "json":
                text = json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
                content = text.encode("utf-8")
            else:
                content = pdf_bytes(report_document(report), report.title)
            write_private_atomically(path, content)
            logged = count_entries(entry.code for entry in report.entries)
            return Written(path, fmt, logged, options.public)

        self.status.clear_message()
        task = self.busy.run(
            work, self._written, self.status.show_error, (self.write_button, self.choose_button)
        )
        self._update()
        return task

    def _written(self, written: Written) -> None:
        log.info("report written")
        kind = self.tr("public") if written.public else self.tr("private")
        self.status.show_info(
            self.tr("Wrote a {kind} {format} report with {logged} to {file}.").format(
                kind=kind,
                format=FORMATS[written.fmt],
                logged=entry_count_text(written.entries),
                file=one_line(str(written.path)),
            )
        )
        self._update()
