"""The days a sentence element runs (`terms`): ends worked out across leap years and month
ends, the court's day in the court's zone, countdowns, early ends, and terms as typed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.aftermath import Aftermath
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import SentenceElement, Trial
from monitor_app.core.records.terms import (
    add_term,
    element_end,
    parse_term,
    term_state,
    today_in,
)
from tests.aftermath_cases import ALMATY

NEW_YORK = "America/New_York"
# 00:30 on 1 March in Almaty (UTC+5), 14:30 on 28 February in New York.
ALMATY_MIDNIGHT_PAST = datetime(2026, 2, 28, 19, 30, tzinfo=UTC)


# ---- add_term -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "term", "end"),
    [
        (date(2020, 2, 29), (5, 0, 0), date(2025, 2, 28)),  # no 29th: the last day of February
        (date(2020, 2, 29), (4, 0, 0), date(2024, 2, 29)),
        (date(2020, 2, 29), (0, 12, 0), date(2021, 2, 28)),
        (date(2021, 1, 31), (0, 1, 0), date(2021, 2, 28)),
        (date(2024, 1, 31), (0, 1, 0), date(2024, 2, 29)),
        (date(2021, 1, 31), (0, 3, 0), date(2021, 4, 30)),
        (date(2020, 6, 22), (5, 0, 0), date(2025, 6, 22)),
        (date(2023, 11, 15), (0, 2, 0), date(2024, 1, 15)),  # over a year's end
        (date(2024, 2, 28), (0, 0, 1), date(2024, 2, 29)),
        (date(2023, 2, 28), (0, 0, 1), date(2023, 3, 1)),
        (date(2024, 12, 31), (0, 0, 365), date(2025, 12, 31)),
        (date(2023, 12, 31), (0, 0, 366), date(2024, 12, 31)),  # 2024 has 366 days
        (date(2020, 1, 31), (1, 1, 1), date(2021, 3, 1)),  # years and months first, then days
    ],
)
def test_add_term(start: date, term: tuple[int, int, int], end: date) -> None:
    assert add_term(start, *term) == end


starts = st.dates(date(1900, 1, 1), date(2199, 12, 31))
years = st.integers(0, 100)
months = st.integers(0, 1_200)
days = st.integers(0, 36_600)


@given(starts, years, months, days)
def test_a_term_never_ends_before_it_starts(start: date, y: int, m: int, d: int) -> None:
    assert add_term(start, y, m, d) >= start


@given(starts, years)
def test_years_are_twelve_months(start: date, y: int) -> None:
    assert add_term(start, years=y) == add_term(start, months=12 * y)


@given(starts, years, months, days, st.sampled_from(("years", "months", "days")))
def test_a_longer_term_never_ends_sooner(start: date, y: int, m: int, d: int, longer: str) -> None:
    term = {"years": y, "months": m, "days": d}
    more = {**term, longer: term[longer] + 1}
    assert add_term(start, **more) >= add_term(start, **term)


@given(starts, starts, years, months, days)
def test_a_later_start_never_ends_sooner(first: date, second: date, y: int, m: int, d: int) -> None:
    first, second = sorted((first, second))
    assert add_term(first, y, m, d) <= add_term(second, y, m, d)


# ---- parse_term -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("5y", (5, 0, 0)),
        ("6m", (0, 6, 0)),
        ("10d", (0, 0, 10)),
        ("5y6m10d", (5, 6, 10)),
        (" 2Y 3D ", (2, 0, 3)),
        ("0y1d", (0, 0, 1)),
    ],
)
def test_parse_term(text: str, term: tuple[int, int, int]) -> None:
    assert parse_term(text) == term


@pytest.mark.parametrize("text", ["", "0d", "5", "y", "6m5y", "5 years", "-1y", "\u0665y", "1y1y"])
def test_parse_term_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_term(text)
    assert refused.value.code == "term-malformed"


def _parsed_or_refusal(text: str) -> tuple[int, int, int] | str:
    try:
        return parse_term(text)
    except ValidationError as refused:
        return refused.code


@given(st.text(max_size=20))
def test_parse_term_refuses_without_crashing(text: str) -> None:
    result = _parsed_or_refusal(text)
    assert result == "term-malformed" or (any(result) and min(result) >= 0)


# ---- elements in a vault --------------------------------------------------------------


def _trial_in(notebook: Notebook, tz: str) -> Trial:
    trial = notebook.add_trial(f"A trial in {tz}", defendants=("D",))
    notebook.add_hearing(trial.id, datetime(2026, 1, 12, 5, tzinfo=UTC), "in-person", tz)
    return trial


def _ban(notebook: Notebook, tz: str, **fields: Any) -> SentenceElement:
    trial = _trial_in(notebook, tz)
    return Aftermath(notebook).add_sentence_element(trial.id, "D", "activity-ban", **fields)


def test_the_days_are_the_courts(notebook: Notebook) -> None:
    """A ban ending on 1 March in Almaty is over at 00:30 in Almaty, while at that same
    instant a ban ending on 1 March in New York still binds (it is 28 February there)."""
    in_almaty = _ban(notebook, ALMATY, end_date=date(2026, 3, 1))
    in_new_york = _ban(notebook, NEW_YORK, end_date=date(2026, 3, 1))
    assert today_in(ALMATY, ALMATY_MIDNIGHT_PAST) == date(2026, 3, 1)
    almaty = term_state(in_almaty, [], ALMATY_MIDNIGHT_PAST)
    new_york = term_state(in_new_york, [], ALMATY_MIDNIGHT_PAST)
    assert (almaty.in_force, almaty.days_left) == (False, 0)
    assert (new_york.in_force, new_york.days_left) == (True, 1)
    a_minute_before = ALMATY_MIDNIGHT_PAST - timedelta(minutes=31)
    assert term_state(in_almaty, [], a_minute_before).in_force


def test_the_end_is_worked_out_from_the_start_and_the_term(notebook: Notebook) -> None:
    ban = _ban(notebook, ALMATY, start_date=date(2020, 2, 29), years=5)
    assert element_end(ban) == date(2025, 2, 28)
    named = _ban(notebook, ALMATY, start_date=date(2020, 2, 29), years=5, end_date=date(2025, 3, 1))
    assert element_end(named) == date(2025, 3, 1)  # the day the judgment names wins
    assert element_end(_ban(notebook, ALMATY, years=5)) is None  # not started
    assert element_end(_ban(notebook, ALMATY, start_date=date(2020, 2, 29))) is None


def test_the_countdown(notebook: Notebook) -> None:
    ban = _ban(notebook, ALMATY, start_date=date(2021, 1, 31), months=1, days=10)
    assert element_end(ban) == date(2021, 3, 10)

    def state_on(day: date) -> tuple[bool, int | None]:
        noon_in_almaty = datetime(day.year, day.month, day.day, 7, tzinfo=UTC)
        state = term_state(ban, [], noon_in_almaty)
        return state.in_force, state.days_left

    assert state_on(date(2021, 1, 30)) == (False, 39)  # not started yet
    assert state_on(date(2021, 1, 31)) == (True, 38)
    assert state_on(date(2021, 3, 9)) == (True, 1)  # its last day
    assert state_on(date(2021, 3, 10)) == (False, 0)
    assert state_on(date(2021, 4, 10)) == (False, -31)


def test_without_an_end_it_binds_from_its_judgment(notebook: Notebook) -> None:
    ban = _ban(notebook, ALMATY, judgment_date=date(2026, 3, 1))
    assert not term_state(ban, [], datetime(2026, 2, 28, 12, tzinfo=UTC)).in_force
    state = term_state(ban, [], datetime(2026, 3, 1, 12, tzinfo=UTC))
    assert (state.in_force, state.end, state.days_left) == (True, None, None)


@pytest.mark.parametrize(
    ("kind", "outcome", "ends"),
    [
        ("pardon", "granted", True),
        ("pardon", "refused", False),
        ("pardon", "pending", False),
        ("amnesty", "granted", True),
        ("early-release", "granted", True),
        ("appeal", "overturned", True),
        ("appeal", "upheld", False),
        ("cassation", "overturned", True),
        ("appeal", "reduced", False),
        ("restriction-ended", "pending", True),
        ("violation", "detention", False),
    ],
)
def test_an_early_end(notebook: Notebook, kind: str, outcome: str, ends: bool) -> None:
    ban = _ban(notebook, ALMATY, start_date=date(2023, 4, 14), years=6)
    ending = Aftermath(notebook).add_proceeding(
        ban.trial_id, kind, sentence_id=ban.id, date=date(2026, 1, 10), outcome=outcome
    )
    state = term_state(ban, [ending], datetime(2026, 3, 1, tzinfo=UTC))
    assert state.in_force is not ends
    if ends:
        assert (state.end, state.days_left, state.ended_by) == (date(2026, 1, 10), -50, ending)
    else:
        assert (state.end, state.ended_by) == (date(2029, 4, 14), None)


def test_an_early_end_counts_only_for_its_own_element_and_only_when_earlier(
    notebook: Notebook,
) -> None:
    aftermath = Aftermath(notebook)
    ban = _ban(notebook, ALMATY, start_date=date(2023, 4, 14), years=2)
    other = aftermath.add_sentence_element(ban.trial_id, "D", "fine")
    pardons = [
        aftermath.add_proceeding(
            ban.trial_id, "pardon", sentence_id=other.id, date=date(2024, 1, 1), outcome="granted"
        ),
        aftermath.add_proceeding(
            ban.trial_id, "pardon", sentence_id=ban.id, date=date(2026, 1, 1), outcome="granted"
        ),
    ]
    state = term_state(ban, pardons, datetime(2024, 6, 1, tzinfo=UTC))
    assert (state.in_force, state.end, state.ended_by) == (True, date(2025, 4, 14), None)
