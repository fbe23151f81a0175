"""What the coordinator's screen and commands work from: the index of the observers'
records, each observer's status and what is missing from them, their names, the trial
links and the suggested ones, and the dashboard (its figures kept for next time).

A reading decrypts what it needs once, reporting progress by chunks and stopping when
cancelled, and works out each part from it on first use: a command pays only for what it
shows. What it needs is one trial at a time, as a rule (``trial``): every trial, hearing
and aftermath record (the lists of trials, what is coming up, the restrictions: a few
thousand at a programme's scale) and everything filed under that trial's group; a
programme's hundred thousand observations are read whole only for what counts across
every trial, and then trial by trial (`current_dashboard`), so memory holds one trial's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from monitor_app.core.coordination.dashboard_figures import (
    Dashboard,
    combined_dashboard,
    work_out_dashboard,
)
from monitor_app.core.coordination.dashboard_snapshot import (
    DashboardSnapshot,
    load_snapshot,
    save_snapshot,
    vault_state,
)
from monitor_app.core.coordination.event_decisions import DecidedEvents, every_decided_event
from monitor_app.core.coordination.figures_across import group_tallies
from monitor_app.core.coordination.findings import SittingTally
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
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.records import Trial
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.sync.arrivals import Gaps
from monitor_app.core.sync.export import CancelFlag, Progress, check_cancel
from monitor_app.core.sync.importer import Importer
from monitor_app.core.vault.vault import Vault

ALL_TRIALS = "*"  # a reading of every trial (a `CoordinatorReading`'s scope)
# Read for every trial when one trial is: the lists of trials, their hearings (the
# sessions, what is coming up) and what followed each verdict (the restrictions).
OVERVIEW_KINDS = ("trial", "hearing", "sentence", "proceeding")


@dataclass(frozen=True)
class CoordinatorData:
    # Every trial, hearing and aftermath record, and everything filed under the trial
    # group ``scope`` (under every trial when it is `ALL_TRIALS`): the timelines, sessions,
    # events and findings of other trials are not in it (`has_trial`).
    index: CoordinatorIndex
    scope: str
    # None when the kept figures are not current and the reading was of one trial: the
    # window works them out trial by trial meanwhile (`current_dashboard`).
    dashboard: Dashboard | None
    groups: tuple[TrialGroup, ...]
    statuses: tuple[ObserverStatus, ...]
    missing: Mapping[str, Gaps]  # author -> what is missing from them
    names: Mapping[str, str]  # author -> pseudonym
    links: tuple[TrialLink, ...]
    suggestions: tuple[LinkSuggestion, ...]
    # The events of the trials read, with the coordinators' decisions applied: what the
    # timeline, the sessions, the events tab and the dashboard count and show.
    events: DecidedEvents
    # The figures across every trial as kept, when current (else worked out apart).
    programme: ProgrammeFigures | None = None
    # The figures kept at the last working out, current or not: shown "as of" their time
    # while they are worked out again.
    kept: DashboardSnapshot | None = None

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

    def has_trial(self, key: str) -> bool:
        """Whether the group ``key``'s observations, sessions and events were read."""
        return self.scope == ALL_TRIALS or (bool(key) and self.group_key(key) == self.scope)


