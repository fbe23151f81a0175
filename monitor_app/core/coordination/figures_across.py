"""The findings' figures across trials, by country and period, for a table and a CSV: the
figures of `findings` (defined in docs/findings.md) summed over the hearing sessions of
every trial. Each session is first reduced to its `SittingTally`, so the figures of a
programme are worked out one trial at a time, none of the trials' events held once its
tallies are taken (`coordinator_data.programme_figures`). Nothing here writes but
`write_figures_csv`.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from monitor_app.core.coordination.event_decisions import DecidedEvent, every_decided_event
from monitor_app.core.coordination.findings import (
    CORROBORATED,
    EVENTS,
    HEARINGS_HELD,
    Figure,
    FigureSpec,
    Measure,
    SessionState,
    SittingTally,
    Unit,
    figure_label,
    figure_specs,
    findings_words,
    sitting_tallies,
)
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.vault.atomic import write_private_atomically

ALL = ""  # the country or period of a row that counts every one
UNKNOWN_COUNTRY = "?"  # trials that name no country (or none written as two letters)
_COUNTRY = re.compile(r"[A-Z]{2}")


class Grouping(StrEnum):
    COUNTRY = "country"
    PERIOD = "period"
    BOTH = "both"


class PeriodLength(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"


def country_key(country: str) -> str:
    """A trial's country as the figures group it: two letters, upper case, or
    `UNKNOWN_COUNTRY` (none recorded, or not written as a code)."""
    code = country.strip().upper()
    return code if _COUNTRY.fullmatch(code) else UNKNOWN_COUNTRY


def period_key(date: str, length: PeriodLength) -> str:
    """ "2026" or "2026-Q4" of a local date ("2026-11-24")."""
    year, month = date[:4], int(date[5:7])
    return year if length == PeriodLength.YEAR else f"{year}-Q{(month - 1) // 3 + 1}"


@dataclass(frozen=True)
class FigureRow:
    """The figures of the hearings of one country (`ALL`: every one) in one period."""

    country: str  # a `country_key`, or `ALL`
    period: str  # a `period_key`, or `ALL`
    trials: int  # trial groups with a hearing here
    figures: tuple[Figure, ...]

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "period": self.period,
            "trials": self.trials,
            "figures": [f.to_json() for f in self.figures],
        }


@dataclass(frozen=True)
class FiguresAcross:
    grouping: Grouping
    period_length: PeriodLength
    country: str  # the filter: a `country_key`, or `ALL`
    rows: tuple[FigureRow, ...]  # by country then period; the total of them all last
    unreadable: int = 0  # records left out of every figure (the index's)

    def to_json(self) -> dict[str, Any]:
        return {
            "grouping": self.grouping.value,
            "period_length": self.period_length.value,
            "country": self.country,
            "rows": [r.to_json() for r in self.rows],
            "unreadable": self.unreadable,
        }


def group_country(index: CoordinatorIndex, group_key: str) -> str:
    """The country of a trial group: the one its trial records name most (the first in
    order of a tie), as a `country_key`."""
    counted = Counter(
        country_key(t.country) for t in index.group(group_key).trials if t.country.strip()
    )
    if not counted:
        return UNKNOWN_COUNTRY
    return min(counted, key=lambda c: (-counted[c], c == UNKNOWN_COUNTRY, c))


def group_tallies(
    index: CoordinatorIndex, group_key: str, events: Iterable[DecidedEvent]
) -> list[SittingTally]:
    """The tallies of a trial group's sessions (`findings.sitting_tallies`)."""
    return sitting_tallies(index, group_key, events, group_country(index, group_key))


def figures_across_trials(
    index: CoordinatorIndex,
    grouping: Grouping = Grouping.BOTH,
    period: PeriodLength = PeriodLength.YEAR,
    country: str = ALL,
    *,
    events: Iterable[DecidedEvent] | None = None,
) -> FiguresAcross:
    """The figures of every trial's hearings in ``index``, by country, period or both (and
    a total row), only those of ``country`` when one is given. ``events``: every trial's
    decided events, if worked out already (`CoordinatorData.events`); rejected ones count
    nowhere."""
    chosen = list(every_decided_event(index) if events is None else events)
    tallies = [
        t
        for group in index.trial_groups()
        for t in sitting_tallies(index, group.key, chosen, group_country(index, group.key))
    ]
    return figures_from_tallies(
        tallies, index.taxonomy, grouping, period, country, unreadable=len(index.unreadable)
    )


