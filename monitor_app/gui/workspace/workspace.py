"""The workspace shown while the vault is unlocked: trials, a trial's hearings, and a
hearing's observations and checklist, with the way into live mode; under the trials, what
is coming up in the next 30 days across them all.

It holds nothing outside its own widget tree: on lock the main window deletes it whole.
Everything it shows is re-read from the notebook when `VaultSession.records_changed` says
something was saved, keeping what was selected.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import Hearing, Trial
from monitor_app.core.records.totals import trial_delay
from monitor_app.core.records.upcoming import UpcomingItem, UpcomingKind
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.i18n import resolve_language
from monitor_app.gui.common.layout import button_row, text_size
from monitor_app.gui.common.models import FoldingFilterProxy
from monitor_app.gui.common.navigation import Screen
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.settings import AppSettings
from monitor_app.gui.common.widgets import (
    PlainLabel,
    SaveDialog,
    fit_columns,
    make_button,
    make_table_view,
    search_edit,
    select_id,
    selected_id,
)
from monitor_app.gui.records.hearing_dialog import HearingDialog, PostponeDialog
from monitor_app.gui.records.history_dialog import HistoryDialog
from monitor_app.gui.records.models import HearingsModel, TrialsModel
from monitor_app.gui.records.search_dialog import SearchDialog
from monitor_app.gui.records.trial_dialog import TrialDialog
from monitor_app.gui.workspace.coming_up import ComingUpPanel
from monitor_app.gui.workspace.detail_pane import DetailPane
from monitor_app.gui.workspace.drafts_offer import DraftsOffer
from monitor_app.gui.workspace.first_steps import FirstStepsPanel
from monitor_app.gui.workspace.navigator import Navigator
from monitor_app.gui.workspace.pane_helpers import bold, delete_record, on_delete_key

log = logging.getLogger(__name__)

PANIC_HINT_KEYS = "Ctrl+Shift+L"


class WorkspacePage(QWidget):
    def __init__(
        self, session: VaultSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspacePage")
        self.session = session
        self.settings = settings
        self.navigator = Navigator(session, settings, self.select)
        self.lang = resolve_language(settings.language)
        self._trial_id: str | None = None
        self._hearing_id: str | None = None
        self._quiet = False  # selection changes made by a reload, not by the user
        self.live: QWidget | None = None

        # Built in reading order, which is also the Tab order.
        toolbar = self._toolbar()
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("workspaceStack")
        self.browse = QSplitter(Qt.Orientation.Horizontal, self)
        self.browse.setObjectName("browseSplitter")
        self.browse.setChildrenCollapsible(False)
        self.browse.addWidget(self._left_column())
        right = QSplitter(Qt.Orientation.Vertical, self.browse)
        right.setChildrenCollapsible(False)
        right.addWidget(self._hearings_pane())
        self.detail = DetailPane(session, self.navigator, self.lang, self)
        self.detail.live_requested.connect(self.enter_live_mode)
        right.addWidget(self.detail)
        right.setStretchFactor(1, 2)
        self.browse.setStretchFactor(1, 3)
        # Initial proportions in the font's units; the user moves the handles from there.
        trials_width = text_size(self, 45, 0).width()
        self.browse.setSizes([trials_width, trials_width * 3])
        hearings_height = text_size(self, 0, 16).height()
        right.setSizes([hearings_height, hearings_height * 2])
        # The browsing page: the panels above the panes belong to it, so live mode, which
        # replaces it, keeps the whole height for the hearing.
        self.browse_page = QWidget(self)
        self.browse_page.setObjectName("browsePage")
        page = QVBoxLayout(self.browse_page)
        page.setContentsMargins(0, 0, 0, 0)
        self.first_steps = FirstStepsPanel(session, self.open_contacts, self.new_trial, self)
        page.addWidget(self.first_steps)
        # Forms a crash or a lock left unsaved, offered back after the unlock.
        self.drafts_offer = DraftsOffer(session, self.navigator, self)
        page.addWidget(self.drafts_offer)
        page.addWidget(self.browse, 1)
        self.stack.addWidget(self.browse_page)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)

        session.records_changed.connect(self._records_changed)
        session.about_to_lock.connect(self._close_dialogs)
        self.refresh()
        if self.trials_model.rowCount():
            self.trials_view.setFocus()
        else:
            self.new_trial_button.setFocus()

    # ---- building ---------------------------------------------------------------------

    def _toolbar(self) -> QHBoxLayout:
        self.new_trial_button = make_button(
            self.tr("&New trial…"), "newTrialButton", self.new_trial
        )
        self.new_trial_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.search_button = make_button(self.tr("&Search…"), "searchButton", self.open_search)
        self.search_button.setToolTip(self.tr("Search everything in the vault (Ctrl+F)"))
        search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        search_shortcut.activated.connect(self.open_search)
        new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_shortcut.activated.connect(self.new_trial)
        contacts_button = make_button(
            self.tr("Contacts and &keys…"), "contactsButton", self.open_contacts
        )
        contacts_button.setToolTip(
            self.tr("Your key card, and the key cards of the people you exchange notes with")
        )
        sync_button = make_button(self.tr("S&ync…"), "syncButton", self.open_sync)
        sync_button.setToolTip(self.tr("Send your notes to your coordinator as a bundle"))
        import_button = make_button(self.tr("Impo&rt…"), "importButton", self.open_import)
        import_button.setToolTip(self.tr("Import the bundles observers sent you"))
        coordinator_button = make_button(
            self.tr("&Findings and reports…"), "coordinatorButton", self.open_coordinator
        )
        coordinator_button.setToolTip(
            self.tr(
                "For coordinators: every observer's notes side by side, a dashboard, a watch "
                "folder and reports"
            )
        )
        settings_button = make_button(self.tr("Se&ttings…"), "settingsButton", self.open_settings)
        about_button = make_button(self.tr("A&bout"), "aboutButton", self.open_about)
        lock_button = make_button(self.tr("&Lock"), "lockButton", self.session.lock)
        lock_button.setToolTip(self.tr("Lock the vault now (Ctrl+Shift+L)"))
        hint = PlainLabel(
            self.tr("{keys} locks at once").format(keys=PANIC_HINT_KEYS), self, wrap=False
        )
        hint.setObjectName("panicHint")
        hint.setEnabled(False)  # drawn as secondary text
        row = QHBoxLayout()
        row.addWidget(
            button_row(
                self.new_trial_button,
                self.search_button,
                contacts_button,
                sync_button,
                import_button,
                coordinator_button,
                settings_button,
                about_button,
            ),
            1,
        )
        row.addWidget(hint)
        row.addWidget(lock_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _left_column(self) -> QWidget:
        """The trials, and under them what is coming up across them all."""
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("trialsSplitter")
        left.setChildrenCollapsible(False)
        left.addWidget(self._trials_pane())
        self.coming_up = ComingUpPanel(self.session, self.lang, left)
        self.coming_up.item_activated.connect(self.open_upcoming)
        left.addWidget(self.coming_up)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 1)
        return left

    def _trials_pane(self) -> QWidget:
        pane = QWidget(self)
        heading = PlainLabel(self.tr("Trials"), pane)
        bold(heading, 1.2)
        self.trial_filter = search_edit(
            "trialFilter", self.tr("Filter trials"), self.tr("Filter by title, case, court, name…")
        )
        self.trials_model = TrialsModel(self)
        self.trials_proxy = FoldingFilterProxy(self.trials_model, self)
        self.trial_filter.textChanged.connect(self._filter_trials)
        self.trial_filter.returnPressed.connect(self._choose_first_trial)
        self.trials_view = make_table_view("trialsView", self.trials_proxy, self.tr("Trials"))
        self.trials_view.sortByColumn(TrialsModel.TITLE, Qt.SortOrder.AscendingOrder)
        hidden = (
            TrialsModel.COURT,
            TrialsModel.COUNTRY,
            TrialsModel.DEFENDANTS,
            TrialsModel.UPDATED,
        )
        for column in hidden:  # shown in the trial's header; the filter still reads them
            self.trials_view.hideColumn(column)
        header = self.trials_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TrialsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            TrialsModel.CASE_NUMBER, QHeaderView.ResizeMode.ResizeToContents
        )
        self.trials_view.selectionModel().selectionChanged.connect(self._trial_selection_changed)
        self.trials_view.activated.connect(lambda _index: self.edit_trial())
        on_delete_key(self.trials_view, self.delete_trial)
        self.edit_trial_button = make_button(self.tr("&Edit…"), "editTrialButton", self.edit_trial)
        self.delete_trial_button = make_button(
            self.tr("Delete…"), "deleteTrialButton", self.delete_trial
        )
        self.trial_history_button = make_button(
            self.tr("History"), "trialHistoryButton", self.trial_history
        )
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.trial_filter)
        layout.addWidget(self.trials_view, 1)
        layout.addWidget(
            button_row(self.edit_trial_button, self.delete_trial_button, self.trial_history_button)
        )
        return pane

    def _hearings_pane(self) -> QWidget:
        pane = QWidget(self)
        self.trial_title = PlainLabel("", pane)
        self.trial_title.setObjectName("trialTitle")
        bold(self.trial_title, 1.2)
        self.trial_header = PlainLabel("", pane)
        self.trial_header.setObjectName("trialHeader")
        self.hearings_model = HearingsModel(self)
        self.hearings_proxy = FoldingFilterProxy(self.hearings_model, self)
        self.hearings_view = make_table_view(
            "hearingsView", self.hearings_proxy, self.tr("Hearings")
        )
        self.hearings_view.sortByColumn(HearingsModel.START, Qt.SortOrder.AscendingOrder)
        # Every column as wide as what it shows, the place taking the rest: nothing scrolls
        # sideways in the pane (a zone or a status cut off at the right).
        fit_columns(self.hearings_view, HearingsModel.PLACE)
        self.hearings_view.setMinimumHeight(text_size(self, 0, 5).height())  # a few rows at least
        self.hearings_view.selectionModel().selectionChanged.connect(
            self._hearing_selection_changed
        )
        self.hearings_view.activated.connect(lambda _index: self.edit_hearing())
        on_delete_key(self.hearings_view, self.delete_hearing)
        self.new_hearing_button = make_button(
            self.tr("New &hearing…"), "newHearingButton", self.new_hearing
        )
        self.edit_hearing_button = make_button(
            self.tr("E&dit…"), "editHearingButton", self.edit_hearing
        )
        self.postpone_button = make_button(
            self.tr("&Postponed…"), "postponeHearingButton", self.postpone_hearing
        )
        self.postpone_button.setToolTip(
            self.tr("Record that the hearing was postponed, adjourned or cancelled, and why")
        )
        self.delete_hearing_button = make_button(
            self.tr("Delete…"), "deleteHearingButton", self.delete_hearing
        )
        self.hearing_history_button = make_button(
            self.tr("History"), "hearingHistoryButton", self.hearing_history
        )
        self.whole_trial_button = make_button(
            self.tr("Trial as a &whole"), "trialObservationsButton", self.show_whole_trial
        )
        self.whole_trial_button.setToolTip(
            self.tr("Observations about the trial as a whole, not one hearing")
        )
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.trial_title)
        layout.addWidget(self.trial_header)
        layout.addWidget(self.hearings_view, 1)
        layout.addWidget(
            button_row(
                self.new_hearing_button,
                self.edit_hearing_button,
                self.postpone_button,
                self.delete_hearing_button,
                self.hearing_history_button,
                self.whole_trial_button,
            )
        )
        return pane

    # ---- what is selected -------------------------------------------------------------

    def current_trial_id(self) -> str | None:
        return self._trial_id

    def current_hearing_id(self) -> str | None:
        return self._hearing_id

    def select(self, trial_id: str, hearing_id: str = "") -> None:
        """Show a trial and, if given, one of its hearings (a search result, say)."""
        self.leave_live_mode()
        self.trial_filter.clear()
        self._trial_id = trial_id
        self._hearing_id = hearing_id or None
        self.refresh()
        (self.hearings_view if self._hearing_id else self.trials_view).setFocus()

    def show_whole_trial(self) -> None:
        self._hearing_id = None
        self._quietly(self.hearings_view.clearSelection)
        self.detail.show_record(self._trial_id, None)
        self._update_buttons()

    def _quietly(self, change: Callable[[], object]) -> None:
        previous, self._quiet = self._quiet, True
        try:
            change()
        finally:
            self._quiet = previous

    def _filter_trials(self, text: str) -> None:
        """Narrow the list; what is shown stays until the user chooses another trial."""
        self._quietly(lambda: self.trials_proxy.set_filter_text(text))
        self._quietly(
            lambda: select_id(
                self.trials_view, self.trials_proxy, self.trials_model, self._trial_id
            )
        )

    def _choose_first_trial(self) -> None:
        """Enter in the filter: show the first trial listed and move to the list."""
        if self.trials_proxy.rowCount():
            self.trials_view.selectRow(0)
            self.trials_view.setFocus()

    def _trial_selection_changed(self) -> None:
        selected = selected_id(self.trials_view)
        if self._quiet or selected is None or selected == self._trial_id:
            return
        self._trial_id = selected
        self._hearing_id = None
        self._load_hearings()
        self.detail.show_record(self._trial_id, None)
        self._update_buttons()

    def _hearing_selection_changed(self) -> None:
        selected = selected_id(self.hearings_view)
        if self._quiet or selected is None or selected == self._hearing_id:
            return
        self._hearing_id = selected
        self.detail.show_record(self._trial_id, self._hearing_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_trial = self._trial_id is not None
        has_hearing = self._hearing_id is not None
        for button in (
            self.edit_trial_button,
            self.delete_trial_button,
            self.trial_history_button,
            self.new_hearing_button,
        ):
            button.setEnabled(has_trial)
        for button in (
            self.edit_hearing_button,
            self.postpone_button,
            self.delete_hearing_button,
            self.hearing_history_button,
            self.whole_trial_button,
        ):
            button.setEnabled(has_hearing)

    def _close_dialogs(self) -> None:
        """Nothing stays on screen over the unlock page: open dialogs (even one waiting in
        its own event loop, like the reason for a delete) are closed before the lock."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                if isinstance(dialog, SaveDialog):
                    dialog.save_before_lock()
                dialog.reject()

    # ---- loading from the notebook ----------------------------------------------------

    def _records_changed(self, kind: str) -> None:
        if not self.session.is_unlocked or self.live is not None:
            return  # live mode saves often and must stay fast; leaving it refreshes all
        if kind in ("observation", "attachment"):
            self.detail.reload()
        elif kind != "checklist":  # the checklist view keeps itself up to date
            self.refresh()

    def refresh(self) -> None:
        """Re-read everything shown, keeping the chosen trial and hearing if they remain."""
        self._load_trials()
        self._load_hearings()
        self.detail.show_record(self._trial_id, self._hearing_id)
        self.coming_up.reload()
        self._update_buttons()

    def _load_trials(self) -> None:
        trials = self.session.notebook.list_trials()
        self._quietly(lambda: self.trials_model.set_records(trials))
        if self._trial_id not in {t.id for t in trials}:
            self._trial_id = None
            self._hearing_id = None
        self._quietly(
            lambda: select_id(
                self.trials_view, self.trials_proxy, self.trials_model, self._trial_id
            )
        )

    def _load_hearings(self) -> None:
        notebook = self.session.notebook
        trial = notebook.get_trial(self._trial_id) if self._trial_id else None
        hearings = notebook.list_hearings(trial.id) if trial else []
        self._show_trial_header(trial, hearings)
        self._quietly(lambda: self.hearings_model.set_records(hearings))
        if self._hearing_id not in {h.id for h in hearings}:
            self._hearing_id = None
        self._quietly(
            lambda: select_id(
                self.hearings_view, self.hearings_proxy, self.hearings_model, self._hearing_id
            )
        )

    def _show_trial_header(self, trial: Trial | None, hearings: list[Hearing]) -> None:
        if trial is None:
            self.trial_title.set_plain(self.tr("No trial chosen"))
            if self.trials_model.rowCount():
                hint = self.tr("Choose a trial on the left to see its hearings.")
            else:
                hint = self.tr("No trials yet. Press “New trial” (Ctrl+N) to start.")
            self.trial_header.set_plain(hint)
            return
        self.trial_title.set_plain(trial.title)
        facts = [
            self.tr("Case {number}").format(number=trial.case_number) if trial.case_number else "",
            trial.court,
            trial.country,
            self.tr("Defendants: {names}").format(names="; ".join(trial.defendants))
            if trial.defendants
            else "",
        ]
        lines = [" · ".join(one_line(fact) for fact in facts if fact)]
        if hearings:
            delay = trial_delay(hearings)
            lines.append(
                self.tr(
                    "Hearings: {count} · held: {held} · postponed, adjourned or cancelled: "
                    "{postponed} · days from the first to the last: {days}"
                ).format(
                    count=delay.hearings,
                    held=delay.held,
                    postponed=len(delay.postponements),
                    days=delay.days_elapsed,
                )
            )
        self.trial_header.set_plain("\n".join(line for line in lines if line), multi_line=True)

    # ---- trials -----------------------------------------------------------------------

    def new_trial(self) -> None:
        self.navigator.show(TrialDialog(self.session, None, self))

    def edit_trial(self) -> None:
        if self._trial_id:
            self.navigator.show(TrialDialog(self.session, self._trial_id, self))

    def delete_trial(self) -> None:
        if self._trial_id:
            delete_record(self, self.session, self._trial_id, "trial", self.tr("Delete trial"))

    def trial_history(self) -> None:
        if self._trial_id:
            self.navigator.show(HistoryDialog(self.session, self._trial_id, self))

    # ---- hearings ---------------------------------------------------------------------

    def new_hearing(self) -> None:
        if self._trial_id:
            self.navigator.show(HearingDialog(self.session, self._trial_id, None, self))

    def edit_hearing(self) -> None:
        if self._trial_id and self._hearing_id:
            self.navigator.show(HearingDialog(self.session, self._trial_id, self._hearing_id, self))

    def postpone_hearing(self) -> None:
        if self._hearing_id:
            self.navigator.show(PostponeDialog(self.session, self._hearing_id, self))

    def delete_hearing(self) -> None:
        if self._hearing_id:
            title = self.tr("Delete hearing")
            delete_record(self, self.session, self._hearing_id, "hearing", title)

    def hearing_history(self) -> None:
        if self._hearing_id:
            self.navigator.show(HistoryDialog(self.session, self._hearing_id, self))

    # ---- coming up -------------------------------------------------------------------

    def open_upcoming(self, item: UpcomingItem) -> None:
        """Show what is coming up where it belongs, and open its record's form: a hearing
        among its trial's hearings, anything else on its trial's "Sentence and follow-up"."""
        if item.kind == UpcomingKind.HEARING:
            self.select(item.trial_id, item.record_id)
            self.edit_hearing()
        else:
            self.select(item.trial_id, "")
            self.detail.show_aftermath(item.record_id)

    # ---- the toolbar ------------------------------------------------------------------

    def open_search(self) -> None:
        dialog = SearchDialog(self.session, self)
        dialog.hit_activated.connect(lambda _kind, trial, hearing: self.select(trial, hearing))
        self.navigator.show(dialog)

    def open_contacts(self) -> QDialog:
        return self.navigator.open(Screen.CONTACTS, self)

    def open_sync(self) -> QDialog:
        return self.navigator.open(Screen.SYNC, self)

    def open_import(self) -> QDialog:
        return self.navigator.open(Screen.IMPORT, self)

    def open_coordinator(self) -> QDialog:
        return self.navigator.open(Screen.COORDINATOR, self)

    def open_settings(self) -> None:
        from monitor_app.gui.setup.settings_dialog import SettingsDialog

        idle_lock = getattr(self.window(), "idle_lock", None)
        self.navigator.show(SettingsDialog(self.session, self.settings, idle_lock, self))

    def open_about(self) -> None:
        from monitor_app.gui.common.about import show_about

        show_about(self, self.session.folder)

    # ---- live mode --------------------------------------------------------------------

    def enter_live_mode(self, hearing_id: str) -> None:
        from monitor_app.gui.live.screen import LiveHearingWidget

        self.leave_live_mode()
        self.live = LiveHearingWidget(self.session, hearing_id, self)
        self.live.closed.connect(self.leave_live_mode)
        self.stack.addWidget(self.live)
        self.stack.setCurrentWidget(self.live)
        self.session.live_hearing_id = hearing_id  # the idle lock waits; unlock returns here
        log.info("live mode entered")

    def resume_live_mode(self, hearing_id: str) -> None:
        """After an unlock: back to the live hearing that was open, with its trial and
        hearing chosen behind it; if it is gone meanwhile (deleted), the workspace."""
        try:
            hearing = self.session.notebook.get_hearing(hearing_id)
        except TrialMonitorError:
            self.session.live_hearing_id = None
            return
        self.select(hearing.trial_id, hearing.id)
        self.enter_live_mode(hearing.id)

    def leave_live_mode(self) -> None:
        live, self.live = self.live, None
        if live is None:
            return
        self.session.live_hearing_id = None
        self.stack.setCurrentWidget(self.browse_page)
        self.stack.removeWidget(live)
        live.deleteLater()
        log.info("live mode left")
        if self.session.is_unlocked:
            self.refresh()  # everything logged there shows here now
            self.detail.show_observations()  # the hearing's, just logged (not its sentence)
            self.detail.view.setFocus()
