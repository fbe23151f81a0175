"""Corroborated events: one session's observations grouped into events, whatever the order
they arrived in; hand-built scenes with the events expected; generated scenes checked
against the rule stated pair by pair; and the seed scenario through real vaults and
bundles (two observers of one Zoom outage: one event, seen by 2 of 2)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.core.coordination.events import (
    POINT_WINDOW,
    Aspect,
    Event,
    Relations,
    SessionFacts,
    event_from,
    event_id,
    events_by_member,
    every_event,
    group_events,
    session_events,
    trial_events,
)
from monitor_app.core.coordination.index import CoordinatorIndex, Observed
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import UnknownCode, ValidationError
from monitor_app.core.records.records import Observation
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.taxonomy import load_taxonomy
from monitor_app.core.records.timeutil import to_utc_text
from monitor_app.core.vault.vault import Vault
from tests.coordination_scene import Watched, at

TAXONOMY = load_taxonomy()
RELATIONS = Relations(TAXONOMY)
BASE = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
SESSION = "t1:2026-11-24"
A, B, C = "a" * 32, "b" * 32, "c" * 32


def utc(seconds: float) -> str:
    return to_utc_text(BASE + timedelta(seconds=seconds))


def minutes(m: float) -> float:
    return m * 60


def note(
    record_id: str,
    observer: str,
    code: str,
    start: float,
    end: float | None = None,
    *,
    interval: bool | None = None,
    severity: str | None = None,
    parties: tuple[str, ...] = (),
    response: str | None = None,
    hearing: str = "h1",
) -> Observed:
    """An observation as the index hands it over; times in seconds after `BASE`. An
    interval when ``end`` is given or ``interval`` says so (open without an end)."""
    is_interval = end is not None if interval is None else interval
    observation = Observation(
        id=record_id,
        trial_id="t1",
        hearing_id=hearing,
        code=code,
        at=utc(start),
        interval=is_interval,
        end=utc(end) if end is not None else None,
        severity=severity,
        parties=parties,
        court_response=response,
    )
    try:
        category = TAXONOMY.item(code).category
    except UnknownCode:
        category = code.partition(".")[0]
    return Observed(observation, observer, "t1", None, category, severity)


def facts(*present: str, end: float | None = None) -> SessionFacts:
    return SessionFacts(SESSION, frozenset(present), utc(end) if end is not None else None)


def grouped(
    entries: Sequence[Observed], session: SessionFacts, window: timedelta = POINT_WINDOW
) -> list[set[str]]:
    return [set(e.member_ids) for e in group_events(entries, session, RELATIONS, window)]


# ---- hand-built scenes ---------------------------------------------------------------------


def test_related_conditions_of_three_observers_are_one_event() -> None:
    entries = [
        note("1", A, "remote.connection_lost", minutes(5), minutes(25), severity="high"),
        note("2", B, "remote.connection_lost", minutes(7), minutes(20), severity="high"),
        note("3", C, "remote.video_frozen", minutes(24), minutes(30), severity="high"),
        note("4", C, "hearing.recess", minutes(10), minutes(15)),  # not a loss: apart
    ]
    first, recess = group_events(entries, facts(A, B, C), RELATIONS)
    assert first.member_ids == {"1", "2", "3"}
    assert first.seen_by == (3, 3)
    assert first.corroborated
    assert (first.start, first.end, first.open) == (utc(minutes(5)), utc(minutes(30)), False)
    assert first.codes == ("remote.connection_lost", "remote.video_frozen")
    assert first.category == "remote"
    condition = first.difference(Aspect.CONDITION)
    assert condition is not None
    assert condition.by_observer == {
        A: ("remote.connection_lost",),
        B: ("remote.connection_lost",),
        C: ("remote.video_frozen",),
    }
    assert first.difference(Aspect.SEVERITY) is None
    assert recess.member_ids == {"4"}
    assert recess.seen_by == (1, 3)
    assert not recess.corroborated
    assert recess.differences == ()


def test_conditions_related_only_through_the_taxonomy() -> None:
    loss = [
        note("1", A, "participation.defendant_cannot_hear", 0, minutes(10)),
        note("2", B, "participation.defendant_cannot_follow", minutes(5), minutes(15)),
    ]
    assert grouped(loss, facts(A, B)) == [{"1", "2"}]
    # Same category, not both a loss of participation: two events.
    other = [
        note("1", A, "public.excluded", 0),
        note("2", B, "public.press_excluded", minutes(1)),
    ]
    assert grouped(other, facts(A, B)) == [{"1"}, {"2"}]
    # Both losses, different categories: two events.
    apart = [
        note("1", A, "remote.audio_lost", 0, minutes(10)),
        note("2", B, "interpretation.cannot_hear", minutes(5), minutes(15)),
    ]
    assert grouped(apart, facts(A, B)) == [{"1"}, {"2"}]


def test_points_join_within_the_window_and_chain() -> None:
    near = [
        note("1", A, "tribunal.prejudging_remarks", 0),
        note("2", B, "tribunal.prejudging_remarks", minutes(5)),  # exactly the window
    ]
    assert grouped(near, facts(A, B)) == [{"1", "2"}]
    far = [*near[:1], replace(near[1], observation=replace(near[1].observation, at=utc(301)))]
    assert grouped(far, facts(A, B)) == [{"1"}, {"2"}]
    assert grouped(far, facts(A, B), window=timedelta(minutes=10)) == [{"1", "2"}]
    chain = [
        note(str(n), (A, B, C)[n % 3], "tribunal.prejudging_remarks", minutes(4 * n))
        for n in range(4)
    ]
    (event,) = group_events(chain, facts(A, B, C), RELATIONS)
    assert (event.start, event.end) == (utc(0), utc(minutes(12)))
    assert event.difference(Aspect.END) is None  # points: their end is their time
    start = event.difference(Aspect.START)
    assert start is not None
    assert start.by_observer == {A: (utc(0),), B: (utc(minutes(4)),), C: (utc(minutes(8)),)}


def test_a_point_joins_an_interval_within_half_the_window() -> None:
    interval = note("1", A, "public.excluded", minutes(10), minutes(40))
    inside = note("2", B, "public.excluded", minutes(20))
    just_before = note("3", C, "public.excluded", minutes(7.5))
    too_early = note("4", C, "public.excluded", minutes(7.4))
    assert grouped([interval, inside, just_before], facts(A, B, C)) == [{"1", "2", "3"}]
    assert grouped([interval, too_early], facts(A, C)) == [{"4"}, {"1"}]


def test_intervals_that_touch_join_and_apart_do_not() -> None:
    touching = [
        note("1", A, "remote.audio_lost", 0, minutes(10)),
        note("2", B, "remote.audio_lost", minutes(10), minutes(20)),
    ]
    assert grouped(touching, facts(A, B)) == [{"1", "2"}]
    apart = [touching[0], note("2", B, "remote.audio_lost", minutes(10) + 1, minutes(20))]
    assert grouped(apart, facts(A, B)) == [{"1"}, {"2"}]


def test_an_open_interval_runs_to_the_sessions_end() -> None:
    entries = [
        note("1", A, "remote.connection_lost", minutes(10), interval=True),
        note("2", B, "remote.connection_lost", minutes(100), minutes(110)),
    ]
    ended, after = group_events(entries, facts(A, B, end=minutes(60)), RELATIONS)
    assert ended.member_ids == {"1"}
    assert (ended.end, ended.open) == (utc(minutes(60)), True)
    assert after.member_ids == {"2"}
    # No recorded end: it runs on, and meets what came later.
    (event,) = group_events(entries, facts(A, B), RELATIONS)
    assert (event.start, event.end, event.open) == (utc(minutes(10)), None, True)
    end = event.difference(Aspect.END)
    assert end is not None
    assert end.by_observer == {A: (), B: (utc(minutes(110)),)}


def test_an_observers_own_notes_of_one_condition_join() -> None:
    entries = [
        note("1", A, "innocence.cage", 0, minutes(30), severity="medium"),
        note("2", A, "innocence.cage", minutes(20), minutes(60), severity="high"),
    ]
    (event,) = group_events(entries, facts(A, B), RELATIONS)
    assert event.recorded_by == (A,)
    assert event.seen_by == (1, 2)
    assert event.differences == ()  # one observer disagrees with no one


def test_conditions_about_the_observer_happen_to_each_apart() -> None:
    entries = [
        note("1", A, "observer.searched", 0),
        note("2", B, "observer.searched", 30),
        note("3", A, "observer.searched", 60),
    ]
    assert grouped(entries, facts(A, B)) == [{"1", "3"}, {"2"}]


def test_free_notes_are_no_events() -> None:
    entries = [
        note("1", A, "general.note", 0),
        note("2", B, "general.note", 0),
        note("3", B, "remote.audio_lost", 0, 60),
    ]
    events = group_events(entries, facts(A, B), RELATIONS)
    assert [e.member_ids for e in events] == [{"3"}]
    assert set(events_by_member(events)) == {"3"}


def test_unknown_codes_join_only_themselves() -> None:
    entries = [
        note("1", A, "future.thing", 0),
        note("2", B, "future.thing", 60),
        note("3", B, "future.other", 60),
    ]
    assert grouped(entries, facts(A, B)) == [{"1", "2"}, {"3"}]


def test_differences_side_by_side() -> None:
    entries = [
        note(
            "1", A, "remote.audio_lost", 0, minutes(10), severity="high",
            parties=("defendant",), response="continued",
        ),
        note(
            "2", B, "remote.audio_lost", 0, minutes(10), severity="medium",
            parties=("defendant", "defence_counsel"), response="paused",
        ),
        note("3", C, "remote.audio_lost", 0, minutes(10)),
    ]  # fmt: skip
    (event,) = group_events(entries, facts(A, B, C), RELATIONS)
    assert [d.aspect for d in event.differences] == [
        Aspect.COURT_RESPONSE,
        Aspect.PARTIES,
        Aspect.SEVERITY,
    ]
    by_aspect = {d.aspect: d.by_observer for d in event.differences}
    assert by_aspect[Aspect.COURT_RESPONSE] == {A: ("continued",), B: ("paused",), C: ()}
    assert by_aspect[Aspect.PARTIES] == {
        A: ("defendant",),
        B: ("defence_counsel", "defendant"),
        C: (),
    }
    assert by_aspect[Aspect.SEVERITY] == {A: ("high",), B: ("medium",), C: ()}


def test_a_recorder_is_always_among_those_present() -> None:
    (event,) = group_events([note("1", A, "counsel.barred", 0)], facts(), RELATIONS)
    assert event.seen_by == (1, 1)


def test_the_window_is_checked() -> None:
    entries = [note("1", A, "counsel.barred", 0)]
    for window in (timedelta(seconds=-1), timedelta(hours=24, seconds=1)):
        with pytest.raises(ValidationError) as caught:
            group_events(entries, facts(A), RELATIONS, window)
        assert caught.value.code == "event-window"
    assert grouped(entries, facts(A), timedelta(0)) == [{"1"}]


def test_an_event_made_by_hand_is_the_same_event() -> None:
    """What a coordinator's split or merge will build on: the same members, the same
    event, its id a function of the members alone."""
    entries = [
        note("1", A, "remote.audio_lost", 0, minutes(10)),
        note("2", B, "remote.audio_lost", minutes(5), minutes(12)),
    ]
    (event,) = group_events(entries, facts(A, B), RELATIONS)
    assert event_from(reversed(entries), facts(A, B)) == event
    assert event.id == event_id(["2", "1"]) != event_id(["1"])
    with pytest.raises(ValueError, match="at least one"):
        event_from([], facts(A))


# ---- generated scenes ----------------------------------------------------------------------

CODES = (
    "remote.connection_lost",  # interval, a loss
    "remote.video_frozen",  # interval, a loss, related to the one above
    "hearing.recess",  # interval, no loss
    "public.excluded",  # point or interval
    "tribunal.prejudging_remarks",  # point
    "observer.searched",  # point, about the observer
    "general.note",  # free note
)
OBSERVERS = (A, B, C)
WINDOWS = st.sampled_from(
    (timedelta(0), timedelta(seconds=1), timedelta(seconds=7), POINT_WINDOW, timedelta(hours=1))
)


@st.composite
def scenes(draw: st.DrawFn, max_notes: int = 30) -> list[Observed]:
    count = draw(st.integers(0, max_notes))
    entries = []
    for n in range(count):
        code = draw(st.sampled_from(CODES))
        timing = TAXONOMY.item(code).timing
        start = draw(st.integers(0, 4 * 3600))
        kind = draw(
            st.sampled_from(
                {"point": ("point",), "interval": ("closed", "open")}.get(
                    timing, ("point", "closed", "open")
                )
            )
        )
        end = start + draw(st.integers(0, 3600)) if kind == "closed" else None
        entries.append(
            note(
                f"{n:032x}",
                draw(st.sampled_from(OBSERVERS)),
                code,
                start,
                end,
                interval=kind != "point",
                severity=draw(st.sampled_from((None, "low", "high"))),
                parties=draw(st.sampled_from(((), ("defendant",), ("public", "press")))),
                response=draw(st.sampled_from((None, "paused", "continued"))),
            )
        )
    return entries


SESSION_ENDS = st.one_of(st.none(), st.integers(0, 5 * 3600))


def meets(
    a: Observed, b: Observed, window: timedelta, session_end: float | None, same_family: bool
) -> bool:
    """The rule, pair by pair, in plain timedeltas: what the sweep must agree with."""
    if not same_family:
        return False

    def span(entry: Observed) -> tuple[datetime, datetime, timedelta]:
        observation = entry.observation
        start = datetime.fromisoformat(observation.at)
        if not observation.interval:
            return start, start, window  # twice the half window: compared doubled below
        if observation.end:
            return start, datetime.fromisoformat(observation.end), timedelta(0)
        end = BASE + timedelta(seconds=session_end) if session_end is not None else datetime.max
        return start, max(start, end.replace(tzinfo=UTC)), timedelta(0)

    (a_start, a_end, a_pad), (b_start, b_end, b_pad) = span(a), span(b)
    gap = max(timedelta(0), b_start - a_end, a_start - b_end)
    return 2 * gap <= a_pad + b_pad


def components(
    entries: Sequence[Observed], window: timedelta, session_end: float | None
) -> set[frozenset[str]]:
    """Connected components of `meets` over every pair (quadratic: the test's reference)."""
    findings = [e for e in entries if RELATIONS.family(e) is not None]
    parent = {e.observation.id: e.observation.id for e in findings}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, a in enumerate(findings):
        for b in findings[i + 1 :]:
            same = RELATIONS.family(a) == RELATIONS.family(b)
            if meets(a, b, window, session_end, same):
                parent[root(a.observation.id)] = root(b.observation.id)
    groups: dict[str, set[str]] = {}
    for entry in findings:
        groups.setdefault(root(entry.observation.id), set()).add(entry.observation.id)
    return {frozenset(g) for g in groups.values()}


@settings(max_examples=300, deadline=None)
@given(scenes(), WINDOWS, SESSION_ENDS)
def test_grouping_is_the_rule_pair_by_pair(
    entries: list[Observed], window: timedelta, session_end: float | None
) -> None:
    session = facts(A, B, end=session_end)
    events = group_events(entries, session, RELATIONS, window)
    assert {frozenset(e.member_ids) for e in events} == components(entries, window, session_end)
    # Every finding in exactly one event; each event's members agree on their family.
    members = [m.observation.id for e in events for m in e.members]
    assert len(members) == len(set(members))
    for event in events:
        assert len({RELATIONS.family(m) for m in event.members}) == 1
        assert set(event.recorded_by) <= set(event.present)
        assert event.id == event_id(event.member_ids)


@settings(max_examples=200, deadline=None)
@given(scenes(), WINDOWS, SESSION_ENDS, st.randoms(use_true_random=False))
def test_the_same_events_whatever_the_order_of_arrival(
    entries: list[Observed], window: timedelta, session_end: float | None, rng: random.Random
) -> None:
    session = facts(A, B, C, end=session_end)
    shuffled = list(entries)
    rng.shuffle(shuffled)
    assert group_events(shuffled, session, RELATIONS, window) == group_events(
        entries, session, RELATIONS, window
    )


def _moved(text: str | None, by: timedelta) -> str | None:
    return to_utc_text(datetime.fromisoformat(text) + by) if text else None


def _shifted(entry: Observed, by: timedelta) -> Observed:
    observation = entry.observation
    at = to_utc_text(datetime.fromisoformat(observation.at) + by)
    moved = replace(observation, at=at, end=_moved(observation.end, by))
    return replace(entry, observation=moved)


@settings(max_examples=200, deadline=None)
@given(scenes(), WINDOWS, SESSION_ENDS, st.integers(-30 * 86400, 30 * 86400))
def test_shifting_every_time_shifts_the_events(
    entries: list[Observed], window: timedelta, session_end: float | None, seconds: int
) -> None:
    by = timedelta(seconds=seconds)
    session = facts(A, B, C, end=session_end)
    moved_session = replace(session, end=_moved(session.end, by))
    before = group_events(entries, session, RELATIONS, window)
    after = group_events([_shifted(e, by) for e in entries], moved_session, RELATIONS, window)
    assert [e.id for e in after] == [e.id for e in before]
    assert [(e.start, e.end) for e in after] == [
        (_moved(e.start, by), _moved(e.end, by)) for e in before
    ]
    assert [[d.aspect for d in e.differences] for e in after] == [
        [d.aspect for d in e.differences] for e in before
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(OBSERVERS), min_size=1, max_size=20),
    st.lists(st.integers(1, 3600), min_size=20, max_size=20),
    WINDOWS,
)
def test_points_farther_apart_than_the_window_never_join(
    observers: list[str], extra: list[int], window: timedelta
) -> None:
    entries, start = [], 0.0
    for n, (observer, more) in enumerate(zip(observers, extra, strict=False)):
        entries.append(note(f"{n:032x}", observer, "tribunal.prejudging_remarks", start))
        start += window.total_seconds() + more
    events = group_events(entries, facts(*OBSERVERS), RELATIONS, window)
    assert [len(e.members) for e in events] == [1] * len(entries)


