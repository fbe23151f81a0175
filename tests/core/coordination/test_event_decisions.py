"""The coordinator's decisions on events: each action on the seed scene (two observers of
one Zoom outage), what is refused, a verdict's history, the rule applied in any order of
arrival (hypothesis), decisions surviving sync to a second coordinator, hostile decision
records that cannot break the events, and the dashboard counting one outage seen by three
observers once."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.core.coordination.dashboard_figures import work_out_dashboard
from monitor_app.core.coordination.event_decisions import (
    MAX_NOTE_CHARS,
    EventState,
    apply_decisions,
    decide,
    decided_events,
    decision_history,
    every_decided_event,
    number_events,
)
from monitor_app.core.coordination.events import (
    Relations,
    SessionFacts,
    event_id,
    group_events,
)
from monitor_app.core.coordination.index import CoordinatorIndex, Observed
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import EventAction, EventDecision, Observation
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.taxonomy import load_taxonomy
from monitor_app.core.records.timeutil import to_utc_text
from monitor_app.core.sync.contacts import Contacts
from monitor_app.core.sync.export import export_bundle
from monitor_app.core.sync.importer import IMPORTED, Importer
from monitor_app.core.vault.crypto import KDF_FLOOR
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import CASE, COURT, Watched, at
from tests.sync_layers import card_of

TAXONOMY = load_taxonomy()
RELATIONS = Relations(TAXONOMY)
PASSPHRASE = "another party's passphrase for tests"


def _linked(watched: Watched, coordinator: Vault) -> CoordinatorIndex:
    TrialLinks(coordinator).link(watched.trial_a, watched.trial_b)
    return CoordinatorIndex.load(coordinator)


def _events(vault: Vault) -> list:
    index = CoordinatorIndex.load(vault)
    (group,) = index.trial_groups()
    return decided_events(index, group.key)


def _decide(vault: Vault, action: EventAction, *refs: str, **options: object):
    index = CoordinatorIndex.load(vault)
    return decide(Notebook(vault), every_decided_event(index), action, refs, **options)


# ---- each action, on the seed scene --------------------------------------------------------


def test_the_app_proposes_and_numbers_the_events(watched: Watched, coordinator: Vault) -> None:
    index = _linked(watched, coordinator)
    outage, excluded = decided_events(index, watched.trial_b)
    assert outage.event.member_ids == {watched.outage_a, watched.outage_b}
    assert (outage.state, outage.label, outage.decided_by) == (EventState.PROPOSED, "E1", "")
    assert outage.event.seen_by == (2, 2)
    assert (excluded.label, excluded.counted) == ("E2", True)
    # Either trial of the linked group names the same events.
    assert decided_events(index, watched.trial_a) == [outage, excluded]


def test_confirm_reject_and_annotate(watched: Watched, coordinator: Vault) -> None:
    _linked(watched, coordinator)
    outage, excluded = _events(coordinator)
    own = coordinator.observer_id

    _decide(coordinator, EventAction.CONFIRM, outage.id[:8], note="both saw the feed drop")
    _decide(coordinator, EventAction.REJECT, excluded.id)
    outage, excluded = _events(coordinator)
    assert (outage.state, outage.decided_by, outage.joined_since) == (
        EventState.CONFIRMED,
        own,
        frozenset(),
    )
    assert [(n.author, n.text) for n in outage.notes] == [(own, "both saw the feed drop")]
    # Rejected: no number, not counted, not cited.
    assert (excluded.state, excluded.label, excluded.counted) == (EventState.REJECTED, "", False)
    assert outage.label == "E1"

    _decide(coordinator, EventAction.ANNOTATE, excluded.id, note="a journalist's own account")
    _, excluded = _events(coordinator)
    assert excluded.state == EventState.REJECTED  # a note changes nothing else
    assert [n.text for n in excluded.notes] == ["a journalist's own account"]
    assert [d.action for d in excluded.decisions] == ["reject", "annotate"]


def test_split_and_merge_back(watched: Watched, coordinator: Vault) -> None:
    _linked(watched, coordinator)
    outage, _ = _events(coordinator)
    _decide(coordinator, EventAction.SPLIT, outage.id, members=[watched.outage_b[:10]])
    first, second, excluded = _events(coordinator)
    assert {first.event.member_ids, second.event.member_ids} == {
        frozenset({watched.outage_a}),
        frozenset({watched.outage_b}),
    }
    assert first.state == second.state == EventState.SPLIT
    assert [e.label for e in (first, second, excluded)] == ["E1", "E2", "E3"]
    assert first.event.seen_by == (1, 2)  # each now one observer's, of two present

    _decide(coordinator, EventAction.MERGE, first.id, second.id, note="one outage after all")
    merged, excluded = _events(coordinator)
    assert merged.state == EventState.MERGED
    assert merged.id == outage.id  # the same members: the same event
    assert [d.action for d in merged.decisions] == ["split", "merge"]


def test_a_verdict_changed_is_a_new_revision_with_its_history(
    watched: Watched, coordinator: Vault
) -> None:
    _linked(watched, coordinator)
    outage, _ = _events(coordinator)
    confirmed = _decide(coordinator, EventAction.CONFIRM, outage.id)
    rejected = _decide(coordinator, EventAction.REJECT, outage.id, note="a test call")
    assert rejected.id == confirmed.id
    history = decision_history(Notebook(coordinator), confirmed.id)
    assert [(r.author, r.body["action"]) for r in history] == [
        (coordinator.observer_id, "confirm"),
        (coordinator.observer_id, "reject"),
    ]
    assert _events(coordinator)[0].state == EventState.REJECTED
    again = _decide(coordinator, EventAction.CONFIRM, outage.id)
    assert again.id == confirmed.id
    assert len(decision_history(Notebook(coordinator), confirmed.id)) == 3
    assert _events(coordinator)[0].state == EventState.CONFIRMED


def test_a_decision_keeps_applying_when_a_member_joins_later(
    watched: Watched, coordinator: Vault
) -> None:
    _linked(watched, coordinator)
    outage, _ = _events(coordinator)
    _decide(coordinator, EventAction.CONFIRM, outage.id)
    # A late note of the same outage (here the coordinator's own, on observer A's hearing).
    late = Notebook(coordinator).add_observation(
        watched.hearing_a, "remote.video_frozen", at(10, 15), severity="high"
    )
    grown, _ = _events(coordinator)
    assert grown.event.member_ids == {watched.outage_a, watched.outage_b, late.id}
    assert grown.id != outage.id
    assert grown.state == EventState.CONFIRMED
    assert grown.joined_since == {late.id}  # no one has decided on it yet


# ---- what is refused -------------------------------------------------------------------------


def test_decisions_that_cannot_apply_are_refused(watched: Watched, coordinator: Vault) -> None:
    index = CoordinatorIndex.load(coordinator)  # not linked: each observer's own session
    events = every_decided_event(index)
    notebook = Notebook(coordinator)
    outage_a = events.by_member[watched.outage_a]
    outage_b = events.by_member[watched.outage_b]
    excluded = events.by_member[watched.excluded_b]

    def refused(code: str, action: EventAction, *refs: str, **options: object) -> None:
        with pytest.raises((ValidationError, RecordNotFound)) as caught:
            decide(notebook, events, action, refs, **options)
        assert caught.value.code == code

    # An observation of another event, or of another session, is no member to split off.
    refused("event-member-unknown", EventAction.SPLIT, outage_b.id, members=[watched.excluded_b])
    refused("event-member-unknown", EventAction.SPLIT, outage_b.id, members=[watched.outage_a])
    refused("event-split-everything", EventAction.SPLIT, outage_a.id, members=[watched.outage_a])
    refused("event-split-nothing", EventAction.SPLIT, outage_a.id, members=[])
    refused("event-merge-sessions", EventAction.MERGE, outage_a.id, outage_b.id)
    refused("event-merge-too-few", EventAction.MERGE, outage_b.id, outage_b.id[:9])
    refused("event-one-only", EventAction.CONFIRM, outage_b.id, excluded.id)
    refused("event-members-not-asked", EventAction.REJECT, excluded.id, members=["x" * 8])
    refused("event-note-missing", EventAction.ANNOTATE, excluded.id, note="   ")
    refused(
        "event-note-too-long", EventAction.ANNOTATE, excluded.id, note="n" * (MAX_NOTE_CHARS + 1)
    )
    refused("no-such-event", EventAction.CONFIRM, "0" * 32)
    refused("no-such-event", EventAction.CONFIRM, excluded.id[:5])  # too short to name one
    refused("event-action-unknown", "destroy", excluded.id)
    assert index.decisions == []
    assert CoordinatorIndex.load(coordinator).decisions == []  # nothing was saved


# ---- any order of arrival ----------------------------------------------------------------

BASE = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
OBSERVERS = ("a" * 32, "b" * 32, "c" * 32)
SECOND = "d" * 32  # a second coordinator, present at no sitting
CODES = ("remote.connection_lost", "remote.video_frozen", "public.excluded")


def _observed(n: int, observer: str, code: str, start: int, length: int | None) -> Observed:
    observation = Observation(
        id=f"{n:032x}",
        trial_id="t1",
        hearing_id="h1",
        code=code,
        at=to_utc_text(BASE + timedelta(minutes=start)),
        interval=length is not None,
        end=to_utc_text(BASE + timedelta(minutes=start + length)) if length else None,
    )
    return Observed(observation, observer, "t1", None, TAXONOMY.item(code).category, None)


def _decision(n: int, author: str, action: str, members: list[str], minute: int) -> EventDecision:
    body = {"trial_id": "t1", "session": "t1:2026-11-24", "action": action, "members": members}
    revision = Revision(
        rev_id=f"r{n}",
        record_id=f"d{n:031x}",
        kind=EventDecision.KIND,
        parent_id="t1",
        number=1,
        base=None,
        author=author,
        author_seq=n + 1,
        created_utc=to_utc_text(BASE + timedelta(minutes=minute)),
        tz="UTC",
        prev_hash=None,
        deleted=False,
        reason="",
        body={**body, "note": f"note {n}"},
    )
    return EventDecision.from_revision(revision)


NOTES = st.lists(
    st.tuples(
        st.sampled_from(OBSERVERS),
        st.sampled_from(CODES),
        st.integers(0, 60),
        st.one_of(st.none(), st.integers(1, 20)),
    ),
    min_size=1,
    max_size=14,
)
DECISIONS = st.lists(
    st.tuples(
        st.sampled_from(OBSERVERS),
        st.sampled_from([*EventAction, "withdraw"]),  # and an action no version knows
        st.lists(st.integers(0, 16), max_size=6),  # members by number; 14+: none held
        st.integers(0, 5),  # minutes: ties are broken by record id
    ),
    max_size=10,
)


@settings(max_examples=300, deadline=None)
@given(NOTES, DECISIONS, st.randoms(use_true_random=False))
def test_the_same_decided_events_whatever_the_order_of_arrival(
    notes: list[tuple[str, str, int, int | None]],
    decisions: list[tuple[str, str, list[int], int]],
    rng: random.Random,
) -> None:
    entries = [_observed(n, *note) for n, note in enumerate(notes)]
    facts = SessionFacts("t1:2026-11-24", frozenset(OBSERVERS))
    events = group_events(entries, facts, RELATIONS)
    made = [
        _decision(n, author, str(action), [f"{m:032x}" for m in members], minute)
        for n, (author, action, members, minute) in enumerate(decisions)
    ]
    decided = apply_decisions(events, facts, made, "t1")
    shuffled = list(made)
    rng.shuffle(shuffled)
    assert apply_decisions(events, facts, shuffled, "t1") == decided
    # Still a partition of the session's observations, each event its members' own.
    members = [m for e in decided for m in e.event.member_ids]
    assert sorted(members) == sorted(m for e in events for m in e.member_ids)
    for event in decided:
        assert event.id == event_id(event.event.member_ids)
        assert event.joined_since <= event.event.member_ids
        assert (event.state == EventState.PROPOSED) == (event.decided_by == "")
    numbered = number_events(decided)
    labels = [e.label for e in numbered if e.counted]
    assert labels == [f"E{n}" for n in range(1, len(labels) + 1)]
    assert all(e.label == "" for e in numbered if not e.counted)


def test_the_latest_decision_on_the_same_members_wins() -> None:
    entries = [
        _observed(0, OBSERVERS[0], "remote.connection_lost", 0, 10),
        _observed(1, OBSERVERS[1], "remote.connection_lost", 2, 5),
    ]
    facts = SessionFacts("t1:2026-11-24", frozenset(OBSERVERS[:2]))
    events = group_events(entries, facts, RELATIONS)
    both = [f"{0:032x}", f"{1:032x}"]
    reject = _decision(0, OBSERVERS[2], "reject", both, 3)
    confirm = _decision(1, SECOND, "confirm", both, 4)  # a second coordinator, later
    (confirmed,) = apply_decisions(events, facts, [confirm, reject])
    assert (confirmed.state, confirmed.decided_by) == (EventState.CONFIRMED, SECOND)
    assert confirmed.decisions == (reject, confirm)
    again = _decision(2, OBSERVERS[2], "reject", both, 9)
    (rejected,) = apply_decisions(events, facts, [again, confirm, reject])
    assert (rejected.state, rejected.decided_by) == (EventState.REJECTED, OBSERVERS[2])
    split = _decision(3, OBSERVERS[2], "split", both[1:], 5)
    rest, apart = apply_decisions(events, facts, [split, confirm, reject])
    assert rest.state == apart.state == EventState.SPLIT
    assert rest.decisions == apart.decisions == (reject, confirm, split)
    # A merge of members already in one event merges nothing.
    merge = _decision(4, SECOND, "merge", both, 6)
    (alone,) = apply_decisions(events, facts, [merge])
    assert (alone.state, alone.decisions) == (EventState.PROPOSED, (merge,))


def test_an_observer_of_the_sitting_does_not_decide_on_its_events() -> None:
    """Observers record and coordinators decide: a decision by someone present at the
    sitting as an observer (say, one rejecting the outage another observer logged, sent in
    their own bundle) is not applied to that sitting's events."""
    entries = [
        _observed(0, OBSERVERS[0], "remote.connection_lost", 0, 10),
        _observed(1, OBSERVERS[1], "remote.connection_lost", 2, 5),
    ]
    facts = SessionFacts("t1:2026-11-24", frozenset(OBSERVERS[:2]))
    events = group_events(entries, facts, RELATIONS)
    both = [f"{0:032x}", f"{1:032x}"]
    by_an_observer = _decision(0, OBSERVERS[1], "reject", both, 3)
    (kept,) = apply_decisions(events, facts, [by_an_observer])
    assert (kept.state, kept.decisions) == (EventState.PROPOSED, ())
    by_a_coordinator = _decision(1, OBSERVERS[2], "reject", both, 4)
    (rejected,) = apply_decisions(events, facts, [by_an_observer, by_a_coordinator])
    assert (rejected.state, rejected.decided_by) == (EventState.REJECTED, OBSERVERS[2])


