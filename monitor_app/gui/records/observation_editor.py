"""The observation editor, generated from the taxonomy: the condition (category, then
item, with its description and the standards it engages), the item's own fields, when it
happened (and until when), severity, parties, what the court did, the source, the note,
and attachments: files and screen captures, sealed in the vault.

Files are read, and captures encoded, off the UI thread and held in memory until OK (the
attachments box, `observation_attachments`); the source file is never changed and a capture
never touches the disk unencrypted. On OK they are sealed in the vault by a task the editor's
busy bar runs: once the editor has closed, its answer reaches nothing.
"""

from __future__ import annotations

import itertools
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.error_messages import AS_GIVEN
from monitor_app.core.errors import TrialMonitorError, ValidationError
from monitor_app.core.records.form_drafts import FormKey, FormKind, FormState
from monitor_app.core.records.records import Attachment, Observation
from monitor_app.core.records.taxonomy import Item, label
from monitor_app.core.records.timeutil import from_utc_text, local_zone_name, utc_now
from monitor_app.gui.common.drafts import (
    FormDraftKeeper,
    flag_of,
    plain_values,
    set_wall_text,
    text_of,
    wall_text,
)
from monitor_app.gui.common.field_widgets import (
    CheckListModel,
    CheckListView,
    FieldsForm,
    choice_options,
    instant_from_wall_clock,
    make_datetime_edit,
    wall_clock,
)
from monitor_app.gui.common.i18n import ui_language
from monitor_app.gui.common.layout import fit_on_screen
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.progress import BusyBar
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.tasks import Task
from monitor_app.gui.common.widgets import CodeComboBox, PlainLabel, line_edit, text_box
from monitor_app.gui.records.observation_attachments import AttachmentsBox, PendingFile

log = logging.getLogger(__name__)

DEFAULT_CODE = "general.note"
DATETIME_WITH_SECONDS = "yyyy-MM-dd HH:mm:ss"


