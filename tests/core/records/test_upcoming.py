"""What is coming up (`upcoming`): the window's edges (today, the last day, the day after),
each item's day and distance in its own zone, what each kind of record contributes, and
the observer's whole notebook with the seed cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import Hearing, Proceeding, SentenceElement, Trial
from monitor_app.core.records.upcoming import (
    UpcomingItem,
    UpcomingKind,
    notebook_upcoming,
    upcoming,
)
from tests.aftermath_cases import ALMATY, MAMAY, ZHEKSEBAEV, enter_seed_cases

NEW_YORK = "America/New_York"
# 00:30 on 1 March 2026 in Almaty (UTC+5); still 28 February in UTC and in New York.
NOW = datetime(2026, 2, 28, 19, 30, tzinfo=UTC)
ALMATY_TODAY = date(2026, 3, 1)


class Court:
    """One trial whose hearings sit in ``tz``, and what is entered about it."""

    def __init__(self, notebook: Notebook, tz: str) -> None:
        self.notebook, self.tz = notebook, tz
        self.aftermath = Aftermath(notebook)
        self.trial: Trial = notebook.add_trial(f"A trial in {tz}", defendants=("D",))
        self.past = self.hearing(datetime(2025, 1, 10, 5, tzinfo=UTC), status="held")

    def hearing(self, start: datetime, **fields: Any) -> Hearing:
        return self.notebook.add_hearing(self.trial.id, start, "in-person", self.tz, **fields)

    def on(self, day: date, hour: int = 10) -> Hearing:
        """A hearing at ``hour`` on ``day``, on the court's clock."""
        local = datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(self.tz))
        return self.hearing(local)

    def element(self, **fields: Any) -> SentenceElement:
        return self.aftermath.add_sentence_element(self.trial.id, "D", "activity-ban", **fields)

    def proceeding(self, kind: str, **fields: Any) -> Proceeding:
        return self.aftermath.add_proceeding(self.trial.id, kind, **fields)

    def upcoming(self, days: int = 30, now: datetime = NOW) -> list[UpcomingItem]:
        return notebook_upcoming(self.notebook, now, days)


@pytest.fixture
def almaty(notebook: Notebook) -> Court:
    return Court(notebook, ALMATY)


def _days(items: list[UpcomingItem]) -> list[tuple[str, date, int]]:
    return [(item.kind.value, item.day, item.days_away) for item in items]


def _ahead(days: int) -> date:
    return ALMATY_TODAY + timedelta(days=days)


# ---- the window -----------------------------------------------------------------------


def test_the_window_runs_from_today_to_its_last_day(almaty: Court) -> None:
    almaty.on(_ahead(-1))
    for days in (0, 30, 31):
        almaty.on(_ahead(days))
    assert _days(almaty.upcoming()) == [
        ("hearing", _ahead(0), 0),
        ("hearing", _ahead(30), 30),
    ]
    assert _days(almaty.upcoming(days=0)) == [("hearing", _ahead(0), 0)]
    assert len(almaty.upcoming(days=31)) == 3


def test_a_hearing_counts_in_its_own_zone(notebook: Notebook) -> None:
    """At the same instant it is 1 March in Almaty and 28 February in New York: a hearing
    on 31 March is 30 days away in Almaty (inside a 30-day window), 31 in New York."""
    almaty, new_york = Court(notebook, ALMATY), Court(notebook, NEW_YORK)
    in_almaty = almaty.on(date(2026, 3, 31))
    in_new_york = new_york.on(date(2026, 3, 31))
    early_in_almaty = almaty.on(date(2026, 3, 1), hour=2)  # 21:00 UTC on 28 February
    items = notebook_upcoming(notebook, NOW)
    assert [(i.record_id, i.day, i.days_away) for i in items] == [
        (early_in_almaty.id, date(2026, 3, 1), 0),
        (in_almaty.id, date(2026, 3, 31), 30),
    ]
    later = notebook_upcoming(notebook, NOW, days=31)
    assert (in_new_york.id, date(2026, 3, 31), 31) in [
        (i.record_id, i.day, i.days_away) for i in later
    ]


def test_only_scheduled_hearings_are_coming_up(almaty: Court) -> None:
    almaty.hearing(datetime(2026, 3, 5, 5, tzinfo=UTC), status="postponed")
    almaty.hearing(datetime(2026, 3, 6, 5, tzinfo=UTC), status="cancelled")
    scheduled = almaty.hearing(datetime(2026, 3, 7, 5, tzinfo=UTC), hearing_type="ban-violation")
    items = almaty.upcoming()
    assert [(i.kind, i.record_id, i.what, i.defendant) for i in items] == [
        (UpcomingKind.HEARING, scheduled.id, "ban-violation", ""),
    ]
    assert items[0].trial_title == almaty.trial.title


def test_a_negative_or_absurd_window_is_refused(almaty: Court) -> None:
    for days in (-1, 36_601):
        with pytest.raises(ValidationError) as refused:
            almaty.upcoming(days=days)
        assert refused.value.code == "number-out-of-range"


# ---- proceedings ----------------------------------------------------------------------