class CoordinatorReading:
    """The revisions a coordinator's view needs, decrypted once, and what is worked out
    from them: every revision held (``trial`` None: seconds, at a hundred thousand), or the
    overview and the trial group of ``trial`` ("" for the first in the list). Raises
    Cancelled when ``cancel`` is set: between chunks of the reading, and between the steps
    of `data`; RecordNotFound for a trial not held."""

    def __init__(
        self,
        vault: Vault,
        taxonomy: Taxonomy,
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
        *,
        trial: str | None = None,
    ) -> None:
        self.vault = vault
        self.taxonomy = taxonomy
        self._progress = progress
        self._cancel = cancel
        self._state = vault_state(vault, taxonomy)  # before reading: see dashboard_snapshot
        store = RevisionStore(vault)
        if trial is None:
            self.scope = ALL_TRIALS
            self.revisions = store.read_all(self._read)
            return
        overview = store.read_kinds(OVERVIEW_KINDS)
        check_cancel(cancel)
        self.scope, self.revisions = _with_trial(vault, taxonomy, overview, trial, self._read)

    def _read(self, done: int, total: int) -> None:
        check_cancel(self._cancel)
        if self._progress is not None:
            self._progress(done, total)

    @cached_property
    def index(self) -> CoordinatorIndex:
        return CoordinatorIndex.load(self.vault, self.taxonomy, self.revisions)

    @cached_property
    def events(self) -> DecidedEvents:
        """The events of the trials read, the decisions applied (`event_decisions`)."""
        read = None if self.scope == ALL_TRIALS else [self.scope] if self.scope else []
        return every_decided_event(self.index, groups=read)

    @cached_property
    def statuses(self) -> tuple[ObserverStatus, ...]:
        """From the chains as last verified (`author_state`); every revision read spares
        decrypting again what has to be verified."""
        every = self.revisions if self.scope == ALL_TRIALS else None
        return tuple(observer_statuses(self.vault, every))

    @cached_property
    def importer(self) -> Importer:
        """What arrived from whom: the bundles received, and what is missing."""
        return Importer(self.vault)

    @cached_property
    def names(self) -> dict[str, str]:
        return author_names(self.vault)

    @cached_property
    def kept(self) -> DashboardSnapshot | None:
        """The figures kept at the last working out (current or not), read once."""
        return load_snapshot(self.vault, sittings=True)

    def dashboard(self) -> Dashboard | None:
        """The kept figures if current; else, of a reading of every trial, worked out and
        kept (so that the dashboard opens at once next time); else None."""
        kept = self.kept
        if kept is not None and kept.is_current(self._state):
            return kept.dashboard
        if self.scope != ALL_TRIALS:
            return None
        dashboard = work_out_dashboard(self.index, self.events)
        save_snapshot(self.vault, dashboard, self._state)
        return dashboard

    def programme(self) -> ProgrammeFigures | None:
        """The figures across every trial as kept, if they are current."""
        return ProgrammeFigures.kept(self.kept, self._state)

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
        missing = self.importer.missing_of(s.author for s in statuses if s.author != own)
        links = TrialLinks(self.vault).all()
        return CoordinatorData(
            index=index,
            scope=self.scope,
            dashboard=dashboard,
            groups=tuple(index.trial_groups()),
            statuses=statuses,
            missing=missing,
            names=self.names,
            links=tuple(links),
            suggestions=tuple(suggest_links(list(index.trials.values()), links)),
            events=events,
            programme=self.programme(),
            kept=self.kept,
        )


def overview_index(vault: Vault, taxonomy: Taxonomy) -> CoordinatorIndex:
    """Every trial, hearing and aftermath record, and no observation: enough for the
    lists of trials, the sessions held, the restrictions and what is coming up."""
    overview = RevisionStore(vault).read_kinds(OVERVIEW_KINDS)
    with cycle_collector_paused():
        return CoordinatorIndex(overview, TrialLinks(vault).all(), taxonomy, vault.observer_id)


def _with_trial(
    vault: Vault,
    taxonomy: Taxonomy,
    overview: list[Revision],
    trial: str,
    progress: Progress | None,
) -> tuple[str, list[Revision]]:
    """The group key of ``trial`` (of the first group listed, for "") and the overview's
    revisions with everything filed under that group's trials."""
    trials = [r for r in overview if r.kind == Trial.KIND]  # the groups, from these alone
    with cycle_collector_paused():
        groups = CoordinatorIndex(trials, TrialLinks(vault).all(), taxonomy, vault.observer_id)
    if trial:
        key = groups.group(trial).key  # RecordNotFound if not held
        ids = groups.group(key).ids
    else:
        first = next(iter(groups.trial_groups()), None)
        if first is None:
            return "", overview
        key, ids = first.key, first.ids
    return key, _with_group(RevisionStore(vault), overview, ids, progress)