class ObservationEditor(QDialog):
    """A new observation of a hearing (or of a trial as a whole: ``parent_id`` is then the
    trial's id), or an edit of one (a new revision). After OK, `saved` is the observation."""

    def __init__(
        self,
        session: VaultSession,
        parent_id: str,
        observation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("observationEditor")
        self.session = session
        self.parent_id = parent_id
        notebook = session.notebook
        self.taxonomy = notebook.taxonomy
        self.lang = ui_language()
        self.current: Observation | None = (
            notebook.get_observation(observation_id) if observation_id else None
        )
        self.zone_name = self._zone()
        self.saved: Observation | None = None
        self.fields_form: FieldsForm | None = None
        self.drafts: FormDraftKeeper | None = None  # made once the form shows its values
        self.setWindowTitle(
            self.tr("New observation") if self.current is None else self.tr("Edit observation")
        )
        self._build()
        self._load()
        self._initial = self._values()
        # Everything typed here is drafted (sealed) as it is typed, so a crash loses none
        # of it; a lock saves it if it can be saved as it is (`_save_before_lock`).
        self.drafts = FormDraftKeeper(
            session,
            self,
            FormKey.for_form(FormKind.OBSERVATION, observation_id, parent_id),
            self.form_state,
            lambda: self.saved is not None and not self.dirty,
        )
        self.drafts.watch(self)
        self.drafts.restore(self.set_form_state, self.error)
        session.about_to_lock.connect(self._save_before_lock)
        session.locked.connect(self._close_after_lock)

    def _zone(self) -> str:
        """The zone times are typed in: the hearing's (kept with each observation)."""
        if self.current is not None and self.current.revision is not None:
            return self.current.revision.tz
        notebook = self.session.notebook
        if notebook.find(self.parent_id).kind == "hearing":
            return notebook.get_hearing(self.parent_id).tz
        return local_zone_name()

    # ---- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        self.category_combo.setAccessibleName(self.tr("Category"))
        for category in self.taxonomy.categories:
            self.category_combo.addItem(label(category.label, self.lang), category.code)
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("itemCombo")
        self.item_combo.setAccessibleName(self.tr("Condition"))
        for combo in (self.category_combo, self.item_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
        self.description = PlainLabel("", self)
        self.description.setObjectName("itemDescription")
        self.standards = PlainLabel("", self)
        self.standards.setObjectName("itemStandards")
        self.fields_group = QGroupBox(self.tr("Details of this condition"), self)
        self.fields_layout = QVBoxLayout(self.fields_group)

        self.at_edit = self._datetime_edit("atEdit", self.tr("Happened at"))
        self.interval_check = QCheckBox(self.tr("It &lasted a while (an interval)"), self)
        self.interval_check.setObjectName("intervalCheck")
        self.end_edit = self._datetime_edit("endEdit", self.tr("Lasted until"))
        self.still_going = QCheckBox(self.tr("&Still going"), self)
        self.still_going.setObjectName("stillGoingCheck")

        self._build_who()
        self.busy = BusyBar("sealingBusy", self)
        self.error = MessageLabel("errorLabel", self)
        self.files = AttachmentsBox(self.session, self.error, self)
        self.attachments = self.files.model
        self.files.file_added.connect(self._show_attachments)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self._lay_out()

        self.category_combo.currentIndexChanged.connect(self._category_chosen)
        self.item_combo.currentIndexChanged.connect(self._item_chosen)
        self.interval_check.toggled.connect(self._interval_changed)
        self.still_going.toggled.connect(self._interval_changed)
        self.reported_radio.toggled.connect(self.source_detail.setEnabled)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)

    def _build_who(self) -> None:
        not_recorded = {"": self.tr("— not recorded —")}
        self.severity_combo = CodeComboBox(
            not_recorded | dict(choice_options(self.taxonomy.severities, self.lang)),
            "severityCombo",
            self.tr("Severity"),
        )
        self.court_combo = CodeComboBox(
            not_recorded | dict(choice_options(self.taxonomy.court_responses, self.lang)),
            "courtResponseCombo",
            self.tr("What the court did meanwhile"),
        )
        self.parties = CheckListModel(choice_options(self.taxonomy.parties, self.lang), self)
        self.parties_view = CheckListView(self.parties, self)
        self.parties_view.setObjectName("partiesList")
        self.parties_view.setAccessibleName(self.tr("Affected parties"))
        self.direct_radio = QRadioButton(self.tr("Seen or heard it &myself"), self)
        self.direct_radio.setObjectName("directRadio")
        self.reported_radio = QRadioButton(self.tr("&Reported to me by:"), self)
        self.reported_radio.setObjectName("reportedRadio")
        source_group = QButtonGroup(self)
        source_group.addButton(self.direct_radio)
        source_group.addButton(self.reported_radio)
        self.source_detail = line_edit("sourceDetailEdit", self.tr("Who reported it"))
        self.quote_check = QCheckBox(self.tr("The note is a ver&batim quote"), self)
        self.quote_check.setObjectName("quoteCheck")
        self.note_edit = text_box("noteEdit", self.tr("Note"), lines=5)
        self.note_edit.setMaximumHeight(round(self.note_edit.minimumHeight() * 1.4))

    def _datetime_edit(self, name: str, accessible_name: str) -> QDateTimeEdit:
        edit = make_datetime_edit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible_name)
        edit.setDisplayFormat(DATETIME_WITH_SECONDS)  # live stamps are to the second
        return edit

    def _form(self, rows: list[tuple[str, QWidget]], box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in rows:
            if not text:
                form.addRow(field)
                continue
            caption = QLabel(text, box)
            caption.setWordWrap(True)
            caption.setBuddy(field)
            form.addRow(caption, field)
        return form

    def _lay_out(self) -> None:
        what = QGroupBox(self.tr("What happened"), self)
        self._form(
            [
                (self.tr("&Category:"), self.category_combo),
                (self.tr("C&ondition:"), self.item_combo),
                ("", self.description),
                ("", self.standards),
            ],
            what,
        )
        when = QGroupBox(self.tr("When"), self)
        zone_note = PlainLabel(
            self.tr("Times are the clock in {zone}.").format(zone=self.zone_name), self
        )
        self._form(
            [
                ("", zone_note),
                (self.tr("&Happened at:"), self.at_edit),
                ("", self.interval_check),
                (self.tr("Lasted &until:"), self.end_edit),
                ("", self.still_going),
            ],
            when,
        )
        who = QGroupBox(self.tr("Who and how"), self)
        source = QHBoxLayout()
        source.addWidget(self.reported_radio)
        source.addWidget(self.source_detail, 1)
        source_box = QWidget(self)
        source_box.setLayout(source)
        source.setContentsMargins(0, 0, 0, 0)
        self._form(
            [
                (self.tr("Se&verity:"), self.severity_combo),
                (self.tr("Affected &parties:"), self.parties_view),
                (self.tr("What the court &did meanwhile:"), self.court_combo),
                (self.tr("Source:"), self.direct_radio),
                ("", source_box),
            ],
            who,
        )
        note = QGroupBox(self.tr("Note"), self)
        note_layout = QVBoxLayout(note)
        note_layout.addWidget(self.note_edit)
        note_layout.addWidget(self.quote_check)

        body = QWidget(self)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (what, when, self.fields_group):
            left.addWidget(box)
        left.addStretch(1)
        for box in (who, note, self.files):
            right.addWidget(box)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("editorScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_on_screen(self, QSize(1000, 720))
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab in reading order, OK and Cancel last. Widgets made before they had a parent,
        and each condition's rebuilt fields, would otherwise join the chain at its end."""
        fields = (
            [
                widget
                for widget in self.fields_form.findChildren(QWidget)
                if widget.window() is self
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and widget.focusProxy() is None
            ]
            if self.fields_form is not None
            else []
        )
        chain = [
            self.category_combo, self.item_combo, self.at_edit, self.interval_check,
            self.end_edit, self.still_going, *fields, self.severity_combo, self.parties_view,
            self.court_combo, self.direct_radio, self.reported_radio, self.source_detail,
            self.note_edit, self.quote_check, self.files.view, self.files.add_file_button,
            self.files.capture_button, self.ok_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- showing values ---------------------------------------------------------------

    def _load(self) -> None:
        current = self.current
        now = utc_now().replace(microsecond=0)
        self.select_item(current.code if current else DEFAULT_CODE)
        self.at_edit.setDateTime(
            wall_clock(from_utc_text(current.at) if current else now, self.zone_name)
        )
        end = from_utc_text(current.end) if current and current.end else now
        self.end_edit.setDateTime(wall_clock(end, self.zone_name))
        self.interval_check.setChecked(bool(current and current.interval))
        self.still_going.setChecked(bool(current and current.is_open))
        self._apply_timing(force=current is None)
        self.severity_combo.set_code((current.severity if current else None) or "")
        self.court_combo.set_code((current.court_response if current else None) or "")
        self.parties.set_checked(current.parties if current else ())
        reported = bool(current and current.source == "reported")
        self.reported_radio.setChecked(reported)
        self.direct_radio.setChecked(not reported)
        self.source_detail.setEnabled(reported)
        self.source_detail.setText(current.source_detail if current else "")
        self.quote_check.setChecked(bool(current and current.quote))
        self.note_edit.setPlainText(current.text if current else "")
        if self.fields_form is not None and current is not None:
            self.fields_form.set_values(current.fields)
        self._show_attachments()

    def select_item(self, code: str) -> None:
        """Choose the condition ``code`` (its category first); its fields are built."""
        item = self.taxonomy.item(code)
        self.category_combo.setCurrentIndex(self.category_combo.findData(item.category))
        self._category_chosen()
        self.item_combo.setCurrentIndex(self.item_combo.findData(code))

    def _category_chosen(self) -> None:
        code = self.category_combo.currentData()
        if code is None:
            return
        self.item_combo.blockSignals(True)  # one rebuild of the fields, below
        self.item_combo.clear()
        for item in self.taxonomy.category(code).items:
            self.item_combo.addItem(label(item.label, self.lang), item.code)
        self.item_combo.setCurrentIndex(-1)
        self.item_combo.blockSignals(False)
        self.item_combo.setCurrentIndex(0)

    def _item(self) -> Item:
        return self.taxonomy.item(self.item_combo.currentData())

    def _item_chosen(self) -> None:
        if self.item_combo.currentData() is None:
            return
        item = self._item()
        self.description.set_plain(label(item.description, self.lang))
        self.standards.set_plain(
            self.tr("Standards: {standards}").format(standards="; ".join(item.standards))
            if item.standards
            else ""
        )
        kept = self.fields_form.values() if self.fields_form is not None else {}
        if self.fields_form is not None:
            self.fields_form.discard()
        self.fields_form = FieldsForm(item, self.taxonomy, self.lang, self.fields_group)
        self.fields_form.set_values({k: v for k, v in kept.items() if item.field_spec(k)})
        self.fields_layout.addWidget(self.fields_form)
        if self.drafts is not None:
            self.fields_form.changed.connect(self.drafts.changed)
        self._apply_timing(force=True)
        self._set_tab_order()

    def _apply_timing(self, force: bool) -> None:
        """A point-in-time condition is no interval, an interval one is; "either" leaves
        it to the observer. ``force``: the observer just chose the condition."""
        timing = self._item().timing
        if force and timing != "either":
            self.interval_check.setChecked(timing == "interval")
        fits = self.interval_check.isChecked() == (timing == "interval")
        self.interval_check.setEnabled(timing == "either" or not fits)
        self._interval_changed()

    def _interval_changed(self) -> None:
        interval = self.interval_check.isChecked()
        self.still_going.setEnabled(interval)
        self.end_edit.setEnabled(interval and not self.still_going.isChecked())

    def _show_attachments(self) -> None:
        saved: list[Attachment] = []
        if self.current is not None:
            saved = self.session.notebook.list_attachments(self.current.id)
        self.files.show_files(saved)

    # ---- reading values ---------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        """What the form says, as keyword arguments of `Notebook.update_observation`."""
        interval = self.interval_check.isChecked()
        end: datetime | None = None
        if interval and not self.still_going.isChecked():
            end = instant_from_wall_clock(self.end_edit.dateTime(), self.zone_name)
        reported = self.reported_radio.isChecked()
        return {
            "code": self.item_combo.currentData(),
            "at": instant_from_wall_clock(self.at_edit.dateTime(), self.zone_name),
            "end": end,
            "interval": interval,
            "severity": self.severity_combo.code() or None,
            "parties": tuple(self.parties.checked()),
            "court_response": self.court_combo.code() or None,
            "fields": self.fields_form.values() if self.fields_form is not None else {},
            "text": self.note_edit.toPlainText(),
            "quote": self.quote_check.isChecked(),
            "source": "reported" if reported else "direct",
            "source_detail": self.source_detail.text() if reported else "",
        }

    @property
    def pending(self) -> list[PendingFile]:
        """Files and captures read, waiting to be sealed with the observation on OK."""
        return self.files.pending

    @pending.setter
    def pending(self, files: list[PendingFile]) -> None:
        self.files.pending = files

    @property
    def dirty(self) -> bool:
        return bool(self.pending) or self._values() != self._initial

    # ---- saving -----------------------------------------------------------------------

    def _save_observation(self) -> Observation:
        """Add the observation, or save a new revision if anything changed."""
        missing = self.fields_form.missing_required() if self.fields_form is not None else []
        if missing:
            fill_in = self.tr("Fill in: {fields}.").format(fields=", ".join(missing))
            raise ValidationError(AS_GIVEN, text=fill_in)
        values = self._values()
        notebook = self.session.notebook
        if self.current is None:
            code, at = values.pop("code"), values.pop("at")
            observation = notebook.add_observation(self.parent_id, code, at, **values)
        elif values != self._initial:
            observation = notebook.update_observation(self.current.id, **values)
        else:
            return self.current
        self.current = self.saved = observation
        self._initial = self._values()
        self.session.changed("observation")
        return observation

    def save_and_close(self) -> None:
        """OK: save, then seal the waiting attachments off the UI thread, then close. A
        refusal is shown in the dialog, which stays open with what was typed."""
        if self.busy.is_busy:
            return
        try:
            observation = self._save_observation()
        except TrialMonitorError as error:
            log.info("observation refused: %s", type(error).__name__)
            self.error.show_error(error_text(error))
            return
        self.saved = observation
        if not self.pending:
            self.accept()
            return
        self._seal_pending(observation.id)

    def _seal_pending(self, observation_id: str) -> None:
        notebook = self.session.notebook
        waiting = list(self.pending)
        sealed: list[PendingFile] = []

        def seal() -> int:
            for file in waiting:
                notebook.add_attachment(observation_id, file.filename, file.data, file.media_type)
                sealed.append(file)
            return len(sealed)

        def done(_count: object) -> None:
            self._finish_sealing(sealed)
            self.accept()

        def failed(message: str) -> None:
            self._finish_sealing(sealed)
            self.error.show_error(message)

        self.error.show_info(self.tr("Sealing the attachments in the vault…"))
        # Closing the editor stops the bar (see `done`): a lock meanwhile, say, and the
        # answer reaches neither callback.
        self.busy.run(
            seal,
            done,
            failed,
            (self.buttons, self.files.add_file_button, self.files.capture_button),
        )

    def _finish_sealing(self, sealed: list[PendingFile]) -> None:
        self.pending = [p for p in self.pending if p not in sealed]
        if sealed:
            self.session.changed("attachment")
        self.error.clear_message()
        if self.session.is_unlocked:
            self._show_attachments()

    # ---- the form's draft: what a crash must not lose ---------------------------------

    def form_state(self) -> FormState:
        """What the form shows, as plain values (the times as the form's wall clock)."""
        return {
            "code": self.item_combo.currentData(),
            "at": wall_text(self.at_edit),
            "interval": self.interval_check.isChecked(),
            "end": wall_text(self.end_edit),
            "still_going": self.still_going.isChecked(),
            "fields": plain_values(self.fields_form.values() if self.fields_form else {}),
            "severity": self.severity_combo.code(),
            "parties": list(self.parties.checked()),
            "court_response": self.court_combo.code(),
            "source": "reported" if self.reported_radio.isChecked() else "direct",
            "source_detail": self.source_detail.text(),
            "text": self.note_edit.toPlainText(),
            "quote": self.quote_check.isChecked(),
        }

    def set_form_state(self, state: FormState) -> None:
        """Show a state `form_state` gave (a draft's); what it lacks is left as shown."""
        code = text_of(state, "code")
        if code is not None and code in {item.code for item in self.taxonomy.items()}:
            self.select_item(code)
        fields = state.get("fields")
        if isinstance(fields, dict) and self.fields_form is not None:
            self.fields_form.set_values(fields)
        set_wall_text(self.at_edit, state.get("at"))
        set_wall_text(self.end_edit, state.get("end"))
        for check, name in ((self.interval_check, "interval"), (self.still_going, "still_going")):
            flag = flag_of(state, name)
            if flag is not None:
                check.setChecked(flag)
        self._apply_timing(force=False)
        combos = ((self.severity_combo, "severity"), (self.court_combo, "court_response"))
        for combo, name in combos:
            value = text_of(state, name)
            if value is not None:
                combo.set_code(value)
        parties = state.get("parties")
        if isinstance(parties, list):
            self.parties.set_checked(str(p) for p in parties)
        source = text_of(state, "source")
        if source is not None:
            self.reported_radio.setChecked(source == "reported")
            self.direct_radio.setChecked(source != "reported")
        detail = text_of(state, "source_detail")
        if detail is not None:
            self.source_detail.setText(detail)
        text = text_of(state, "text")
        if text is not None:
            self.note_edit.setPlainText(text)
        quote = flag_of(state, "quote")
        if quote is not None:
            self.quote_check.setChecked(quote)

    def _save_before_lock(self) -> None:
        """An auto-lock or panic lock: keep what was typed if it can be saved as it is;
        otherwise it stays sealed as a draft (`drafts`) for the next unlock."""
        if self.busy.is_busy or not self.dirty:
            return
        try:
            observation = self._save_observation()
            for file in self.pending:
                self.session.notebook.add_attachment(
                    observation.id, file.filename, file.data, file.media_type
                )
        except TrialMonitorError as error:
            log.warning("observation editor not saved before lock: %s", type(error).__name__)
            return
        self.pending = []
        log.info("observation editor saved before lock")

    def _close_after_lock(self) -> None:
        # Not `reject` itself: a connection to a C++ slot overridden in Python outlives
        # the editor's deletion, and the next lock would call it on a deleted editor.
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy.is_busy:
            event.ignore()  # the attachments are being sealed; OK closes when they are
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.busy.is_busy and self.session.is_unlocked:
            return
        super().reject()

    def done(self, result: int) -> None:
        # Closed by a lock (the workspace closes its dialogs as the lock begins, maybe
        # before the editor heard of it): save what can be saved; the draft keeps the rest.
        # Saved or cancelled on purpose, the draft has served (`drafts`, on `finished`).
        if self.session.locking:
            self._save_before_lock()
        # Closed: the editor stops listening, so a later lock saves nothing that was
        # cancelled; a sealing still under way answers no one.
        self.session.disconnect(self)
        self.busy.stop()
        self.files.stop()  # nothing read or captured stays in memory
        super().done(result)

    # ---- attachments ------------------------------------------------------------------

    def add_file(self, path: Path) -> Task | None:
        """Read ``path`` off the UI thread; it is sealed with the observation on OK."""
        return self.files.add_file(path)
