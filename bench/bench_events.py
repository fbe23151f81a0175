"""Corroborated events benchmark (issue 15): group ~100k observations from 3 observers into
events (`core/coordination/events.py`), as the coordinator's views and reports will, and
print the time and the peak memory it takes. Prints figures; asserts nothing (see
docs/benchmarks.md).

The data is bench_coordinator.py's distribution (its trials and sittings, its kinds of
observation, half of each sitting's notes the same happenings for every observer who was
there, each with their own clock within ±3 minutes), built in memory: the same records its
observers' notebooks would save, as revisions, with no vault, encryption or bundles, which
grouping never sees. Every observer watches every trial, and each trial's three records
are linked, so each trial is one group of three observers (the benchmark's typical trial:
~4,000 observations from 3 observers). Sizes below the full one show how the time grows.

Run: .venv/bin/python bench/bench_events.py [--observations 100000] [--trials 25]
         [--sizes 25000,50000] [--repeat 5] [--profile 20]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import tracemalloc
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_coordinator import (
    Case,
    ObserverJob,
    figure,
    plan_cases,
    record_observations,
    record_trials,
    sampled,
    timed,
)
from bench_sync import profile

from monitor_app.core.coordination.event_decisions import every_decided_event
from monitor_app.core.coordination.events import (
    Event,
    Relations,
    every_event,
    group_events,
    session_facts,
    trial_events,
)
from monitor_app.core.coordination.figures_across import (
    Grouping,
    PeriodLength,
    figures_across_trials,
)
from monitor_app.core.coordination.findings import (
    trial_findings,
)
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.trial_links import TrialLink
from monitor_app.core.gc_pause import cycle_collector_paused
from monitor_app.core.records.records import (
    ChecklistAnswer,
    Hearing,
    Observation,
    Record,
    Trial,
)
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.taxonomy import Taxonomy, load_taxonomy
from monitor_app.core.records.timeutil import to_utc_text
from monitor_app.core.vault.crypto import new_id

OBSERVERS = 3


class MemoryNotebook:
    """The part of `Notebook` that bench_coordinator's fillers call, keeping the records in
    memory: the same records, made in seconds instead of saved one by one."""

    def __init__(self, author: str, taxonomy: Taxonomy) -> None:
        self.author = author
        self.taxonomy = taxonomy
        self.records: dict[str, Record] = {}
        self.parents: dict[str, str | None] = {}

    def _keep(self, record: Record, parent_id: str | None) -> Any:
        record = replace(record, id=new_id())
        self.records[record.id] = record
        self.parents[record.id] = parent_id
        return record

    def add_trial(self, title: str, **fields: Any) -> Trial:
        return self._keep(Trial(title=title, **fields), None)  # type: ignore[no-any-return]

    def add_hearing(
        self, trial_id: str, scheduled_start: datetime, mode: str, tz: str, **fields: Any
    ) -> Hearing:
        instants = {k: to_utc_text(v) for k, v in fields.items() if isinstance(v, datetime)}
        hearing = Hearing(
            trial_id=trial_id,
            scheduled_start=to_utc_text(scheduled_start),
            mode=mode,
            tz=tz,
            **{**fields, **instants},
        )
        return self._keep(hearing, trial_id)  # type: ignore[no-any-return]

    def set_checklist_answer(self, hearing_id: str, question: str, answer: str) -> None:
        self._keep(
            ChecklistAnswer(hearing_id=hearing_id, question=question, answer=answer), hearing_id
        )

    def add_observation(
        self, hearing_id: str, code: str, at: datetime, *, interval: bool = False, **values: Any
    ) -> Observation:
        hearing = self.records[hearing_id]
        assert isinstance(hearing, Hearing)
        observation = Observation(
            trial_id=hearing.trial_id,
            hearing_id=hearing_id,
            code=code,
            at=to_utc_text(at),
            interval=interval,
            **values,
        )
        return self._keep(observation, hearing_id)  # type: ignore[no-any-return]

    def start_interval(
        self, hearing_id: str, code: str, at: datetime, **values: Any
    ) -> Observation:
        return self.add_observation(hearing_id, code, at, interval=True, **values)

    def stop_interval(self, observation_id: str, at: datetime, court_response: str) -> None:
        record = self.records[observation_id]
        self.records[observation_id] = replace(
            record, end=to_utc_text(at), court_response=court_response
        )

    def revisions(self, entered: datetime) -> list[Revision]:
        """Each record as its first revision, entered a second apart."""
        return [
            Revision(
                rev_id=new_id(), record_id=record_id, kind=record.KIND,
                parent_id=self.parents[record_id], number=1, base=None, author=self.author,
                author_seq=n + 1, created_utc=to_utc_text(entered + timedelta(seconds=n)),
                tz="UTC", prev_hash=None, deleted=False, reason="", body=record.to_body(),
            )
            for n, (record_id, record) in enumerate(self.records.items())
        ]  # fmt: skip


def build(
    cases: list[Case], observations: int, seed: int, taxonomy: Taxonomy
) -> tuple[list[Revision], list[TrialLink]]:
    """Three observers' records of every trial, ``observations`` in all, and the links
    that make each trial's three records one."""
    revisions: list[Revision] = []
    trial_ids: list[dict[int, str]] = []
    for index in range(OBSERVERS):
        job = ObserverJob(
            index, Path(), Path(), b"", cases, list(range(len(cases))),
            observations // OBSERVERS, seed,
        )  # fmt: skip
        rng = random.Random(f"{seed}:observer:{index}")
        notebook = MemoryNotebook(new_id(), taxonomy)
        trials, hearings = record_trials(job, notebook, rng)  # type: ignore[arg-type]
        record_observations(job, notebook, rng, hearings)  # type: ignore[arg-type]
        revisions += notebook.revisions(datetime(2025, 1, 1, tzinfo=UTC))
        trial_ids.append(trials)
    created = "2025-01-01T00:00:00Z"
    links = [
        TrialLink(trial_ids[0][c], trial_ids[o][c], created)
        for c in range(len(cases))
        for o in range(1, OBSERVERS)
    ]
    return revisions, links


