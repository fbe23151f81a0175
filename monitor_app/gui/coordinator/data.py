"""What the coordinator's screen shows, read in one go off the UI thread: the index of every
observer's records, each observer's status and what is missing from them, their names,
the trial links and the suggested ones.

`load_coordinator_data` decrypts everything and verifies every hash chain: it runs in a
worker (see `CoordinatorWindow.reload`). The tabs then answer every question from memory.
It also keeps the dashboard's figures (`dashboard_snapshot`), which the window shows while
the next opening reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from monitor_app.core.coordination.dashboard_snapshot import save_snapshot, vault_state
from monitor_app.core.coordination.index import CoordinatorIndex, Dashboard, TrialGroup
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
from monitor_app.core.sync.export import CancelFlag, check_cancel
from monitor_app.core.sync.importer import Gaps, Importer
from monitor_app.core.vault.vault import Vault
from monitor_app.gui.common.tasks import Progress


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


def load_coordinator_data(
    vault: Vault,
    taxonomy: Taxonomy,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> CoordinatorData:
    """Raises Cancelled when ``cancel`` is set (the screen closed): between chunks of the
    reading, and between its steps."""

    def reading(done: int, total: int) -> None:
        check_cancel(cancel)
        if progress is not None:
            progress(done, total)

    state = vault_state(vault, taxonomy)  # before reading: see dashboard_snapshot
    # Decrypted once, for both the index and the chain check, reporting as it goes.
    revisions = RevisionStore(vault).read_all(reading)
    index = CoordinatorIndex.load(vault, taxonomy, revisions)
    check_cancel(cancel)
    dashboard = index.dashboard()
    save_snapshot(vault, dashboard, state)  # so the dashboard opens at once next time
    check_cancel(cancel)
    statuses = observer_statuses(vault, revisions)
    importer = Importer(vault)
    missing = {
        s.author: importer.missing(s.author) for s in statuses if s.author != vault.observer_id
    }
    links = TrialLinks(vault).all()
    return CoordinatorData(
        index=index,
        dashboard=dashboard,
        groups=tuple(index.trial_groups()),
        statuses=tuple(statuses),
        missing=missing,
        names=author_names(vault),
        links=tuple(links),
        suggestions=tuple(suggest_links(list(index.trials.values()), links)),
    )
