"""Live hearing mode: the screen an observer works in while a hearing runs.

`LiveController` holds every action (quick conditions, time-stamped note lines, details,
the half-typed line's draft, running intervals, totals) without widgets; the full screen
(`LiveHearingWidget`) and the compact logger are two views of one controller.

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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import TrialMonitorError, UnknownCode, ValidationError
from ..core.records import Hearing, Observation
from ..core.taxonomy import Taxonomy, label
from ..core.textsafe import one_line
from ..core.timeutil import from_utc_text, in_zone, local_zone_name, to_utc_text, utc_now
from ..core.totals import HearingTotals, hearing_totals
from .clock import TIME_FORMAT, ClockWidget, date_text, format_elapsed, scaled_font
from .field_widgets import CheckListModel, CheckListView, FieldsForm, choice_options, ui_language
from .models import ObservationsModel, local_time
from .quick_conditions import QuickPad, quick_condition
from .session import VaultSession
from .widgets import PlainLabel, line_edit, make_button, make_table_view, show_error, text_box

log = logging.getLogger(__name__)

NOTE_CODE = "general.note"
OUTAGE_CODE = "remote.connection_lost"  # the outage timer follows this condition
NO_STAMP = "--:--:--"
DRAFT_DELAY_MS = 1000  # the notes line is sealed this long after the last key
DETAILS_DELAY_MS = 1500  # detail panel edits are saved this long after the last change


def draft_key(hearing_id: str) -> str:
    return f"live-note:{hearing_id}"


def draft_started_key(hearing_id: str) -> str:
    """Where the time the draft line was started is sealed, beside its text."""
    return f"live-note-started:{hearing_id}"


def condition_label(taxonomy: Taxonomy, code: str, lang: str) -> str:
    """A condition's name in ``lang``; for a code this taxonomy lacks (from a newer one,
    in a bundle), the code itself, made safe to show."""
    try:
        return label(taxonomy.item(code).label, lang)
    except UnknownCode:
        return one_line(code)


def seconds_between(start_text: str, end: datetime) -> float:
    return (end - from_utc_text(start_text)).total_seconds()


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

    def running(self, code: str) -> Observation | None:
        """The latest open interval of ``code``, if one is running."""
        return next((o for o in reversed(self._observations) if o.is_open and o.code == code), None)

    def observation(self, observation_id: str) -> Observation | None:
        return next((o for o in self._observations if o.id == observation_id), None)

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
            observation = notebook.stop_interval(running.id, at)
        else:
            parties = condition.parties if condition else ()
            observation = notebook.add_observation(
                self.hearing_id, code, at, interval=interval, parties=parties
            )
        self._stored(observation)
        return observation

    def stop(self, observation_id: str, at: datetime | None = None) -> Observation:
        """End any open interval of this hearing now (or at ``at``)."""
        at = at or utc_now()
        observation = self.session.notebook.stop_interval(observation_id, at)
        self._stored(observation)
        return observation

    def log_line(self, text: str, at: datetime | None = None) -> Observation:
        """Save a time-stamped note line at once. ``at`` defaults to when the line was
        started; the draft is cleared once the line is safely saved."""
        text = text.strip()
        if not text:
            raise ValidationError(self.tr("Type the note first."))
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
        kept = [o for o in self._observations if o.id != observation.id]
        kept.append(observation)
        self._observations = sorted(kept, key=lambda o: (o.at, o.id))
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
        self.changed.emit()

    def close(self) -> None:
        """Leaving live mode: seal the draft and stop the clock."""
        self.flush_draft()
        self._tick_timer.stop()


# ---- pieces both live views use ----------------------------------------------------------


def warn(parent: QWidget, error: TrialMonitorError) -> None:
    """A save the vault refused: say so calmly; what was typed stays where it was."""
    show_error(parent, str(error), QCoreApplication.translate("LiveMode", "Not saved"))


def outage_text(controller: LiveController, now: datetime) -> str:
    running = controller.running(OUTAGE_CODE)
    if running is None:
        return QCoreApplication.translate("LiveMode", "No outage running")
    elapsed = format_elapsed(seconds_between(running.at, now))
    return QCoreApplication.translate("LiveMode", "Outage {elapsed}").format(elapsed=elapsed)


class OutageLabel(QLabel):
    """The running connection outage ("Outage 00:03:12"), updated every second."""

    def __init__(
        self, controller: LiveController, factor: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outageLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.controller = controller
        self._fonts = (scaled_font(self.font(), factor), scaled_font(self.font(), factor, True))
        self.setFont(self._fonts[False])
        # Methods, not lambdas: Qt disconnects them when this label goes (the compact
        # logger closes while the controller lives on).
        controller.tick.connect(self.show_time)
        controller.changed.connect(self.show_now)
        self.show_now()

    def show_now(self) -> None:
        self.show_time(utc_now())

    def show_time(self, now: datetime) -> None:
        running = self.controller.running(OUTAGE_CODE) is not None
        self.setText(outage_text(self.controller, now) if self.controller.active else "")
        if self.font().bold() != running:
            self.setFont(self._fonts[running])


class NotesBar(QWidget):
    """The notes line and the time stamp its line will get; Enter saves the line."""

    def __init__(
        self, controller: LiveController, edit_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stamp = QLabel(self)
        self.stamp.setObjectName("noteStamp")
        self.stamp.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = line_edit(edit_name, self.tr("Note"))
        self.edit.setParent(self)
        self.edit.setPlaceholderText(self.tr("Type a note; Enter saves it with the time you began"))
        self.edit.setText(controller.draft)
        self.stamp.setToolTip(self.tr("The time the line will be saved with"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stamp)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(controller.set_draft)
        self.edit.returnPressed.connect(self.save_line)
        controller.draft_changed.connect(self._mirror)
        self._show_stamp()

    def _mirror(self, text: str) -> None:
        """The line was typed in the other view: show the same text here."""
        if self.edit.text() != text:
            self.edit.setText(text)
        self._show_stamp()

    def _show_stamp(self) -> None:
        started = self.controller.line_started
        if started is None or not self.controller.active:
            self.stamp.setText(NO_STAMP)
        else:
            self.stamp.setText(
                local_time(to_utc_text(started), self.controller.zone_name, TIME_FORMAT)
            )

    def save_line(self) -> None:
        if not self.edit.text().strip():
            return
        try:
            self.controller.log_line(self.edit.text())
        except TrialMonitorError as error:
            warn(self, error)  # the text stays in the line and in its draft

    def clear(self) -> None:
        """Drop what the line shows (after a lock); the draft was sealed before."""
        self.edit.clear()
        self.stamp.setText(NO_STAMP)


# ---- the full live screen ----------------------------------------------------------------


class LiveLogModel(ObservationsModel):
    """The hearing's observations, oldest first, stamped to the second; running intervals
    count up. New lines are inserted (not a reset) so the view keeps selection and scroll."""

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QObject | None = None) -> None:
        super().__init__(taxonomy, lang, with_date=False, parent=parent)
        self._now = utc_now()

    def display(self, record: Observation, column: int) -> str:
        if column == self.TIME:
            return local_time(record.at, self._tz(record), TIME_FORMAT)
        if column == self.END and record.is_open:
            elapsed = format_elapsed(seconds_between(record.at, self._now))
            return self.tr("running {elapsed}").format(elapsed=elapsed)
        if column == self.END and record.end:
            lasted = format_elapsed(seconds_between(record.at, from_utc_text(record.end)))
            end = local_time(record.end, self._tz(record), TIME_FORMAT)
            return f"{end} ({lasted})"
        return super().display(record, column)

    def set_records(self, records: Sequence[Observation]) -> None:
        new = list(records)
        old = self._records
        if [o.id for o in new[: len(old)]] != [o.id for o in old]:
            super().set_records(new)
            return
        last_column = self.columnCount() - 1
        for row, (before, after) in enumerate(zip(old, new, strict=False)):
            if before.revision != after.revision:
                old[row] = after
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            old.extend(new[len(old) :])
            self.endInsertRows()

    def set_now(self, now: datetime) -> None:
        """Move the running intervals' timers on."""
        self._now = now
        for row, observation in enumerate(self._records):
            if observation.is_open:
                cell = self.index(row, self.END)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])


