"""Every restriction a sentence imposed, across every trial the coordinator holds: whom it
binds, where, what it forbids, until when, whether it is still in force, and the days each
person spent in detention for alleged violations; counted by type, by country and by the
year it ends, as a table for people and a CSV for spreadsheets.

A restriction is any sentence element but a fine (a sum paid once, with no term). Where
two observers of one trial (linked, `trial_links`) both recorded the same element, it is one
row; a violation both recorded counts once.

A public view names nobody: people are "Person 1, 2…" and trials "Trial 1, 2…" (a trial's
title commonly names its defendant), and it gives no record ids, as a public report numbers
its observers. The numbers are given before any filter, so a person keeps theirs whatever
is filtered.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.reports import defuse_csv_cell
from monitor_app.core.errors import ValidationError
from monitor_app.core.languages import LANGUAGES
from monitor_app.core.records.aftermath_vocabulary import load_aftermath_vocabulary
from monitor_app.core.records.readable import Unreadable
from monitor_app.core.records.records import (
    Proceeding,
    ProceedingOutcome,
    ProceedingType,
    SentenceElement,
    SentenceElementType,
)
from monitor_app.core.records.search import fold
from monitor_app.core.records.terms import TermState, term_state
from monitor_app.core.records.timeutil import utc_now
from monitor_app.core.resources import resource_path

# Every element type but a fine, in the vocabulary's order.
RESTRICTION_TYPES: tuple[str, ...] = tuple(
    t.value for t in SentenceElementType if t is not SentenceElementType.FINE
)
UNKNOWN_COUNTRY = "?"  # the key of restrictions in trials that name no country
NO_END = "none"  # the key of restrictions with no end known, in the counts by end year
AFTERMATH_KINDS = (SentenceElement.KIND, Proceeding.KIND)


class RestrictionState(StrEnum):
    IN_FORCE = "in-force"
    NOT_STARTED = "not-started"  # its start is still ahead
    ENDED = "ended"  # ran its term, or a proceeding ended it early


@functools.cache
def _all_words() -> dict[str, dict[str, str]]:
    with resource_path("reports", "restriction_words.json").open(encoding="utf-8") as fh:
        words: dict[str, dict[str, str]] = json.load(fh)["words"]
    return words


def restriction_words(lang: str) -> Mapping[str, str]:
    """The view's own words in ``lang``: the pseudonyms and the states."""
    return _all_words()[lang]


@dataclass(frozen=True)
class RestrictionOptions:
    lang: str = "en"
    public: bool = False  # people and trials numbered, no record ids

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValidationError("report-language", languages=" or ".join(LANGUAGES))


@dataclass(frozen=True)
class Restriction:
    """One restriction, as a row. Dates are "YYYY-MM-DD" ("" when unknown); codes are kept
    for machines, each beside its label in the view's language."""

    element_id: str  # "" in a public view
    trial_id: str  # "" in a public view
    trial: str  # the trial's title, or "Trial N"
    country: str  # as the trial record gives it ("" when it gives none)
    person: str  # the defendant it binds, or "Person N"
    element: str
    element_label: str
    activities: tuple[str, ...]
    activity_labels: tuple[str, ...]
    start: str  # its start, or the judgment's date when no start is known
    end: str  # the day it runs (or ran) to
    days_left: int | None  # until its end, while it is in force or yet to begin
    state: str  # a RestrictionState
    ended_by: str  # the type of the proceeding that ended it early, if one did
    detention_days: int  # the person's days of detention for alleged violations, in all

    @property
    def in_force(self) -> bool:
        return self.state == RestrictionState.IN_FORCE

    @property
    def country_key(self) -> str:
        return self.country or UNKNOWN_COUNTRY

    @property
    def end_year(self) -> str:
        return self.end[:4] or NO_END


@dataclass(frozen=True)
class PersonDetention:
    """Days one person spent in detention for alleged violations of their restrictions."""

    person: str
    trial: str
    country: str
    days: int
    violations: int  # violation proceedings that ended in detention


@dataclass(frozen=True)
class RestrictionFilter:
    """Empty means "any"."""

    element: str = ""  # a SentenceElementType code
    country: str = ""  # as recorded, any case; `UNKNOWN_COUNTRY` for none recorded
    in_force_only: bool = False

    def keeps(self, row: Restriction) -> bool:
        return (
            (not self.element or row.element == self.element)
            and (not self.country or row.country_key.casefold() == self.country.casefold())
            and (not self.in_force_only or row.in_force)
        )