def figures_from_tallies(
    tallies: Iterable[SittingTally],
    taxonomy: Taxonomy,
    grouping: Grouping = Grouping.BOTH,
    period: PeriodLength = PeriodLength.YEAR,
    country: str = ALL,
    *,
    unreadable: int = 0,
) -> FiguresAcross:
    """`figures_across_trials` from the sessions' tallies."""
    grouping, period = Grouping(grouping), PeriodLength(period)
    wanted = country_key(country) if country.strip() else ALL
    kept = [t for t in tallies if not wanted or t.country == wanted]
    rows: dict[tuple[str, str], list[SittingTally]] = {}
    for tally in kept:
        when = period_key(tally.date, period)
        key = {
            Grouping.COUNTRY: (tally.country, ALL),
            Grouping.PERIOD: (ALL, when),
            Grouping.BOTH: (tally.country, when),
        }[grouping]
        rows.setdefault(key, []).append(tally)
    ordered = sorted(rows, key=lambda k: (k[0] == UNKNOWN_COUNTRY, k[0], k[1]))
    result = [_row(place, when, rows[(place, when)], taxonomy) for place, when in ordered]
    result.append(_row(wanted, ALL, kept, taxonomy))
    return FiguresAcross(grouping, period, wanted, tuple(result), unreadable)


def _row(place: str, when: str, tallies: Sequence[SittingTally], taxonomy: Taxonomy) -> FigureRow:
    events = sum(t.events for t in tallies)
    held = [t for t in tallies if t.held]
    figures = [
        Figure(EVENTS, Unit.EVENTS, events),
        Figure(CORROBORATED, Unit.EVENTS, sum(t.corroborated for t in tallies), events),
        Figure(HEARINGS_HELD, Unit.HEARINGS, len(held)),
    ]
    # Across trials the events are not numbered: no figure cites any.
    figures += [_tallied_figure(spec, tallies, held) for spec in figure_specs(taxonomy)]
    return FigureRow(place, when, len({t.group for t in tallies}), tuple(figures))


def _tallied_figure(
    spec: FigureSpec, tallies: Sequence[SittingTally], held: Sequence[SittingTally]
) -> Figure:
    """``spec`` over the tallies, as `_spec_figure` works it out over sittings."""
    measure, key = spec.measure, spec.key

    def hearings_with(among: Sequence[SittingTally]) -> Figure:
        found = sum(1 for t in among if t.of(key)[0])
        return Figure(key, Unit.HEARINGS, found, len(among))

    if measure == Measure.HEARINGS_WITH:
        return hearings_with(held)
    if measure == Measure.EVENTS_OF:
        return Figure(key, Unit.EVENTS, sum(t.of(key)[0] for t in held))
    if measure in (Measure.TIME_LOST, Measure.TIME_CONTINUED):
        return Figure(
            key,
            Unit.SECONDS,
            sum(t.of(key)[1] for t in held),
            None if measure == Measure.TIME_CONTINUED else len(held),
            unmeasured=sum(t.of(key)[2] for t in held),
        )
    if measure == Measure.REMOTE_HEARINGS:
        return Figure(key, Unit.HEARINGS, sum(1 for t in held if t.remote), len(held))
    if measure == Measure.REMOTE_WITH:
        return hearings_with([t for t in held if t.remote])
    if measure == Measure.INTERPRETED_WITH:
        return hearings_with([t for t in held if t.interpreted])
    if measure == Measure.CALLED_OFF:
        called = sum(1 for t in tallies if t.state == SessionState.CALLED_OFF)
        return Figure(key, Unit.HEARINGS, called, len(held) + called)
    raise ValueError(f"not a measure of conditions: {measure}")


# ---- CSV ----------------------------------------------------------------------------------


CSV_ALL = "all"  # the country or period of a row that counts every one
CSV_COLUMNS = ("country", "period", "trials", "figure", "label", "unit", "value", "of", "percent")


def figures_csv(view: FiguresAcross, lang: str = "en") -> str:
    """A row per figure of each row of the view. Every cell is ours (figure names, numbers,
    two-letter countries and periods), so no cell can start a spreadsheet formula."""
    findings_words(lang)  # the language checked
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in view.rows:
        for figure in row.figures:
            share = figure.share
            writer.writerow(
                (
                    row.country or CSV_ALL,
                    row.period or CSV_ALL,
                    row.trials,
                    figure.key,
                    figure_label(figure.key, lang),
                    figure.unit.value,
                    figure.value,
                    "" if figure.of is None else figure.of,
                    "" if share is None else f"{100 * share:.1f}",
                )
            )
    return out.getvalue()


def write_figures_csv(path: Path, view: FiguresAcross, lang: str = "en") -> None:
    """Write the view as CSV to ``path``: private (0600), whole or not at all."""
    write_private_atomically(path, figures_csv(view, lang).encode("utf-8"))
