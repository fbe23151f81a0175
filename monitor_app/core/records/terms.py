"""The days a sentence element runs: its end, worked out from its start and its term, and
whether it is still in force on a given day.

A term is years, months and days added to its start in that order, as a calendar counts
them: 5 years from 2020-02-29 run to 2025-02-28 (the last day of February when the year
has no 29th), and 1 month from 2021-01-31 to 2021-02-28. The end is the day the term runs
to; the element binds up to and including the day before it. Days are the court's days:
"today" is taken in the zone the element was recorded in (a sentence pronounced in Almaty
ends at midnight in Almaty, not in the observer's laptop's zone).

An element ends early when a proceeding about it (`Proceeding.sentence_id`) says so on its
date: a pardon, amnesty or early release granted, a note that the restriction ended, or an
appeal or cassation that overturned it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from monitor_app.core.errors import ValidationError
from monitor_app.core.records.records import (
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
    SentenceElement,
)
from monitor_app.core.records.taxonomy import DURATION_KEYS, DURATION_RE, SHOWN_MAX
from monitor_app.core.records.timeutil import zone
from monitor_app.core.textsafe import one_line

_RELEASES = (ProceedingType.EARLY_RELEASE, ProceedingType.PARDON, ProceedingType.AMNESTY)
_REVIEWS = (ProceedingType.APPEAL, ProceedingType.CASSATION)


def add_term(start: date, years: int = 0, months: int = 0, days: int = 0) -> date:
    """``start`` plus a term: years and months on the calendar (a day the month lacks
    becomes its last day), then days."""
    month_index = start.month - 1 + months + 12 * years
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day) + timedelta(days=days)


def has_term(element: SentenceElement) -> bool:
    return bool(element.years or element.months or element.days)


def element_end(element: SentenceElement) -> date | None:
    """The day the element runs to, as the judgment says: its end date when it names one,
    else its start plus its term; None when neither is known (a fine, a term not yet
    started)."""
    if element.end_date:
        return date.fromisoformat(element.end_date)
    if element.start_date and has_term(element):
        return add_term(
            date.fromisoformat(element.start_date), element.years, element.months, element.days
        )
    return None


def today_in(tz: str, now: datetime) -> date:
    """The calendar day it is at ``now`` (aware) in the zone ``tz``."""
    return now.astimezone(zone(tz)).date()


def court_zone(element: SentenceElement) -> str:
    """The zone an element's days are counted in: the one it was recorded in."""
    return element.revision.tz if element.revision else "UTC"


def ending_proceeding(
    element: SentenceElement, proceedings: Iterable[Proceeding]
) -> Proceeding | None:
    """The earliest dated proceeding that ended ``element``, if any."""
    endings = [
        p for p in proceedings if p.sentence_id == element.id and p.date and _ends_element(p)
    ]
    return min(endings, key=lambda p: (p.date or "", p.id), default=None)


def _ends_element(proceeding: Proceeding) -> bool:
    kind, outcome = proceeding.proceeding_type, proceeding.outcome
    if kind == ProceedingType.RESTRICTION_ENDED:
        return True
    if kind in _RELEASES:
        return outcome == ProceedingOutcome.GRANTED
    return kind in _REVIEWS and outcome == ProceedingOutcome.OVERTURNED


@dataclass(frozen=True)
class TermState:
    """Where an element stands on one day."""

    end: date | None  # the day it runs (or ran) to; an early end when one cut it short
    in_force: bool
    days_left: int | None  # days from today to its end; None when it has no end
    ended_by: Proceeding | None  # the proceeding that ended it early


def term_state(
    element: SentenceElement, proceedings: Iterable[Proceeding], now: datetime
) -> TermState:
    """``element`` as it stands at ``now``: in force from its start (or, with no start
    known, from its judgment) until its end or a proceeding that ended it."""
    today = today_in(court_zone(element), now)
    end = element_end(element)
    ended_by = ending_proceeding(element, proceedings)
    if ended_by is not None and ended_by.date:
        early = date.fromisoformat(ended_by.date)
        if end is None or early < end:
            end = early
        else:
            ended_by = None
    begun = element.start_date or element.judgment_date
    started = begun is None or date.fromisoformat(begun) <= today
    in_force = started and (end is None or today < end)
    return TermState(
        end=end,
        in_force=in_force,
        days_left=None if end is None else (end - today).days,
        ended_by=ended_by,
    )


def parse_term(text: str) -> tuple[int, int, int]:
    """A term as people write it, "5y", "6m", "10d" or "5y6m10d" (spaces ignored), as
    (years, months, days); refused unless it is written so and is more than nothing."""
    match = DURATION_RE.fullmatch("".join(text.split()).lower())
    parts = tuple(int(match.group(key) or 0) for key in DURATION_KEYS) if match else ()
    if not any(parts):
        raise ValidationError("term-malformed", value=one_line(text, SHOWN_MAX))
    years, months, days = parts
    return years, months, days