@dataclass(frozen=True)
class RestrictionsView:
    rows: tuple[Restriction, ...]  # those the filter keeps, soonest end first
    detention: tuple[PersonDetention, ...]  # everyone detained, most days first
    by_type: Mapping[str, int]  # of the rows: element code -> count
    by_country: Mapping[str, int]
    by_end_year: Mapping[str, int]  # "2026" ..., then `NO_END`
    as_of_utc: str
    options: RestrictionOptions
    unreadable: int = 0  # sentence and proceeding records left out: their values break the rules

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for row, restriction in zip(data["rows"], self.rows, strict=True):
            row["in_force"] = restriction.in_force
        return data


@dataclass(frozen=True)
class _Person:
    """One defendant of one trial (as reported: linked trials are one)."""

    group: str
    folded: str


def _person_of(group: str, defendant: str) -> _Person:
    return _Person(group, " ".join(fold(defendant).split()))


class _Names:
    """People and trials as the options say: their names, or numbered."""

    def __init__(self, options: RestrictionOptions) -> None:
        self.public = options.public
        self.words = restriction_words(options.lang)
        self.people: dict[_Person, int] = {}
        self.trials: dict[str, int] = {}

    def person(self, person: _Person, name: str) -> str:
        if not self.public:
            return name
        number = self.people.setdefault(person, len(self.people) + 1)
        return self.words["person"].format(number=number)

    def trial(self, group: str, title: str) -> str:
        if not self.public:
            return title
        number = self.trials.setdefault(group, len(self.trials) + 1)
        return self.words["trial"].format(number=number)


def restrictions(
    index: CoordinatorIndex,
    keep: RestrictionFilter | None = None,
    options: RestrictionOptions | None = None,
    now: datetime | None = None,
) -> RestrictionsView:
    """Every restriction of every trial in ``index`` as it stands at ``now``, those
    ``keep`` keeps listed and counted."""
    keep = keep or RestrictionFilter()
    options = options or RestrictionOptions()
    now = now or utc_now()
    vocabulary = load_aftermath_vocabulary()
    lang = options.lang
    elements = [e for e in index.sentence_elements() if e.element in RESTRICTION_TYPES]
    proceedings = index.proceedings()
    by_sentence: dict[str, list[Proceeding]] = {}
    for proceeding in proceedings:
        if proceeding.sentence_id:
            by_sentence.setdefault(proceeding.sentence_id, []).append(proceeding)
    detained = _detention(index, proceedings)
    titles = {g.key: g.title for g in index.trial_groups()}
    names = _Names(options)

    def group_of(record: SentenceElement | Proceeding) -> str:
        return index.group_of[record.trial_id]

    # Numbered in a fixed order (trial, then person), whatever the filter and the dates.
    people = {_person_of(group_of(e), e.defendant): e.defendant for e in elements}
    people.update({p: name for p, (name, _days, _count) in detained.items()})
    for person in sorted(people, key=lambda p: (fold(titles[p.group]), p.group, p.folded)):
        names.trial(person.group, titles[person.group])
        names.person(person, people[person])

    rows: list[Restriction] = []
    seen: set[tuple[object, ...]] = set()
    for element in elements:
        group = group_of(element)
        person = _person_of(group, element.defendant)
        state = term_state(element, by_sentence.get(element.id, ()), now)
        end = state.end.isoformat() if state.end else ""
        same = (person, element.element, tuple(sorted(element.activities)), element.start_date, end)
        if same in seen:  # another observer's record of the same element
            continue
        seen.add(same)
        status = _status(state)
        trial = index.trials[element.trial_id]
        rows.append(
            Restriction(
                element_id="" if options.public else element.id,
                trial_id="" if options.public else element.trial_id,
                trial=names.trial(group, titles[group]),
                country=trial.country or _group_country(index, group),
                person=names.person(person, element.defendant),
                element=element.element,
                element_label=vocabulary.label("elements", element.element, lang),
                activities=element.activities,
                activity_labels=tuple(
                    vocabulary.label("activities", a, lang) for a in element.activities
                ),
                start=element.start_date or element.judgment_date or "",
                end=end,
                days_left=None if status == RestrictionState.ENDED else state.days_left,
                state=status,
                ended_by=state.ended_by.proceeding_type if state.ended_by else "",
                detention_days=detained.get(person, ("", 0, 0))[1],
            )
        )
    rows = [r for r in rows if keep.keeps(r)]
    rows.sort(key=lambda r: (r.end == "", r.end, fold(r.trial), fold(r.person), r.element))
    detention = [
        PersonDetention(
            person=names.person(person, name),
            trial=names.trial(person.group, titles[person.group]),
            country=_group_country(index, person.group),
            days=days,
            violations=count,
        )
        for person, (name, days, count) in detained.items()
    ]
    detention.sort(key=lambda d: (-d.days, fold(d.trial), fold(d.person)))
    return RestrictionsView(
        rows=tuple(rows),
        detention=tuple(detention),
        by_type=_counted(r.element for r in rows),
        by_country=_counted(r.country_key for r in rows),
        by_end_year=dict(
            sorted(Counter(r.end_year for r in rows).items(), key=lambda i: (i[0] == NO_END, i[0]))
        ),
        as_of_utc=now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        options=options,
        unreadable=len(unreadable_aftermath(index.unreadable)),
    )