# ---- through sync: a second coordinator sees the same events ----------------------------------


def _make_vault(factory: pytest.TempPathFactory, name: str) -> Path:
    folder = factory.mktemp("party") / "vault"
    Vault.create(folder, PASSPHRASE, name, kdf=KDF_FLOOR)[0].close()
    return folder


@pytest.fixture(scope="session")
def second_coordinator_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make_vault(tmp_path_factory, "Coordinator D")


@pytest.fixture(scope="session")
def third_observer_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make_vault(tmp_path_factory, "Observer E")


def _copy(template: Path, folder: Path) -> Iterator[Vault]:
    import shutil

    shutil.copytree(template, folder)
    vault = Vault.open(folder)
    vault.unlock(PASSPHRASE)
    yield vault
    vault.close()


@pytest.fixture
def second_coordinator(second_coordinator_template: Path, tmp_path: Path) -> Iterator[Vault]:
    yield from _copy(second_coordinator_template, tmp_path / "second-coordinator")


@pytest.fixture
def third_observer(third_observer_template: Path, tmp_path: Path) -> Iterator[Vault]:
    yield from _copy(third_observer_template, tmp_path / "third-observer")


def _send(sender: Vault, receiver: Vault, folder: Path) -> None:
    """Everything ``sender`` wrote, as a bundle ``receiver`` imports."""
    contacts = Contacts(sender)
    known = {c.author: c for c in contacts.list()}
    contact = known.get(receiver.observer_id) or contacts.add(card_of(receiver))
    if Contacts(receiver).get(sender.observer_id) is None:
        Contacts(receiver).add(card_of(sender))
    folder.mkdir(exist_ok=True)
    bundle = export_bundle(sender, [contact], folder, everything=True)
    (result,) = Importer(receiver).import_paths([folder / bundle.file_name])
    assert result.status == IMPORTED, result