def test_what_a_proceeding_brings_up(almaty: Court) -> None:
    reporting = almaty.proceeding("reporting", date=_ahead(7), outcome="upheld")
    pending = almaty.proceeding("appeal", date=_ahead(3), deadline=_ahead(1))
    decided = almaty.proceeding("cassation", date=_ahead(4), outcome="upheld")
    almaty.proceeding("situation", date=_ahead(2), situation="work-refused")
    almaty.proceeding("restriction-ended", date=_ahead(2))
    late = almaty.proceeding("clarification", deadline=_ahead(31))
    items = almaty.upcoming()
    assert [(i.kind.value, i.record_id, i.what, i.days_away) for i in items] == [
        ("deadline", pending.id, "appeal", 1),
        ("proceeding", pending.id, "appeal", 3),
        ("reporting", reporting.id, "reporting", 7),
    ]
    assert all(i.defendant == "D" for i in items)
    assert decided.id not in {i.record_id for i in items}
    assert late.id in {i.record_id for i in almaty.upcoming(days=31)}


def test_a_proceeding_heard_at_a_scheduled_hearing_is_one_item(almaty: Court) -> None:
    """A violation heard at a hearing entered for it: the sitting is listed once, as the
    hearing, and the proceeding's deadline still comes up."""
    sitting = almaty.on(_ahead(2))
    heard = almaty.proceeding(
        "violation", date=_ahead(2), deadline=_ahead(5), hearing_id=sitting.id
    )
    unheard = almaty.proceeding("violation", date=_ahead(3))
    assert [(i.kind.value, i.record_id) for i in almaty.upcoming()] == [
        ("hearing", sitting.id),
        ("proceeding", unheard.id),
        ("deadline", heard.id),
    ]
    almaty.notebook.update_hearing(sitting.id, status="held")  # no longer coming up itself
    assert ("proceeding", heard.id) in [(i.kind.value, i.record_id) for i in almaty.upcoming()]


# ---- ends of terms --------------------------------------------------------------------


def test_the_end_of_an_element_in_force(almaty: Court) -> None:
    ending = almaty.element(start_date=date(2021, 3, 31), years=5)  # ends 2026-03-31
    beyond = almaty.element(start_date=date(2021, 4, 1), years=5)
    not_started = almaty.element(start_date=_ahead(1), end_date=_ahead(20))
    items = almaty.upcoming()
    assert [(i.kind, i.record_id, i.day, i.days_away, i.what) for i in items] == [
        (UpcomingKind.TERM_END, ending.id, date(2026, 3, 31), 30, "activity-ban"),
    ]
    assert beyond.id in {i.record_id for i in almaty.upcoming(days=31)}
    assert not_started.id not in {i.record_id for i in almaty.upcoming(days=31)}


def test_an_element_ended_early_has_no_end_coming_up(almaty: Court) -> None:
    ban = almaty.element(start_date=date(2021, 3, 20), years=5)
    assert [i.record_id for i in almaty.upcoming()] == [ban.id]
    almaty.proceeding("pardon", sentence_id=ban.id, date=date(2026, 2, 1), outcome="granted")
    assert almaty.upcoming() == []


def test_items_are_listed_by_day(notebook: Notebook) -> None:
    almaty, new_york = Court(notebook, ALMATY), Court(notebook, NEW_YORK)
    new_york.on(date(2026, 3, 9))
    almaty.element(start_date=date(2021, 3, 5), years=5)
    almaty.proceeding("appeal", deadline=date(2026, 3, 2))
    almaty.on(date(2026, 3, 5))
    days = [item.day for item in notebook_upcoming(notebook, NOW)]
    assert days == sorted(days)
    assert len(days) == 4
    kinds = [i.kind for i in notebook_upcoming(notebook, NOW) if i.day == date(2026, 3, 5)]
    assert kinds == [UpcomingKind.HEARING, UpcomingKind.TERM_END]


def test_from_plain_record_lists_without_a_trial(almaty: Court) -> None:
    """The coordinator's index may hold a hearing whose trial it has not received."""
    hearing = almaty.on(_ahead(2))
    items = upcoming([], [hearing], [], [], NOW)
    assert [(i.record_id, i.trial_id, i.trial_title) for i in items] == [
        (hearing.id, almaty.trial.id, "")
    ]


# ---- the seed cases -------------------------------------------------------------------


def test_the_seed_cases_coming_up(notebook: Notebook) -> None:
    cases = enter_seed_cases(notebook)
    # A month before Zheksebaev's five years end (17 March 2026).
    items = notebook_upcoming(notebook, datetime(2026, 2, 20, 12, tzinfo=UTC))
    assert [(i.kind, i.record_id, i.defendant, i.days_away) for i in items] == [
        (UpcomingKind.TERM_END, cases.zheksebaev.ban_id, ZHEKSEBAEV, 25),
    ]
    # Mamay's six years end on 14 April 2029: the suspended sentence and the ban together.
    items = notebook_upcoming(notebook, datetime(2029, 4, 1, 12, tzinfo=UTC))
    assert {(i.record_id, i.defendant, i.day) for i in items} == {
        (element_id, MAMAY, date(2029, 4, 14)) for element_id in cases.mamay.element_ids
    }
