"""The lower right of the workspace: the observations and checklist of the chosen hearing,
or the observations about the chosen trial as a whole, with the way into live mode. The
note is the content: its column keeps the width, and the chosen note is shown whole below.
A third tab holds the trial's sentence and what followed the verdict (`AftermathPane`).
The lines above the tabs say what the tab shown is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.records.records import Hearing
from monitor_app.core.records.totals import count_entries
from monitor_app.gui.common.count_words import entry_count_text
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.models import (
    MODES,
    STATUSES,
    TYPES,
    FoldingFilterProxy,
    code_labels,
    coded,
    format_duration,
    local_time,
)
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import (
    PlainLabel,
    make_button,
    make_table_view,
    select_id,
    selected_id,
)
from monitor_app.gui.records.checklist_view import ChecklistView
from monitor_app.gui.records.history_dialog import HistoryDialog
from monitor_app.gui.records.models import (
    ObservationsModel,
    fit_columns_around_note,
    keep_note_in_view,
)
from monitor_app.gui.workspace.aftermath_pane import AftermathPane
from monitor_app.gui.workspace.navigator import Navigator
from monitor_app.gui.workspace.pane_helpers import bold, delete_record, on_delete_key

TOTALS_REFRESH_MS = 30_000  # open intervals keep counting while the workspace is shown


class DetailPane(QWidget):
    """The observations and checklist of the chosen hearing, or the observations about the
    chosen trial as a whole when no hearing is chosen."""

    live_requested = Signal(str)  # hearing id

    def __init__(
        self,
        session: VaultSession,
        navigator: Navigator,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.session = session
        self.navigator = navigator
        self.trial_id: str | None = None
        self.hearing_id: str | None = None

        self.header = PlainLabel("", self)
        self.header.setObjectName("hearingHeader")
        bold(self.header)
        self.totals = PlainLabel("", self)
        self.totals.setObjectName("hearingTotalsLabel")
        self.live_button = make_button(self.tr("Start li&ve mode"), "liveModeButton", self._live)
        self.live_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        bold(self.live_button, 1.25)
        self.live_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.live_button.setToolTip(
            self.tr("Big clocks and one-click buttons for logging the hearing as it happens")
        )

        self.observations = self._observations_tab(lang)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.observations, self.tr("&Observations"))
        self.checklist: ChecklistView | None = None
        self.tabs.addTab(QWidget(self), self.tr("&Checklist"))
        self.aftermath = AftermathPane(session, navigator, lang, self)
        self.tabs.addTab(self.aftermath, self.tr("Sentence and follow-&up"))
        self.tabs.currentChanged.connect(lambda _index: self._show_heading())

        top = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.header)
        text.addWidget(self.totals)
        top.addLayout(text, 1)
        top.addWidget(self.live_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TOTALS_REFRESH_MS)
        self.timer.timeout.connect(self._show_totals)

    def _observations_tab(self, lang: str) -> QWidget:
        """The observations table, the chosen note in full, and their buttons."""
        self.model = ObservationsModel(self.session.notebook.taxonomy, lang, parent=self)
        self.proxy = FoldingFilterProxy(self.model, self)
        self.view = make_table_view("observationsView", self.proxy, self.tr("Observations"))
        self.view.sortByColumn(ObservationsModel.TIME, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda _index: self.edit_observation())
        keep_note_in_view(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        on_delete_key(self.view, self.delete_observation)
        self.note_preview = PlainLabel("", self)
        self.note_preview.setObjectName("notePreview")
        self.note_preview.hide()
        self.add_button = make_button(
            self.tr("&Add observation…"), "addObservationButton", self.add_observation
        )
        self.edit_button = make_button(
            self.tr("Ed&it…"), "editObservationButton", self.edit_observation
        )
        self.delete_button = make_button(
            self.tr("Delete…"), "deleteObservationButton", self.delete_observation
        )
        self.history_button = make_button(
            self.tr("History"), "historyButton", self.observation_history
        )
        observations = QWidget(self)
        tab_layout = QVBoxLayout(observations)
        tab_layout.addWidget(self.view, 1)
        tab_layout.addWidget(self.note_preview)
        tab_layout.addWidget(
            button_row(self.add_button, self.edit_button, self.delete_button, self.history_button)
        )
        return observations

    @property
    def parent_id(self) -> str | None:
        """Where new observations go: the hearing, else the trial as a whole."""
        return self.hearing_id or self.trial_id

    def show_record(self, trial_id: str | None, hearing_id: str | None) -> None:
        hearing_changed = hearing_id != self.hearing_id
        self.trial_id, self.hearing_id = trial_id, hearing_id
        if hearing_changed or (hearing_id and self.checklist is None):
            self._replace_checklist()
        self.aftermath.show_trial(trial_id)
        self.reload()

    def show_observations(self) -> None:
        """The Observations tab: the hearing's (or the trial's as a whole)."""
        self.tabs.setCurrentWidget(self.observations)

    def show_aftermath(self, record_id: str) -> None:
        """The trial's sentence and proceedings, with ``record_id`` (an element or a
        proceeding of the trial shown) chosen and its form open."""
        self.tabs.setCurrentWidget(self.aftermath)
        self.aftermath.open_record(record_id)

    def reload(self) -> None:
        """Re-read the header, totals and observations from the notebook."""
        notebook = self.session.notebook
        keep = selected_id(self.view)
        self.model.with_date = self.hearing_id is None
        records = notebook.list_observations(self.parent_id) if self.parent_id else []
        self.model.set_records(records)
        select_id(self.view, self.proxy, self.model, keep)
        fit_columns_around_note(self.view)
        self.live_button.setEnabled(self.hearing_id is not None)
        self.tabs.setTabEnabled(1, self.hearing_id is not None)
        self.tabs.setTabEnabled(2, self.trial_id is not None)
        self._show_heading()
        self.add_button.setEnabled(self.parent_id is not None)
        self._update_buttons()

    def _replace_checklist(self) -> None:
        old, self.checklist = self.checklist, None
        page: QWidget = QWidget(self)
        if self.hearing_id:
            self.checklist = ChecklistView(self.session, self.hearing_id, self)
            page = self.checklist
        current = self.tabs.currentIndex()
        self.tabs.removeTab(1)
        self.tabs.insertTab(1, page, self.tr("&Checklist"))
        self.tabs.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()

    def _show_heading(self) -> None:
        """What the tab shown is about: the hearing, the trial as a whole, or the trial's
        sentence; and its totals."""
        if not self.session.is_unlocked:
            return
        notebook = self.session.notebook
        hearing = notebook.get_hearing(self.hearing_id) if self.hearing_id else None
        self._show_header(hearing)
        self._show_totals()

    def _on_sentence_tab(self) -> bool:
        return self.trial_id is not None and self.tabs.currentWidget() is self.aftermath

    def _show_header(self, hearing: Hearing | None) -> None:
        if self._on_sentence_tab():
            self.header.set_plain(self.tr("The sentence and what followed the verdict"))
            return
        if hearing is None:
            text = (
                self.tr("Observations about the trial as a whole")
                if self.trial_id
                else self.tr("Choose a trial, then a hearing.")
            )
            self.header.set_plain(text)
            return
        facts = [
            self.tr("Hearing of {start} ({zone})").format(
                start=local_time(hearing.scheduled_start, hearing.tz), zone=hearing.tz
            ),
            coded(code_labels(TYPES), hearing.hearing_type),
            coded(code_labels(MODES), hearing.mode),
            hearing.platform,
            hearing.venue,
            coded(code_labels(STATUSES), hearing.status),
        ]
        lines = [" · ".join(fact for fact in facts if fact)]
        if hearing.postponement_reason:
            lines.append(
                self.tr("Reason given: {reason}").format(reason=hearing.postponement_reason)
            )
        if hearing.next_date:
            lines.append(
                self.tr("Next hearing: {date}").format(
                    date=local_time(hearing.next_date, hearing.tz)
                )
            )
        self.header.set_plain(" — ".join(lines))

    def _show_totals(self) -> None:
        if self._on_sentence_tab():
            self.totals.set_plain(self.aftermath.summary())
            self.timer.stop()
            return
        if not self.hearing_id or not self.session.is_unlocked:
            logged = count_entries(o.code for o in self.model.records())
            text = entry_count_text(logged) if self.trial_id else ""
            self.totals.set_plain(text)
            self.timer.stop()
            return
        totals = self.session.notebook.hearing_totals(self.hearing_id)
        self.totals.set_plain(
            self.tr(
                "{logged} · participation lost: {lost} · the defendant could not follow: "
                "{defendant} · the court went on regardless: {continued} · still open: {open}"
            ).format(
                logged=entry_count_text(totals.entries),
                lost=format_duration(totals.seconds_lost),
                defendant=format_duration(totals.seconds_defendant_could_not_follow),
                continued=format_duration(totals.seconds_continued_regardless),
                open=totals.open_intervals,
            )
        )
        if totals.open_intervals:
            self.timer.start()
        else:
            self.timer.stop()

    def _update_buttons(self) -> None:
        chosen = selected_id(self.view)
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(chosen is not None)
        self._show_note(chosen)

    def _show_note(self, observation_id: str | None) -> None:
        """The chosen observation's note, whole (the table shows one line of it)."""
        row = self.model.row_of(observation_id) if observation_id else None
        text = self.model.record(row).text if row is not None else ""
        self.note_preview.set_plain(text, multi_line=True)
        self.note_preview.setVisible(bool(text))

    def _live(self) -> None:
        if self.hearing_id:
            self.live_requested.emit(self.hearing_id)

    def add_observation(self) -> None:
        if self.parent_id:
            self._edit(None)

    def edit_observation(self) -> None:
        observation_id = selected_id(self.view)
        if observation_id:
            self._edit(observation_id)

    def _edit(self, observation_id: str | None) -> None:
        from monitor_app.gui.records.observation_editor import ObservationEditor

        parent_id = self.parent_id
        if parent_id is None:
            return
        # On OK it saves and announces the change; the workspace then shows it.
        self.navigator.show(ObservationEditor(self.session, parent_id, observation_id, self))

    def delete_observation(self) -> None:
        observation_id = selected_id(self.view)
        if observation_id:
            delete_record(
                self, self.session, observation_id, "observation", self.tr("Delete observation")
            )

    def observation_history(self) -> None:
        observation_id = selected_id(self.view)
        if observation_id:
            self.navigator.show(HistoryDialog(self.session, observation_id, self))
