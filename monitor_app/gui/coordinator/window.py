"""The coordinator's screen: every observer's notes read together, in tabs: the observers,
the trials across observers (and their links), a trial's timeline of events, a hearing
session side by side, a trial's events and the coordinators' decisions on them, a
dashboard, the restrictions sentences imposed across every trial, what is coming up in the
next days, the watch folder, a trial's findings by standard and their figures
across trials, and reports.

Opening it reads the whole vault once, off the UI thread (`load_coordinator_data`); an
import from the watch folder, a link or a real name reads it again, keeping the tab, the
trial and the filters chosen. Meanwhile the dashboard shows the figures kept at the last
reading (marked "from <time>" unless nothing has changed since), and a bar chosen before
the read is done opens the timeline when it is. A lock closes it and every tab drops what
it showed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData, load_coordinator_data
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
        self._chosen_while_reading: tuple[str, str] | None = None
        self.busy = BusyBar("coordinatorBusy", self)
        self.busy.setAccessibleName(self.tr("Reading every observer's notes"))
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
        layout = self.body_layout()
        layout.addWidget(self.banner)
        layout.addWidget(self.unreadable)
        layout.addWidget(self.busy)
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
        """Read every observer's notes again, off the UI thread (once more after the read
        under way, if one is)."""
        if not self.session.is_unlocked:
            return None
        if self.busy.is_busy:
            self._reload_again = True
            return None
        vault = self.session.vault
        taxonomy = self.session.notebook.taxonomy
        return self.busy.start(
            lambda progress, cancel: load_coordinator_data(vault, taxonomy, progress, cancel),
            self._loaded,
            self._failed,
        )

    def _loaded(self, data: CoordinatorData) -> None:
        if not self.session.is_unlocked:
            return
        self.data = data
        for page in self.pages:
            page.show_data(data)
        self._show_unreadable(data.index.unreadable)
        log.info("coordinator view loaded")
        if self._chosen_while_reading is not None:
            self.show_in_timeline(*self._chosen_while_reading)
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _show_unreadable(self, unreadable: Sequence[Unreadable]) -> None:
        """Name the records left out of every tab because their stored values break the
        rules (written by an older version, or by hand): the rest is shown as it is."""
        if not unreadable:
            self.unreadable.clear_message()
            return
        lines = [
            counted(
                self.tr(
                    "%n unreadable record(s), left out of every tab and report:",
                    "",
                    len(unreadable),
                ),
                "%n unreadable record(s), left out of every tab and report:",
                len(unreadable),
            )
        ]
        lines += [
            f"{record.record_id[:8]}: {error_text(record.problem)}"
            for record in unreadable[:UNREADABLE_SHOWN]
        ]
        if len(unreadable) > UNREADABLE_SHOWN:
            lines.append(self.tr("and %n more.", "", len(unreadable) - UNREADABLE_SHOWN))
        self.unreadable.show_error("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.banner.show_error(message)

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
        """Open the timeline on the observations behind a dashboard bar."""
        data = self.data
        if data is None:  # the kept figures are on show: the timeline needs the reading
            self._chosen_while_reading = (kind, key)
            self.tabs.setCurrentWidget(self.timeline)
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
        self.watch.clear()
        for page in self.pages:
            page.clear()
        self.data = None
        self._chosen_while_reading = None
        super().done(result)
