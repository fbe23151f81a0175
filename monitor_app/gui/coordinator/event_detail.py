"""One event up close, as the timeline, the sessions view and the events tab show it: its
observations as each observer recorded them, where the observers differ side by side (one
column per observer), and the decisions on it, each under its author's name."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QHeaderView, QTabWidget, QVBoxLayout, QWidget

from monitor_app.core.coordination.event_decisions import DecidedEvent, TimelineRow
from monitor_app.core.coordination.index import Observed
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.gui.common.count_words import counted
from monitor_app.gui.common.widgets import PlainLabel, show_rows, sorted_table
from monitor_app.gui.coordinator.event_models import (
    DecisionsModel,
    DifferencesModel,
    MembersModel,
)
from monitor_app.gui.coordinator.event_words import (
    seen_by_text,
    state_label,
)
from monitor_app.gui.coordinator.models import (
    observer_name,
)


class EventDetail(QWidget):
    """The chosen event (or entry in no event): its observations, differences, decisions.
    ``prefix`` names its widgets apart on each tab ("timelineEvent" ...)."""

    def __init__(
        self, prefix: str, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Detail")
        self.names: Mapping[str, str] = {}
        self.summary = PlainLabel("", self)
        self.summary.setObjectName(f"{prefix}Summary")
        self.members = MembersModel(taxonomy, lang, self)
        self.members_view, _proxy = sorted_table(
            f"{prefix}MembersView",
            self.members,
            self.tr("Its observations, as each observer recorded them"),
            MembersModel.TIME,
            stretch=MembersModel.NOTE,
            rows=2,
        )
        self.differences = DifferencesModel(taxonomy, lang, self)
        self.differences_view, differences_proxy = sorted_table(
            f"{prefix}DifferencesView",
            self.differences,
            self.tr("Where the observers differ, side by side"),
            DifferencesModel.ASPECT,
            stretch=DifferencesModel.ASPECT,
            rows=2,
        )
        self.differences_view.setSortingEnabled(False)
        differences_proxy.sort(-1)  # the aspects in their own order: condition, start, end …
        # One column per observer: each as wide as what it shows, the last taking the rest.
        header = self.differences_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.decisions = DecisionsModel(self)
        self.decisions_view, _ = sorted_table(
            f"{prefix}DecisionsView",
            self.decisions,
            self.tr("Decisions on it, each by its author"),
            DecisionsModel.WHEN,
            stretch=DecisionsModel.NOTE,
            rows=2,
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName(f"{prefix}Tabs")
        self.tabs.addTab(self.members_view, self.tr("Observations"))
        self.tabs.addTab(self.differences_view, self.tr("Where they differ"))
        self.tabs.addTab(self.decisions_view, self.tr("Decisions and notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.show_nothing()

    def set_names(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.members.set_names(names)
        self.decisions.set_names(names)

    def show_nothing(self) -> None:
        self.summary.set_plain(self.tr("Choose a row to see its observations side by side."))
        self._fill((), None)

    def show_row(self, row: TimelineRow | None) -> None:
        if row is None:
            self.show_nothing()
        elif row.event is not None:
            self.show_event(row.event)
        else:
            self.summary.set_plain(self.tr("A free note: context, in no event."))
            self._fill(row.entries, None)

    def show_event(self, event: DecidedEvent | None) -> None:
        if event is None:
            self.show_nothing()
            return
        e = event.event
        seen = self.tr("Seen by {seen} observers present ({state}).").format(
            seen=seen_by_text(e), state=state_label(event.state)
        )
        parts = [f"{event.label}: {seen}" if event.label else seen]
        if event.decided_by:
            parts.append(
                self.tr("Decided by {name}.").format(
                    name=observer_name(self.names, event.decided_by)
                )
            )
        joined = len(event.joined_since)
        if joined:
            parts.append(
                counted(
                    self.tr(
                        "%n observation(s) joined since: no one has decided on them.", "", joined
                    ),
                    "%n observation(s) joined since: no one has decided on them.",
                    joined,
                )
            )
        self.summary.set_plain(" ".join(parts))
        self._fill(e.members, event)

    def _fill(
        self, entries: tuple[Observed, ...] | list[Observed], event: DecidedEvent | None
    ) -> None:
        self.members.set_records(list(entries))
        self.differences.set_event(event.event if event else None, self.names)
        self.decisions.set_records(list(event.decisions) if event else [])
        has_differences = bool(event and event.event.differences)
        self.tabs.setTabEnabled(1, has_differences)
        self.tabs.setTabEnabled(2, bool(event and event.decisions))

    def clear(self) -> None:
        self.show_nothing()


def fit_detail(detail: EventDetail, rows: int = 2) -> None:
    """Keep room for ``rows`` rows in each of the detail's tables."""
    for view in (detail.members_view, detail.differences_view, detail.decisions_view):
        show_rows(view, rows)
