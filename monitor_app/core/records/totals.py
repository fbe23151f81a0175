"""Per-hearing totals and a trial's delay, computed from plain records.

Overlapping intervals are merged before they are added up: two people logging the same
outage, or audio and video lost together, must not count the time twice. Durations are in
whole seconds, by the one rule of `durations.whole_seconds`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor_app.core.errors import UnknownCode
from monitor_app.core.records.durations import whole_seconds
from monitor_app.core.records.records import NOT_HELD, Hearing, Observation
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import from_utc_text

DEFENDANT_PARTIES = frozenset({"defendant", "everyone"})
# Free notes are the context of the findings, not conditions observed: every count names
# them apart, and the dashboard's charts and the report's findings by standard leave them out.
FREE_NOTE_CODES = frozenset({"general.note"})


def is_free_note(code: str) -> bool:
    return code in FREE_NOTE_CODES


@dataclass(frozen=True)
class EntryCount:
    """What was logged, counted the one way every screen, the CLI and the reports count it:
    conditions observed, and free notes apart ("5 observations and 2 free notes")."""

    observations: int
    notes: int

    @property
    def total(self) -> int:
        """Every line of a log or a timeline: observations and free notes together."""
        return self.observations + self.notes

    def __str__(self) -> str:
        """The count in English, as the CLI prints it (the GUI words it in its language)."""
        observations = "observation" if self.observations == 1 else "observations"
        notes = "free note" if self.notes == 1 else "free notes"
        return f"{self.observations} {observations} and {self.notes} {notes}"


def count_entries(codes: Iterable[str]) -> EntryCount:
    """The entries whose condition codes are ``codes``, counted: observations, free notes."""
    observations = notes = 0
    for code in codes:
        if is_free_note(code):
            notes += 1
        else:
            observations += 1
    return EntryCount(observations, notes)


@dataclass(frozen=True)
class HearingTotals:
    observations: int  # conditions observed (`EntryCount`)
    notes: int  # free notes
    intervals: int
    open_intervals: int
    seconds_lost: int  # someone could not follow or take part
    seconds_defendant_could_not_follow: int
    seconds_continued_regardless: int  # the court went on while participation was lost

    @property
    def entries(self) -> EntryCount:
        return EntryCount(self.observations, self.notes)


def merged_seconds(spans: Iterable[tuple[datetime, datetime]]) -> int:
    """Total length of the union of the spans, in whole seconds (added up exactly, as
    timedeltas, and cut to whole seconds once)."""
    total = timedelta()
    current_start: datetime | None = None
    current_end: datetime | None = None
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if current_end is None or start > current_end:
            if current_start is not None and current_end is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_start is not None and current_end is not None:
        total += current_end - current_start
    return whole_seconds(total)


def interval_seconds(observation: Observation, until: datetime | None = None) -> int | None:
    """How long an interval lasted, in whole seconds; one still open, up to ``until``
    (None without it). None for an observation of a moment."""
    if not observation.interval:
        return None
    if observation.end:
        end = from_utc_text(observation.end)
    elif until is not None:
        end = until
    else:
        return None
    return whole_seconds(end - from_utc_text(observation.at))


def hearing_totals(
    hearing: Hearing,
    observations: Sequence[Observation],
    taxonomy: Taxonomy,
    now: datetime,
) -> HearingTotals:
    """Totals for one hearing. An interval still open runs to the hearing's recorded end,
    or to ``now`` if the hearing has no end yet."""
    close_open_at = from_utc_text(hearing.actual_end) if hearing.actual_end else now

    def loss_spans(keep: Callable[[Observation], bool]) -> list[tuple[datetime, datetime]]:
        spans = []
        for obs in observations:
            if not obs.interval or not keep(obs) or not counts_as_lost(obs, taxonomy):
                continue
            end = from_utc_text(obs.end) if obs.end else close_open_at
            spans.append((from_utc_text(obs.at), end))
        return spans

    entries = count_entries(o.code for o in observations)
    return HearingTotals(
        observations=entries.observations,
        notes=entries.notes,
        intervals=sum(1 for o in observations if o.interval),
        open_intervals=sum(1 for o in observations if o.is_open),
        seconds_lost=merged_seconds(loss_spans(lambda o: True)),
        seconds_defendant_could_not_follow=merged_seconds(
            loss_spans(lambda o: bool(DEFENDANT_PARTIES.intersection(o.parties)))
        ),
        seconds_continued_regardless=merged_seconds(
            loss_spans(lambda o: o.court_response == "continued")
        ),
    )


def counts_as_lost(observation: Observation, taxonomy: Taxonomy) -> bool:
    """Whether an interval of this condition counts as lost participation (time lost)."""
    try:
        return taxonomy.item(observation.code).participation_loss
    except UnknownCode:  # a code from a newer taxonomy: not counted, not fatal
        return False


@dataclass(frozen=True)
class Postponement:
    hearing_id: str
    scheduled_start: str
    reason: str
    requested_by: str
    next_date: str | None


@dataclass(frozen=True)
class TrialDelay:
    hearings: int
    held: int
    postponements: tuple[Postponement, ...]
    first_scheduled: str | None
    last_scheduled: str | None
    days_elapsed: int  # from the first to the last scheduled hearing


def trial_delay(hearings: Sequence[Hearing]) -> TrialDelay:
    ordered = sorted(hearings, key=lambda h: h.scheduled_start)
    postponed = tuple(
        Postponement(
            h.id, h.scheduled_start, h.postponement_reason, h.postponement_requested_by, h.next_date
        )
        for h in ordered
        if h.status in NOT_HELD
    )
    first = ordered[0].scheduled_start if ordered else None
    last = ordered[-1].scheduled_start if ordered else None
    days = (from_utc_text(last) - from_utc_text(first)).days if first and last else 0
    return TrialDelay(
        hearings=len(ordered),
        held=sum(1 for h in ordered if h.status == "held"),
        postponements=postponed,
        first_scheduled=first,
        last_scheduled=last,
        days_elapsed=days,
    )
