"""The coordinator's Events tab: a trial's events as the app grouped them and the
coordinators decided (number, time, conditions, seen by N of M, state), the chosen one's
observations, differences and decisions side by side, and the coordinator's own decisions:
Confirm, Split…, Merge…, Reject, Annotate…. Each decision is a record of its own, signed
and synced like any other, never an edit of an observer's notes; after one the window reads
everything again and the row shows where the event now stands."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.event_decisions import (
    MAX_NOTE_CHARS,
    DecidedEvent,
    DecidedEvents,
    decide,
)
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.records.records import EventAction
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.models import CELL_CHARS, DATE_TIME, condition_label, local_time
from monitor_app.gui.common.navigation import show_dialog
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import (
    PlainLabel,
    SaveDialog,
    buddy_label,
    make_button,
    paragraph,
    sorted_table,
    text_box,
)
from monitor_app.gui.coordinator.event_detail import EventDetail
from monitor_app.gui.coordinator.event_models import (
    EventsModel,
)
from monitor_app.gui.coordinator.event_words import (
    event_label,
    event_tz,
    seen_by_text,
)
from monitor_app.gui.coordinator.models import (
    observer_name,
)
from monitor_app.gui.coordinator.widgets import CoordinatorPage, TrialCombo

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EventsPage(CoordinatorPage):
    def __init__(
        self,
        session: VaultSession,
        taxonomy: Taxonomy,
        lang: str,
        changed: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPage")
        self.session = session
        self.taxonomy = taxonomy
        self.lang = lang
        self._changed = changed
        self.data: CoordinatorData | None = None
        self.dialog: EventDecisionDialog | None = None  # the one open, if any
        self._keep = ""  # an observation of the event to choose again after a reload
        self.trial_combo = TrialCombo("eventsTrialCombo", self.tr("Trial"))
        self.trial_combo.currentIndexChanged.connect(self._trial_changed)
        self.model = EventsModel(taxonomy, lang, self)
        self.view, self.proxy = sorted_table(
            "eventsView",
            self.model,
            self.tr("The trial's events"),
            EventsModel.TIME,
            stretch=EventsModel.CONDITION,
            rows=3,
        )
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.detail = EventDetail("eventsEvent", taxonomy, lang, self)
        self.confirm_button = make_button(self.tr("&Confirm"), "confirmEventButton", self.confirm)
        self.split_button = make_button(self.tr("&Split…"), "splitEventButton", self.split)
        self.merge_button = make_button(self.tr("&Merge…"), "mergeEventButton", self.merge)
        self.reject_button = make_button(self.tr("&Reject"), "rejectEventButton", self.reject)
        self.annotate_button = make_button(
            self.tr("&Annotate…"), "annotateEventButton", self.annotate
        )
        self.status = MessageLabel("eventsStatus", self)

        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Trial:"), self.trial_combo))
        row.addWidget(self.trial_combo, 1)
        chosen = QGroupBox(self.tr("The chosen event"), self)
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.addWidget(self.detail, 1)
        chosen_layout.addWidget(
            button_row(
                self.confirm_button,
                self.split_button,
                self.merge_button,
                self.reject_button,
                self.annotate_button,
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "What observers recorded of one happening is one event, counted once. "
                    "Confirm, split, merge or reject the app's grouping, or add a note: each "
                    "decision is your own record, signed and sent with your bundles; no "
                    "observer's notes are changed."
                ),
                self,
            )
        )
        layout.addWidget(self.view, 3)
        layout.addWidget(chosen, 2)
        layout.addWidget(self.status)
        self._update_buttons()

    # ---- what is shown ----------------------------------------------------------------

    def show_data(self, data: CoordinatorData) -> None:
        self.data = data
        self.trial_combo.set_groups(data.groups, data)
        self.model.set_names(data.names)
        self.detail.set_names(data.names)
        self._trial_changed()

    def clear(self) -> None:
        self.data = None
        self.model.set_records([])
        self.detail.clear()
        if self.dialog is not None:
            self.dialog.reject()

    def choose(self, trial: str) -> None:
        self.trial_combo.choose(trial)

    def events(self) -> list[DecidedEvent]:
        """The events listed, in the order shown."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def chosen_event(self) -> DecidedEvent | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        event: DecidedEvent = self.model.record(self.proxy.mapToSource(index).row())
        return event

    def select(self, event_id: str) -> bool:
        """Choose the row of an event (by id) if it is listed."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.record(self.proxy.mapToSource(index).row()).id == event_id:
                self.view.selectRow(row)
                self.view.setCurrentIndex(index)
                return True
        return False

    def _trial_changed(self) -> None:
        data, key = self.data, self.trial_combo.key()
        events = list(data.events.of_group(key)) if data is not None and key else []
        self.model.set_records(events)
        kept = next((e for e in events if self._keep in e.event.member_ids), None)
        if kept is None or not self.select(kept.id):
            self.detail.show_nothing()
        self._update_buttons()

    def _chosen(self) -> None:
        event = self.chosen_event()
        self.detail.show_event(event)
        if event is not None:
            self._keep = event.event.members[0].observation.id
        self._update_buttons()

    def _update_buttons(self) -> None:
        event = self.chosen_event()
        for button in (self.confirm_button, self.reject_button, self.annotate_button):
            button.setEnabled(event is not None)
        self.split_button.setEnabled(event is not None and len(event.event.members) > 1)
        self.merge_button.setEnabled(event is not None and bool(self._others(event)))

    def _others(self, event: DecidedEvent | None) -> list[DecidedEvent]:
        """The other events of the chosen one's session: what it may be merged with."""
        if event is None or self.data is None:
            return []
        return [e for e in self.data.events.session_of(event) if e.id != event.id]

    # ---- deciding ---------------------------------------------------------------------

    def confirm(self) -> None:
        event = self.chosen_event()
        if event is not None:
            self._decide(EventAction.CONFIRM, event)

    def reject(self) -> None:
        event = self.chosen_event()
        if event is not None:
            self._decide(EventAction.REJECT, event)

    def _decide(self, action: EventAction, event: DecidedEvent) -> None:
        if not self.session.is_unlocked or self.data is None:
            return
        try:
            decide(self.session.notebook, self.data.events, action, [event.id])
        except TrialMonitorError as exc:
            self.status.show_error(error_text(exc))
            return
        self._decided(action)

    def split(self) -> None:
        self._open(SplitEventDialog)

    def merge(self) -> None:
        self._open(MergeEventsDialog)

    def annotate(self) -> None:
        self._open(AnnotateEventDialog)

    def _open(self, kind: type[EventDecisionDialog]) -> None:
        event = self.chosen_event()
        if event is None or self.data is None or not self.session.is_unlocked:
            return
        dialog = kind(
            self.session,
            self.data.events,
            event,
            others=self._others(event),
            lang=self.lang,
            parent=self,
        )
        dialog.set_names(self.data.names)
        dialog.decided.connect(self._decided)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = show_dialog(dialog)

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _decided(self, action: str) -> None:
        log.info("event decision saved")
        self.status.show_info(
            {
                EventAction.CONFIRM: self.tr("Confirmed. The window reads everything again."),
                EventAction.REJECT: self.tr(
                    "Rejected: counted and cited nowhere. Confirm it to undo."
                ),
                EventAction.ANNOTATE: self.tr("Your note is saved, under your name."),
                EventAction.SPLIT: self.tr("Split: they are an event of their own."),
                EventAction.MERGE: self.tr("Merged into one event."),
            }.get(EventAction(action), "")
        )
        self._changed()


