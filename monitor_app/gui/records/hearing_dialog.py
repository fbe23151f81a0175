"""Creating and editing a hearing, and recording that one was postponed or adjourned.

Times are typed as the courtroom's clock shows them, in the hearing's own zone; the zone
chosen is what they are read in, so changing it never shifts what was typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from monitor_app.core.records.form_drafts import FormKey, FormKind, FormState
from monitor_app.core.records.records import NOT_HELD, Attendance, Hearing, HearingMode
from monitor_app.core.records.timeutil import local_zone_name, zone
from monitor_app.core.records.zones import country_zones, default_zone
from monitor_app.gui.common.drafts import (
    flag_of,
    set_wall_text,
    text_of,
    wall_text,
)
from monitor_app.gui.common.models import ATTENDANCE, MODES, STATUSES, TYPES, code_labels
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import (
    CodeComboBox,
    PlainLabel,
    SaveDialog,
    ZoneComboBox,
    ZonedDateTimeEdit,
    line_edit,
    lines_of,
    text_box,
)

# How an observer most likely attends a hearing of each mode (a hybrid one: either way).
ATTENDANCE_FOR_MODE: dict[str, Attendance] = {
    HearingMode.IN_PERSON: Attendance.IN_PERSON,
    HearingMode.REMOTE: Attendance.REMOTE,
}


def _form_page(rows: list[tuple[str | QLabel, QWidget]]) -> QWidget:
    page = QWidget()
    form = QFormLayout(page)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for text, field in rows:
        if isinstance(text, QLabel):
            text.setBuddy(field)
        form.addRow(text, field)
    return page


class HearingDialog(SaveDialog):
    """New hearing of a trial (``hearing_id`` None) or an edit of one; `saved` is the
    saved hearing."""

    def __init__(
        self,
        session: VaultSession,
        trial_id: str,
        hearing_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hearingDialog")
        self.session = session
        self.trial_id = trial_id
        self.hearing_id = hearing_id
        self.saved: Hearing | None = None
        self.setWindowTitle(
            self.tr("New hearing") if hearing_id is None else self.tr("Edit hearing")
        )
        self.zone_combo = ZoneComboBox("zoneCombo", self)
        # The trial's country's zones come first, and a new hearing is in one of them.
        country = session.notebook.get_trial(trial_id).country
        self.zone_combo.offer_first(country_zones(country))
        self.zone_combo.set_zone_name(default_zone(country, local_zone_name()))
        tz = self.zone_combo.zone_name()
        self.scheduled_start = ZonedDateTimeEdit("scheduledStart", self.tr("Scheduled start"), tz)
        self.scheduled_end = ZonedDateTimeEdit(
            "scheduledEnd", self.tr("Scheduled end"), tz, optional=True
        )
        self.actual_start = ZonedDateTimeEdit(
            "actualStart", self.tr("Actual start"), tz, optional=True
        )
        self.actual_end = ZonedDateTimeEdit("actualEnd", self.tr("Actual end"), tz, optional=True)
        self.type_combo = CodeComboBox(code_labels(TYPES), "hearingTypeCombo", self.tr("Type"))
        self.type_combo.set_code("trial")
        self.mode_combo = CodeComboBox(code_labels(MODES), "modeCombo", self.tr("Mode"))
        self.status_combo = CodeComboBox(code_labels(STATUSES), "statusCombo", self.tr("Status"))
        self.attendance_combo = CodeComboBox(
            code_labels(ATTENDANCE), "attendanceCombo", self.tr("How you attend")
        )
        self.mode_combo.currentIndexChanged.connect(self._follow_mode)
        self.zone_combo.editTextChanged.connect(self._show_zone)
        self.platform_edit = line_edit(
            "platformEdit",
            self.tr("Platform"),
            self.tr("For remote hearings: Zoom, the court's own system…"),
        )
        self.venue_edit = line_edit(
            "venueEdit", self.tr("Venue"), self.tr("Court building and courtroom")
        )
        self.judges_edit = text_box("judgesEdit", self.tr("Judges"))
        self.judges_edit.setPlaceholderText(self.tr("One per line"))
        self.prosecutor_edit = line_edit("prosecutorEdit", self.tr("Prosecutor"))
        self.counsel_edit = text_box("defenceCounselEdit", self.tr("Defence counsel"))
        self.counsel_edit.setPlaceholderText(self.tr("One per line"))
        self.language_edit = line_edit("languageEdit", self.tr("Language of the hearing"))
        self.interpreter_edit = line_edit("interpreterEdit", self.tr("Interpreter"))
        self.notes_edit = text_box("notesEdit", self.tr("Notes"), lines=8)

        tabs = QTabWidget(self)
        tabs.setObjectName("hearingTabs")
        tabs.addTab(
            _form_page(
                [
                    (self.tr("Time &zone:"), self.zone_combo),
                    (self.tr("&Scheduled start:"), self.scheduled_start),
                    (self.tr("Scheduled &end:"), self.scheduled_end),
                    (self.tr("&Actual start:"), self.actual_start),
                    (self.tr("Act&ual end:"), self.actual_end),
                    (self.tr("T&ype:"), self.type_combo),
                    (self.tr("&Mode:"), self.mode_combo),
                    (self.tr("S&tatus:"), self.status_combo),
                    (self.tr("You atte&nd:"), self.attendance_combo),
                    (self.tr("P&latform:"), self.platform_edit),
                    (self.tr("&Venue:"), self.venue_edit),
                ]
            ),
            self.tr("&When and where"),
        )
        tabs.addTab(
            _form_page(
                [
                    (self.tr("&Judges:"), self.judges_edit),
                    (self.tr("P&rosecutor:"), self.prosecutor_edit),
                    (self.tr("&Defence counsel:"), self.counsel_edit),
                    (self.tr("Lan&guage:"), self.language_edit),
                    (self.tr("&Interpreter:"), self.interpreter_edit),
                ]
            ),
            self.tr("&People"),
        )
        tabs.addTab(_form_page([(self.tr("&Notes:"), self.notes_edit)]), self.tr("N&otes"))
        self.finish_layout(tabs)

        if hearing_id is not None:
            self._load(session.notebook.get_hearing(hearing_id))
        self.zone_combo.setFocus()
        key = FormKey.for_form(FormKind.HEARING, hearing_id, trial_id)
        self.keep_drafts(session, key, lambda: self.saved is not None)

    def _follow_mode(self) -> None:
        """How you attend follows the mode chosen (a remote hearing is watched remotely)."""
        attendance = ATTENDANCE_FOR_MODE.get(self.mode_combo.code())
        if attendance is not None:
            self.attendance_combo.set_code(attendance)

    def _show_zone(self) -> None:
        for edit in self._times():
            edit.set_zone(self.zone_combo.zone_name())

    def _times(self) -> tuple[ZonedDateTimeEdit, ...]:
        return (self.scheduled_start, self.scheduled_end, self.actual_start, self.actual_end)

    def _load(self, hearing: Hearing) -> None:
        self.zone_combo.set_zone_name(hearing.tz)
        times = (
            hearing.scheduled_start,
            hearing.scheduled_end,
            hearing.actual_start,
            hearing.actual_end,
        )
        for edit, value in zip(self._times(), times, strict=True):
            edit.set_zone(hearing.tz)
            edit.set_value(value)
        self.type_combo.set_code(hearing.hearing_type)
        self.mode_combo.set_code(hearing.mode)
        self.status_combo.set_code(hearing.status)
        self.attendance_combo.set_code(hearing.attendance)
        self.platform_edit.setText(hearing.platform)
        self.venue_edit.setText(hearing.venue)
        self.judges_edit.setPlainText("\n".join(hearing.judges))
        self.prosecutor_edit.setText(hearing.prosecutor)
        self.counsel_edit.setPlainText("\n".join(hearing.defence_counsel))
        self.language_edit.setText(hearing.language)
        self.interpreter_edit.setText(hearing.interpreter)
        self.notes_edit.setPlainText(hearing.notes)

    def save(self) -> None:
        tz = self.zone_combo.zone_name()
        zone(tz)  # an unknown zone is refused with the core's message
        for edit in self._times():
            edit.set_zone(tz)
        start = self.scheduled_start.instant()
        fields: dict[str, Any] = {
            "scheduled_end": self.scheduled_end.value(),
            "actual_start": self.actual_start.value(),
            "actual_end": self.actual_end.value(),
            "hearing_type": self.type_combo.code(),
            "status": self.status_combo.code(),
            "attendance": self.attendance_combo.code(),
            "platform": self.platform_edit.text(),
            "venue": self.venue_edit.text(),
            "judges": tuple(lines_of(self.judges_edit)),
            "prosecutor": self.prosecutor_edit.text(),
            "defence_counsel": tuple(lines_of(self.counsel_edit)),
            "language": self.language_edit.text(),
            "interpreter": self.interpreter_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }
        notebook = self.session.notebook
        if self.hearing_id is None:
            self.saved = notebook.add_hearing(
                self.trial_id, start, self.mode_combo.code(), tz, **fields
            )
        else:
            self.saved = notebook.update_hearing(
                self.hearing_id,
                scheduled_start=start,
                mode=self.mode_combo.code(),
                tz=tz,
                **fields,
            )
        self.session.changed("hearing")

    # ---- the form's draft ---------------------------------------------------------------

    def _draft_codes(self) -> dict[str, CodeComboBox]:
        # The mode before how you attend: choosing a mode sets how you attend.
        return {
            "hearing_type": self.type_combo,
            "mode": self.mode_combo,
            "status": self.status_combo,
            "attendance": self.attendance_combo,
        }

    def _draft_texts(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "platform": self.platform_edit,
            "venue": self.venue_edit,
            "judges": self.judges_edit,
            "prosecutor": self.prosecutor_edit,
            "defence_counsel": self.counsel_edit,
            "language": self.language_edit,
            "interpreter": self.interpreter_edit,
            "notes": self.notes_edit,
        }

    def _draft_times(self) -> dict[str, ZonedDateTimeEdit]:
        names = ("scheduled_start", "scheduled_end", "actual_start", "actual_end")
        return dict(zip(names, self._times(), strict=True))

    def form_state(self) -> FormState:
        """What the form shows, as plain values (the times as the zone's wall clock)."""
        state: FormState = {"tz": self.zone_combo.zone_name()}
        for name, combo in self._draft_codes().items():
            state[name] = combo.code()
        for name, edit in self._draft_texts().items():
            state[name] = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        for name, time in self._draft_times().items():
            state[name] = wall_text(time.edit)
            if time.known is not None:
                state[name + "_known"] = time.known.isChecked()
        return state

    def set_form_state(self, state: FormState) -> None:
        tz = text_of(state, "tz")
        if tz is not None:
            self.zone_combo.set_zone_name(tz)
        for name, combo in self._draft_codes().items():
            code = text_of(state, name)
            if code is not None:
                combo.set_code(code)
        for name, edit in self._draft_texts().items():
            text = text_of(state, name)
            if text is None:
                continue
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
        for name, time in self._draft_times().items():
            set_wall_text(time.edit, state.get(name))
            known = flag_of(state, name + "_known")
            if time.known is not None and known is not None:
                time.known.setChecked(known)
                time.edit.setEnabled(known)


class PostponeDialog(SaveDialog):
    """Record that a hearing was postponed, adjourned or cancelled: why, at whose
    request, and the next date if one was announced."""

    def __init__(
        self, session: VaultSession, hearing_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("postponeDialog")
        self.session = session
        self.hearing_id = hearing_id
        self.saved: Hearing | None = None
        self.setWindowTitle(self.tr("Hearing did not go ahead"))
        hearing = session.notebook.get_hearing(hearing_id)
        statuses = code_labels(STATUSES)
        self.status_combo = CodeComboBox(
            {code.value: statuses[code] for code in NOT_HELD},
            "postponeStatusCombo",
            self.tr("What happened"),
        )
        self.reason_edit = text_box("postponeReasonEdit", self.tr("Reason given"), lines=4)
        self.requested_edit = line_edit(
            "requestedByEdit",
            self.tr("Requested by"),
            self.tr("The court, the prosecution, the defence…"),
        )
        self.next_date = ZonedDateTimeEdit(
            "nextDate", self.tr("Next hearing"), hearing.tz, optional=True
        )
        if hearing.status in NOT_HELD:
            self.status_combo.set_code(hearing.status)
            self.reason_edit.setPlainText(hearing.postponement_reason)
            self.requested_edit.setText(hearing.postponement_requested_by)
            self.next_date.set_value(hearing.next_date)
        # The zone comes from the record: shown in a plain-text label, never as markup.
        next_label = PlainLabel(self.tr("&Next hearing ({zone}):").format(zone=hearing.tz))
        page = _form_page(
            [
                (self.tr("&What happened:"), self.status_combo),
                (self.tr("&Reason given:"), self.reason_edit),
                (self.tr("Requested &by:"), self.requested_edit),
                (next_label, self.next_date),
            ]
        )
        self.finish_layout(page)
        self.status_combo.setFocus()

    def save(self) -> None:
        self.saved = self.session.notebook.postpone_hearing(
            self.hearing_id,
            self.reason_edit.toPlainText(),
            self.requested_edit.text(),
            self.next_date.value(),
            self.status_combo.code(),
        )
        self.session.changed("hearing")