# ---- through the coordinator's index ------------------------------------------------------


def _revision(record_id: str, kind: str, author: str, **body: object) -> Revision:
    return Revision(
        rev_id=f"{record_id}-1",
        record_id=record_id,
        kind=kind,
        parent_id=None if kind == "trial" else str(body.get("hearing_id") or body["trial_id"]),
        number=1,
        base=None,
        author=author,
        author_seq=1,
        created_utc="2026-11-01T00:00:00Z",
        tz="Europe/Minsk",
        prev_hash=None,
        deleted=False,
        reason="",
        body=body,
    )


def _index(
    notes: Sequence[tuple[str, int, str, float, float | None]],
    checklist: Sequence[tuple[str, int]] = (),
) -> CoordinatorIndex:
    """One trial every observer shares (as if linked) with a hearing per observer per day;
    each note: (observer, day, code, start, end), start and end in seconds after `BASE` on
    that day. ``checklist``: (observer, day) of a checklist answer."""
    revisions = [_revision("t1", "trial", A, title="State v. Ivanova")]
    for observer in OBSERVERS:
        for day in range(3):
            revisions.append(
                _revision(
                    f"h-{observer[0]}{day}", "hearing", observer, trial_id="t1",
                    scheduled_start=to_utc_text(BASE + timedelta(days=day)),
                    tz="Europe/Minsk", mode="remote",
                )
            )  # fmt: skip
    for n, (observer, day, code, start, end) in enumerate(notes):
        when = timedelta(days=day)
        revisions.append(
            _revision(
                f"o{n}", "observation", observer, trial_id="t1",
                hearing_id=f"h-{observer[0]}{day}", code=code,
                at=to_utc_text(BASE + when + timedelta(seconds=start)),
                interval=end is not None or TAXONOMY.item(code).timing == "interval",
                end=to_utc_text(BASE + when + timedelta(seconds=end)) if end else None,
            )
        )  # fmt: skip
    for n, (observer, day) in enumerate(checklist):
        revisions.append(
            _revision(
                f"q{n}", "checklist", observer, hearing_id=f"h-{observer[0]}{day}",
                question="defendant_could_hear", answer="no",
            )
        )  # fmt: skip
    return CoordinatorIndex(revisions, [], TAXONOMY)


