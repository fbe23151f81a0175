"""Reading one trial at a time (`CoordinatorReading(trial=...)`): what it shows of its trial
is what reading every revision shows of it, it opens nothing filed under another trial,
and the figures worked out trial by trial (the dashboard, the figures across trials) are
those of the whole reading."""

from __future__ import annotations

import pytest

from monitor_app.core.coordination.coordinator_data import (
    OVERVIEW_KINDS,
    CoordinatorReading,
    current_dashboard,
    current_programme,
    load_coordinator_data,
    programme_figures,
)
from monitor_app.core.coordination.dashboard_figures import work_out_dashboard
from monitor_app.core.coordination.event_decisions import EventAction, decide
from monitor_app.core.coordination.figures_across import (
    Grouping,
    PeriodLength,
    figures_across_trials,
    figures_from_tallies,
)
from monitor_app.core.coordination.findings import trial_findings
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import RecordNotFound
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import Watched, at


def _own_trial(coordinator: Vault) -> str:
    """A trial of the coordinator's own: a hearing with a note and a checklist answer, a
    note on the trial as a whole, and what followed the verdict."""
    notebook = Notebook(coordinator)
    trial = notebook.add_trial("Prosecutor v. Petrov", country="KZ", defendants=("Petrov",))
    hearing = notebook.add_hearing(trial.id, at(11, 0), "in-person", "Asia/Almaty", status="held")
    notebook.add_observation(hearing.id, "public.excluded", at(11, 30), severity="high")
    notebook.add_observation(trial.id, "general.note", at(12, 0), text="file not given")
    notebook.set_checklist_answer(hearing.id, "defendant_could_hear", "no")
    Aftermath(notebook).add_sentence_element(
        trial.id, "Petrov", "activity-ban", judgment_date="2026-12-01"
    )
    return trial.id


def _same_view(part: CoordinatorReading, whole: CoordinatorReading, key: str) -> None:
    """The trial group ``key`` as the part shows it and as the whole does."""
    a, b = part.index, whole.index
    assert a.group(key) == b.group(key)
    assert [(e.observation.id, e.observer) for e in a.timeline(key)] == [
        (e.observation.id, e.observer) for e in b.timeline(key)
    ]
    assert a.sessions(key) == b.sessions(key)
    for session in a.sessions(key):
        assert a.session_totals(session) == b.session_totals(session)
        assert a.checklists(session) == b.checklists(session)
    assert a.delay(key) == b.delay(key)
    assert part.events.of_group(key) == whole.events.of_group(key)
    found = trial_findings(a, key, events=part.events.of_group(key))
    assert found.to_json() == trial_findings(b, key, events=whole.events.of_group(key)).to_json()


def test_one_trial_read_shows_what_reading_everything_shows(
    watched: Watched, coordinator: Vault
) -> None:
    notebook = Notebook(coordinator)
    own = _own_trial(coordinator)
    TrialLinks(coordinator).link(watched.trial_a, watched.trial_b)
    whole = CoordinatorReading(coordinator, notebook.taxonomy)
    linked = whole.index.group(watched.trial_a).key
    outage = next(e for e in whole.events.of_group(linked) if len(e.event.members) == 2)
    decide(notebook, whole.events, EventAction.REJECT, [outage.event.id], note="one glitch")
    whole = CoordinatorReading(coordinator, notebook.taxonomy)

    for trial in (watched.trial_b, own):
        part = CoordinatorReading(coordinator, notebook.taxonomy, trial=trial)
        key = whole.index.group(trial).key
        assert part.scope == key
        _same_view(part, whole, key)
        # Every trial and hearing listed, the aftermath of every trial too.
        assert set(part.index.trials) == set(whole.index.trials)
        assert part.index.sentence_elements() == whole.index.sentence_elements()

    first = CoordinatorReading(coordinator, notebook.taxonomy, trial="")
    assert first.scope == whole.index.trial_groups()[0].key


