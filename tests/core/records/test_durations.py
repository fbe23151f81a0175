"""The one duration rule: whole seconds, the fraction dropped, written in h/min/s."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.records.durations import DurationUnits, format_duration, whole_seconds

RUSSIAN = DurationUnits("{n} ч", "{n} мин", "{n} с")  # noqa: RUF001 (Cyrillic on purpose)
WRITTEN = re.compile(r"^(?:(\d+) h (\d\d) min (\d\d) s|(\d+) min (\d\d) s|(\d+) s)$")


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0 s"),
        (28, "28 s"),
        (59, "59 s"),
        (60, "1 min 00 s"),
        (156, "2 min 36 s"),
        (3599, "59 min 59 s"),
        (3600 + 5 * 60 + 12, "1 h 05 min 12 s"),
        (-5, "0 s"),
    ],
)
def test_format_duration(seconds: int, shown: str) -> None:
    assert format_duration(seconds) == shown


def test_units_come_from_the_caller() -> None:
    assert format_duration(3600 + 156, RUSSIAN) == "1 ч 02 мин 36 с"  # noqa: RUF001
    assert format_duration(28, RUSSIAN) == "28 с"  # noqa: RUF001


def test_whole_seconds_drops_the_fraction_as_a_stopwatch_does() -> None:
    assert whole_seconds(timedelta(seconds=28, microseconds=999_999)) == 28
    assert whole_seconds(timedelta(seconds=155, microseconds=1)) == 155
    assert whole_seconds(timedelta(seconds=-3)) == 0


@given(st.integers(min_value=0, max_value=10**7))
def test_format_duration_reads_back_as_the_same_seconds(seconds: int) -> None:
    """Nothing is rounded away: the text says exactly the whole seconds given, and a
    non-zero span never reads as zero."""
    match = WRITTEN.match(format_duration(seconds))
    assert match is not None
    h, m, s, m_only, s_of_m, s_only = match.groups()
    if h is not None:
        assert int(h) >= 1
        assert int(m) < 60
        assert int(s) < 60
        read = int(h) * 3600 + int(m) * 60 + int(s)
    elif m_only is not None:
        assert 1 <= int(m_only) < 60
        assert int(s_of_m) < 60
        read = int(m_only) * 60 + int(s_of_m)
    else:
        assert int(s_only) < 60
        read = int(s_only)
    assert read == seconds


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=999_999))
def test_a_running_timer_reads_what_stopping_it_would_store(seconds: int, micros: int) -> None:
    assert whole_seconds(timedelta(seconds=seconds, microseconds=micros)) == seconds
