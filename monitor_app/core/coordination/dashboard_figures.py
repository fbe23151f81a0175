"""The dashboard's figures: events counted across every trial, each once however many
observers recorded it (an outage three observers logged is one), none a coordinator
rejected; what was logged (observations and free notes); and the participation lost in
each hearing session, every observer's intervals merged.

Events come from `event_decisions` (the app's grouping with every decision applied), so the
dashboard, the timeline, the sessions view and the reports count by one rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from monitor_app.core.coordination.event_decisions import (
    DecidedEvents,
    every_decided_event,
    left_out,
)
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.records.totals import EntryCount


@dataclass(frozen=True)
class Dashboard:
    """Events counted, what was logged (free notes apart: `Observed.is_finding`), and time
    lost."""

    observations: int  # observations logged (findings), as "3 observations" says
    trials: int
    by_category: Mapping[str, int]  # events, by the category of their first observation
    by_country: Mapping[str, int]  # events, by their trial's country ("?" for none)
    by_month: Mapping[str, int]  # events, by "YYYY-MM" of their start (UTC)
    notes: int = 0  # free notes, counted nowhere else
    # Participation lost, every observer's intervals merged, rejected events left out.
    seconds_lost_by_session: Mapping[str, int] = field(default_factory=dict)
    # The title of each trial group named in seconds_lost_by_session, by group key.
    group_titles: Mapping[str, str] = field(default_factory=dict)
    # An interval still open in a hearing with no end counts up to "now": the figures
    # change as time passes, so a kept copy of them is never taken as current.
    live: bool = False
    unreadable: int = 0  # records left out: their stored values break the rules
    events: int = 0  # events counted: each once, rejected ones not at all
    rejected: int = 0  # events a coordinator rejected: counted nowhere

    @property
    def entries(self) -> EntryCount:
        return EntryCount(self.observations, self.notes)


def work_out_dashboard(
    index: CoordinatorIndex,
    events: DecidedEvents | None = None,
    now: datetime | None = None,
    *,
    group: str | None = None,
) -> Dashboard:
    """The dashboard of everything in ``index`` (of the trial group ``group`` alone, when
    given: one part of `combined_dashboard`); ``events``: its decided events, if worked out
    already (the coordinator's reading works them out once for every tab)."""
    now = now or utc_now()
    events = events if events is not None else every_decided_event(index)
    groups = index.trial_groups() if group is None else [index.group(group)]
    keys = {g.key for g in groups}
    chosen = [e for e in events if e.group in keys]
    counted = [e for e in chosen if e.counted]
    countries: Counter[str] = Counter()
    for event in counted:
        trial = index.trials.get(event.event.members[0].observation.trial_id)
        countries[(trial.country if trial else "") or "?"] += 1
    rejected = left_out(chosen)
    seconds = {}
    live = False
    for one in groups:
        for session in index.sessions(one.key):
            totals = index.session_totals(session, now, rejected)
            if totals.seconds_lost:
                seconds[session.key] = totals.seconds_lost
            live = live or bool(totals.open_intervals and not session.hearings[0].actual_end)
    titles = {g.key: g.title for g in groups}
    entries = index.entries if group is None else index.timeline(group)
    findings = sum(1 for e in entries if e.is_finding)
    return Dashboard(
        observations=findings,
        trials=len(groups),
        by_category=dict(Counter(e.event.category for e in counted).most_common()),
        by_country=dict(countries.most_common()),
        by_month=dict(sorted(Counter(e.event.start[:7] for e in counted).items())),
        notes=len(entries) - findings,
        seconds_lost_by_session=seconds,
        group_titles={k: titles[k.partition(":")[0]] for k in seconds},
        live=live,
        unreadable=len(index.unreadable),
        events=len(counted),
        rejected=sum(1 for e in chosen if not e.counted),
    )


def combined_dashboard(parts: Iterable[Dashboard], unreadable: int) -> Dashboard:
    """The dashboard of several trial groups from each one's own (`work_out_dashboard` with
    ``group``): what the dashboard of them all would say. ``unreadable``: the records left
    out, counted once (each part counts those of its own reading)."""
    parts = list(parts)
    by_category: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    seconds: dict[str, int] = {}
    titles: dict[str, str] = {}
    for part in parts:
        by_category.update(part.by_category)
        by_country.update(part.by_country)
        by_month.update(part.by_month)
        seconds.update(part.seconds_lost_by_session)
        titles.update(part.group_titles)
    return Dashboard(
        observations=sum(p.observations for p in parts),
        trials=sum(p.trials for p in parts),
        by_category=dict(by_category.most_common()),
        by_country=dict(by_country.most_common()),
        by_month=dict(sorted(by_month.items())),
        notes=sum(p.notes for p in parts),
        seconds_lost_by_session=seconds,
        group_titles=titles,
        live=any(p.live for p in parts),
        unreadable=unreadable,
        events=sum(p.events for p in parts),
        rejected=sum(p.rejected for p in parts),
    )
