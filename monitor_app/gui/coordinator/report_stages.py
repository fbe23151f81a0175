"""The stages of a trial's report, in the Report tab: the pre-trial briefing, the preliminary
and the final report as issued (when, by whom, how many times), and the buttons that issue
them. Issuing asks first, then freezes the report as things stand (`core.coordination.
stages`), off the UI thread: the same stage is always written the same."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QPlainTextEdit, QVBoxLayout, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorReading
from monitor_app.core.coordination.stages import (
    IssuedStage,
    issue_stage,
    stage_rank,
    trial_stages,
)
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import ReportStage
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, confirm, error_text
from monitor_app.gui.common.models import EMPTY, RecordTableModel
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.widgets import (
    fit_columns,
    make_button,
    make_table_view,
    show_rows,
    text_box,
)
from monitor_app.gui.sync.models import on_this_computer

log = logging.getLogger(__name__)

CONTEXT = "ReportStages"


def stage_name(stage: str) -> str:
    """A stage in the words of the screens ("Preliminary report"); one this version does
    not know, as it came."""
    names: dict[str, str] = {
        ReportStage.BRIEFING.value: QCoreApplication.translate(CONTEXT, "Pre-trial briefing"),
        ReportStage.PRELIMINARY.value: QCoreApplication.translate(CONTEXT, "Preliminary report"),
        ReportStage.FINAL.value: QCoreApplication.translate(CONTEXT, "Final report"),
    }
    return names.get(stage, stage)


def stage_issued_text(stage: IssuedStage) -> str:
    """A stage as the list of what to write names it: "Preliminary report, issued …"."""
    return QCoreApplication.translate(CONTEXT, "{stage}, issued {when}").format(
        stage=stage_name(stage.stage), when=on_this_computer(stage.record.issued_utc)
    )


class StagesModel(RecordTableModel):
    """The stages issued, in stage order: when, by whom, which issue."""

    STAGE, ISSUED, BY, ISSUE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: Mapping[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Stage"), self.tr("Issued"), self.tr("By"), self.tr("Issue")]

    def record_id(self, record: IssuedStage) -> str:
        return record.record.id

    def display(self, record: IssuedStage, column: int) -> str:
        if column == self.STAGE:
            return stage_name(record.stage)
        if column == self.ISSUED:
            return on_this_computer(record.record.issued_utc) if record.record.issued_utc else EMPTY
        if column == self.BY:
            return one_line(self.names.get(record.issued_by, "") or record.issued_by[:8])
        return str(record.issue)

    def sort_value(self, record: IssuedStage, column: int) -> Any:
        if column == self.STAGE:
            return (stage_rank(record.stage), record.record.issued_utc)
        if column == self.ISSUED:
            return record.record.issued_utc
        if column == self.ISSUE:
            return record.issue
        return super().sort_value(record, column)


class StagesBox(QGroupBox):
    """The chosen trial's stages, and issuing the next."""

    changed = Signal()  # the stages listed changed (shown anew, or one issued)

    def __init__(
        self, session: VaultSession, taxonomy: Taxonomy, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Stages of the report"), parent)
        self.setObjectName("reportStagesBox")
        self.session = session
        self.taxonomy = taxonomy
        self.key = ""
        self.ids: frozenset[str] = frozenset()
        self.trial_title = ""
        self.stages: list[IssuedStage] = []
        self.model = StagesModel(self)
        self.table = make_table_view("reportStagesTable", self.model, self.tr("Stages issued"))
        show_rows(self.table, 3)
        fit_columns(self.table, StagesModel.ISSUED)
        self.summary_edit: QPlainTextEdit = text_box(
            "stageSummaryEdit", self.tr("Your summary, leading the report"), lines=3
        )
        self.summary_edit.setPlaceholderText(
            self.tr("Your summary, leading the report (optional): frozen with it when issued.")
        )
        self.buttons = {
            ReportStage.BRIEFING: make_button(
                self.tr("Issue pre-trial &briefing…"),
                "issueBriefingButton",
                lambda: self.issue(ReportStage.BRIEFING),
            ),
            ReportStage.PRELIMINARY: make_button(
                self.tr("Issue preliminar&y report…"),
                "issuePreliminaryButton",
                lambda: self.issue(ReportStage.PRELIMINARY),
            ),
            ReportStage.FINAL: make_button(
                self.tr("Issue fi&nal report…"),
                "issueFinalButton",
                lambda: self.issue(ReportStage.FINAL),
            ),
        }
        self.busy = BusyBar("stageBusy", self)
        self.status = MessageLabel("stageStatus", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_edit)
        layout.addWidget(button_row(*self.buttons.values()))
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self._update()

    def show_trial(
        self, key: str, ids: frozenset[str], title: str, names: Mapping[str, str]
    ) -> None:
        """List the stages of the trial group ``key`` (its trial ``ids``)."""
        changed = key != self.key
        self.key, self.ids, self.trial_title = key, ids, title
        self.model.names = names
        if changed:
            self.status.clear_message()
        self._reload()

    def clear(self) -> None:
        self.busy.stop()
        self.key, self.ids, self.trial_title, self.stages = "", frozenset(), "", []
        self.model.set_records([])
        self.summary_edit.clear()
        self.status.clear_message()
        self._update()

    def _reload(self) -> None:
        """Read the stages issued (a few records)."""
        try:
            self.stages = trial_stages(self.session.vault, self.ids) if self.ids else []
        except TrialMonitorError as exc:
            self.stages = []
            self.status.show_error(error_text(exc))
        self.model.set_records(self.stages)
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        latest = max((stage_rank(s.stage) for s in self.stages), default=-1)
        issued = {s.stage for s in self.stages}
        for stage, button in self.buttons.items():
            # Stages go forward: none before the latest issued; the latest, again.
            button.setEnabled(
                bool(self.key) and stage_rank(stage) >= latest and not self.busy.is_busy
            )
            button.setToolTip(
                self.tr("Issued already: issuing it again keeps the earlier issue in its history.")
                if stage in issued
                else ""
            )

    def issue(self, stage: str) -> Task | None:
        """Ask, then issue ``stage`` off the UI thread, frozen as things stand."""
        if not self.key or not self.session.is_unlocked or self.busy.is_busy:
            return None
        again = any(s.stage == stage for s in self.stages)
        questions = {
            ReportStage.BRIEFING: self.tr(
                "Issue the pre-trial briefing on \u201c{trial}\u201d now?"
            ),
            ReportStage.PRELIMINARY: self.tr(
                "Issue the preliminary report on \u201c{trial}\u201d now?"
            ),
            ReportStage.FINAL: self.tr("Issue the final report on \u201c{trial}\u201d now?"),
        }
        text = questions[ReportStage(stage)].format(trial=one_line(self.trial_title))
        text += " " + self.tr(
            "It is frozen as things stand: written again, it is the same report, whatever "
            "arrives later."
        )
        if again:
            text += " " + self.tr(
                "It was issued before: this issues it again, and the earlier issue stays in "
                "its history."
            )
        if not confirm(
            self, "issueStageConfirm", self.tr("Issue a stage"), text, self.tr("&Issue")
        ):
            return None
        vault, taxonomy, key = self.session.vault, self.taxonomy, self.key
        summary = self.summary_edit.toPlainText()

        def work() -> IssuedStage:
            reading = CoordinatorReading(vault, taxonomy, trial=key)
            return issue_stage(reading, key, stage, summary, reissue=again)

        self.status.clear_message()
        task = self.busy.run(
            work, self._issued, self.status.show_error, tuple(self.buttons.values())
        )
        self._update()
        return task

    def _issued(self, issued: IssuedStage) -> None:
        log.info("report stage issued")
        self.summary_edit.clear()
        self.status.show_info(
            self.tr(
                "Issued: {stage}, {when}. It is written the same whenever it is written."
            ).format(
                stage=stage_name(issued.stage), when=on_this_computer(issued.record.issued_utc)
            )
        )
        self._reload()


def stage_choices(stages: Sequence[IssuedStage]) -> list[IssuedStage]:
    """Each stage as it stands (its last issue), in stage order."""
    latest: dict[str, IssuedStage] = {}
    for stage in stages:
        held = latest.get(stage.stage)
        if held is None or (stage.record.issued_utc, stage.record.id) > (
            held.record.issued_utc,
            held.record.id,
        ):
            latest[stage.stage] = stage
    return sorted(latest.values(), key=lambda s: stage_rank(s.stage))