def _picture(vault: Vault) -> list[tuple[object, ...]]:
    index = CoordinatorIndex.load(vault)
    return [
        (e.id, e.label, e.state, e.decided_by, tuple((n.author, n.text) for n in e.notes))
        for e in every_decided_event(index)
    ]


def test_a_decision_survives_sync_to_a_second_coordinator(
    watched: Watched,
    vault: Vault,
    second_observer: Vault,
    coordinator: Vault,
    second_coordinator: Vault,
    tmp_path: Path,
) -> None:
    for n, observer in enumerate((vault, second_observer)):
        _send(observer, second_coordinator, tmp_path / f"to-d-{n}")
    for holder in (coordinator, second_coordinator):
        TrialLinks(holder).link(watched.trial_a, watched.trial_b)
    outage, excluded = _events(coordinator)
    _decide(coordinator, EventAction.SPLIT, outage.id, members=[watched.outage_b])
    _decide(coordinator, EventAction.REJECT, excluded.id, note="not an event of this hearing")
    assert _picture(second_coordinator) != _picture(coordinator)

    _send(coordinator, second_coordinator, tmp_path / "to-d")
    assert _picture(second_coordinator) == _picture(coordinator)
    first, second, rejected = _events(second_coordinator)
    assert first.state == second.state == EventState.SPLIT
    assert (rejected.decided_by, rejected.label) == (coordinator.observer_id, "")

    # The second coordinator's own later decision arrives back: both see it win.
    _decide(second_coordinator, EventAction.MERGE, first.id, second.id)
    _send(second_coordinator, coordinator, tmp_path / "to-c")
    assert _picture(coordinator) == _picture(second_coordinator)
    merged, _ = _events(coordinator)
    assert (merged.state, merged.decided_by) == (EventState.MERGED, second_coordinator.observer_id)


