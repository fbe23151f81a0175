"""What the coordinator's screen and commands work from, read in one go: the index of every
observer's records, each observer's status and what is missing from them, their names,
the trial links and the suggested ones, and the dashboard (its figures kept for next time).

`CoordinatorReading` decrypts every revision once, reporting progress by chunks and
stopping when cancelled, and works out each part from that reading on first use: a command
pays only for what it shows. `load_coordinator_data` works out all of it, for the
coordinator's window (off its UI thread); the tabs then answer every question from memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from monitor_app.core.coordination.dashboard_figures import Dashboard, work_out_dashboard
from monitor_app.core.coordination.dashboard_snapshot import save_snapshot, vault_state
from monitor_app.core.coordination.event_decisions import DecidedEvents, every_decided_event
from monitor_app.core.coordination.index import CoordinatorIndex, TrialGroup
from monitor_app.core.coordination.observer_status import (
    ObserverStatus,
    author_names,
    observer_statuses,
)
from monitor_app.core.coordination.trial_links import (
    LinkSuggestion,
    TrialLink,
    TrialLinks,
    suggest_links,
)
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.sync.export import CancelFlag, Progress, check_cancel
from monitor_app.core.sync.importer import Gaps, Importer
from monitor_app.core.vault.vault import Vault


@dataclass(frozen=True)
class CoordinatorData:
    index: CoordinatorIndex
    dashboard: Dashboard
    groups: tuple[TrialGroup, ...]
    statuses: tuple[ObserverStatus, ...]
    missing: Mapping[str, Gaps]  # author -> what is missing from them
    names: Mapping[str, str]  # author -> pseudonym
    links: tuple[TrialLink, ...]
    suggestions: tuple[LinkSuggestion, ...]
    # Every trial's events with the coordinators' decisions applied: what the timeline, the
    # sessions, the events tab and the dashboard count and show.
    events: DecidedEvents

    @property
    def titles(self) -> dict[str, str]:
        """Each group's title by group key."""
        return {g.key: g.title for g in self.groups}

    @property
    def trial_titles(self) -> dict[str, str]:
        """Each trial record's title by its id."""
        return {t.id: t.title for t in self.index.trials.values()}

    def group_key(self, trial_id: str) -> str:
        """The key of the group a trial (or a former group key) is in now ("" if gone)."""
        return self.index.group_of.get(trial_id, "")


class CoordinatorReading:
    """Every revision in ``vault``, decrypted once (seconds, at a hundred thousand), and what
    is worked out from them. Raises Cancelled when ``cancel`` is set: between chunks of the
    reading, and between the steps of `data`."""

    def __init__(
        self,
        vault: Vault,
        taxonomy: Taxonomy,
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
    ) -> None:
        self.vault = vault
        self.taxonomy = taxonomy
        self._progress = progress
        self._cancel = cancel
        self._state = vault_state(vault, taxonomy)  # before reading: see dashboard_snapshot
        self.revisions = RevisionStore(vault).read_all(self._read)

    def _read(self, done: int, total: int) -> None:
        check_cancel(self._cancel)
        if self._progress is not None:
            self._progress(done, total)

    @cached_property
    def index(self) -> CoordinatorIndex:
        return CoordinatorIndex.load(self.vault, self.taxonomy, self.revisions)

    @cached_property
    def events(self) -> DecidedEvents:
        """Every trial's events, the decisions applied (`event_decisions`)."""
        return every_decided_event(self.index)

    @cached_property
    def statuses(self) -> tuple[ObserverStatus, ...]:
        """From the chains as last verified (`author_state`); the revisions read spare
        decrypting again what has to be verified."""
        return tuple(observer_statuses(self.vault, self.revisions))

    @cached_property
    def importer(self) -> Importer:
        """What arrived from whom: the bundles received, and what is missing."""
        return Importer(self.vault)

    @cached_property
    def names(self) -> dict[str, str]:
        return author_names(self.vault)

    def dashboard(self) -> Dashboard:
        """Worked out, and kept so that the dashboard opens at once next time."""
        dashboard = work_out_dashboard(self.index, self.events)
        save_snapshot(self.vault, dashboard, self._state)
        return dashboard

    def data(self) -> CoordinatorData:
        """All of it, as the coordinator's window shows it."""
        index = self.index
        check_cancel(self._cancel)
        events = self.events
        check_cancel(self._cancel)
        dashboard = self.dashboard()
        check_cancel(self._cancel)
        statuses = self.statuses
        own = self.vault.observer_id
        missing = {s.author: self.importer.missing(s.author) for s in statuses if s.author != own}
        links = TrialLinks(self.vault).all()
        return CoordinatorData(
            index=index,
            dashboard=dashboard,
            groups=tuple(index.trial_groups()),
            statuses=statuses,
            missing=missing,
            names=self.names,
            links=tuple(links),
            suggestions=tuple(suggest_links(list(index.trials.values()), links)),
            events=events,
        )


def load_coordinator_data(
    vault: Vault,
    taxonomy: Taxonomy,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> CoordinatorData:
    """Everything the coordinator's window shows; run it off the UI thread."""
    return CoordinatorReading(vault, taxonomy, progress, cancel).data()
