"""The coordinator's picture of one trial two observers watched: links, sessions, aligned
timelines, merged totals, checklists side by side, filters, standards, the dashboard and
each observer's status."""

from __future__ import annotations

import pytest

from monitor_app.core.coordination.dashboard_figures import work_out_dashboard
from monitor_app.core.coordination.events import session_events
from monitor_app.core.coordination.index import CoordinatorIndex, TimelineFilter
from monitor_app.core.coordination.observer_status import observer_statuses
from monitor_app.core.coordination.trial_links import TrialLinks, suggest_links
from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import QUESTION, Watched


@pytest.fixture
def linked(watched: Watched, coordinator: Vault) -> CoordinatorIndex:
    TrialLinks(coordinator).link(watched.trial_a, watched.trial_b)
    return CoordinatorIndex.load(coordinator)


def test_the_two_records_of_one_trial_are_suggested_and_linked(
    watched: Watched, coordinator: Vault
) -> None:
    links = TrialLinks(coordinator)
    trials = Notebook(coordinator).list_trials()
    (suggestion,) = suggest_links(trials, links.all())
    assert {suggestion.first.id, suggestion.second.id} == {watched.trial_a, watched.trial_b}
    assert "1-77/2026" in suggestion.reason
    assert len(CoordinatorIndex.load(coordinator).trial_groups()) == 2

    links.link(watched.trial_b, watched.trial_a)
    assert suggest_links(trials, links.all()) == []
    index = CoordinatorIndex.load(coordinator)
    (group,) = index.trial_groups()
    assert group.ids == {watched.trial_a, watched.trial_b}
    assert group.observers == {watched.observer_a, watched.observer_b}
    # Either id names the linked trial; nobody's records were rewritten.
    assert index.group(watched.trial_a) == index.group(watched.trial_b)
    assert Notebook(coordinator).get_trial(watched.trial_b).title == "Ivanova case"
    links.unlink(watched.trial_a, watched.trial_b)
    assert len(CoordinatorIndex.load(coordinator).trial_groups()) == 2


def test_links_refuse_nonsense(watched: Watched, coordinator: Vault) -> None:
    links = TrialLinks(coordinator)
    with pytest.raises(ValidationError):
        links.link(watched.trial_a, watched.trial_a)
    with pytest.raises(RecordNotFound):
        links.link(watched.trial_a, watched.hearing_a)
    with pytest.raises(RecordNotFound):
        links.unlink(watched.trial_a, watched.trial_b)


def test_one_session_aligns_both_observers(watched: Watched, linked: CoordinatorIndex) -> None:
    (session,) = linked.sessions(watched.trial_a)
    assert session.date == "2026-11-24"
    assert session.ids == {watched.hearing_a, watched.hearing_b}
    # Side by side as events (one rule: `events`): the outage both logged is one event
    # seen by both; the public shut out, one seen by B alone of the two present.
    outage, excluded = session_events(linked, session)
    assert outage.member_ids == {watched.outage_a, watched.outage_b}
    assert outage.seen_by == (2, 2)
    assert excluded.member_ids == {watched.excluded_b}
    assert excluded.recorded_by == (watched.observer_b,)
    assert set(excluded.present) - set(excluded.recorded_by) == {watched.observer_a}
    # 10:05-10:25 and 10:07-10:20 overlap: 20 minutes lost, not 33.
    totals = linked.session_totals(session)
    assert totals.seconds_lost == 20 * 60
    assert totals.seconds_defendant_could_not_follow == 20 * 60
    assert totals.seconds_continued_regardless == 20 * 60
    (row,) = linked.checklists(session)
    assert row.question == QUESTION
    assert row.disagreement
    assert {o: a.answer for o, a in row.answers.items()} == {
        watched.observer_a: "no",
        watched.observer_b: "yes",
    }


def test_the_timeline_is_in_time_order_and_filters(
    watched: Watched, linked: CoordinatorIndex
) -> None:
    timeline = linked.timeline(watched.trial_b)
    assert [e.observation.id for e in timeline] == [
        watched.outage_a,
        watched.outage_b,
        watched.excluded_b,
    ]
    by = {e.observation.id: e.observer for e in timeline}
    assert by[watched.outage_a] == watched.observer_a
    only_b = TimelineFilter(observers=frozenset({watched.observer_b}))
    assert [e.observation.id for e in linked.timeline(watched.trial_a, only_b)] == [
        watched.outage_b,
        watched.excluded_b,
    ]
    public = TimelineFilter(categories=frozenset({"public"}))
    assert [e.observation.id for e in linked.timeline(watched.trial_a, public)] == [
        watched.excluded_b
    ]
    high = TimelineFilter(severities=frozenset({"high"}))
    assert len(linked.timeline(watched.trial_a, high)) == 2
    hearing_a = TimelineFilter(hearings=frozenset({watched.hearing_a}))
    assert [e.observation.id for e in linked.timeline(watched.trial_a, hearing_a)] == [
        watched.outage_a
    ]


def test_observations_by_standard(watched: Watched, linked: CoordinatorIndex) -> None:
    found = linked.by_standard(watched.trial_a, "ICCPR 14(1)")
    assert [e.observation.id for e in found] == [watched.excluded_b]
    assert {e.observation.id for e in linked.by_standard(watched.trial_a, "iccpr 14(3)")} == {
        watched.outage_a,
        watched.outage_b,
    }
    assert linked.by_standard(watched.trial_a, "") == []


def test_the_dashboard_counts_across_trials(watched: Watched, linked: CoordinatorIndex) -> None:
    dashboard = work_out_dashboard(linked)
    assert dashboard.observations == 3  # logged
    assert dashboard.trials == 1
    # The charts count events: the outage both observers logged counts once.
    assert dashboard.events == 2
    assert dashboard.by_category == {"remote": 1, "public": 1}
    assert dashboard.by_country == {"BY": 2}
    assert dashboard.by_month == {"2026-11": 2}
    assert dashboard.notes == 0
    assert list(dashboard.seconds_lost_by_session.values()) == [20 * 60]


def test_each_observer_with_bundles_gaps_and_chain(
    watched: Watched, coordinator: Vault, second_observer: Vault
) -> None:
    statuses = {s.author: s for s in observer_statuses(coordinator)}
    own, a, b = (
        statuses[x] for x in (coordinator.observer_id, watched.observer_a, watched.observer_b)
    )
    assert (own.bundles, own.is_contact) == (0, False)
    assert (a.name, a.bundles, a.gaps, a.chain_ok) == ("Observer A", 1, (), True)
    assert (b.name, b.revisions) == ("Observer B", 6)
    assert b.last_bundle_utc is not None