def _with_group(
    store: RevisionStore,
    overview: list[Revision],
    trial_ids: Iterable[str],
    progress: Progress | None = None,
) -> list[Revision]:
    """The overview's revisions and those filed under ``trial_ids`` (its hearings, read
    again with them, held once)."""
    held = {r.rev_id for r in overview}
    return overview + [r for r in store.read_trials(trial_ids, progress) if r.rev_id not in held]


@dataclass(frozen=True)
class ProgrammeFigures:
    """What counts across every trial, worked out trial by trial (`programme_figures`)."""

    dashboard: Dashboard
    sittings: tuple[SittingTally, ...]  # every session's tally (`figures_across`)
    unreadable: int  # records left out, each counted once

    @classmethod
    def kept(cls, snapshot: DashboardSnapshot | None, state: str) -> ProgrammeFigures | None:
        """The figures of a kept ``snapshot``, if it has them and is current (``state``)."""
        if snapshot is None or snapshot.sittings is None or not snapshot.is_current(state):
            return None
        return cls(snapshot.dashboard, snapshot.sittings, snapshot.dashboard.unreadable)


def programme_figures(
    vault: Vault,
    taxonomy: Taxonomy,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ProgrammeFigures:
    """The dashboard (kept, for next time) and the sessions' tallies of every trial: each
    trial group read, counted and dropped in turn, so memory holds one trial's records,
    not a programme's; ``progress(groups done, groups)``."""
    # Taken before the reading: what is imported meanwhile makes the kept figures look
    # older than they are, never newer.
    state = vault_state(vault, taxonomy)
    store = RevisionStore(vault)
    overview = store.read_kinds(OVERVIEW_KINDS)
    links = TrialLinks(vault).all()
    with cycle_collector_paused():
        groups = CoordinatorIndex(overview, links, taxonomy, vault.observer_id).trial_groups()
    unreadable: set[str] = set()
    parts: list[Dashboard] = []
    sittings: list[SittingTally] = []
    for done, group in enumerate(groups):
        check_cancel(cancel)
        if progress is not None:
            progress(done, len(groups))
        read = _with_group(store, overview, group.ids)
        with cycle_collector_paused():
            index = CoordinatorIndex(read, links, taxonomy, vault.observer_id)
            events = every_decided_event(index)
            parts.append(work_out_dashboard(index, events, group=group.key))
            sittings += group_tallies(index, group.key, events.of_group(group.key))
        unreadable.update(u.record_id for u in index.unreadable)
    if not groups:  # nothing but what the overview holds
        with cycle_collector_paused():
            unreadable.update(
                u.record_id
                for u in CoordinatorIndex(overview, links, taxonomy, vault.observer_id).unreadable
            )
    check_cancel(cancel)
    dashboard = combined_dashboard(parts, len(unreadable))
    save_snapshot(vault, dashboard, state, sittings)
    return ProgrammeFigures(dashboard, tuple(sittings), len(unreadable))


def current_programme(
    vault: Vault,
    taxonomy: Taxonomy,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ProgrammeFigures:
    """The figures across every trial: as kept if they are current, else worked out."""
    kept = ProgrammeFigures.kept(load_snapshot(vault, sittings=True), vault_state(vault, taxonomy))
    return kept if kept is not None else programme_figures(vault, taxonomy, progress, cancel)


def current_dashboard(
    vault: Vault,
    taxonomy: Taxonomy,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> Dashboard:
    """The dashboard: the kept figures if they are current, else worked out trial by trial
    (`programme_figures`) and kept."""
    snapshot = load_snapshot(vault)
    if snapshot is not None and snapshot.is_current(vault_state(vault, taxonomy)):
        return snapshot.dashboard
    return programme_figures(vault, taxonomy, progress, cancel).dashboard


def load_coordinator_data(
    vault: Vault,
    taxonomy: Taxonomy,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    *,
    trial: str | None = "",
) -> CoordinatorData:
    """What the coordinator's window shows, with the trial group of ``trial`` read in full
    (the first listed, for ""; every trial, for None); run it off the UI thread."""
    return CoordinatorReading(vault, taxonomy, progress, cancel, trial=trial).data()