def indexed(
    cases: list[Case], observations: int, seed: int, taxonomy: Taxonomy
) -> tuple[float, float, CoordinatorIndex]:
    """The coordinator's index of the data, with the seconds the data and the index took."""
    build_s, (revisions, links) = timed(lambda: build(cases, observations, seed, taxonomy))
    index_s, index = timed(lambda: CoordinatorIndex(revisions, links, taxonomy))
    return build_s, index_s, index


def peak_mib(call: Any) -> float:
    """The most memory Python allocated during ``call``, over what it held before (MiB)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    call()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return round((peak - before) / 2**20, 1)


def facts_of(index: CoordinatorIndex, events: list[Event]) -> Mapping[str, Any]:
    findings = sum(1 for e in index.entries if e.is_finding)
    sessions = [s for group in index.trial_groups() for s in index.sessions(group.key)]
    per_session = [len(index.session_entries(s)) for s in sessions]
    return {
        "observations": len(index.entries),
        "of_which_findings": findings,
        "trials": len(index.trial_groups()),
        "sessions": len(sessions),
        "entries_per_session_median_max": [int(statistics.median(per_session)), max(per_session)],
        "events": len(events),
        "corroborated_events": sum(1 for e in events if e.corroborated),
        "findings_per_event": round(findings / len(events), 2) if events else 0,
        "biggest_event_members": max((len(e.members) for e in events), default=0),
    }


def measure(
    cases: list[Case], observations: int, args: argparse.Namespace, taxonomy: Taxonomy
) -> dict[str, Any]:
    build_s, index_s, index = indexed(cases, observations, args.seed, taxonomy)
    samples, events = sampled(lambda: every_event(index), args.repeat)
    # Trial by trial, as a trial's views and report ask: the collector resumes between.
    by_trial, _ = sampled(
        lambda: [trial_events(index, g.key) for g in index.trial_groups()], args.repeat
    )
    # The grouping alone, without the index's look-ups of each session's entries.
    sessions = [
        (s, index.session_entries(s)) for g in index.trial_groups() for s in index.sessions(g.key)
    ]
    relations = Relations(taxonomy)
    facts = [(session_facts(index, s, entries), entries) for s, entries in sessions]

    def grouping_alone() -> list[list[Event]]:
        with cycle_collector_paused():  # as `trial_events` does around a trial's sessions
            return [group_events(entries, f, relations) for f, entries in facts]

    grouping, _ = sampled(grouping_alone, args.repeat)
    return {
        **findings_figures(index, args),
        "data": facts_of(index, events),
        "build_in_memory_s": round(build_s, 1),
        "index_from_revisions_s": round(index_s, 1),
        "every_event": figure(samples),
        "of_which_grouping_alone": figure(grouping),
        "trial_by_trial": figure(by_trial),
        "microseconds_per_observation": round(
            statistics.median(samples) / len(index.entries) * 1e6, 2
        ),
        "events_peak_python_mib": peak_mib(lambda: every_event(index)),
    }


def findings_figures(index: CoordinatorIndex, args: argparse.Namespace) -> dict[str, Any]:
    """Findings by standard (docs/findings.md) from the decided events the coordinator's
    reading works out once: every trial's, the largest trial's alone, and the figures
    across trials by country and quarter."""
    decided = every_decided_event(index)
    groups = index.trial_groups()
    largest = max(groups, key=lambda g: len(decided.of_group(g.key)))

    def every_trial() -> list[Any]:
        with cycle_collector_paused():  # as the window's reading is
            return [trial_findings(index, g.key, events=decided.of_group(g.key)) for g in groups]

    findings, found = sampled(every_trial, args.repeat)
    one, biggest = sampled(
        lambda: trial_findings(index, largest.key, events=decided.of_group(largest.key)),
        args.repeat,
    )
    across, view = sampled(
        lambda: figures_across_trials(index, Grouping.BOTH, PeriodLength.QUARTER, events=decided),
        args.repeat,
    )
    return {
        "findings_every_trial": figure(findings),
        "findings_largest_trial": figure(one),
        "largest_trial": {
            "events": len(biggest.events),
            "standards": len(biggest.standards),
            "figures": sum(len(s.figures) for s in biggest.standards),
        },
        "standards_per_trial_median": int(statistics.median(len(f.standards) for f in found)),
        "figures_across_trials_by_country_and_quarter": figure(across),
        "across_trials_rows": len(view.rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--observations", type=int, default=100_000, help="in all")
    parser.add_argument("--trials", type=int, default=25)
    parser.add_argument("--sizes", default="25000,50000", help="smaller runs, to see growth")
    parser.add_argument("--one-trial", action="store_true", help="also: all of it in one trial")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print top N")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    taxonomy = load_taxonomy()
    cases = plan_cases(random.Random(args.seed), args.trials)
    results: dict[str, Any] = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "observers": OBSERVERS,
    }
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    for size in [*sizes, args.observations]:
        results[f"{size}_observations_{args.trials}_trials"] = measure(cases, size, args, taxonomy)
    if args.one_trial:
        one = plan_cases(random.Random(args.seed), 1)
        results[f"{args.observations}_observations_1_trial"] = measure(
            one, args.observations, args, taxonomy
        )
    # The process's peak: the largest index and its events, held together.
    results["max_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if args.profile:
        index = indexed(cases, args.observations, args.seed, taxonomy)[2]
        text = profile(lambda: every_event(index), args.profile)
        print(f"\n==== profile: every_event ====\n{text}")


if __name__ == "__main__":
    main()
