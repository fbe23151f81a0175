"""What live mode does, without widgets: `LiveController` holds every action (quick
conditions, time-stamped note lines, details, the half-typed line's draft, running
intervals, totals) and the one-second tick both live views follow.

Everything is saved as it happens. A quick click stamps the time first, then saves through
the notebook (durable when it returns), and only then shows the condition as running. The
notes line is sealed as a draft about a second after typing stops, and at once before a
lock or when the screen closes.

A note line is stamped with the moment the observer STARTED typing it (the first key into
an empty line): that is when the thing being described happened, not when the sentence
about it was finished. The start is sealed with the draft, so it survives a lock too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from monitor_app.core.error_messages import AS_GIVEN
from monitor_app.core.errors import TrialMonitorError, ValidationError
from monitor_app.core.records.records import Hearing, Observation
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import from_utc_text, to_utc_text, utc_now
from monitor_app.core.records.totals import HearingTotals, counts_as_lost, hearing_totals
from monitor_app.gui.common.drafts import DRAFT_DELAY_MS
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.live.quick_conditions import quick_condition

log = logging.getLogger(__name__)

NOTE_CODE = "general.note"


def draft_key(hearing_id: str) -> str:
    return f"live-note:{hearing_id}"


def draft_started_key(hearing_id: str) -> str:
    """Where the time the draft line was started is sealed, beside its text."""
    return f"live-note-started:{hearing_id}"


@dataclass
class _DraftState:
    """The notes line as last typed, kept outside Qt objects so the last flush still works
    while the controller itself is being destroyed."""

    session: VaultSession
    hearing_id: str
    text: str = ""
    started: datetime | None = None
    dirty: bool = False

    def flush(self) -> None:
        if not self.dirty or not self.session.is_unlocked:
            return
        notebook = self.session.notebook
        try:
            notebook.save_draft(draft_key(self.hearing_id), self.text)
            started = to_utc_text(self.started) if self.text and self.started else ""
            notebook.save_draft(draft_started_key(self.hearing_id), started)
        except TrialMonitorError:
            log.warning("live draft not saved")  # kept dirty: the next flush retries
            return
        self.dirty = False


class LiveController(QObject):
    """Every live-mode action on one hearing, shared by the live screen and the compact
    logger. Methods raise `TrialMonitorError` (with a message for the user) when the vault
    refuses a save; nothing is shown as saved unless it was."""

    saved = Signal(str)  # an observation id, after its durable save
    changed = Signal()  # observations, running intervals or totals may differ
    tick = Signal(object)  # the current UTC datetime, once a second, on the second
    draft_changed = Signal(str)  # the notes line's text, as typed in either view
    court_question_changed = Signal()  # an interval awaits (or no longer awaits) an answer

    def __init__(
        self, session: VaultSession, hearing_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.hearing_id = hearing_id
        notebook = session.notebook
        self.taxonomy: Taxonomy = notebook.taxonomy
        self.hearing: Hearing = notebook.get_hearing(hearing_id)
        self._observations: list[Observation] = notebook.list_observations(hearing_id)
        self._saving = False
        self.court_question: Observation | None = None  # stopped, court's response not given
        self._draft = _DraftState(
            session, hearing_id, text=notebook.load_draft(draft_key(hearing_id))
        )
        started = notebook.load_draft(draft_started_key(hearing_id))
        if self._draft.text and started:
            self._draft.started = from_utc_text(started)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._tick_timer = QTimer(self)
        self._tick_timer.setSingleShot(True)
        self._tick_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick_timer.timeout.connect(self._tick)
        self.destroyed.connect(self._draft.flush)
        session.about_to_lock.connect(self.flush_draft)
        session.locked.connect(self._on_locked)
        session.records_changed.connect(self._on_records_changed)
        self._schedule_tick()
        log.info("live mode opened")

    # ---- state ----------------------------------------------------------------------

    @property
    def zone_name(self) -> str:
        return self.hearing.tz

    @property
    def active(self) -> bool:
        """False once the vault is locked: the views then show nothing."""
        return self.session.is_unlocked

    def observations(self) -> list[Observation]:
        """The hearing's observations in time order, as saved (kept in memory)."""
        return list(self._observations)

    def open_intervals(self) -> list[Observation]:
        return [o for o in self._observations if o.is_open]

    def running_losses(self) -> list[Observation]:
        """The open intervals that count as lost participation (as the totals count them),
        oldest first."""
        return [o for o in self.open_intervals() if counts_as_lost(o, self.taxonomy)]

    def running(self, code: str) -> Observation | None:
        """The latest open interval of ``code``, if one is running."""
        return next((o for o in reversed(self._observations) if o.is_open and o.code == code), None)

    def observation(self, observation_id: str) -> Observation | None:
        return next((o for o in self._observations if o.id == observation_id), None)

    def held_span(self, entered: datetime, left: datetime) -> tuple[datetime, datetime]:
        """When the hearing ran, as live mode saw it: from the earlier of entering live mode
        and the first stamp, to the later of leaving and the last stamp (or interval end).
        Entering and leaving bracket what the observer watched, which the stamps alone
        understate (a quiet opening or closing is never stamped); a stamp from an earlier
        visit to live mode widens it."""
        stamps = [from_utc_text(o.at) for o in self._observations]
        stamps += [from_utc_text(o.end) for o in self._observations if o.end]
        return min([entered, *stamps]), max([left, *stamps])

    def totals(self, now: datetime | None = None) -> HearingTotals:
        """Totals as `Notebook.hearing_totals` computes them, from the observations in
        memory: cheap enough for every second while an interval runs."""
        return hearing_totals(self.hearing, self._observations, self.taxonomy, now or utc_now())

    # ---- actions --------------------------------------------------------------------

    def toggle(self, code: str, at: datetime | None = None) -> Observation:
        """A quick condition: stop it if its interval runs, else start it (an interval
        condition) or record it (a point in time)."""
        at = at or utc_now()  # stamped before anything else happens
        condition = quick_condition(code)
        interval = condition.interval if condition else False
        running = self.running(code) if interval else None
        notebook = self.session.notebook
        if running is not None:
            return self.stop(running.id, at)
        parties = condition.parties if condition else ()
        observation = notebook.add_observation(
            self.hearing_id, code, at, interval=interval, parties=parties
        )
        self._stored(observation)
        return observation

    def stop(self, observation_id: str, at: datetime | None = None) -> Observation:
        """End any open interval of this hearing now (or at ``at``); then what the court
        did meanwhile is asked, unless it is already recorded."""
        at = at or utc_now()
        observation = self.session.notebook.stop_interval(observation_id, at)
        self._stored(observation)
        if observation.court_response is None:
            self.court_question = observation
            self.court_question_changed.emit()
        return observation

    def answer_court(self, response: str) -> Observation | None:
        """Record what the court did during the interval just stopped (a court response
        code); None when no interval awaits an answer."""
        asked = self.court_question
        if asked is None:
            return None
        observation = self.update_details(asked.id, court_response=response)
        self.court_question = None
        self.court_question_changed.emit()
        return observation

    def dismiss_court_question(self) -> None:
        """Leave the question unanswered (it stays open in the observation's details)."""
        if self.court_question is not None:
            self.court_question = None
            self.court_question_changed.emit()

    def log_line(self, text: str, at: datetime | None = None) -> Observation:
        """Save a time-stamped note line at once. ``at`` defaults to when the line was
        started; the draft is cleared once the line is safely saved."""
        text = text.strip()
        if not text:
            raise ValidationError(AS_GIVEN, text=self.tr("Type the note first."))
        at = at or self._draft.started or utc_now()
        observation = self.session.notebook.add_observation(
            self.hearing_id, NOTE_CODE, at, text=text
        )
        self._stored(observation)
        self.set_draft("")
        self.flush_draft()
        return observation

    def update_details(self, observation_id: str, **changes: Any) -> Observation:
        """A new revision with ``changes`` (severity, parties, court_response, text,
        fields...); nothing is written when they change nothing."""
        current = self.observation(observation_id) or self.session.notebook.get_observation(
            observation_id
        )
        if all(getattr(current, key) == value for key, value in changes.items()):
            return current
        observation = self.session.notebook.update_observation(observation_id, **changes)
        self._stored(observation)
        return observation

    def _stored(self, observation: Observation) -> None:
        """Take a durably saved observation into memory and tell everyone."""
        # A changed one keeps its place, a new one comes after those of its second: the
        # list is in the order entered (`Notebook.list_observations`), and sorting is stable.
        kept = [observation if o.id == observation.id else o for o in self._observations]
        if observation.id not in {o.id for o in self._observations}:
            kept.append(observation)
        self._observations = sorted(kept, key=lambda o: o.at)
        self._saving = True
        try:
            self.session.changed("observation")
        finally:
            self._saving = False
        self.saved.emit(observation.id)
        self.changed.emit()

    # ---- the notes line's draft -------------------------------------------------------

    @property
    def draft(self) -> str:
        return self._draft.text

    @property
    def line_started(self) -> datetime | None:
        """When the line being typed was started (its time stamp), or None."""
        return self._draft.started

    def set_draft(self, text: str) -> None:
        """The notes line as typed now; sealed shortly after typing stops."""
        if text == self._draft.text:
            return
        if not text:
            self._draft.started = None
        elif self._draft.started is None:
            self._draft.started = utc_now()
        self._draft.text = text
        self._draft.dirty = True
        self._draft_timer.start()
        self.draft_changed.emit(text)

    def flush_draft(self) -> None:
        """Seal the notes line now (before a lock, on closing)."""
        self._draft_timer.stop()
        self._draft.flush()

    # ---- time and outside changes -----------------------------------------------------

    def _schedule_tick(self) -> None:
        now = utc_now()
        self._tick_timer.start(1000 - now.microsecond // 1000 + 1)

    def _tick(self) -> None:
        if not self.active:
            return
        self.tick.emit(utc_now())
        self._schedule_tick()

    def _on_records_changed(self, kind: str) -> None:
        """Another screen saved something: reread what this hearing shows."""
        if self._saving or kind not in ("observation", "hearing") or not self.active:
            return
        notebook = self.session.notebook
        try:
            self.hearing = notebook.get_hearing(self.hearing_id)
            self._observations = notebook.list_observations(self.hearing_id)
        except TrialMonitorError:
            log.warning("live mode could not reread the hearing")
            return
        self.changed.emit()

    def _on_locked(self) -> None:
        # The draft was sealed on about_to_lock; nothing typed stays in memory.
        self._tick_timer.stop()
        self._draft_timer.stop()
        self._draft.text, self._draft.started, self._draft.dirty = "", None, False
        self._observations = []
        self.court_question = None
        self.court_question_changed.emit()
        self.changed.emit()

    def close(self) -> None:
        """Leaving live mode: seal the draft and stop the clock."""
        self.flush_draft()
        self._tick_timer.stop()
