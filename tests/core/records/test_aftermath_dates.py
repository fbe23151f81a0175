"""Calendar dates as the vault keeps them ("2026-11-24", `value_checks.calendar_date`): what
is accepted is exactly a real day written in that one form within the years the rules
allow; everything else is refused with a `ValidationError`, never a crash. Entry hands in
`datetime.date` values (`date_text`); a date typed on the command line is read by the same
function."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.value_checks import FIRST_YEAR, LAST_YEAR, calendar_date, date_text


def expected_day(text: str) -> date | None:
    """The day ``text`` names as `date.fromisoformat` reads it, when it is written exactly
    as that day's own ISO form (so not "20261124" nor a week date) and lies in range."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    if day.isoformat() != text or not FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return day


def read(text: str) -> date | str:
    """The day read, or the code of the refusal."""
    try:
        return calendar_date("start_date", text)
    except ValidationError as refused:
        return refused.code


date_like = st.builds(
    "{:04d}-{:02d}-{:02d}".format,
    st.integers(0, 9999),
    st.integers(0, 99),
    st.integers(0, 99),
)
# Unicode digits, signs and spaces where ASCII digits belong.
odd_digits = st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z")
texts = st.one_of(st.dates().map(date.isoformat), date_like, odd_digits, st.text(max_size=14))


@given(texts)
@example("2026-02-30")
@example("2024-02-29")
@example("2023-02-29")
@example("1899-12-31")
@example("2200-01-01")
@example("20261124")
@example("2026-W09-1")
@example("2026-11-24 ")
@example("2026-11-24\n")
@example("+026-11-24")
@example("2026-11-24T00:00")
def test_calendar_date_accepts_exactly_the_real_days_in_range(text: str) -> None:
    day = expected_day(text)
    if day is None:
        assert read(text) in {"date-malformed", "date-not-real", "date-out-of-range"}
    else:
        assert read(text) == day


@given(st.dates())
def test_a_date_given_at_entry_is_kept_as_its_iso_form_or_refused(day: date) -> None:
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        assert date_text("judgment_date", day) == day.isoformat()
        assert calendar_date("judgment_date", date_text("judgment_date", day)) == day
    else:
        with pytest.raises(ValidationError) as refused:
            date_text("judgment_date", day)
        assert refused.value.code == "date-out-of-range"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2026-02-30", "date-not-real"),
        ("2026-13-01", "date-not-real"),
        ("2026-2-3", "date-malformed"),
        ("24.11.2026", "date-malformed"),
        ("", "date-malformed"),
        ("1899-12-31", "date-out-of-range"),
    ],
)
def test_each_refusal_says_why(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        calendar_date("start_date", text)
    assert refused.value.code == code
    assert "start_date" in str(refused.value)