# ---- hostile decision records ------------------------------------------------------------------


def test_hostile_decision_records_in_a_bundle_cannot_break_the_events(
    watched: Watched, vault: Vault, coordinator: Vault, tmp_path: Path
) -> None:
    """An observer's app (or anyone holding a key) writes decisions the rule cannot apply:
    members of no event or of two sessions, an action no version knows, a note at the
    limit of what records hold. The coordinator's events stand; nothing raises."""
    notebook = Notebook(vault)

    def forged(action: str, members: list[str], note: str = "") -> None:
        record = EventDecision(
            trial_id=watched.trial_a,
            session="nowhere",
            action=action,
            event_id="f" * 32,
            members=tuple(members),
            note=note,
        )
        notebook.save_record(record, parent_id=watched.trial_a, tz="UTC")

    forged("reject", ["0" * 32, "not an id at all"])
    forged("obliterate", [watched.outage_a, watched.outage_b])
    forged("merge", [watched.outage_a, watched.outage_b])  # two sessions: unlinked
    forged("split", [watched.outage_a])  # all of that session's event: nothing to split
    forged("annotate", [watched.outage_a], note="\u202e" + "x" * 90_000)
    _send(vault, coordinator, tmp_path / "hostile")

    index = CoordinatorIndex.load(coordinator)
    assert len(index.decisions) == 5
    events = every_decided_event(index)
    by_member = events.by_member
    assert by_member[watched.outage_a].id != by_member[watched.outage_b].id  # no merge
    assert by_member[watched.outage_a].state == EventState.PROPOSED
    assert by_member[watched.outage_a].event.member_ids == {watched.outage_a}
    # Its author observed the sitting: none of their decisions applies there, notes too.
    assert by_member[watched.outage_a].notes == ()
    assert by_member[watched.outage_a].decisions == ()
    assert {d.action for d in events.unapplied} == {"reject", "obliterate"}
    dashboard = work_out_dashboard(index, events)
    assert dashboard.events == 3