NOTES = st.tuples(
    st.sampled_from(OBSERVERS),
    st.integers(0, 2),
    st.sampled_from(("remote.connection_lost", "remote.audio_lost", "counsel.barred")),
    st.integers(-2 * 3600, 20 * 3600),  # now and then into the next day's hours
    st.one_of(st.none(), st.integers(20 * 3600, 40 * 3600)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(NOTES, max_size=25))
def test_a_note_never_joins_an_event_of_another_session(
    notes: list[tuple[str, int, str, float, float | None]],
) -> None:
    index = _index(notes)
    sessions = {s.key: s for s in index.sessions("t1")}
    events = trial_events(index, "t1")
    for event in events:
        hearing_ids = {m.observation.hearing_id for m in event.members}
        assert hearing_ids <= sessions[event.session].ids
    findings = [e for e in index.entries if e.is_finding]
    assert sorted(events_by_member(events)) == sorted(e.observation.id for e in findings)


def test_present_counts_checklists_and_free_notes() -> None:
    index = _index(
        [
            (A, 0, "remote.connection_lost", 600, 1800),
            (B, 0, "remote.audio_lost", 900, 1200),
            (C, 1, "general.note", 0, None),  # C was there on day 1 only
        ],
        checklist=[(C, 0)],
    )
    day0, day1, _ = index.sessions("t1")
    (event,) = session_events(index, day0)
    assert event.seen_by == (2, 3)
    assert event.present == tuple(sorted((A, B, C)))
    assert session_events(index, day1) == []


# ---- the seed scenario: real vaults and bundles ----------------------------------------------


def _zulu(hour: int, minute: int) -> str:
    return to_utc_text(at(hour, minute))


def test_two_observers_of_one_zoom_outage_are_one_event(
    watched: Watched, coordinator: Vault
) -> None:
    TrialLinks(coordinator).link(watched.trial_a, watched.trial_b)
    index = CoordinatorIndex.load(coordinator)
    (session,) = index.sessions(watched.trial_a)
    outage, excluded = session_events(index, session)
    assert outage.member_ids == {watched.outage_a, watched.outage_b}
    assert outage.recorded_by == tuple(sorted((watched.observer_a, watched.observer_b)))
    assert outage.seen_by == (2, 2)
    assert (outage.start, outage.end, outage.open) == (_zulu(10, 5), _zulu(10, 25), False)
    # Where they differ: when it started and ended; not the court's response, the parties
    # or the severity, which both gave alike.
    assert [d.aspect for d in outage.differences] == [Aspect.START, Aspect.END]
    start, end = outage.differences
    assert start.by_observer == {
        watched.observer_a: (_zulu(10, 5),),
        watched.observer_b: (_zulu(10, 7),),
    }
    assert end.by_observer == {
        watched.observer_a: (_zulu(10, 25),),
        watched.observer_b: (_zulu(10, 20),),
    }
    # Only observer B saw the public shut out.
    assert excluded.member_ids == {watched.excluded_b}
    assert excluded.seen_by == (1, 2)
    # Either trial record names the linked trial's events; they are all there are.
    assert trial_events(index, watched.trial_b) == [outage, excluded]
    assert every_event(index) == [outage, excluded]


def test_unlinked_the_two_records_are_two_trials(watched: Watched, coordinator: Vault) -> None:
    index = CoordinatorIndex.load(coordinator)
    for trial_id, outage_id in (
        (watched.trial_a, watched.outage_a),
        (watched.trial_b, watched.outage_b),
    ):
        events: list[Event] = trial_events(index, trial_id)
        outage = events_by_member(events)[outage_id]
        assert outage.member_ids == {outage_id}
        assert outage.seen_by == (1, 1)