def test_one_trial_read_opens_nothing_filed_under_another(
    watched: Watched, coordinator: Vault
) -> None:
    notebook = Notebook(coordinator)
    own = _own_trial(coordinator)
    part = CoordinatorReading(coordinator, notebook.taxonomy, trial=own)
    theirs = {watched.trial_a, watched.trial_b, watched.hearing_a, watched.hearing_b}
    opened = [r for r in part.revisions if r.kind not in OVERVIEW_KINDS]
    assert opened  # its own notes and checklist answer
    assert not [r for r in opened if r.parent_id in theirs]
    assert {r.record_id for r in opened} >= {e.observation.id for e in part.index.entries}


def test_a_trial_not_held_is_not_found(watched: Watched, coordinator: Vault) -> None:
    with pytest.raises(RecordNotFound):
        CoordinatorReading(coordinator, Notebook(coordinator).taxonomy, trial="0" * 32)


def test_figures_worked_out_trial_by_trial_are_the_whole_readings(
    watched: Watched, coordinator: Vault
) -> None:
    notebook = Notebook(coordinator)
    _own_trial(coordinator)
    whole = CoordinatorIndex.load(coordinator, notebook.taxonomy)

    assert current_dashboard(coordinator, notebook.taxonomy) == work_out_dashboard(whole)
    tallies = programme_figures(coordinator, notebook.taxonomy)
    for grouping in Grouping:
        for period in PeriodLength:
            for country in ("", "BY", "KZ", "?"):
                expected = figures_across_trials(whole, grouping, period, country)
                got = figures_from_tallies(
                    tallies.sittings,
                    notebook.taxonomy,
                    grouping,
                    period,
                    country,
                    unreadable=tallies.unreadable,
                )
                assert got == expected


def test_a_record_filed_under_another_trial_than_it_names_is_shown_nowhere(
    watched: Watched, coordinator: Vault
) -> None:
    """Filed (a clear column) under one trial's hearing, naming another trial: shown under
    neither, whether one trial or every one is read, and named as unreadable."""
    notebook = Notebook(coordinator)
    own = _own_trial(coordinator)
    body = notebook.get_observation(
        next(e for e in notebook.list_observations(own) if e.code == "general.note").id
    ).to_body()
    body["trial_id"] = watched.trial_a
    misfiled = notebook.store.append("observation", None, own, body, "UTC")

    whole = CoordinatorReading(coordinator, notebook.taxonomy)
    for reading in (
        whole,
        *(
            CoordinatorReading(coordinator, notebook.taxonomy, trial=t)
            for t in (own, watched.trial_a)
        ),
    ):
        assert misfiled.record_id not in {e.observation.id for e in reading.index.entries}
    problems = {u.record_id: u.problem.code for u in whole.index.unreadable}
    assert problems[misfiled.record_id] == "record-misfiled"


def test_the_figures_across_trials_are_kept_until_anything_changes(
    watched: Watched, coordinator: Vault
) -> None:
    notebook = Notebook(coordinator)
    own = _own_trial(coordinator)
    assert load_coordinator_data(coordinator, notebook.taxonomy).programme is None
    worked_out = programme_figures(coordinator, notebook.taxonomy)
    kept = load_coordinator_data(coordinator, notebook.taxonomy).programme
    assert kept == worked_out  # sealed in the vault, read back the same
    assert current_programme(coordinator, notebook.taxonomy) == worked_out

    hearing = notebook.list_hearings(own)[0]
    notebook.add_observation(hearing.id, "innocence.cage", at(11, 40))
    assert load_coordinator_data(coordinator, notebook.taxonomy).programme is None
    again = current_programme(coordinator, notebook.taxonomy)  # worked out anew
    whole = CoordinatorIndex.load(coordinator, notebook.taxonomy)
    assert figures_from_tallies(again.sittings, notebook.taxonomy) == figures_across_trials(whole)
