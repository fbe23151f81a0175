"""The coordinator's Trials tab: each trial once across observers (linked trial records as
one), who observed it, trials that look like the same one (to link), and the links made
(to undo). A link changes no one's records: it only says two of them are one trial."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from monitor_app.core.coordination.coordinator_data import CoordinatorData
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import TrialMonitorError
from monitor_app.gui.common.layout import button_row
from monitor_app.gui.common.messages import MessageLabel, error_text
from monitor_app.gui.common.session import VaultSession
from monitor_app.gui.common.widgets import make_button, paragraph, selected_id, sorted_table
from monitor_app.gui.coordinator.models import LinksModel, SuggestionsModel, TrialGroupsModel
from monitor_app.gui.coordinator.widgets import CoordinatorPage

log = logging.getLogger(__name__)


class TrialsPage(CoordinatorPage):
    def __init__(
        self, session: VaultSession, changed: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trialsPage")
        self.session = session
        self._changed = changed
        self.groups = TrialGroupsModel(self)
        self.groups_view, self.groups_proxy = sorted_table(
            "trialGroupsView",
            self.groups,
            self.tr("Trials across observers"),
            TrialGroupsModel.TITLE,
            stretch=TrialGroupsModel.OBSERVERS,
            rows=3,
        )
        suggested = QGroupBox(self.tr("The same trial?"), self)
        self.suggestions = SuggestionsModel(self)
        self.suggestions_view, self.suggestions_proxy = sorted_table(
            "linkSuggestionsView",
            self.suggestions,
            self.tr("Trials that look like the same one"),
            SuggestionsModel.FIRST,
            stretch=SuggestionsModel.REASON,
            rows=2,
        )
        self.link_button = make_button(
            self.tr("&Link as one trial"), "linkTrialsButton", self.link_selected
        )
        box = QVBoxLayout(suggested)
        box.addWidget(
            paragraph(
                self.tr(
                    "Observers record the same trial each on their own. Link their records "
                    "to report them as one trial; nobody's notes are changed."
                ),
                suggested,
            )
        )
        box.addWidget(self.suggestions_view, 1)
        box.addWidget(button_row(self.link_button))
        linked = QGroupBox(self.tr("Linked trials"), self)
        self.links = LinksModel(self)
        self.links_view, self.links_proxy = sorted_table(
            "trialLinksView",
            self.links,
            self.tr("Linked trials"),
            LinksModel.CREATED,
            stretch=LinksModel.SECOND,
            rows=2,
        )
        self.unlink_button = make_button(
            self.tr("&Unlink"), "unlinkTrialsButton", self.unlink_selected
        )
        box = QVBoxLayout(linked)
        box.addWidget(self.links_view, 1)
        box.addWidget(button_row(self.unlink_button))
        self.status = MessageLabel("linkStatus", self)
        for view in (self.suggestions_view, self.links_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.groups_view, 2)
        layout.addWidget(suggested, 1)
        layout.addWidget(linked, 1)
        layout.addWidget(self.status)
        self._update_buttons()

    def show_data(self, data: CoordinatorData) -> None:
        for model in (self.groups, self.suggestions, self.links):
            model.set_names(data.names)
        self.groups.set_records(data.groups)
        self.suggestions.set_records(data.suggestions)
        self.links.set_links(data.links, data.trial_titles)
        if (
            self.suggestions.rowCount()
            and not self.suggestions_view.selectionModel().hasSelection()
        ):
            self.suggestions_view.selectRow(0)
        self._update_buttons()

    def clear(self) -> None:
        for model in (self.groups, self.suggestions, self.links):
            model.set_records([])

    def _update_buttons(self) -> None:
        self.link_button.setEnabled(self.suggestions_view.selectionModel().hasSelection())
        self.unlink_button.setEnabled(self.links_view.selectionModel().hasSelection())

    def link_selected(self) -> None:
        chosen = selected_id(self.suggestions_view)
        if chosen:
            first, _sep, second = chosen.partition(":")
            self._change(
                lambda links: links.link(first, second),
                self.tr("Linked: the two now report as one trial."),
            )

    def unlink_selected(self) -> None:
        chosen = selected_id(self.links_view)
        if chosen:
            first, _sep, second = chosen.partition(":")
            self._change(
                lambda links: links.unlink(first, second),
                self.tr("Unlinked: they report as two trials again."),
            )

    def _change(self, change: Callable[[TrialLinks], object], done: str) -> None:
        if not self.session.is_unlocked:
            return
        try:
            change(TrialLinks(self.session.vault))
        except TrialMonitorError as exc:
            self.status.show_error(error_text(exc))
            return
        log.info("trial links changed")
        self.status.show_info(done)
        self._changed()