# ---- the dashboard counts events ---------------------------------------------------------------


def _outage(vault: Vault, title: str, start: tuple[int, int], end: tuple[int, int]) -> str:
    notebook = Notebook(vault)
    trial = notebook.add_trial(title, case_number=CASE, court=COURT, country="BY")
    hearing = notebook.add_hearing(
        trial.id, at(10, 0), "remote", "Europe/Minsk", platform="Zoom", status="held"
    )
    lost = notebook.start_interval(hearing.id, "remote.connection_lost", at(*start))
    notebook.stop_interval(lost.id, at(*end))
    return trial.id


def test_one_outage_seen_by_three_observers_counts_once(
    vault: Vault,
    second_observer: Vault,
    third_observer: Vault,
    coordinator: Vault,
    tmp_path: Path,
) -> None:
    trials = [
        _outage(vault, "State v. Ivanova", (10, 5), (10, 25)),
        _outage(second_observer, "Ivanova case", (10, 7), (10, 20)),
        _outage(third_observer, "Ivanova", (10, 6), (10, 30)),
    ]
    for n, observer in enumerate((vault, second_observer, third_observer)):
        _send(observer, coordinator, tmp_path / f"from-{n}")
    before = work_out_dashboard(CoordinatorIndex.load(coordinator))
    assert (before.events, before.by_category) == (3, {"remote": 3})  # three trials apart

    links = TrialLinks(coordinator)
    links.link(trials[0], trials[1])
    links.link(trials[1], trials[2])
    index = CoordinatorIndex.load(coordinator)
    dashboard = work_out_dashboard(index)
    assert dashboard.observations == 3  # what was logged
    assert dashboard.events == 1  # what happened
    assert dashboard.by_category == {"remote": 1}
    assert dashboard.by_country == {"BY": 1}
    assert dashboard.by_month == {"2026-11": 1}
    assert list(dashboard.seconds_lost_by_session.values()) == [25 * 60]  # 10:05-10:30
    (event,) = decided_events(index, trials[2])
    assert event.event.seen_by == (3, 3)

    _decide(coordinator, EventAction.REJECT, event.id)
    rejected = work_out_dashboard(CoordinatorIndex.load(coordinator))
    assert (rejected.events, rejected.rejected, rejected.by_category) == (0, 1, {})
    assert rejected.seconds_lost_by_session == {}  # not counted: its time is not lost
    assert rejected.observations == 3  # still logged, as logged