# ---- the dialogs -------------------------------------------------------------------------


class EventDecisionDialog(SaveDialog):
    """A decision on the chosen event that takes more than a click: what it is about, a
    choice (in the subclasses' `build`), and a note (optional, but to annotate)."""

    decided = Signal(str)  # the EventAction saved
    ACTION = EventAction.ANNOTATE

    def __init__(
        self,
        session: VaultSession,
        events: DecidedEvents,
        chosen: DecidedEvent,
        *,
        others: Sequence[DecidedEvent] = (),
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.events = events
        self.chosen = chosen
        self.others = list(others)
        self.lang = lang
        self.names: dict[str, str] = {}
        self.taxonomy = session.notebook.taxonomy
        self.body = QWidget(self)
        self.body.setObjectName("eventDecisionBody")
        self.form = QVBoxLayout(self.body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.about = PlainLabel("", self.body)
        self.about.setObjectName("eventDecisionAbout")
        self.form.addWidget(self.about)
        self.note_edit = text_box("eventNoteEdit", self.tr("Note"), lines=3)
        self.note_edit.setPlaceholderText(self.tr("In your own words; shown under your name"))
        self.build()
        self.form.addWidget(buddy_label(self.note_label(), self.note_edit))
        self.form.addWidget(self.note_edit, 1)
        self.finish_layout(self.body)
        self.set_names({})

    def build(self) -> None:
        """The subclass's title, buttons and fields, above the note."""

    def note_label(self) -> str:
        return self.tr("&Note (optional):")

    def set_names(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.about.set_plain(self.describe(self.chosen))
        self.names_changed()

    def names_changed(self) -> None:
        """Refill what shows observers' names."""

    def describe(self, event: DecidedEvent) -> str:
        e = event.event
        conditions = ", ".join(condition_label(self.taxonomy, c, self.lang) for c in e.codes)
        return one_line(
            self.tr("{event} {when}: {conditions}; seen by {seen}.").format(
                event=event_label(event),
                when=local_time(e.start, event_tz(e), DATE_TIME),
                conditions=conditions,
                seen=seen_by_text(e),
            ),
            CELL_CHARS,
        )

    def note(self) -> str:
        return self.note_edit.toPlainText()[: MAX_NOTE_CHARS + 1]

    def references(self) -> list[str]:
        return [self.chosen.id]

    def members(self) -> list[str]:
        return []

    def save(self) -> None:
        decide(
            self.session.notebook,
            self.events,
            self.ACTION,
            self.references(),
            members=self.members(),
            note=self.note(),
        )
        self.decided.emit(self.ACTION.value)


def _checklist(object_name: str, accessible_name: str, parent: QWidget) -> QListWidget:
    listing = QListWidget(parent)
    listing.setObjectName(object_name)
    listing.setAccessibleName(accessible_name)
    return listing


def _add_checkable(listing: QListWidget, text: str, record_id: str) -> None:
    item = QListWidgetItem(one_line(text, CELL_CHARS), listing)
    item.setData(ID_ROLE, record_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)


def _checked(listing: QListWidget) -> list[str]:
    return [
        str(listing.item(row).data(ID_ROLE))
        for row in range(listing.count())
        if listing.item(row).checkState() == Qt.CheckState.Checked
    ]


class AnnotateEventDialog(EventDecisionDialog):
    ACTION = EventAction.ANNOTATE

    def build(self) -> None:
        self.setObjectName("annotateEventDialog")
        self.setWindowTitle(self.tr("Annotate an event"))
        self.ok_button.setText(self.tr("&Save note"))
        self.note_edit.setFocus()

    def note_label(self) -> str:
        return self.tr("&Note:")


class SplitEventDialog(EventDecisionDialog):
    """Choose the observations to split off into an event of their own: some, not all."""

    ACTION = EventAction.SPLIT

    def build(self) -> None:
        self.setObjectName("splitEventDialog")
        self.setWindowTitle(self.tr("Split an event"))
        self.ok_button.setText(self.tr("&Split"))
        self.members_list = _checklist(
            "splitMembersList", self.tr("Observations to split off"), self.body
        )
        self.members_list.itemChanged.connect(self._update_ok)
        self.form.addWidget(
            buddy_label(
                self.tr("&Observations to split off into an event of their own:"),
                self.members_list,
            )
        )
        self.form.addWidget(self.members_list, 2)

    def names_changed(self) -> None:
        self.members_list.blockSignals(True)
        self.members_list.clear()
        for member in self.chosen.event.members:
            tz = member.hearing.tz if member.hearing else "UTC"
            text = " · ".join(
                (
                    observer_name(self.names, member.observer),
                    local_time(member.at, tz, DATE_TIME),
                    condition_label(self.taxonomy, member.observation.code, self.lang),
                )
            )
            _add_checkable(self.members_list, text, member.observation.id)
        self.members_list.blockSignals(False)
        self._update_ok()

    def _update_ok(self) -> None:
        chosen = len(self.members())
        self.ok_button.setEnabled(0 < chosen < self.members_list.count())

    def members(self) -> list[str]:
        return _checked(self.members_list)


class MergeEventsDialog(EventDecisionDialog):
    """Choose the events of the same session to merge the chosen one with."""

    ACTION = EventAction.MERGE

    def build(self) -> None:
        self.setObjectName("mergeEventsDialog")
        self.setWindowTitle(self.tr("Merge events"))
        self.ok_button.setText(self.tr("&Merge"))
        self.events_list = _checklist(
            "mergeEventsList", self.tr("Events of the same session to merge with"), self.body
        )
        self.events_list.itemChanged.connect(self._update_ok)
        self.form.addWidget(
            buddy_label(
                self.tr("Merge it &with these events of the same session:"), self.events_list
            )
        )
        self.form.addWidget(self.events_list, 2)

    def names_changed(self) -> None:
        self.events_list.blockSignals(True)
        self.events_list.clear()
        for other in self.others:
            _add_checkable(self.events_list, self.describe(other), other.id)
        self.events_list.blockSignals(False)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(_checked(self.events_list)))

    def references(self) -> list[str]:
        return [self.chosen.id, *_checked(self.events_list)]