def _status(state: TermState) -> RestrictionState:
    if state.in_force:
        return RestrictionState.IN_FORCE
    if state.days_left is not None and state.days_left <= 0:
        return RestrictionState.ENDED
    return RestrictionState.NOT_STARTED


def unreadable_aftermath(unreadable: Iterable[Unreadable]) -> list[Unreadable]:
    """The sentence and proceeding records among those left out as unreadable."""
    return [u for u in unreadable if u.kind in AFTERMATH_KINDS]


def _detention(
    index: CoordinatorIndex, proceedings: Sequence[Proceeding]
) -> dict[_Person, tuple[str, int, int]]:
    """Each person's name as first recorded, days of detention for alleged violations, and
    how many violations led to them; one violation recorded by two observers counts once."""
    found: dict[_Person, tuple[str, int, int]] = {}
    seen: set[tuple[object, ...]] = set()
    for proceeding in proceedings:
        if (
            proceeding.proceeding_type != ProceedingType.VIOLATION
            or proceeding.outcome != ProceedingOutcome.DETENTION
        ):
            continue
        person = _person_of(index.group_of[proceeding.trial_id], proceeding.defendant)
        same = (person, proceeding.date, proceeding.detention_days)
        if same in seen:
            continue
        seen.add(same)
        name, days, count = found.get(person, (proceeding.defendant, 0, 0))
        found[person] = (name, days + proceeding.detention_days, count + 1)
    return found


def _group_country(index: CoordinatorIndex, group: str) -> str:
    return next((t.country for t in index.group(group).trials if t.country), "")


def _counted(keys: Iterable[str]) -> dict[str, int]:
    return dict(Counter(keys).most_common())


# ---- CSV ------------------------------------------------------------------------------

CSV_COLUMNS = (
    "person",
    "trial",
    "country",
    "element",
    "type",
    "activities",
    "start",
    "end",
    "days_left",
    "state",
    "ended_by",
    "detention_days",
    "trial_id",
    "element_id",
)


def csv_rows(view: RestrictionsView) -> list[dict[str, str]]:
    """A row per restriction: labels in the view's language, beside the ``element`` code."""
    words = restriction_words(view.options.lang)
    vocabulary = load_aftermath_vocabulary()
    lang = view.options.lang
    return [
        {
            "person": r.person,
            "trial": r.trial,
            "country": r.country,
            "element": r.element,
            "type": r.element_label,
            "activities": "; ".join(r.activity_labels),
            "start": r.start,
            "end": r.end,
            "days_left": "" if r.days_left is None else str(r.days_left),
            "state": words[f"state.{r.state}"],
            "ended_by": vocabulary.label("proceedings", r.ended_by, lang) if r.ended_by else "",
            "detention_days": str(r.detention_days),
            "trial_id": r.trial_id,
            "element_id": r.element_id,
        }
        for r in view.rows
    ]


def restrictions_csv(view: RestrictionsView) -> str:
    """The rows as CSV. Cells a spreadsheet would run as a formula are defused."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in csv_rows(view):
        writer.writerow({k: defuse_csv_cell(v) for k, v in row.items()})
    return out.getvalue()
