"""The detail panel beside live mode's log: the optional details of the observation just
stamped (what the court did meanwhile, severity, parties, a comment, the condition's own
fields), saved a moment after the last change and never taking the keyboard focus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import TrialMonitorError, UnknownCode
from monitor_app.core.records.records import Observation
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.gui.common.field_widgets import (
    CheckListModel,
    CheckListView,
    FieldsForm,
    choice_options,
)
from monitor_app.gui.common.messages import error_text
from monitor_app.gui.common.models import condition_label, local_time
from monitor_app.gui.common.widgets import PlainLabel, make_button, text_box
from monitor_app.gui.live.clock import TIME_FORMAT, lasted, scaled_font
from monitor_app.gui.live.controller import LiveController

DETAILS_DELAY_MS = 1500  # detail panel edits are saved this long after the last change


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
        buttons.addWidget(make_button(self.tr("S&ave details"), "saveDetailsButton", self.save))
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

        self.controller.court_question_changed.connect(self._show_court_choice)
        self.court.chosen.connect(self._edited)
        self.severity.chosen.connect(self._edited)
        self.parties.dataChanged.connect(self._edited)
        self.comment.textChanged.connect(self._edited)

    def show_observation(self, observation: Observation, status: str = "") -> None:
        """Offer ``observation``'s details under a ``status`` line. (Once an interval stops,
        live mode asks about the court in full view, `widgets.CourtQuestion`; the choice
        here is for changing the answer later.)"""
        self.flush()
        self._show(observation)
        self.status.set_plain(status)

    def _show(self, observation: Observation) -> None:
        self._loading = True
        try:
            self.shown = observation
            self.heading.set_plain(self._heading(observation))
            self._show_court_choice()
            self.court.set_value(observation.court_response)
            self.severity.set_value(observation.severity)
            self.parties.set_checked(observation.parties)
            self.comment.setPlainText(observation.text)
            self._show_fields(observation)
        finally:
            self._loading = False

    def _show_court_choice(self) -> None:
        """The court's response for an interval, unless live mode is asking it in full
        view just now (`widgets.CourtQuestion`): one question on screen, not two."""
        shown = self.shown
        asked = self.controller.court_question
        visible = shown is not None and shown.interval and (asked is None or asked.id != shown.id)
        self.court_question.setVisible(visible)
        self.court.setVisible(visible)

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
                lasted=lasted(observation.at, observation.end),
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
        # Only a choice made here: the court question may have answered meanwhile.
        if self.shown.interval and self.court.value() != self.shown.court_response:
            changes["court_response"] = self.court.value()
        if self.fields is not None:
            changes["fields"] = self.fields.values()
        try:
            self.shown = self.controller.update_details(self.shown.id, **changes)
        except TrialMonitorError as error:
            # Shown in place; the panel keeps what was typed.
            self.status.set_plain(error_text(error))
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