class ChoiceButtons(QWidget):
    """One of a few choices as radio buttons, none chosen at first; `chosen` on a click."""

    chosen = Signal()

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        vertical: bool,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.group = QButtonGroup(self)
        self._codes: list[str] = []
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, (code, text) in enumerate(options):
            button = QRadioButton(text, self)
            button.setObjectName(f"{name}_{code}")
            self.group.addButton(button, number)
            layout.addWidget(button)
            self._codes.append(code)
        if not vertical:
            layout.addStretch(1)
        self.group.idClicked.connect(lambda _id: self.chosen.emit())

    def value(self) -> str | None:
        number = self.group.checkedId()
        return self._codes[number] if number >= 0 else None

    def set_value(self, code: str | None) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot clear its last choice
        for number, button in enumerate(self.group.buttons()):
            button.setChecked(code is not None and self._codes[number] == code)
        self.group.setExclusive(True)


def keep_typing_focus(widget: QWidget) -> None:
    """Clicking ``widget``'s buttons, lists and choices must leave the keyboard focus where
    the observer is typing; Tab still reaches them. Text fields take focus when clicked."""
    for child in [widget, *widget.findChildren(QWidget)]:
        typing = isinstance(child, QLineEdit | QPlainTextEdit | QAbstractSpinBox)
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus and not typing:
            child.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class DetailPanel(QGroupBox):
    """Optional details of the observation just stamped: for an interval, what the court
    did meanwhile; severity, parties, a comment and the condition's own fields.

    Showing it never takes the keyboard focus. Edits are saved a moment after the last
    change, on "Save details", before a lock and before another observation replaces it."""

    editor_requested = Signal(str)  # an observation id: open the full editor
    hide_requested = Signal()

    def __init__(
        self, controller: LiveController, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setTitle(self.tr("Details (optional)"))
        self.controller = controller
        self.lang = lang
        self.shown: Observation | None = None
        self.fields: FieldsForm | None = None
        self._pending = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DETAILS_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build(controller.taxonomy)
        keep_typing_focus(self)

    def _build(self, taxonomy: Taxonomy) -> None:
        lang = self.lang
        self.heading = PlainLabel("", self)
        self.heading.setObjectName("detailHeading")
        self.heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.court_question = QLabel(self.tr("What did the court do meanwhile?"), self)
        self.court_question.setWordWrap(True)
        self.court = ChoiceButtons(
            choice_options(taxonomy.court_responses, lang), True, "courtResponse", self
        )
        self.severity = ChoiceButtons(
            choice_options(taxonomy.severities, lang), False, "severity", self
        )
        self.parties = CheckListModel(choice_options(taxonomy.parties, lang), self)
        self.parties_view = CheckListView(self.parties, self)
        self.parties_view.setObjectName("detailParties")
        self.parties_view.setAccessibleName(self.tr("Affected parties"))
        self.comment = text_box("detailCommentEdit", self.tr("Comment"), lines=3)
        self.comment.setParent(self)
        self.comment.setMaximumHeight(self.comment.minimumHeight())
        self.fields_holder = QVBoxLayout()
        self.status = PlainLabel("", self)
        self.status.setObjectName("detailStatus")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow side panel
        form.addRow(self.court_question)
        form.addRow(self.court)
        form.addRow(QLabel(self.tr("Severity:"), self), self.severity)
        for text, field in (
            (self.tr("Affected &parties:"), self.parties_view),
            (self.tr("Co&mment:"), self.comment),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            form.addRow(caption, field)
        buttons = QHBoxLayout()
        buttons.addWidget(make_button(self.tr("&Save details"), "saveDetailsButton", self.save))
        buttons.addWidget(
            make_button(self.tr("All &details…"), "detailEditorButton", self._more_clicked)
        )
        buttons.addStretch(1)
        top = QHBoxLayout()  # "Hide" beside the heading keeps the panel narrow
        top.addWidget(self.heading, 1)
        hide = make_button(self.tr("&Hide"), "hideDetailsButton", self._hide_clicked)
        top.addWidget(hide, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addLayout(self.fields_holder)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.court.chosen.connect(self._edited)
        self.severity.chosen.connect(self._edited)
        self.parties.dataChanged.connect(self._edited)
        self.comment.textChanged.connect(self._edited)

    def show_observation(
        self, observation: Observation, status: str = "", ask_court: bool = False
    ) -> None:
        """Offer ``observation``'s details under a ``status`` line; ``ask_court`` (once an
        interval has stopped) puts the question about the court in bold."""
        self.flush()
        self._show(observation)
        self.court_question.setFont(scaled_font(self.font(), 1.0, bold=ask_court))
        self.status.set_plain(status)

    def _show(self, observation: Observation) -> None:
        self._loading = True
        try:
            self.shown = observation
            self.heading.set_plain(self._heading(observation))
            self.court_question.setVisible(observation.interval)
            self.court.setVisible(observation.interval)
            self.court.set_value(observation.court_response)
            self.severity.set_value(observation.severity)
            self.parties.set_checked(observation.parties)
            self.comment.setPlainText(observation.text)
            self._show_fields(observation)
        finally:
            self._loading = False

    def _heading(self, observation: Observation) -> str:
        name = condition_label(self.controller.taxonomy, observation.code, self.lang)
        zone_name = self.controller.zone_name
        start = local_time(observation.at, zone_name, TIME_FORMAT)
        if observation.is_open:
            return self.tr("{condition} — since {start}").format(condition=name, start=start)
        if observation.interval and observation.end:
            return self.tr("{condition} — {start} to {end} ({lasted})").format(
                condition=name,
                start=start,
                end=local_time(observation.end, zone_name, TIME_FORMAT),
                lasted=format_elapsed(
                    seconds_between(observation.at, from_utc_text(observation.end))
                ),
            )
        return self.tr("{condition} — {start}").format(condition=name, start=start)

    def _show_fields(self, observation: Observation) -> None:
        if self.fields is not None and self.fields.item.code != observation.code:
            self.fields.discard()
            self.fields = None
        if self.fields is None:
            try:
                item = self.controller.taxonomy.item(observation.code)
            except UnknownCode:
                return
            if not item.fields:
                return
            self.fields = FieldsForm(item, self.controller.taxonomy, self.lang, self)
            self.fields.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            self.fields.changed.connect(self._edited)
            keep_typing_focus(self.fields)
            self.fields_holder.addWidget(self.fields)
        self.fields.set_values(observation.fields)

    def refresh(self) -> None:
        """The shown observation was saved elsewhere (stopped, edited): show it as saved,
        unless there are edits here not yet saved."""
        if self.shown is None or self._pending:
            return
        current = self.controller.observation(self.shown.id)
        if current is None:
            self.shown = None
            self.hide_requested.emit()
        elif current.revision != self.shown.revision:
            self._show(current)

    def _edited(self) -> None:
        if self._loading or self.shown is None:
            return
        self._pending = True
        self.status.set_plain(self.tr("Changed; saving in a moment…"))
        self._timer.start()

    def flush(self) -> None:
        """Save edits not yet saved (a new revision only if something changed)."""
        self._timer.stop()
        if not self._pending or self.shown is None or not self.controller.active:
            return
        self._pending = False
        changes: dict[str, Any] = {
            "severity": self.severity.value(),
            "parties": tuple(self.parties.checked()),
            "text": self.comment.toPlainText().strip(),
        }
        if self.shown.interval:
            changes["court_response"] = self.court.value()
        if self.fields is not None:
            changes["fields"] = self.fields.values()
        try:
            self.shown = self.controller.update_details(self.shown.id, **changes)
        except TrialMonitorError as error:
            self.status.set_plain(str(error))  # shown in place; the panel keeps what was typed
            return
        self.status.set_plain(self.tr("Details saved."))

    def save(self) -> None:
        """ "Save details": save now, then step aside."""
        self._pending = self.shown is not None
        self.flush()
        if self.shown is not None and not self._pending:
            self.hide_requested.emit()

    def _more_clicked(self) -> None:
        self.flush()
        if self.shown is not None:
            self.editor_requested.emit(self.shown.id)

    def _hide_clicked(self) -> None:
        self.flush()
        self.hide_requested.emit()

    def clear(self) -> None:
        """Forget what was shown (after a lock)."""
        self._timer.stop()
        self._pending = False
        self.shown = None
        self._loading = True
        try:
            self.comment.clear()
            self.parties.set_checked(())
            self.heading.clear()
            self.status.clear()
        finally:
            self._loading = False
        if self.fields is not None:
            self.fields.discard()
            self.fields = None


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
            self.tr("Compact &logger"), "compactLoggerButton", self.open_compact_logger
        )
        self.compact_button.setToolTip(self.tr("A small window on top, beside the video call"))
        self.leave_button = make_button(self.tr("Lea&ve live mode"), "leaveLiveButton", self.leave)
        self.hearing_clock = ClockWidget(controller.zone_name, self.tr("Hearing time"), self)
        self.hearing_clock.setObjectName("hearingClock")
        self.local_clock = ClockWidget(local_zone_name(), self.tr("Your time"), self)
        self.local_clock.setObjectName("localClock")
        self.outage = OutageLabel(controller, 1.6, self)
        self.totals_label = PlainLabel("", self)
        self.totals_label.setObjectName("totalsLabel")
        self.pad = QuickPad(controller, compact=False, columns=4, parent=self)
        self.model = LiveLogModel(controller.taxonomy, self.lang, self)
        self.view = make_table_view(
            "liveLogView", self.model, self.tr("Time-stamped observations"), sortable=False
        )
        for column in (LiveLogModel.TIME, LiveLogModel.END, LiveLogModel.CONDITION):
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.edit_button = make_button(
            self.tr("&Edit details…"), "editDetailsButton", self._edit_selected
        )
        self.stop_button = make_button(
            self.tr("S&top interval"), "stopIntervalButton", self._stop_selected
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
        status.addWidget(self.outage)
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
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes)
        self.setFocusProxy(self.notes)

    def _connect(self) -> None:
        controller = self.controller
        self.view.doubleClicked.connect(lambda _index: self._edit_selected())
        self.view.clicked.connect(lambda _index: self._row_chosen())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rowsInserted.connect(lambda *_: self.view.scrollToBottom())
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
                lost=format_elapsed(totals.minutes_lost * 60),
                defendant=format_elapsed(totals.minutes_defendant_could_not_follow * 60),
                continued=format_elapsed(totals.minutes_continued_regardless * 60),
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
        self.panel.show_observation(observation, status, ask_court=stopped)
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
            warn(self, error)
            return
        self._stamped(observation)

    def _edit_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.open_editor(selected.id)

    def open_editor(self, observation_id: str | None) -> QDialog:
        """The full observation editor, beside live mode (logging goes on meanwhile)."""
        from .observation_editor import ObservationEditor

        self.panel.flush()
        # Parented to the window, not to live mode: leaving live mode keeps it open.
        hearing_id = self.controller.hearing_id
        editor = ObservationEditor(self.session, hearing_id, observation_id, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def open_compact_logger(self) -> QWidget:
        from .compact_logger import CompactLogger

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
        log.info("live mode left")
        self.closed.emit()

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

    def hideEvent(self, event: QHideEvent) -> None:
        self._seal()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._seal()
        self.controller.close()
        super().closeEvent(event)
