"""Live hearing mode: the screen an observer works in while a hearing runs.

`LiveController` (`controller`) holds every action without widgets; the full screen
(`LiveHearingWidget`, here) and the compact logger are two views of one controller. The
screen is made of the quick buttons (`quick_pad`), the log (`log`), the detail panel
(`detail`), and the running losses, the court's response and the notes line both views
show (`widgets`). Leaving offers to mark a hearing still "scheduled" as held.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import HearingStatus, Observation
from monitor_app.core.records.timeutil import in_zone, local_zone_name, to_utc_text, utc_now
from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.messages import confirm, error_text, show_error
from monitor_app.gui.common.models import local_time
from monitor_app.gui.common.navigation import show_dialog
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import PlainLabel, make_button
from monitor_app.gui.live.clock import (
    TIME_FORMAT,
    ClockWidget,
    date_text,
    format_elapsed,
    scaled_font,
)
from monitor_app.gui.live.controller import LiveController
from monitor_app.gui.live.detail import DetailPanel
from monitor_app.gui.live.log import LiveLogModel, live_log_view
from monitor_app.gui.live.quick_pad import QuickPad
from monitor_app.gui.live.widgets import CourtQuestion, LossStatus, NotesBar, not_saved

__all__ = ["LiveController", "LiveHearingWidget"]  # LiveController: still importable from here

log = logging.getLogger(__name__)


class LiveHearingWidget(QWidget):
    """The screen used during a hearing. Esc does not leave it (too easy to hit by
    accident); "Leave live mode" does, and emits `closed`."""

    closed = Signal()

    def __init__(
        self, session: VaultSession, hearing_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("liveHearing")
        self.session = session
        self.controller = LiveController(session, hearing_id, self)
        self.lang = ui_language()
        self.compact_logger: QWidget | None = None
        self.entered = utc_now()  # the start of the hearing as live mode saw it
        self._build()
        self._connect()
        self._refresh()
        self._tick(utc_now())
        self.note_edit.setFocus()

    def _build(self) -> None:
        controller = self.controller
        title = QLabel(self.tr("Live hearing"), self)
        title.setFont(scaled_font(self.font(), 1.5, bold=True))
        title.setWordWrap(True)
        self.subtitle = PlainLabel(self._subtitle(), self)
        self.subtitle.setObjectName("liveSubtitle")
        self.compact_button = make_button(
            self.tr("&Compact logger"), "compactLoggerButton", self.open_compact_logger
        )
        self.compact_button.setToolTip(self.tr("A small window on top, beside the video call"))
        self.leave_button = make_button(self.tr("Lea&ve live mode"), "leaveLiveButton", self.leave)
        self.hearing_clock = ClockWidget(controller.zone_name, self.tr("Hearing time"), self)
        self.hearing_clock.setObjectName("hearingClock")
        self.local_clock = ClockWidget(local_zone_name(), self.tr("Your time"), self)
        self.local_clock.setObjectName("localClock")
        self.losses = LossStatus(controller, self.lang, 1.6, self)
        self.court = CourtQuestion(controller, self.lang, owns_keys=True, parent=self)
        self.totals_label = PlainLabel("", self)
        self.totals_label.setObjectName("totalsLabel")
        self.pad = QuickPad(controller, compact=False, columns=4, parent=self)
        self.model = LiveLogModel(controller.taxonomy, self.lang, self)
        self.view = live_log_view(self.model, self.tr("Time-stamped observations"))
        self.edit_button = make_button(
            self.tr("&Edit details…"), "editDetailsButton", self._edit_selected
        )
        self.stop_button = make_button(
            self.tr("Stop &interval"), "stopIntervalButton", self._stop_selected
        )
        self.other_button = make_button(
            self.tr("&Other condition…"), "otherConditionButton", lambda: self.open_editor(None)
        )
        self.panel = DetailPanel(controller, self.lang, self)
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setObjectName("detailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(self.panel)
        self.detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.hide()
        self.notes = NotesBar(controller, "liveNoteEdit", self)
        self.note_edit = self.notes.edit
        for button in (
            self.edit_button,
            self.stop_button,
            self.other_button,
            self.compact_button,
            self.leave_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the typing focus
        self._lay_out(title)

    def _lay_out(self, title: QLabel) -> None:
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.compact_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        status = QVBoxLayout()
        status.addWidget(self.losses)
        status.addWidget(self.totals_label)
        status.addStretch(1)
        clocks = QHBoxLayout()
        clocks.addWidget(self.hearing_clock, 1, Qt.AlignmentFlag.AlignTop)
        clocks.addWidget(self.local_clock, 1, Qt.AlignmentFlag.AlignTop)
        clocks.addLayout(status, 1)
        log_buttons = QHBoxLayout()
        log_buttons.addWidget(self.edit_button)
        log_buttons.addWidget(self.stop_button)
        log_buttons.addStretch(1)
        log_buttons.addWidget(self.other_button)
        log_side = QWidget(self)
        log_layout = QVBoxLayout(log_side)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.view, 1)
        log_layout.addLayout(log_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(log_side)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(clocks)
        layout.addWidget(self.pad)
        layout.addWidget(self.court)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes)

    def _connect(self) -> None:
        controller = self.controller
        self.view.doubleClicked.connect(lambda _index: self._edit_selected())
        self.view.clicked.connect(lambda _index: self._row_chosen())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.pad.stamped.connect(self._stamped)
        self.panel.hide_requested.connect(self._hide_panel)
        self.panel.editor_requested.connect(self.open_editor)
        controller.changed.connect(self._refresh)
        controller.tick.connect(self._tick)
        self.session.about_to_lock.connect(self.panel.flush)
        self.session.locked.connect(self._on_locked)

    def _subtitle(self) -> str:
        hearing = self.controller.hearing
        try:
            trial = self.session.notebook.get_trial(hearing.trial_id).title
        except TrialMonitorError:
            trial = ""
        if not hearing.scheduled_start:
            return trial
        start = in_zone(hearing.scheduled_start, hearing.tz)
        when = self.tr("{date}, scheduled for {time}").format(
            date=date_text(start), time=start.strftime("%H:%M")
        )
        return f"{trial} — {when}" if trial else when

    # ---- updates ----------------------------------------------------------------------

    def _refresh(self) -> None:
        if not self.controller.active:
            return
        self.model.set_records(self.controller.observations())
        self.panel.refresh()
        self._show_totals(utc_now())
        self._selection_changed()

    def _tick(self, now: datetime) -> None:
        self.hearing_clock.show_time(now)
        self.local_clock.show_time(now)
        self.model.set_now(now)
        if self.controller.open_intervals():
            self._show_totals(now)  # from memory: the database is not read every second

    def _show_totals(self, now: datetime) -> None:
        totals = self.controller.totals(now)
        self.totals_label.setText(
            self.tr(
                "Participation lost: {lost}\nDefendant could not follow: {defendant}\n"
                "Court continued regardless: {continued}"
            ).format(
                lost=format_elapsed(totals.seconds_lost),
                defendant=format_elapsed(totals.seconds_defendant_could_not_follow),
                continued=format_elapsed(totals.seconds_continued_regardless),
            )
        )

    def _selected(self) -> Observation | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        selected = self._selected()
        self.edit_button.setEnabled(selected is not None)
        self.stop_button.setEnabled(selected is not None and selected.is_open)

    # ---- actions ----------------------------------------------------------------------

    def _stamped(self, observation: Observation) -> None:
        """A quick click was saved: offer its details, without taking the focus."""
        stopped = observation.interval and not observation.is_open
        status = self.tr("Stopped and saved.") if stopped else self.tr("Saved.")
        self.panel.show_observation(observation, status)
        self._show_panel()

    def _show_panel(self) -> None:
        """Show the panel as wide as its widest line (a court response, a field): it
        scrolls down, never sideways."""
        scroll = self.detail_scroll
        bar = scroll.verticalScrollBar().sizeHint().width()
        width = self.panel.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()
        scroll.setMinimumWidth(width)
        scroll.show()

    def _row_chosen(self) -> None:
        """The observer picked a line: its details go in the panel."""
        selected = self._selected()
        if selected is not None and (
            self.panel.shown is None or self.panel.shown.id != selected.id
        ):
            self.panel.show_observation(selected)
            self._show_panel()

    def _hide_panel(self) -> None:
        self.detail_scroll.hide()
        self.note_edit.setFocus()  # giving the focus back to the notes line

    def _stop_selected(self) -> None:
        selected = self._selected()
        if selected is None or not selected.is_open:
            return
        try:
            observation = self.controller.stop(selected.id)
        except TrialMonitorError as error:
            show_error(self, error_text(error), not_saved())
            return
        self._stamped(observation)

    def _edit_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.open_editor(selected.id)

    def open_editor(self, observation_id: str | None) -> QDialog:
        """The full observation editor, beside live mode (logging goes on meanwhile)."""
        from monitor_app.gui.records.observation_editor import ObservationEditor

        self.panel.flush()
        # Parented to the window, not to live mode: leaving live mode keeps it open.
        hearing_id = self.controller.hearing_id
        editor = ObservationEditor(self.session, hearing_id, observation_id, self.window())
        return show_dialog(editor, modeless=True)

    def open_compact_logger(self) -> QWidget:
        from monitor_app.gui.live.compact_logger import CompactLogger

        if self.compact_logger is None:
            self.compact_logger = CompactLogger(self.controller, self)
            self.compact_logger.destroyed.connect(self._compact_gone)
        self.compact_logger.show()
        self.compact_logger.raise_()
        self.compact_logger.activateWindow()
        return self.compact_logger

    def _compact_gone(self) -> None:
        self.compact_logger = None

    def leave(self) -> None:
        self._seal()
        if self.compact_logger is not None:
            self.compact_logger.close()
        self._offer_held(utc_now())
        log.info("live mode left")
        self.closed.emit()

    def _offer_held(self, left: datetime) -> None:
        """A hearing logged in live mode but still "scheduled" would count as not held in
        reports: offer to mark it held, from and to the times live mode saw."""
        controller = self.controller
        hearing = controller.hearing
        if (
            not controller.active
            or hearing.status != HearingStatus.SCHEDULED
            or not controller.observations()
        ):
            return
        start, end = controller.held_span(self.entered, left)
        zone_name = controller.zone_name
        held = confirm(
            self,
            "markHeldQuestion",
            self.tr("Was the hearing held?"),
            self.tr("Mark this hearing as held, from {start} to {end} (hearing time)?").format(
                start=local_time(to_utc_text(start), zone_name, TIME_FORMAT),
                end=local_time(to_utc_text(end), zone_name, TIME_FORMAT),
            ),
            self.tr("Mark as &held"),
            detail=self.tr(
                "From when you entered live mode (or your first stamp, if earlier) to when "
                "you left it (or your last stamp, if later). If it began or ended at another "
                "time, change it with “Edit…” on the hearing. Reports count only hearings "
                "marked held."
            ),
        )
        if not held:
            return
        try:
            self.session.notebook.update_hearing(
                hearing.id, status=HearingStatus.HELD, actual_start=start, actual_end=end
            )
        except TrialMonitorError as error:
            show_error(self, error_text(error), not_saved())
            return
        self.session.changed("hearing")

    def _seal(self) -> None:
        """Save what is pending: the panel's edits and the notes line's draft."""
        if self.controller.active:
            self.panel.flush()
            self.controller.flush_draft()

    def _on_locked(self) -> None:
        self.panel.clear()
        self.detail_scroll.hide()
        self.notes.clear()
        self.model.set_records([])
        self.totals_label.clear()

    # ---- events -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc must not close the screen or dialog this sits in
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown by the app (not a window restored): type at once
            # The focus set in __init__ is gone by now: placing this screen in the
            # workspace's stack hides it first, and Qt drops the focus of a hidden widget.
            self.note_edit.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._seal()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._seal()
        self.controller.close()
        super().closeEvent(event)
