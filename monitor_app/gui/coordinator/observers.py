"""The coordinator's Observers tab: each observer (contact or author) with the bundles
received, the last one's time, what is missing, whether their hash chain holds and what
waits in quarantine; and the real name the coordinator notes for a contact."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.observer_status import ObserverStatus
from monitor_app.core.errors import TrialMonitorError
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.textsafe import one_line
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import (
    PlainLabel,
    buddy_label,
    fit_columns_capped,
    line_edit,
    make_button,
    paragraph,
    select_id,
    selected_id,
    sorted_table,
)
from monitor_app.gui.coordinator.models import ObserversModel
from monitor_app.gui.coordinator.widgets import CoordinatorPage

log = logging.getLogger(__name__)


class ObserversPage(CoordinatorPage):
    def __init__(
        self, session: VaultSession, changed: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("observersPage")
        self.session = session
        self._changed = changed
        self.model = ObserversModel(self)
        self.view, self.proxy = sorted_table(
            "observersView",
            self.model,
            self.tr("Observers"),
            ObserversModel.NAME,
            stretch=ObserversModel.GAPS,
            rows=4,
        )
        # Names and what is missing may be long: the chain and quarantine stay in view,
        # and a name is cut short only where it is longer than most.
        fit_columns_capped(self.view, ObserversModel.GAPS, chars=40)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.chosen = PlainLabel("", self)
        self.chosen.setObjectName("realNameFor")
        self.real_name_edit = line_edit(
            "realNameEdit", self.tr("Real name"), self.tr("Only for you: kept encrypted here")
        )
        self.real_name_edit.returnPressed.connect(self.save_real_name)
        self.save_button = make_button(
            self.tr("&Save real name"), "saveRealNameButton", self.save_real_name
        )
        self.status = MessageLabel("realNameStatus", self)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Real name:"), self.real_name_edit))
        row.addWidget(self.real_name_edit, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Everyone whose notes are in this vault, and every contact: the bundles "
                    "received from them, what is still missing from their numbering, and "
                    "whether their chain of changes is intact."
                ),
                self,
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.chosen)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A real name stays in this vault. Reports show it only when you ask for "
                    "it in a private report; a public report never does."
                ),
                self,
            )
        )
        layout.addWidget(self.status)
        self._selection_changed()

    def show_data(self, data: CoordinatorData) -> None:
        chosen = selected_id(self.view)
        self.model.set_names(data.names)
        self.model.set_statuses(data.statuses, data.missing)
        if chosen:
            select_id(self.view, self.proxy, self.model, chosen)
        self._selection_changed()

    def clear(self) -> None:
        self.model.set_statuses([], {})
        self.real_name_edit.clear()

    def selected(self) -> ObserverStatus | None:
        author = selected_id(self.view)
        row = self.model.row_of(author) if author else None
        return self.model.record(row) if row is not None else None

    def select(self, author: str) -> bool:
        return select_id(self.view, self.proxy, self.model, author)

    def _selection_changed(self) -> None:
        status = self.selected()
        editable = status is not None and status.is_contact
        self.real_name_edit.setEnabled(editable)
        self.save_button.setEnabled(editable)
        if status is None:
            self.chosen.set_plain(self.tr("Choose a contact to note their real name."))
            self.real_name_edit.clear()
        elif not status.is_contact:
            self.chosen.set_plain(self.tr("{name} is not a contact.").format(name=status.name))
            self.real_name_edit.clear()
        else:
            self.chosen.set_plain(self.tr("Contact: {name}").format(name=status.name))
            self.real_name_edit.setText(one_line(status.real_name))

    def save_real_name(self) -> None:
        status = self.selected()
        if status is None or not status.is_contact or not self.session.is_unlocked:
            return
        try:
            Contacts(self.session.vault).set_real_name(status.author, self.real_name_edit.text())
        except TrialMonitorError as exc:
            self.status.show_error(error_text(exc))
            return
        log.info("real name noted for a contact")
        self.status.show_info(self.tr("Noted. Reports show it only when you ask for real names."))
        self._changed()
