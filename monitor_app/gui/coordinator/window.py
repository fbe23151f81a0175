"""The coordinator's screen: every observer's notes read together, in tabs: the observers,
the trials across observers (and their links), a trial's timeline of events, a hearing
session side by side, a trial's events and the coordinators' decisions on them, a
dashboard, the restrictions sentences imposed across every trial, what is coming up in the
next days, the watch folder, a trial's findings by standard and their figures
across trials, and reports.

Opening it reads every trial, hearing and aftermath record and the notes of one trial
(the first listed), off the UI thread (`load_coordinator_data`): under a second at a
programme's hundred thousand notes. Choosing another trial in any tab reads that one
instead (`TrialCombo.wanted`), and every tab follows; "All trials" in the timeline, or a
dashboard bar across trials, reads them all. An import from the watch folder, a link or a
real name reads again, keeping the tab, the trial and the filters chosen.

The dashboard shows the figures kept at the last working out (marked "from <time>" unless
nothing has changed since); when they are not current, they and the figures across trials
are worked out trial by trial in the background (`programme_figures`), holding one trial's
notes at a time. A bar chosen before the read is done opens the timeline when it is. A
lock closes it and every tab drops what it showed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from monitor_app.core.coordination.coordinator_data import (
    ALL_TRIALS,
    CoordinatorData,
    ProgrammeFigures,
    load_coordinator_data,
    programme_figures,
)
from monitor_app.core.coordination.dashboard_snapshot import load_snapshot, vault_state
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.readable import Unreadable
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.i18n import resolve_language
from monitor_app.gui.common.layout import FittingTabs, fit_on_screen, screen_room
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.tool_dialog import ToolDialog
from monitor_app.gui.coordinator.assessment import AssessmentPage
from monitor_app.gui.coordinator.coming_up import ComingUpPage
from monitor_app.gui.coordinator.dashboard import CATEGORY, COUNTRY, MONTH, SESSION, DashboardPage
from monitor_app.gui.coordinator.events import EventsPage
from monitor_app.gui.coordinator.figures import FiguresPage
from monitor_app.gui.coordinator.findings import FindingsPage
from monitor_app.gui.coordinator.observers import ObserversPage
from monitor_app.gui.coordinator.report_dialog import ReportPage
from monitor_app.gui.coordinator.restrictions import RestrictionsPage
from monitor_app.gui.coordinator.sessions import SessionsPage
from monitor_app.gui.coordinator.timeline import TimelinePage
from monitor_app.gui.coordinator.trials import TrialsPage
from monitor_app.gui.coordinator.widgets import CoordinatorPage
from monitor_app.gui.sync.watch_folder import WatchFolderPage

log = logging.getLogger(__name__)

UNREADABLE_SHOWN = 5  # unreadable records named one by one; the rest counted


class CoordinatorWindow(ToolDialog):
    def __init__(
        self,
        session: VaultSession,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "coordinatorWindow", parent)
        self.setWindowTitle(self.tr("Findings and reports"))
        settings = settings or AppSettings()
        lang = resolve_language(settings.language)
        taxonomy = session.notebook.taxonomy
        self.data: CoordinatorData | None = None
        self._reload_again = False
        self._programme_again = False
        # The trial group to read in full: "" the first listed, None every one.
        self._scope: str | None = ""
        self._chosen_while_reading: tuple[str, str] | None = None
        self.busy = BusyBar("coordinatorBusy", self)
        self.busy.setAccessibleName(self.tr("Reading the observers' notes"))
        self.programme_busy = BusyBar("coordinatorProgrammeBusy", self)
        self.programme_busy.setAccessibleName(self.tr("Working out the figures across every trial"))
        self.banner = MessageLabel("coordinatorBanner", self)
        self.unreadable = MessageLabel("coordinatorUnreadable", self)
        self.tabs = FittingTabs(self)
        self.tabs.setObjectName("coordinatorTabs")
        self.observers = ObserversPage(session, self.reload)
        self.trials = TrialsPage(session, self.reload)
        self.timeline = TimelinePage(taxonomy, lang)
        self.sessions = SessionsPage(taxonomy, lang)
        self.events = EventsPage(session, taxonomy, lang, self.reload)
        self.dashboard = DashboardPage(taxonomy, lang)
        self.restrictions = RestrictionsPage(session, lang)
        self.coming_up = ComingUpPage(session, lang)
        self.watch = WatchFolderPage(session, settings)
        self.report = ReportPage(session, taxonomy, lang)
        self.findings = FindingsPage(session, taxonomy, lang)
        self.figures = FiguresPage(session, lang)
        self.assessment = AssessmentPage(session, taxonomy, lang)
        self.pages: list[CoordinatorPage] = [
            self.observers,
            self.trials,
            self.timeline,
            self.sessions,
            self.events,
            self.dashboard,
            self.restrictions,
            self.coming_up,
            self.findings,
            self.figures,
            self.assessment,
            self.report,
        ]
        for page, title in (
            (self.observers, self.tr("Observers")),
            (self.trials, self.tr("Trials")),
            (self.timeline, self.tr("Timeline")),
            (self.sessions, self.tr("Hearing sessions")),
            (self.events, self.tr("Events")),
            (self.dashboard, self.tr("Dashboard")),
            (self.restrictions, self.tr("Restrictions")),
            (self.coming_up, self.tr("Coming up")),
            (self.watch, self.tr("Watch folder")),
            (self.findings, self.tr("Findings")),
            (self.figures, self.tr("Across trials")),
            (self.assessment, self.tr("Assessment")),
            (self.report, self.tr("Report")),
        ):
            self.tabs.addTab(page, title)
        self.dashboard.chosen.connect(self.show_in_timeline)
        self.watch.imported.connect(self._watch_imported)
        # The tabs that show one trial's notes: each follows the trial read.
        self.trial_pages: list[QWidget] = [
            self.timeline,
            self.sessions,
            self.events,
            self.findings,
            self.assessment,
            self.report,
        ]
        for combo in (
            self.timeline.trial_combo,
            self.sessions.trial_combo,
            self.events.trial_combo,
            self.findings.trial_combo,
            self.assessment.trial_combo,
            self.report.trial_combo,
        ):
            combo.wanted.connect(self.read_trial)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = self.body_layout()
        layout.addWidget(self.banner)
        layout.addWidget(self.unreadable)
        layout.addWidget(self.busy)
        layout.addWidget(self.programme_busy)
        layout.addWidget(self.tabs, 1)
        self.no_default_buttons()
        # Its tables are wide (the timeline, the observers): all the room the screen has.
        fit_on_screen(self, screen_room(self))
        self._show_kept_figures()
        self.reload()

    def _show_kept_figures(self) -> None:
        """The dashboard at once from the figures kept at the last reading: one small
        sealed item, where the reading takes seconds at a hundred thousand notes."""
        vault = self.session.vault
        try:
            snapshot = load_snapshot(vault)
            if snapshot is None:
                return
            current = snapshot.is_current(vault_state(vault, self.session.notebook.taxonomy))
        except TrialMonitorError as exc:  # the full reading will say what is wrong
            log.warning("kept dashboard figures not shown: %s", exc)
            return
        self.dashboard.show_dashboard(snapshot.dashboard, "" if current else snapshot.made_utc)

    @property
    def is_loading(self) -> bool:
        return self.busy.is_busy

    def reload(self) -> Task | None:
        """Read the observers' notes again, of the trial chosen, off the UI thread (once
        more after the read under way, if one is). The tabs that show a trial wait."""
        if not self.session.is_unlocked:
            return None
        if self.busy.is_busy:
            self._reload_again = True
            return None
        vault = self.session.vault
        taxonomy = self.session.notebook.taxonomy
        scope = self._scope
        return self.busy.start(
            lambda progress, cancel: load_coordinator_data(
                vault, taxonomy, progress, cancel, trial=scope
            ),
            self._loaded,
            self._reading_failed,
            self.trial_pages,
        )

    def read_trial(self, key: str) -> Task | None:
        """Read the trial group ``key`` (every one, for ALL_TRIALS) for every tab."""
        self._scope = None if key == ALL_TRIALS else key
        return self.reload()

    def _loaded(self, data: CoordinatorData) -> None:
        if not self.session.is_unlocked:
            return
        self.data = data
        for page in self.pages:
            page.show_data(data)
        self._show_unreadable(data.index.unreadable)
        log.info("coordinator view loaded")
        self.figures.show_programme(data.programme)  # None: not kept, or not current
        if data.dashboard is None and data.kept is not None:  # "as of" their time, meanwhile
            self.dashboard.show_dashboard(data.kept.dashboard, data.kept.made_utc)
        if data.programme is None and (
            data.dashboard is None or self.tabs.currentWidget() is self.figures
        ):
            self.work_out_programme()
        if self._chosen_while_reading is not None and not self._reload_again:
            self.show_in_timeline(*self._chosen_while_reading)  # its trial read first
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def work_out_programme(self) -> Task | None:
        """The dashboard and the figures across trials, trial by trial, off the UI thread
        (once more after the working out under way, if one is)."""
        if not self.session.is_unlocked:
            return None
        if self.programme_busy.is_busy:
            self._programme_again = True
            return None
        vault = self.session.vault
        taxonomy = self.session.notebook.taxonomy
        return self.programme_busy.start(
            lambda progress, cancel: programme_figures(vault, taxonomy, progress, cancel),
            self._programme_done,
            self._failed,
        )

    def _programme_done(self, figures: ProgrammeFigures) -> None:
        if not self.session.is_unlocked:
            return
        if self._programme_again:
            self._programme_again = False
            self.work_out_programme()
            return
        self.dashboard.show_dashboard(figures.dashboard)
        self.figures.show_programme(figures)

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.figures and self.figures.programme is None:
            self.work_out_programme()

    def _show_unreadable(self, unreadable: Sequence[Unreadable]) -> None:
        """Name the records left out of every tab because their stored values break the
        rules (written by an older version, or by hand): the rest is shown as it is."""
        if not unreadable:
            self.unreadable.clear_message()
            return
        lines = [self._unreadable_heading(len(unreadable), self.data)]
        lines += [
            f"{record.record_id[:8]}: {error_text(record.problem)}"
            for record in unreadable[:UNREADABLE_SHOWN]
        ]
        if len(unreadable) > UNREADABLE_SHOWN:
            lines.append(self.tr("and %n more.", "", len(unreadable) - UNREADABLE_SHOWN))
        self.unreadable.show_error("\n".join(lines))

    def _unreadable_heading(self, count: int, data: CoordinatorData | None) -> str:
        if data is not None and data.scope != ALL_TRIALS:
            return counted(
                self.tr(
                    "%n unreadable record(s) among the lists of trials and the trial shown, "
                    "left out of every tab and report:",
                    "",
                    count,
                ),
                "%n unreadable record(s) among the lists of trials and the trial shown, "
                "left out of every tab and report:",
                count,
            )
        return counted(
            self.tr("%n unreadable record(s), left out of every tab and report:", "", count),
            "%n unreadable record(s), left out of every tab and report:",
            count,
        )

    def _failed(self, message: str) -> None:
        self.banner.show_error(message)

    def _reading_failed(self, message: str) -> None:
        self.banner.show_error(message)
        if self._scope:  # the trial chosen may be gone (unlinked, purged): the first, then
            self._scope = ""
            self._chosen_while_reading = None
            self.reload()

    def _watch_imported(self, new: int) -> None:
        self.banner.show_info(
            counted(
                self.tr("Imported %n new change(s) from the watch folder.", "", new),
                "Imported %n new change(s) from the watch folder.",
                new,
            )
        )
        self.reload()

    def show_in_timeline(self, kind: str, key: str) -> None:
        """Open the timeline on the observations behind a dashboard bar: those of every
        trial, or of one session's trial, read first if they are not."""
        data = self.data
        wanted = _trial_behind(kind, key)
        if data is None or self.busy.is_busy or not data.has_trial(wanted):
            self._chosen_while_reading = (kind, key)
            self.tabs.setCurrentWidget(self.timeline)
            if data is not None:
                self.read_trial(wanted)
            return
        self._chosen_while_reading = None
        if kind == CATEGORY:
            self.timeline.show_filtered(category=key)
        elif kind == COUNTRY:
            groups = frozenset(
                g.key for g in data.groups if any((t.country or "?") == key for t in g.trials)
            )
            self.timeline.show_filtered(groups=groups)
        elif kind == MONTH:
            self.timeline.show_filtered(month=key)
        elif kind == SESSION:
            self.timeline.show_filtered(trial=key.partition(":")[0], session=key)
        self.tabs.setCurrentWidget(self.timeline)

    def done(self, result: int) -> None:
        self.busy.stop()  # a reading under way stops at its next chunk
        self.programme_busy.stop()
        self.watch.clear()
        for page in self.pages:
            page.clear()
        self.data = None
        self._chosen_while_reading = None
        super().done(result)


def _trial_behind(kind: str, key: str) -> str:
    """The trial group a dashboard bar's observations are in: a session's, or every one."""
    return key.partition(":")[0] if kind == SESSION else ALL_TRIALS
